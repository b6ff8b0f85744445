/**
 * The printable agenda: the shown range's appointments as a list per day (time, staff member,
 * customer, service, notes), with a print stylesheet that hides everything else. Also the days a
 * view loads: one day, a week, or the whole weeks that cover a month.
 */
import { html, nothing } from 'lit';
import { addDaysToKey, dayKey, formatDayLong, weekdayOfKey } from '../../i18n/index.js';
import type { AdminMessages } from '../../i18n/en-admin.js';
import { timeIn } from '../booking-admin/admin-format.js';
import type { Session } from './appointment-details.js';

export type CalendarView = 'day' | 'week' | 'month';

/** The first day a view loads for `date`: the day, the week's first day, or the month's first day. */
export function rangeAnchor(view: CalendarView, date: string, firstDay: number): string {
  if (view === 'day') return date;
  if (view === 'week') return addDaysToKey(date, -((weekdayOfKey(date) - firstDay + 7) % 7));
  return `${date.slice(0, 7)}-01`;
}

/** The days a view shows from its anchor: 1, 7, or the whole weeks around the month (28–42). */
export function rangeDays(view: CalendarView, anchor: string, firstDay: number): string[] {
  if (view !== 'month') return Array.from({ length: view === 'week' ? 7 : 1 }, (_, i) => addDaysToKey(anchor, i));
  const first = rangeAnchor('week', anchor, firstDay);
  const [y, mo] = anchor.split('-').map(Number);
  const lastOfMonth = new Date(Date.UTC(y, mo, 0, 12)).toISOString().slice(0, 10);
  const last = addDaysToKey(rangeAnchor('week', lastOfMonth, firstDay), 6);
  const days: string[] = [];
  for (let d = first; d <= last; d = addDaysToKey(d, 1)) days.push(d);
  return days;
}

export interface AgendaOptions {
  m: AdminMessages;
  language: string;
  zone: string;
  /** The range in words ("Tuesday 1 December 2026", "30 Nov – 6 Dec"). */
  title: string;
  days: string[];
  sessions: Session[];
  onPrint: () => void;
  onClose: () => void;
}

export function renderAgenda(o: AgendaOptions) {
  const { m, language: lang, zone } = o;
  const byDay = new Map<string, Session[]>();
  for (const s of o.sessions) {
    const d = dayKey(s.start, zone);
    byDay.set(d, [...(byDay.get(d) ?? []), s]);
  }
  const days = o.days.filter((d) => byDay.has(d));
  // Attendees of a class in name order, as a printed list is read.
  const attendees = (s: Session) =>
    [...s.appointments].sort((a, b) => a.customer.name.localeCompare(b.customer.name, lang));
  return html`<section class="agenda" part="agenda" aria-labelledby="agenda-heading">
    <div class="agenda-head">
      <h3 id="agenda-heading" tabindex="-1">${m.grid.agendaHeading(o.title)}</h3>
      <span class="agenda-actions">
        <button class="button primary" type="button" @click=${o.onPrint}>${m.grid.print}</button>
        <button class="button" type="button" @click=${o.onClose}>${m.grid.backToCalendar}</button>
      </span>
    </div>
    ${days.length === 0 ? html`<p class="empty">${m.noAppointments}</p>` : nothing}
    ${days.map(
      (d) =>
        html`<h4>${formatDayLong(d, lang)}</h4>
          <table class="agenda-table">
            <thead>
              <tr>
                <th scope="col">${m.time}</th>
                <th scope="col">${m.staffMember}</th>
                <th scope="col">${m.customer}</th>
                <th scope="col">${m.service}</th>
                <th scope="col">${m.notes}</th>
              </tr>
            </thead>
            <tbody>
              ${byDay.get(d)!.map(
                (s) =>
                  html`<tr>
                    <td class="nowrap">${m.timeRange(timeIn(s.start, lang, zone), timeIn(s.end, lang, zone))}</td>
                    <td>${s.staffMemberName}</td>
                    <td>
                      ${attendees(s).map(
                        (a) =>
                          html`<div>
                            ${a.customer.name}${a.customer.phone ? html` <span class="muted">${a.customer.phone}</span>` : nothing}
                          </div>`,
                      )}
                    </td>
                    <td>
                      ${s.serviceName}
                      ${s.maximumAttendeesCount > 1 ? html`<div class="muted">${m.seatsTaken(s.appointments.length, s.maximumAttendeesCount)}</div>` : nothing}
                    </td>
                    <td>
                      ${attendees(s).map((a) => (a.customer.notes ? html`<div>${a.customer.notes}</div>` : nothing))}
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>`,
    )}
  </section>`;
}
