/**
 * The month: a week per row, each day with its number of appointments and the first few
 * ("+N more"); a day opens the day view. Keyboard: the WAI-ARIA APG grid pattern with one tab
 * stop on the chosen day. Arrow keys move by a day or a week (into the next or previous month
 * when they leave this one), Home/End to the week's first/last day, PageUp/PageDown by a month,
 * Enter or Space opens the day. Cells are keyed by day, so the focused day keeps its element (and
 * the focus) when another month's data arrives.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { StaffMember } from '../../core/types.js';
import {
  dayGridMove,
  dayKey,
  formatDayLong,
  formatDayNumber,
  formatMonthYear,
  weekdayNames,
  weekdayOfKey,
} from '../../i18n/index.js';
import type { AdminMessages } from '../../i18n/en-admin.js';
import { timeIn } from '../booking-admin/admin-format.js';
import type { Session } from './appointment-details.js';
import { whoOf } from './week-grid.js';

/** How many of a day's appointments the month shows before "+N more". */
const SHOWN = 3;

export interface MonthViewData {
  /** Whole weeks covering the month. */
  days: string[];
  sessions: Session[];
  allStaff: StaffMember[];
  staff: StaffMember[];
}

export interface MonthViewOptions {
  messages: () => AdminMessages;
  language: () => string;
  now: () => number;
  /** The chosen day (`yyyy-MM-dd`): the grid's tab stop. */
  date: () => string;
  firstDay: () => number;
  /** Another day chosen with the keyboard (it may be in another month). */
  onDate: (day: string) => void;
  onOpenDay: (day: string) => void;
}

export class MonthView implements ReactiveController {
  private focusAfterRender = false;

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: ParentNode },
    private readonly options: MonthViewOptions,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (!this.focusAfterRender) return;
    const grid = this.host.renderRoot.querySelector<HTMLElement>('.month-grid');
    // Still loading another month: the grid drawn meanwhile is the old one, whose rows move (and lose
    // the focus) when the new month's arrive, so focus only once the chosen day's month is shown.
    if (grid?.dataset.month !== this.options.date().slice(0, 7)) return;
    const cell = grid.querySelector<HTMLElement>('[tabindex="0"]');
    if (!cell) return;
    this.focusAfterRender = false;
    cell.focus();
  }

  private handleKeyDown = (e: KeyboardEvent) => {
    const day = this.options.date();
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.options.onOpenDay(day);
      return;
    }
    const next = dayGridMove(e, day, (weekdayOfKey(day) - this.options.firstDay() + 7) % 7);
    if (next === undefined) return;
    e.preventDefault();
    this.focusAfterRender = true;
    this.options.onDate(next);
  };

  private handleClick = (e: MouseEvent) => {
    const cell = (e.target as HTMLElement).closest<HTMLElement>('td[data-day]');
    if (cell) this.options.onOpenDay(cell.dataset.day!);
  };

  render(data: MonthViewData, zone: string) {
    const m = this.options.messages();
    const lang = this.options.language();
    const chosen = this.options.date();
    const month = chosen.slice(0, 7);
    const today = dayKey(this.options.now(), zone);
    const shown = new Set(data.staff.map((s) => s.id));
    const colour = new Map(data.allStaff.map((s, i) => [s.id, i % 8]));
    const byDay = new Map<string, Session[]>();
    for (const s of data.sessions) {
      if (!shown.has(s.staffMemberId)) continue;
      const d = dayKey(s.start, zone);
      byDay.set(d, [...(byDay.get(d) ?? []), s]);
    }
    // The month the data is for (its middle day is always inside it), which may lag the chosen day's.
    const shownMonth = data.days[Math.floor(data.days.length / 2)]?.slice(0, 7) ?? month;
    const weeks: string[][] = [];
    for (let i = 0; i < data.days.length; i += 7) weeks.push(data.days.slice(i, i + 7));
    const names = weekdayNames(lang, this.options.firstDay());
    return html`<div class="month-wrap" part="month">
      <table
        class="month-grid"
        data-month=${shownMonth}
        role="grid"
        aria-label=${m.grid.monthLabel(formatMonthYear(chosen, lang))}
        @keydown=${this.handleKeyDown}
        @click=${this.handleClick}
      >
        <thead>
          <tr>
            ${names.map((n) => html`<th scope="col"><abbr title=${n.long}>${n.short}</abbr></th>`)}
          </tr>
        </thead>
        <tbody>
          ${repeat(
            weeks,
            (week) => week[0],
            (week) =>
              html`<tr>
                ${repeat(
                  week,
                  (d) => d,
                  (d) => {
                    const sessions = byDay.get(d) ?? [];
                    const n = sessions.reduce((k, s) => k + s.appointments.length, 0);
                    const outside = d.slice(0, 7) !== month;
                    return html`<td
                      role="gridcell"
                      class="m-day ${outside ? 'outside' : ''} ${d === today ? 'today' : ''}"
                      tabindex=${d === chosen ? 0 : -1}
                      data-day=${d}
                      aria-current=${d === today ? 'date' : 'false'}
                      aria-selected=${d === chosen ? 'true' : 'false'}
                    >
                      <span class="visually-hidden">${m.grid.dayCell(formatDayLong(d, lang), n)}</span>
                      <span aria-hidden="true">
                        <span class="m-num">${formatDayNumber(d, lang)}</span>
                        ${n > 0 ? html`<span class="m-count">${n}</span>` : nothing}
                        <span class="m-list">
                          ${sessions
                            .slice(0, SHOWN)
                            .map(
                              (s) =>
                                html`<span class="m-entry staff-c${colour.get(s.staffMemberId) ?? 0}"
                                  >${timeIn(s.start, lang, zone)} ${s.serviceName} · ${whoOf(s, m)}</span
                                >`,
                            )}
                          ${sessions.length > SHOWN ? html`<span class="m-more">${m.grid.more(sessions.length - SHOWN)}</span>` : nothing}
                        </span>
                      </span>
                    </td>`;
                  },
                )}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}
