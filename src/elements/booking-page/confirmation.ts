// The confirmation step's summary of the booking and its calendar links (.ics, Google Calendar).
// <booking-page> loads this module when the customer books, beside the booking request: a page that
// shows free times has not downloaded it (a chunk of its own in the script-tag bundle).
import { html, nothing, type TemplateResult } from 'lit';
import { isWebUrl } from '../../core/url.js';
import { buildCalendarLinks } from '../../i18n/calendar-links.js';
import { formatTime, zoneShort, type HourCycle } from '../../i18n/format.js';
import { formatDateTime, formatList } from '../../i18n/format-more.js';
import type { Messages } from '../../i18n/index.js';
import type { BookingPageData, CustomerAppointment } from '../../schemas/index.js';
import { enMore } from '../../i18n/en-more.js';
import { completeEnglish } from '../../i18n/index.js';

// English's second part (en-more.ts), which this module shows: in place before anything renders.
completeEnglish(enMore);

export interface SummaryOptions {
  lang: string;
  /** The zone the page shows times in. */
  zone: string;
  hourCycle: HourCycle | undefined;
  messages: Messages;
  /** The private manage link, also written into the calendar entry's notes. */
  manageUrl: string;
  /** The calendar entry's timestamp. */
  now: number;
}

/** What was booked (what, when, with whom, where) and the links that add it to a calendar. */
export function renderBookingSummary(
  a: CustomerAppointment,
  page: BookingPageData,
  { lang, zone, hourCycle, messages: m, manageUrl, now }: SummaryOptions,
): TemplateResult {
  const start = Date.parse(a.start);
  const businessZone = page.business.businessTimeZone;
  const inZone = `${formatDateTime(start, lang, zone, hourCycle)} ${zoneShort(zone, lang, start)}`;
  const atBusiness =
    businessZone !== zone
      ? m.businessTime(`${formatTime(start, lang, businessZone, hourCycle)} ${zoneShort(businessZone, lang, start)}`)
      : '';
  const links = buildCalendarLinks(a, page, manageUrl, now);
  const address = [page.business.address?.street, page.business.address?.city].filter(Boolean).join(', ');
  return html`${a.customer.emailAddress ? html`<p>${m.confirmedEmail(a.customer.emailAddress)}</p>` : nothing}
    <dl>
      <dt>${m.what}</dt>
      <dd>${a.serviceName}</dd>
      <dt>${m.when}</dt>
      <dd>${inZone} ${atBusiness ? html`<span class="secondary">${atBusiness}</span>` : nothing}</dd>
      ${
        a.staffNames.length
          ? html`<dt>${m.withWhom}</dt>
              <dd>${formatList(a.staffNames, lang)}</dd>`
          : nothing
      }
      <dt>${m.where}</dt>
      <dd>
        ${
          a.isLocationOnline
            ? isWebUrl(a.joinWebUrl)
              ? html`<a href=${a.joinWebUrl} target="_blank" rel="noopener noreferrer">${m.joinMeeting}</a>`
              : m.joinLinkLater
            : address || page.business.displayName
        }
      </dd>
    </dl>
    <div class="actions">
      <a class="button" href=${links.icsHref} download=${links.icsFileName}>${m.addToCalendar}</a>
      <a class="button" href=${links.google} target="_blank" rel="noopener noreferrer">${m.googleCalendar}</a>
      <a class="button" href=${links.outlookCom} target="_blank" rel="noopener noreferrer">${m.outlookCalendar}</a>
      <a class="button" href=${links.microsoft365} target="_blank" rel="noopener noreferrer"
        >${m.microsoft365Calendar}</a
      >
    </div>`;
}
