/**
 * The calendar's body for the loaded range: its title and zone, then the day view, the week (time
 * grid or staff table) or the month, with the selected appointment's details beside it; or the
 * printable agenda of the range.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { StaffMember } from '../../core/types.js';
import { formatDayLong, formatDayShort, formatMonthYear, zoneParts } from '../../i18n/index.js';
import type { AdminMessages } from '../../i18n/en-admin.js';
import { renderAgenda } from './agenda.js';
import type { CalendarData } from './calendar-data.js';
import { renderDay } from './day-view.js';
import type { MonthView } from './month-view.js';
import { renderStaffWeek } from './staff-week.js';
import { renderWeekLayoutSwitch } from './toolbar.js';
import type { WeekGrid } from './week-grid.js';

/** What the views need from the calendar; handlers run with the calendar as `this` (lit's event host). */
export interface CalendarViewsHost {
  m: AdminMessages;
  language: string;
  now: number;
  date: string;
  selectedKey: string;
  /** The week as the staff-by-day table rather than the time grid. */
  weekTable: boolean;
  /** The printable agenda instead of the calendar. */
  agenda: boolean;
  /** The staff shown. */
  staff: StaffMember[];
  canWrite: (staffMemberId: string | undefined) => boolean;
  weekGrid: WeekGrid;
  monthView: MonthView;
  /** The selected appointment's details, when one is selected. */
  details: TemplateResult | undefined;
  onSelect: (e: Event) => void;
  onOpenDay: (e: Event) => void;
  onGridClick: (e: MouseEvent) => void;
  onWeekLayout: (e: Event) => void;
  onPrint: () => void;
  onAgendaClose: () => void;
}

export function renderCalendarViews(h: CalendarViewsHost, data: CalendarData) {
  const m = h.m;
  const lang = h.language;
  const zone = data.business.businessTimeZone;
  const title =
    data.view === 'week'
      ? m.weekOf(formatDayShort(data.days[0], lang), formatDayShort(data.days[6], lang))
      : data.view === 'month'
        ? formatMonthYear(h.date, lang)
        : formatDayLong(data.days[0], lang);
  if (h.agenda) {
    const shown = new Set(h.staff.map((s) => s.id));
    const month = h.date.slice(0, 7);
    return renderAgenda({
      m,
      language: lang,
      zone,
      title,
      days: data.view === 'month' ? data.days.filter((d) => d.startsWith(month)) : data.days,
      sessions: data.sessions.filter((s) => shown.has(s.staffMemberId)),
      onPrint: h.onPrint,
      onClose: h.onAgendaClose,
    });
  }
  const selected = h.details;
  return html`<div class="range-title">
      <h3 tabindex="-1">${title}</h3>
      <span class="zone">${(({ name, offset }) => m.timesIn(name, offset))(zoneParts(zone, lang, data.start))}</span>
    </div>
    <div class="layout ${selected ? 'with-details' : ''}">
      <div>
        ${data.view === 'week' ? renderWeekLayouts(h, data) : data.view === 'month' ? renderMonth(h, data) : renderDayView(h, data)}
      </div>
      ${selected ?? nothing}
    </div>`;
}

/** The week: the time grid, or the staff-by-day table (which shows who works when at a glance). */
function renderWeekLayouts(h: CalendarViewsHost, data: CalendarData) {
  const m = h.m;
  const staff = h.staff;
  return html`${renderWeekLayoutSwitch(m, h.weekTable, h.onWeekLayout)}
  ${
    h.weekTable
      ? renderStaffWeek(
          {
            m,
            language: h.language,
            now: h.now,
            selectedKey: h.selectedKey,
            staff,
            onSelect: h.onSelect,
            onOpenDay: h.onOpenDay,
          },
          data,
        )
      : staff.length === 0
        ? html`<p class="empty">${m.noStaffToShow}</p>`
        : h.weekGrid.render(
            {
              days: data.days,
              sessions: data.sessions,
              allStaff: data.business.staffMembers,
              staff,
              staffDays: data.staffDays,
              closed: data.closed,
            },
            data.business.businessTimeZone,
          )
  }`;
}

function renderMonth(h: CalendarViewsHost, data: CalendarData) {
  return h.monthView.render(
    {
      days: data.days,
      sessions: data.sessions,
      allStaff: data.business.staffMembers,
      staff: h.staff,
    },
    data.business.businessTimeZone,
  );
}

function renderDayView(h: CalendarViewsHost, data: CalendarData) {
  return renderDay(
    {
      m: h.m,
      language: h.language,
      selectedKey: h.selectedKey,
      staff: h.staff,
      canWrite: h.canWrite,
      onGridClick: h.onGridClick,
      onSelect: h.onSelect,
      onOpenDay: h.onOpenDay,
    },
    data,
  );
}
