/**
 * "Add to calendar" links: Google Calendar's event template, and the compose deep links of
 * Outlook.com (personal accounts) and Microsoft 365 (work and school accounts). Pure and
 * browser-safe: the e-mails (backend/messages) and the booking page's confirmation step build the
 * same links from the same event. Instants are epoch milliseconds; every link carries them in UTC,
 * so the calendar shows them in its owner's zone.
 */
import type { EpochMs } from './types.js';

export interface CalendarLinkEvent {
  title: string;
  start: EpochMs;
  end: EpochMs;
  /** Plain text (the manage link, the join link); the calendars show it as the event's notes. */
  details?: string;
  /** An address, or a join link for online meetings. */
  location?: string;
}

export interface CalendarLinkSet {
  google: string;
  outlookCom: string;
  microsoft365: string;
}

/** `20260303T080000Z`: Google's basic ISO format in UTC. */
function googleTime(ms: EpochMs): string {
  return new Date(ms).toISOString().replace(/[-:]|\.\d{3}/g, '');
}

/** `2026-03-03T08:00:00Z`: what Outlook's `startdt`/`enddt` take. */
function outlookTime(ms: EpochMs): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Google Calendar's "add event" template (`calendar.google.com/calendar/render?action=TEMPLATE`). */
export function googleCalendarLink(e: CalendarLinkEvent): string {
  const url = new URL('https://calendar.google.com/calendar/render');
  url.searchParams.set('action', 'TEMPLATE');
  url.searchParams.set('text', e.title);
  url.searchParams.set('dates', `${googleTime(e.start)}/${googleTime(e.end)}`);
  if (e.details) url.searchParams.set('details', e.details);
  if (e.location) url.searchParams.set('location', e.location);
  return url.href;
}

function outlookLink(host: string, e: CalendarLinkEvent): string {
  const url = new URL(`https://${host}/calendar/0/deeplink/compose`);
  url.searchParams.set('path', '/calendar/action/compose');
  url.searchParams.set('rru', 'addevent');
  url.searchParams.set('subject', e.title);
  url.searchParams.set('startdt', outlookTime(e.start));
  url.searchParams.set('enddt', outlookTime(e.end));
  if (e.details) url.searchParams.set('body', e.details);
  if (e.location) url.searchParams.set('location', e.location);
  return url.href;
}

/** Outlook.com (personal Microsoft accounts): `outlook.live.com/calendar/0/deeplink/compose`. */
export function outlookComCalendarLink(e: CalendarLinkEvent): string {
  return outlookLink('outlook.live.com', e);
}

/** Microsoft 365 (work or school accounts): `outlook.office.com/calendar/0/deeplink/compose`. */
export function microsoft365CalendarLink(e: CalendarLinkEvent): string {
  return outlookLink('outlook.office.com', e);
}

/** All three links for one event. */
export function calendarLinks(e: CalendarLinkEvent): CalendarLinkSet {
  return {
    google: googleCalendarLink(e),
    outlookCom: outlookComCalendarLink(e),
    microsoft365: microsoft365CalendarLink(e),
  };
}
