/** The outbox messages in English (R15). */
import type { MessageCatalogue } from './types.js';

export const en: MessageCatalogue = {
  email: {
    templates: {
      confirmation: {
        subject: 'Booking confirmed: {serviceName} at {businessName}',
        body: 'Hello {customerName},\n\nYour booking for {serviceName} with {staffName} is confirmed.\n\n{details}\n\n{businessName}',
      },
      reschedule: {
        subject: 'Booking moved: {serviceName} at {businessName}',
        body: 'Hello {customerName},\n\nYour booking for {serviceName} with {staffName} has a new time.\n\n{details}\n\n{businessName}',
      },
      cancellation: {
        subject: 'Booking cancelled: {serviceName} at {businessName}',
        body: 'Hello {customerName},\n\nYour booking for {serviceName} has been cancelled.\n\n{details}\n\n{businessName}',
      },
      reminder: {
        subject: 'Reminder: {serviceName} at {businessName}',
        body: 'Hello {customerName},\n\nThis is a reminder of your booking for {serviceName} with {staffName}.\n\n{details}\n\n{businessName}',
      },
      timeOff: {
        subject: 'Time off: {staffName}',
        body: '{staffName} is away.\n\n{details}\n\n{businessName}',
      },
      staffNotification: {
        subject: '{event}: {serviceName} with {customerName}',
        body: '{summary}\n\n{details}',
      },
      requested: {
        subject: 'Request received: {serviceName} at {businessName}',
        body: 'Hello {customerName},\n\nWe have received your request for {serviceName} with {staffName}.\nIt is not confirmed yet: we will let you know as soon as it is approved.\n\n{details}\n\n{businessName}',
      },
      approved: {
        subject: 'Booking confirmed: {serviceName} at {businessName}',
        body: 'Hello {customerName},\n\nYour request for {serviceName} with {staffName} has been approved: your booking is confirmed.\n\n{details}\n\n{businessName}',
      },
      declined: {
        subject: 'Request declined: {serviceName} at {businessName}',
        body: 'Hello {customerName},\n\n{businessName} could not accept your request for {serviceName}.\n\n{details}\n\n{businessName}',
      },
      expired: {
        subject: 'Request expired: {serviceName} at {businessName}',
        body: 'Hello {customerName},\n\nYour request for {serviceName} was not answered in time, so the time has been released. Please choose another time.\n\n{details}\n\n{businessName}',
      },
    },
    events: {
      confirmation: 'New booking',
      reschedule: 'Booking moved',
      cancellation: 'Booking cancelled',
      reminder: 'Reminder',
      requested: 'Approval needed',
      approved: 'Request approved',
      declined: 'Request declined',
      expired: 'Request expired',
    },
    summaries: {
      confirmation: '{customerName} booked {serviceName} with {staffName}.',
      reschedule: '{customerName}’s booking for {serviceName} with {staffName} has a new time.',
      cancellation: 'The booking of {customerName} for {serviceName} with {staffName} was cancelled.',
      reminder: 'This is a reminder of {customerName}’s booking for {serviceName} with {staffName}.',
      requested:
        '{customerName} asked for {serviceName} with {staffName}. Approve or decline the request in the back office.',
      approved: 'The request of {customerName} for {serviceName} with {staffName} was approved.',
      declined: 'The request of {customerName} for {serviceName} with {staffName} was declined.',
      expired:
        'The request of {customerName} for {serviceName} with {staffName} was not answered in time and has expired.',
    },
    labels: {
      detailsHeading: 'Details',
      service: 'Service',
      when: 'When',
      businessTime: 'Local time at the business',
      previously: 'Previously',
      duration: 'Duration',
      staff: 'With',
      location: 'Where',
      online: 'Online',
      joinOnline: 'Join online',
      price: 'Price',
      free: 'Free',
      message: 'Message',
      customer: 'Customer',
      title: 'Reason',
      manage: 'View, reschedule or cancel',
      addToCalendar: 'Add to your calendar',
      googleCalendar: 'Google Calendar',
      outlookCom: 'Outlook.com',
      microsoft365: 'Microsoft 365',
      icsAttached: 'The invitation is attached as an .ics file for any other calendar.',
      seriesDates: 'All dates',
      seriesCancelled: 'cancelled',
      contact: 'Contact',
      phone: 'Phone',
      email: 'E-mail',
      website: 'Website',
    },
  },
  sms: (kind, c) => {
    switch (kind) {
      case 'confirmation':
        return `${c.businessName}: ${c.serviceName} booked for ${c.when}.`;
      case 'reschedule':
        return `${c.businessName}: ${c.serviceName} moved to ${c.when}.`;
      case 'cancellation':
        return `${c.businessName}: ${c.serviceName} on ${c.when} is cancelled.`;
      case 'reminder':
        return `${c.businessName}: reminder, ${c.serviceName} on ${c.when}.`;
      case 'requested':
        return `${c.businessName}: request for ${c.serviceName} on ${c.when} received, waiting for confirmation.`;
      case 'approved':
        return `${c.businessName}: ${c.serviceName} confirmed for ${c.when}.`;
      case 'declined':
        return `${c.businessName}: your request for ${c.serviceName} on ${c.when} was declined.`;
      case 'expired':
        return `${c.businessName}: your request for ${c.serviceName} on ${c.when} has expired.`;
    }
  },
};
