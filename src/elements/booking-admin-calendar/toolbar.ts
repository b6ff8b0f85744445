/**
 * The calendar's toolbar (view, previous/today/next, a date, the staff filter, the agenda and a
 * new booking) and the week's layout switch (by time or by staff member).
 */
import { html, nothing } from 'lit';
import type { StaffMember } from '../../core/types.js';
import type { AdminMessages } from '../../i18n/en-admin.js';
import { inputField, selectField } from '../booking-admin/admin-fields.js';
import type { View } from './calendar-data.js';

/** What the toolbar needs from the calendar; handlers run with the calendar as `this` (lit's event host). */
export interface ToolbarHost {
  m: AdminMessages;
  view: View;
  date: string;
  staffFilter: string;
  /** The staff the filter offers. */
  staff: StaffMember[];
  /** A team member sees their own appointments only: no staff filter (R18). */
  ownOnly: boolean;
  agenda: boolean;
  /** The role may book and the business has services. */
  canCreate: boolean;
  onView: (e: Event) => void;
  onStep: (e: Event) => void;
  onToday: () => void;
  onDate: (e: Event) => void;
  onStaffFilter: (e: Event) => void;
  onAgenda: () => void;
  onNewBooking: (e: Event) => void;
}

export function renderToolbar(h: ToolbarHost) {
  const m = h.m;
  const week = h.view === 'week';
  const month = h.view === 'month';
  const staff = h.staff;
  const views: [View, string][] = [
    ['day', m.dayView],
    ['week', m.weekView],
    ['month', m.grid.monthView],
  ];
  return html`<div class="toolbar" part="toolbar">
    <div class="segmented" role="group" aria-label=${m.view}>
      ${views.map(
        ([v, label]) =>
          html`<button type="button" data-view=${v} aria-pressed=${h.view === v ? 'true' : 'false'} @click=${h.onView}>
            ${label}
          </button>`,
      )}
    </div>
    <div class="nav">
      <button
        class="button icon"
        type="button"
        data-dir="-1"
        aria-label=${month ? m.grid.previousMonth : week ? m.previousWeek : m.previousDay}
        @click=${h.onStep}
      >
        ‹
      </button>
      <button class="button" type="button" @click=${h.onToday}>${m.today}</button>
      <button
        class="button icon"
        type="button"
        data-dir="1"
        aria-label=${month ? m.grid.nextMonth : week ? m.nextWeek : m.nextDay}
        @click=${h.onStep}
      >
        ›
      </button>
    </div>
    ${inputField({ id: 'date', label: m.goToDate, type: 'date', value: h.date, onInput: h.onDate })}
    ${
      h.ownOnly
        ? nothing
        : selectField({
            id: 'staff-filter',
            label: m.staffFilter,
            value: h.staffFilter,
            options: [{ value: '', label: m.allStaff }, ...staff.map((s) => ({ value: s.id, label: s.displayName }))],
            onChange: h.onStaffFilter,
          })
    }
    <span class="spacer"></span>
    <button class="button agenda-button" type="button" aria-pressed=${h.agenda ? 'true' : 'false'} @click=${h.onAgenda}>
      ${m.grid.agenda}
    </button>
    ${
      h.canCreate
        ? html`<button class="button primary" type="button" @click=${h.onNewBooking}>+ ${m.newBooking}</button>`
        : nothing
    }
  </div>`;
}

/** The week's layout switch: the time grid, or the staff-by-day table. */
export function renderWeekLayoutSwitch(m: AdminMessages, weekTable: boolean, onLayout: (e: Event) => void) {
  return html`<div class="week-layout">
    <div class="segmented" role="group" aria-label=${m.grid.layout}>
      <button type="button" data-layout="time" aria-pressed=${weekTable ? 'false' : 'true'} @click=${onLayout}>
        ${m.grid.byTime}
      </button>
      <button type="button" data-layout="staff" aria-pressed=${weekTable ? 'true' : 'false'} @click=${onLayout}>
        ${m.grid.byStaff}
      </button>
    </div>
  </div>`;
}
