/**
 * The week's "By staff member" layout: a row per staff member, a column per day, who works when
 * at a glance (not working, time off, closures) and each day's appointments as buttons.
 */
import { html, nothing } from 'lit';
import { dayKey, formatDayShort } from '../../i18n/index.js';
import type { StaffMember } from '../../core/types.js';
import type { AdminMessages } from '../../i18n/en-admin.js';
import { timeIn } from '../booking-admin/admin-format.js';
import type { CalendarData } from './calendar-data.js';
import { dayMonth, weekdayShort, whoOf } from './week-grid.js';

/** What the table needs from the calendar; handlers run with the calendar as `this` (lit's event host). */
export interface StaffWeekHost {
  m: AdminMessages;
  language: string;
  now: number;
  selectedKey: string;
  staff: StaffMember[];
  onSelect: (e: Event) => void;
  onOpenDay: (e: Event) => void;
}

export function renderStaffWeek(h: StaffWeekHost, data: CalendarData) {
  const m = h.m;
  const lang = h.language;
  const zone = data.business.businessTimeZone;
  const staff = h.staff;
  if (staff.length === 0) return html`<p class="empty">${m.noStaffToShow}</p>`;
  const today = dayKey(h.now, zone);
  return html`<div class="table-wrap">
    <table class="week" part="week">
      <thead>
        <tr>
          <th scope="col">${m.staffColumn}</th>
          ${data.days.map(
            (d) =>
              html`<th scope="col" aria-current=${d === today ? 'date' : 'false'}>
                <button class="link-button day-button" type="button" data-day=${d} @click=${h.onOpenDay}>
                  <span class="weekday">${weekdayShort(d, lang)}</span>
                  <span class="date">${dayMonth(d, lang)}</span>
                </button>
                ${(data.closed.get(d) ?? []).map(
                  (c) => html`<span class="note closed-note">${c.title ? m.closedTitled(c.title) : m.closed}</span>`,
                )}
              </th>`,
          )}
        </tr>
      </thead>
      <tbody>
        ${staff.map(
          (s) =>
            html`<tr>
              <th scope="row">${s.displayName}</th>
              ${data.days.map((d) => {
                const sd = data.staffDays.get(s.id)?.get(d);
                const sessions = data.sessions.filter((x) => x.staffMemberId === s.id && dayKey(x.start, zone) === d);
                const working = (sd?.windows.length ?? 0) > 0;
                return html`<td class=${working ? '' : 'off-day'}>
                  ${working ? nothing : html`<span class="note">${m.notWorking}</span>`}
                  ${(sd?.timeOff ?? []).map(
                    (t) => html`<span class="note">${t.title ? m.timeOffTitled(t.title) : m.timeOff}</span>`,
                  )}
                  ${sessions.map(
                    (x) =>
                      html`<button
                        class="chip"
                        type="button"
                        data-key=${x.key}
                        aria-current=${x.key === h.selectedKey ? 'true' : 'false'}
                        aria-label=${m.sessionLabel(
                          `${formatDayShort(d, lang)} ${timeIn(x.start, lang, zone)}`,
                          x.serviceName,
                          whoOf(x, m),
                        )}
                        @click=${h.onSelect}
                      >
                        <strong>${timeIn(x.start, lang, zone)}</strong> ${x.serviceName}<br />${whoOf(x, m)}
                      </button>`,
                  )}
                </td>`;
              })}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
