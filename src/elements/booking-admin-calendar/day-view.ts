/**
 * The day view: a column per staff member with working hours, time off, closures and the day's
 * appointments (visual only: a mouse shortcut), and below it the day's appointments as a list
 * (the accessible equivalent), or the next day that has some.
 */
import { html, nothing } from 'lit';
import { epochToWall } from '../../core/time.js';
import type { StaffMember } from '../../core/types.js';
import { formatDayLong } from '../../i18n/index.js';
import type { AdminMessages } from '../../i18n/en-admin.js';
import { rangeIn, timeIn } from '../booking-admin/admin-format.js';
import type { Session } from './appointment-details.js';
import type { CalendarData, Interval } from './calendar-data.js';
import { whoOf } from './week-grid.js';

/** Height of an hour in the day grid, in px. */
export const HOUR_PX = 64;
/** Room above the first and below the last hour line, so their labels are not cut. */
export const EDGE_PX = 10;

/** What the day view needs from the calendar; handlers run with the calendar as `this` (lit's event host). */
export interface DayViewHost {
  m: AdminMessages;
  language: string;
  selectedKey: string;
  /** The staff shown. */
  staff: StaffMember[];
  /** R18: whether the role may change this staff member's appointments (any, when undefined). */
  canWrite: (staffMemberId: string | undefined) => boolean;
  onGridClick: (e: MouseEvent) => void;
  onSelect: (e: Event) => void;
  onOpenDay: (e: Event) => void;
}

/** Minutes after the day's midnight (business zone), clamped to the day. */
function minuteOf(ms: number, day: string, zone: string): number {
  const w = epochToWall(ms, zone);
  if (w.date < day) return 0;
  if (w.date > day) return 24 * 60;
  return w.minutes;
}

function renderDayNotes(h: DayViewHost, data: CalendarData, day: string, staff: StaffMember[]) {
  const m = h.m;
  const lang = h.language;
  const zone = data.business.businessTimeZone;
  const notes: { text: string; closed: boolean }[] = [];
  for (const c of data.closed.get(day) ?? [])
    notes.push({ text: c.title ? m.closedTitled(c.title) : m.closed, closed: true });
  for (const s of staff) {
    for (const t of data.staffDays.get(s.id)?.get(day)?.timeOff ?? []) {
      const range = rangeIn(t.start, t.end, lang, zone, m);
      notes.push({
        text: `${s.displayName} · ${t.title ? m.timeOffTitled(t.title) : m.timeOff} (${range})`,
        closed: false,
      });
    }
  }
  if (notes.length === 0) return nothing;
  return html`<ul class="notes">
    ${notes.map((n) => html`<li class=${n.closed ? 'closed-note' : ''}>${n.text}</li>`)}
  </ul>`;
}

export function renderDay(h: DayViewHost, data: CalendarData) {
  const m = h.m;
  const day = data.days[0];
  const zone = data.business.businessTimeZone;
  const lang = h.language;
  const staff = h.staff;
  const shownIds = new Set(staff.map((s) => s.id));
  const sessions = data.sessions.filter((s) => shownIds.has(s.staffMemberId));
  // The hours shown: the working hours and appointments of the day, 08–17 when there are none.
  let lo = 24 * 60;
  let hi = 0;
  for (const s of staff) {
    for (const w of data.staffDays.get(s.id)?.get(day)?.windows ?? []) {
      lo = Math.min(lo, minuteOf(w.start, day, zone));
      hi = Math.max(hi, minuteOf(w.end, day, zone));
    }
  }
  for (const s of sessions) {
    lo = Math.min(lo, minuteOf(s.start, day, zone));
    hi = Math.max(hi, minuteOf(s.end, day, zone));
  }
  if (hi <= lo) {
    lo = 8 * 60;
    hi = 17 * 60;
  }
  const first = Math.floor(lo / 60);
  const last = Math.ceil(hi / 60);
  const px = (min: number) => EDGE_PX + ((min - first * 60) / 60) * HOUR_PX;
  const height = (last - first) * HOUR_PX + 2 * EDGE_PX;
  const pos = (i: Interval) => {
    const top = px(Math.max(first * 60, minuteOf(i.start, day, zone)));
    const bottom = px(Math.min(last * 60, minuteOf(i.end, day, zone)));
    return `top:${top}px;height:${Math.max(14, bottom - top)}px`;
  };
  const short = (i: Interval) => px(minuteOf(i.end, day, zone)) - px(minuteOf(i.start, day, zone)) < 40;
  const hours = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const closed = data.closed.get(day) ?? [];
  return html`${renderDayNotes(h, data, day, staff)}
    ${
      staff.length === 0
        ? html`<p class="empty">${m.noStaffToShow}</p>`
        : html`<div
            class="grid-wrap ${h.canWrite(undefined) ? 'writable' : ''}"
            part="grid"
            aria-hidden="true"
            @click=${h.onGridClick}
          >
            <div
              class="grid"
              style=${`grid-template-columns: 68px repeat(${staff.length}, minmax(150px, 1fr)); grid-template-rows: auto ${height}px`}
            >
              <div class="corner"></div>
              ${staff.map((s) => html`<div class="col-head">${s.displayName}</div>`)}
              <div class="gutter">
                ${hours.map(
                  (h) =>
                    html`<span class="hour-label" style=${`top:${px(h * 60)}px`}
                      >${timeIn(Date.UTC(2000, 0, 1, h), lang, 'UTC')}</span
                    >`,
                )}
              </div>
              ${staff.map((s) => {
                const sd = data.staffDays.get(s.id)?.get(day);
                return html`<div class="col" data-staff=${s.id} data-first-hour=${first}>
                  ${hours.map((h) => html`<div class="hour-line" style=${`top:${px(h * 60)}px`}></div>`)}
                  ${(sd?.windows ?? []).map((w) => html`<div class="block work" style=${pos(w)}></div>`)}
                  ${closed.map(
                    (c) =>
                      html`<div class="block shut" style=${pos(c)}>
                        ${c.title ? m.closedTitled(c.title) : m.closed}
                      </div>`,
                  )}
                  ${(sd?.timeOff ?? []).map(
                    (t) =>
                      html`<div class="block off" style=${pos(t)}>
                        ${t.title ? m.timeOffTitled(t.title) : m.timeOff}
                      </div>`,
                  )}
                  ${sessions
                    .filter((x) => x.staffMemberId === s.id)
                    .map(
                      (x) =>
                        html`<div
                          class="block appt ${x.key === h.selectedKey ? 'selected' : ''} ${short(x) ? 'short' : ''}"
                          style=${pos(x)}
                          data-key=${x.key}
                        >
                          <strong>${timeIn(x.start, lang, zone)} ${x.serviceName}</strong>
                          <span>${whoOf(x, m)}</span>
                        </div>`,
                    )}
                </div>`;
              })}
            </div>
          </div>`
    }
    <h3>${m.dayList(formatDayLong(day, lang))}</h3>
    ${renderList(h, sessions, zone, data.nextDay)}`;
}

function renderList(h: DayViewHost, sessions: Session[], zone: string, nextDay: string | undefined) {
  const m = h.m;
  const lang = h.language;
  if (sessions.length === 0) {
    return html`<div class="empty">
      <p>${m.noAppointments}</p>
      ${
        nextDay
          ? html`<button class="button small" type="button" data-day=${nextDay} @click=${h.onOpenDay}>
              ${m.nextWithAppointments(formatDayLong(nextDay, lang))}
            </button>`
          : nothing
      }
    </div>`;
  }
  return html`<p class="muted">${m.appointmentCount(sessions.reduce((n, s) => n + s.appointments.length, 0))}</p>
    <ol class="day-list" part="list">
      ${sessions.map(
        (s) =>
          html`<li>
            <button
              class="session"
              type="button"
              data-key=${s.key}
              aria-current=${s.key === h.selectedKey ? 'true' : 'false'}
              @click=${h.onSelect}
            >
              <span class="time">${m.timeRange(timeIn(s.start, lang, zone), timeIn(s.end, lang, zone))}</span>
              <span><strong>${s.serviceName}</strong> · ${whoOf(s, m)}</span>
              <span class="who">${s.staffMemberName}</span>
            </button>
          </li>`,
      )}
    </ol>`;
}
