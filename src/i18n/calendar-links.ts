import { calendarLinks } from '../core/calendar-links.js';
import { buildIcs } from '../core/ics.js';
import { isWebUrl } from '../core/url.js';
import type { BookingPageData, CustomerAppointment } from '../schemas/index.js';

export interface CalendarLinks {
  /** A `data:` URL of the appointment's `.ics`, for an "Add to calendar" download link. */
  icsHref: string;
  icsFileName: string;
  /** Google Calendar's "add event" template link. */
  google: string;
  /** Outlook.com's compose link (personal Microsoft accounts). */
  outlookCom: string;
  /** Microsoft 365's compose link (work and school accounts). */
  microsoft365: string;
}

/** Calendar links for a confirmation: the `.ics`, Google Calendar, Outlook.com and Microsoft 365, with the manage link in the notes. */
export function buildCalendarLinks(
  a: CustomerAppointment,
  page: BookingPageData,
  manageUrl: string,
  now: number,
): CalendarLinks {
  const b = page.business;
  const address = [a.address?.street ?? b.address?.street, a.address?.city ?? b.address?.city]
    .filter(Boolean)
    .join(', ');
  const joinUrl = a.isLocationOnline && isWebUrl(a.joinWebUrl) ? a.joinWebUrl : undefined;
  const location = joinUrl ?? (address || b.displayName);
  const details = [joinUrl, `${manageUrl}`].filter(Boolean).join('\n');
  const ics = buildIcs({
    uid: `${a.id}@booking-elements`,
    dtstamp: now,
    start: Date.parse(a.start),
    end: Date.parse(a.end),
    summary: `${a.serviceName} — ${b.displayName}`,
    description: details,
    location,
    ...(joinUrl ? { joinUrl } : {}),
    ...(b.email ? { organizer: { name: b.displayName, email: b.email } } : {}),
    // A download adds the event to the customer's own calendar: a publish, not an invitation to answer.
    method: 'PUBLISH',
  });
  // The same links the confirmation e-mail carries (core/calendar-links.ts).
  const links = calendarLinks({
    title: `${a.serviceName} — ${b.displayName}`,
    start: Date.parse(a.start),
    end: Date.parse(a.end),
    details,
    location,
  });
  return {
    icsHref: `data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}`,
    icsFileName: `${a.serviceName.replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase() || 'appointment'}.ics`,
    ...links,
  };
}
