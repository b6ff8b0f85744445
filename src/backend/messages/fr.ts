/** The outbox messages in French (R15). */
import type { MessageCatalogue } from './types.js';

// French: "vous"; a no-break space before the colon, as French typography wants.
export const fr: MessageCatalogue = {
  email: {
    templates: {
      confirmation: {
        subject: 'Réservation confirmée\u00a0: {serviceName} chez {businessName}',
        body: 'Bonjour {customerName},\n\nVotre réservation pour {serviceName} avec {staffName} est confirmée.\n\n{details}\n\nCordialement,\n{businessName}',
      },
      reschedule: {
        subject: 'Réservation déplacée\u00a0: {serviceName} chez {businessName}',
        body: 'Bonjour {customerName},\n\nVotre réservation pour {serviceName} avec {staffName} a été déplacée.\n\n{details}\n\nCordialement,\n{businessName}',
      },
      cancellation: {
        subject: 'Réservation annulée\u00a0: {serviceName} chez {businessName}',
        body: 'Bonjour {customerName},\n\nVotre réservation pour {serviceName} a été annulée.\n\n{details}\n\nCordialement,\n{businessName}',
      },
      reminder: {
        subject: 'Rappel\u00a0: {serviceName} chez {businessName}',
        body: 'Bonjour {customerName},\n\nNous vous rappelons votre réservation pour {serviceName} avec {staffName}.\n\n{details}\n\nCordialement,\n{businessName}',
      },
      timeOff: {
        // "Absence de…" rather than "… est absent(e)": no guess at the staff member's gender.
        subject: 'Absence\u00a0: {staffName}',
        body: 'Absence de {staffName}.\n\n{details}\n\n{businessName}',
      },
      staffNotification: {
        subject: '{event}\u00a0: {serviceName} avec {customerName}',
        body: '{summary}\n\n{details}',
      },
      requested: {
        subject: 'Demande reçue\u00a0: {serviceName} chez {businessName}',
        body: 'Bonjour {customerName},\n\nNous avons bien reçu votre demande pour {serviceName} avec {staffName}.\nElle n’est pas encore confirmée\u00a0: nous vous écrirons dès qu’elle sera acceptée.\n\n{details}\n\nCordialement,\n{businessName}',
      },
      approved: {
        subject: 'Réservation confirmée\u00a0: {serviceName} chez {businessName}',
        body: 'Bonjour {customerName},\n\nVotre demande pour {serviceName} avec {staffName} a été acceptée\u00a0: votre réservation est confirmée.\n\n{details}\n\nCordialement,\n{businessName}',
      },
      declined: {
        subject: 'Demande refusée\u00a0: {serviceName} chez {businessName}',
        body: 'Bonjour {customerName},\n\n{businessName} ne peut malheureusement pas accepter votre demande pour {serviceName}.\n\n{details}\n\nCordialement,\n{businessName}',
      },
      expired: {
        subject: 'Demande expirée\u00a0: {serviceName} chez {businessName}',
        body: 'Bonjour {customerName},\n\nVotre demande pour {serviceName} n’a pas reçu de réponse à temps et le créneau a été libéré. Merci de choisir une autre date.\n\n{details}\n\nCordialement,\n{businessName}',
      },
    },
    events: {
      confirmation: 'Nouvelle réservation',
      reschedule: 'Réservation déplacée',
      cancellation: 'Réservation annulée',
      reminder: 'Rappel',
      requested: 'Validation requise',
      approved: 'Demande acceptée',
      declined: 'Demande refusée',
      expired: 'Demande expirée',
    },
    summaries: {
      confirmation: '{customerName} a réservé {serviceName} avec {staffName}.',
      reschedule: 'La réservation de {customerName} pour {serviceName} avec {staffName} a été déplacée.',
      cancellation: 'La réservation de {customerName} pour {serviceName} avec {staffName} a été annulée.',
      reminder: 'Rappel de la réservation de {customerName} pour {serviceName} avec {staffName}.',
      requested:
        '{customerName} a demandé {serviceName} avec {staffName}. Acceptez ou refusez la demande dans l’espace d’administration.',
      approved: 'La demande de {customerName} pour {serviceName} avec {staffName} a été acceptée.',
      declined: 'La demande de {customerName} pour {serviceName} avec {staffName} a été refusée.',
      expired:
        'La demande de {customerName} pour {serviceName} avec {staffName} n’a pas reçu de réponse à temps et a expiré.',
    },
    labels: {
      detailsHeading: 'Détails',
      service: 'Prestation',
      when: 'Date',
      businessTime: 'Heure locale de l’établissement',
      previously: 'Auparavant',
      duration: 'Durée',
      staff: 'Avec',
      location: 'Lieu',
      online: 'En ligne',
      joinOnline: 'Rejoindre en ligne',
      price: 'Prix',
      free: 'Gratuit',
      message: 'Message',
      customer: 'Client',
      title: 'Motif',
      manage: 'Voir, déplacer ou annuler',
      addToCalendar: 'Ajouter à votre agenda',
      googleCalendar: 'Google Agenda',
      outlookCom: 'Outlook.com',
      microsoft365: 'Microsoft 365',
      icsAttached: 'L’invitation est jointe en fichier .ics pour tout autre agenda.',
      seriesDates: 'Toutes les dates',
      seriesCancelled: 'annulé',
      contact: 'Contact',
      phone: 'Téléphone',
      email: 'E-mail',
      website: 'Site web',
    },
  },
  sms: (kind, c) => {
    switch (kind) {
      case 'confirmation':
        return `${c.businessName}\u00a0: votre rendez-vous ${c.serviceName} est confirmé le ${c.when}.`;
      case 'reschedule':
        return `${c.businessName}\u00a0: votre rendez-vous ${c.serviceName} est déplacé au ${c.when}.`;
      case 'cancellation':
        return `${c.businessName}\u00a0: votre rendez-vous ${c.serviceName} du ${c.when} est annulé.`;
      case 'reminder':
        return `${c.businessName}\u00a0: rappel, ${c.serviceName} le ${c.when}.`;
      case 'requested':
        return `${c.businessName}\u00a0: votre demande pour ${c.serviceName} le ${c.when} est reçue et attend une confirmation.`;
      case 'approved':
        return `${c.businessName}\u00a0: votre rendez-vous ${c.serviceName} est confirmé le ${c.when}.`;
      case 'declined':
        return `${c.businessName}\u00a0: votre demande pour ${c.serviceName} le ${c.when} a été refusée.`;
      case 'expired':
        return `${c.businessName}\u00a0: votre demande pour ${c.serviceName} le ${c.when} a expiré.`;
    }
  },
};
