import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { BookingError } from '../../contract/errors.js';
import type { RecurrenceExpander } from '../../core/engine-types.js';
import { loadRecurrenceExpander } from '../../core/load-recurrence.js';
import { isStaffSelectionAllowed } from '../../core/policy.js';
import { needsRecurrence, prepare, staffTimeOff, staffWindows } from '../../core/schedule.js';
import { epochToWall, wallToEpoch } from '../../core/time.js';
import { listTimeZones } from '../../core/time-zones.js';
import type { Business, Service, StaffMember } from '../../core/types.js';
import {
  addDaysToKey,
  addMonthsToKey,
  dayKey,
  firstDayOfWeek,
  formatDayLong,
  formatDayShort,
  formatMonthYear,
  messagesFor,
  utcNoon,
  weekdayOfKey,
  zoneParts,
} from '../../i18n/index.js';
import type { AvailabilityExplanationJson, StaffAppointment } from '../../schemas/admin.js';
import type { PublicService } from '../../schemas/customer.js';
import {
  emptyDetails,
  fieldKeyOfPath,
  validateDetails,
  type BookingDetailsForm,
  type DetailsErrors,
  type DetailsRules,
  type DetailsValue,
} from '../booking-details-form/booking-details-form.js';
import type { BookingTimePicker } from '../booking-time-picker/booking-time-picker.js';
import { AdminElement } from '../booking-admin/admin-element.js';
import { checkField, inputField, selectField, textareaField } from '../booking-admin/admin-fields.js';
import { instantOf, rangeIn, reasonText, timeIn, wallOf, whenIn } from '../booking-admin/admin-format.js';
import { renderAppointmentDetails, type Session } from './appointment-details.js';
import { CustomerSearch } from './customer-search.js';
import { styles } from './booking-admin-calendar.styles.js';
import { rangeAnchor, rangeDays, renderAgenda, type CalendarView } from './agenda.js';
import { gridStyles } from './grid.styles.js';
import { MonthView } from './month-view.js';
import { WeekGrid } from './week-grid.js';

type View = CalendarView;

/** R12: the service itself asks for an e-mail address (always for online services). */
const emailAlwaysRequired = (service: Service) => service.isEmailRequired || service.isLocationOnline;

interface Interval {
  start: number;
  end: number;
  title?: string | undefined;
}

interface StaffDay {
  windows: Interval[];
  timeOff: Interval[];
}

interface CalendarData {
  /** The view the data was loaded for (the shown view may have changed while it reloads). */
  view: View;
  /** When the range has no appointments: the next day that has some, within 90 days. */
  nextDay?: string | undefined;
  business: Business;
  days: string[];
  start: number;
  end: number;
  sessions: Session[];
  /** Staff id → day → working windows and time off. */
  staffDays: Map<string, Map<string, StaffDay>>;
  /** Day → closures for everyone. */
  closed: Map<string, Interval[]>;
}

type Dialog =
  | { kind: 'create'; serviceId: string; staffId: string; start: string }
  | { kind: 'reschedule'; appointment: StaffAppointment; staffId: string; start: string }
  | {
      kind: 'cancel';
      session: Session;
      appointment: StaffAppointment;
      /** `following` (issue 20): this appointment and the later ones of its series. */
      scope: 'session' | 'attendee' | 'following';
      /** R23: declining a request waiting for approval, rather than cancelling a booking. */
      decline?: boolean;
    };

const HOUR_PX = 64;
/** Room above the first and below the last hour line, so their labels are not cut. */
const EDGE_PX = 10;

/** A stand-in service, so the engine's preparation yields hours, time off and closures for the calendar. */
const CALENDAR_SERVICE: Service = {
  id: '__calendar__',
  displayName: '—',
  defaultDuration: 'PT1M',
  preBuffer: 'PT0M',
  postBuffer: 'PT0M',
  defaultPriceType: 'notSet',
  isLocationOnline: false,
  maximumAttendeesCount: 1,
  staffMemberIds: [],
  schedulingPolicy: null,
  isHiddenFromCustomers: true,
  isCustomerAllowedToManageBooking: false,
  smsNotificationsEnabled: false,
  isEmailRequired: false,
};

function groupSessions(appointments: readonly StaffAppointment[]): Session[] {
  const byKey = new Map<string, Session>();
  for (const a of appointments) {
    const key = `${a.serviceId}|${a.staffMemberId}|${a.start}`;
    let s = byKey.get(key);
    if (!s) {
      s = {
        key,
        start: Date.parse(a.start),
        end: Date.parse(a.end),
        serviceId: a.serviceId,
        serviceName: a.serviceName,
        staffMemberId: a.staffMemberId,
        staffMemberName: a.staffMemberName,
        appointments: [],
        maximumAttendeesCount: a.maximumAttendeesCount,
      };
      byKey.set(key, s);
    }
    s.appointments.push(a);
  }
  return [...byKey.values()].sort((x, y) => x.start - y.start || x.staffMemberName.localeCompare(y.staffMemberName));
}

/** "Mon" and "23 Nov" for a `yyyy-MM-dd` day: the week's column headings, on two lines so seven fit. */
function weekdayShort(day: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { timeZone: 'UTC', weekday: 'short' }).format(utcNoon(day));
}

function dayMonth(day: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { timeZone: 'UTC', day: 'numeric', month: 'short' }).format(utcNoon(day));
}

function pairs(flat: readonly number[]): Interval[] {
  const out: Interval[] = [];
  for (let i = 0; i < flat.length; i += 2) out.push({ start: flat[i], end: flat[i + 1] });
  return out;
}

/**
 * The calendar: a day (a column per staff member) or a week (a row per staff member), with
 * working hours, time off and closures, and the day's appointments as a list. Staff book on a
 * customer's behalf (picking one of the free times, or typing a time), move a booking to another
 * free time, and cancel with a message to the customer; class sessions list their attendees and
 * seats (R8). Times are in the business's zone, which is named (R1, R2). Team members see and
 * change their own appointments only; viewers only look (R18).
 *
 * @summary Back office: the appointment calendar.
 * @fires booking-admin-changed - An appointment was created, rescheduled or cancelled.
 * @csspart toolbar - View, date and staff controls.
 * @csspart grid - The day grid (visual; the list below it is the accessible equivalent).
 * @csspart list - The day's appointments.
 * @csspart week - The week table (the week's "By staff member" layout).
 * @csspart time-grid - The week time grid (days as columns, hours as rows; an APG grid).
 * @csspart month - The month view (an APG grid).
 * @csspart agenda - The printable agenda of the shown day, week or month.
 * @csspart details - The selected appointment or class session.
 * @csspart series-position - "2 of 4 in a series" beside an appointment booked in a series (issue 20).
 * @csspart series-dates - The dates of the selected appointment's series.
 * @csspart dialog - The booking, reschedule and cancel dialogs.
 */
export class BookingAdminCalendar extends AdminElement {
  static override styles = [...styles, gridStyles];

  @state() private staffFilter = '';
  @state() private selectedKey = '';
  @state() private dialog: Dialog | undefined;
  @state() private manualTime = false;
  @state() private manualDate = '';
  @state() private manualClock = '';
  @state() private override = false;
  @state() private details: DetailsValue = emptyDetails();
  @state() private detailsErrors: DetailsErrors = {};
  @state() private customerZone = '';
  /** Staff bookings ask for an e-mail address unless the person says the customer has none. */
  @state() private noEmail = false;
  @state() private cancelMessage = '';
  @state() private dialogError: unknown;
  @state() private explanation: AvailabilityExplanationJson | undefined;
  @state() private working = false;
  @state() private approvalError: unknown;
  /** The week as the staff-by-day table rather than the time grid. */
  @state() private weekTable = false;
  /** The printable agenda of the shown range instead of the calendar. */
  @state() private agenda = false;
  private weekGrid = new WeekGrid(this, {
    session: () => this.session,
    messages: () => this.m,
    language: () => this.language,
    now: () => this.now,
    selectedKey: () => this.selectedKey,
    canWrite: (id) => this.canWrite(id),
    onOpen: (key) => {
      this.selectedKey = key;
      this.focusDetailsAfterUpdate = true;
    },
    onCreate: (day, minutes) => this.createAt(day, minutes),
    onWeek: (delta) => (this.date = addDaysToKey(this.date, 7 * delta)),
    announce: (text) => this.announce(text),
    errorText: (error) => this.errorText(error),
    onMoved: async (a) => {
      this.changed({ entity: 'appointment', action: 'rescheduled', id: a.id });
      this.date = dayKey(Date.parse(a.start), this.session!.businessTimeZone);
      this.reload++;
      await this.updateComplete;
      await this.calendarTask.taskComplete;
    },
  });
  private monthView = new MonthView(this, {
    messages: () => this.m,
    language: () => this.language,
    now: () => this.now,
    date: () => this.date,
    firstDay: () => firstDayOfWeek(this.language),
    onDate: (day) => (this.date = day),
    onOpenDay: (day) => {
      this.date = day;
      this.view = 'day';
    },
  });
  /** Booking on behalf: the type-ahead over existing customers. */
  private customerSearch = new CustomerSearch(this, {
    search: (query, signal) => {
      const session = this.session;
      if (!session) return Promise.resolve([]);
      return session.admin.listCustomers({ businessId: session.businessId, query, limit: 6 }, { signal });
    },
    onChoose: (c) => {
      this.details = { ...this.details, name: c.name, emailAddress: c.emailAddress ?? '', phone: c.phone ?? '' };
      if (listTimeZones().includes(c.timeZone)) this.customerZone = c.timeZone;
      this.announce(this.m.customerChosen(c.name));
    },
  });
  private opener: HTMLElement | null = null;
  private focusDetailsAfterUpdate = false;
  private idempotencyKey = '';

  /** `day`, `week` (a time grid) or `month`. */
  @property({ reflect: true }) view: View = 'day';
  /** The day shown (`yyyy-MM-dd` in the business's zone); default today. */
  @property() date = '';

  private calendarTask = new Task(this, {
    task: async ([session, anchor, view], { signal }) => {
      if (!session || !anchor) return undefined;
      const zone = session.businessTimeZone;
      const days = rangeDays(view, anchor, firstDayOfWeek(this.language));
      const first = days[0];
      const start = wallToEpoch(first, 0, zone);
      const end = wallToEpoch(addDaysToKey(days[days.length - 1], 1), 0, zone);
      const own = session.role === 'teamMember';
      const [business, appointments] = await Promise.all([
        session.admin.getBusiness({ businessId: session.businessId }, { signal }),
        session.admin.listAppointments(
          {
            businessId: session.businessId,
            start: new Date(start).toISOString(),
            end: new Date(end).toISOString(),
            ...(own ? { staffMemberId: session.staffMemberId } : {}),
          },
          { signal },
        ),
      ]);
      const recurrence = needsRecurrence(business) ? await loadRecurrenceExpander() : undefined;
      const data = this.layout(view, business, days, start, end, appointments, recurrence);
      if (appointments.length === 0) {
        // An empty day should not look like an empty calendar: point to the next busy day.
        const later = await session.admin.listAppointments(
          {
            businessId: session.businessId,
            start: new Date(end).toISOString(),
            end: new Date(end + 90 * 86_400_000).toISOString(),
            ...(own ? { staffMemberId: session.staffMemberId } : {}),
          },
          { signal },
        );
        if (later[0]) data.nextDay = dayKey(Date.parse(later[0].start), zone);
      }
      return data;
    },
    // The range's first day, not the date: moving within a week or month does not reload it.
    args: () =>
      [
        this.session,
        this.date && rangeAnchor(this.view, this.date, firstDayOfWeek(this.language)),
        this.view,
        this.reload,
      ] as const,
  });

  /** The customer side's view of the services: the effective policy the free-time picker needs. */
  private pageTask = new Task(this, {
    task: async ([session, open], { signal }) => {
      if (!session?.booking || !open) return undefined;
      try {
        const page = await session.booking.getBookingPage({ businessId: session.businessId }, { signal });
        return page.services;
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') throw error;
        // Unpublished or restricted page: staff type a time instead.
        return [] as PublicService[];
      }
    },
    args: () => [this.session, this.dialog !== undefined && this.dialog.kind !== 'cancel'] as const,
  });

  /** Issue 20: the series of the selected appointment ("3 of 10", its dates). */
  private seriesTask = new Task(this, {
    task: async ([session, appointmentId, seriesId], { signal }) => {
      if (!session || !appointmentId || !seriesId) return undefined;
      return session.admin.getAppointmentSeries({ businessId: session.businessId, appointmentId }, { signal });
    },
    args: () => {
      const a = this.selectedSession?.appointments[0];
      return [this.session, a?.id, a?.series?.id, this.reload] as const;
    },
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    const session = this.session;
    if (session && !this.date) this.date = dayKey(this.now, session.businessTimeZone);
    if (session && session.role === 'teamMember') this.staffFilter = session.staffMemberId;
    if (changed.has('date') || changed.has('view')) this.selectedKey = '';
    if (changed.has('view')) this.weekGrid.reset();
    if ((changed as Map<PropertyKey, unknown>).has('selectedKey')) this.approvalError = undefined;
  }

  protected override updated(): void {
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('h3')?.focus();
    }
    if (this.focusDetailsAfterUpdate) {
      this.focusDetailsAfterUpdate = false;
      this.renderRoot.querySelector<HTMLElement>('.details h3')?.focus();
    }
  }

  private weekStart(date: string): string {
    const first = firstDayOfWeek(this.language);
    const offset = (weekdayOfKey(date) - first + 7) % 7;
    return addDaysToKey(date, -offset);
  }

  private layout(
    view: View,
    business: Business,
    days: string[],
    start: number,
    end: number,
    appointments: StaffAppointment[],
    recurrence: RecurrenceExpander | undefined,
  ): CalendarData {
    const zone = business.businessTimeZone;
    const withCalendar: Business = { ...business, services: [CALENDAR_SERVICE] };
    const setup = prepare(
      { business: withCalendar, serviceId: CALENDAR_SERVICE.id, now: start, appointments: [], recurrence },
      start,
      end,
    );
    const staffDays = new Map<string, Map<string, StaffDay>>();
    for (const staff of business.staffMembers) {
      const windows = pairs(staffWindows(setup, staff, start, end));
      const timeOff = staffTimeOff(setup, staff, start, end);
      const perDay = new Map<string, StaffDay>();
      for (const day of days) {
        const lo = wallToEpoch(day, 0, zone);
        const hi = wallToEpoch(addDaysToKey(day, 1), 0, zone);
        const clip = (i: Interval) => ({ ...i, start: Math.max(i.start, lo), end: Math.min(i.end, hi) });
        perDay.set(day, {
          windows: windows.filter((w) => w.start < hi && w.end > lo).map(clip),
          timeOff: timeOff.filter((t) => t.start < hi && t.end > lo).map(clip),
        });
      }
      staffDays.set(staff.id, perDay);
    }
    const closed = new Map<string, Interval[]>();
    for (const day of days) {
      const lo = wallToEpoch(day, 0, zone);
      const hi = wallToEpoch(addDaysToKey(day, 1), 0, zone);
      closed.set(
        day,
        setup.closed
          .filter((c) => c.start < hi && c.end > lo)
          .map((c) => ({ start: Math.max(c.start, lo), end: Math.min(c.end, hi), title: c.title })),
      );
    }
    return { view, business, days, start, end, sessions: groupSessions(appointments), staffDays, closed };
  }

  // ---------------------------------------------------------------- permissions

  private canWrite(staffMemberId: string | undefined): boolean {
    const w = this.perms.writeAppointments;
    return (
      w === 'all' || (w === 'own' && (staffMemberId === undefined || staffMemberId === this.session?.staffMemberId))
    );
  }

  // ---------------------------------------------------------------- handlers: navigation

  private handleView(e: Event) {
    this.view = (e.currentTarget as HTMLElement).dataset.view as View;
  }

  private handleStep(e: Event) {
    const dir = Number((e.currentTarget as HTMLElement).dataset.dir);
    this.date =
      this.view === 'month'
        ? addMonthsToKey(this.date, dir)
        : addDaysToKey(this.date, dir * (this.view === 'week' ? 7 : 1));
    this.weekGrid.reset();
  }

  private handleWeekLayout(e: Event) {
    this.weekTable = (e.currentTarget as HTMLElement).dataset.layout === 'staff';
  }

  private handleAgenda() {
    this.agenda = true;
    this.selectedKey = '';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#agenda-heading')?.focus());
  }

  private handleAgendaClose() {
    this.agenda = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.agenda-button')?.focus());
  }

  private handlePrint() {
    window.print();
  }

  /** Enter on an empty hour of the week grid: a booking there, with the time typed in. */
  private createAt(day: string, minutes: number) {
    const business = this.calendarTask.value?.business;
    const session = this.session;
    if (!business || !session) return;
    const own = this.perms.writeAppointments === 'own';
    const service =
      business.services.find((s) => !own || s.staffMemberIds.includes(session.staffMemberId)) ?? business.services[0];
    const start = wallToEpoch(day, minutes, session.businessTimeZone);
    this.openDialog(
      {
        kind: 'create',
        serviceId: service?.id ?? '',
        staffId: own ? session.staffMemberId : '',
        start: new Date(start).toISOString(),
      },
      this.renderRoot.querySelector('.time-grid [tabindex="0"]'),
    );
    this.manualTime = true;
  }

  private handleToday() {
    const session = this.session;
    if (session) this.date = dayKey(this.now, session.businessTimeZone);
  }

  private handleDate(e: Event) {
    const value = (e.target as HTMLInputElement).value;
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) this.date = value;
  }

  private handleStaffFilter(e: Event) {
    this.staffFilter = (e.target as HTMLSelectElement).value;
  }

  private handleOpenDay(e: Event) {
    this.date = (e.currentTarget as HTMLElement).dataset.day!;
    this.view = 'day';
  }

  private handleSelect(e: Event) {
    const key = (e.currentTarget as HTMLElement).dataset.key!;
    this.selectedKey = this.selectedKey === key && e.currentTarget instanceof HTMLDivElement ? '' : key;
    this.focusDetailsAfterUpdate = !!this.selectedKey;
  }

  /** Mouse shortcuts on the (visual) day grid: a booking opens its details; an empty time starts a booking there. */
  private handleGridClick(e: MouseEvent) {
    const target = e.target as HTMLElement;
    const block = target.closest<HTMLElement>('[data-key]');
    if (block) {
      this.selectedKey = block.dataset.key!;
      this.focusDetailsAfterUpdate = true;
      return;
    }
    const column = target.closest<HTMLElement>('.col[data-staff]');
    const business = this.calendarTask.value?.business;
    const session = this.session;
    if (!column || !business || !session || !this.canWrite(column.dataset.staff)) return;
    const staffId = column.dataset.staff!;
    const service = business.services.find((s) => s.staffMemberIds.includes(staffId));
    if (!service) return;
    // The clicked minute, on a quarter hour, in the business zone.
    const first = Number(column.dataset.firstHour);
    const y = e.clientY - column.getBoundingClientRect().top - EDGE_PX;
    const minutes = Math.max(0, Math.round((first * 60 + (y / HOUR_PX) * 60) / 15) * 15);
    const start = wallToEpoch(this.date, minutes, session.businessTimeZone);
    this.openDialog(
      { kind: 'create', serviceId: service.id, staffId, start: new Date(start).toISOString() },
      this.renderRoot.querySelector('.toolbar .button.primary'),
    );
    this.manualTime = true;
  }

  private handleCloseDetails() {
    const key = this.selectedKey;
    this.selectedKey = '';
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`button[data-key="${CSS.escape(key)}"]`)?.focus(),
    );
  }

  // ---------------------------------------------------------------- handlers: dialogs

  private openDialog(dialog: Dialog, opener: EventTarget | null) {
    this.opener = opener instanceof HTMLElement ? opener : null;
    this.dialog = dialog;
    this.dialogError = undefined;
    this.explanation = undefined;
    this.working = false;
    this.idempotencyKey = '';
    this.customerSearch.reset();
    const zone = this.session?.businessTimeZone ?? 'UTC';
    if (dialog.kind !== 'cancel') {
      const wall = wallOf(dialog.start ? Date.parse(dialog.start) : this.now, zone);
      this.manualDate = dialog.start ? wall.date : this.date;
      this.manualClock = dialog.start ? wall.time : '09:00';
      this.manualTime = false;
      this.override = false;
    }
    if (dialog.kind === 'create') {
      this.details = emptyDetails();
      this.detailsErrors = {};
      this.customerZone = zone;
      this.noEmail = false;
    }
    if (dialog.kind === 'cancel') this.cancelMessage = '';
  }

  private handleNewBooking(e: Event) {
    const business = this.calendarTask.value?.business;
    const session = this.session;
    if (!business || !session) return;
    const own = this.perms.writeAppointments === 'own';
    const service =
      business.services.find((s) => !own || s.staffMemberIds.includes(session.staffMemberId)) ?? business.services[0];
    this.openDialog(
      { kind: 'create', serviceId: service?.id ?? '', staffId: own ? session.staffMemberId : '', start: '' },
      e.currentTarget,
    );
  }

  private handleAddAttendee(e: Event) {
    const session = this.selectedSession;
    if (!session) return;
    this.openDialog(
      {
        kind: 'create',
        serviceId: session.serviceId,
        staffId: session.staffMemberId,
        start: new Date(session.start).toISOString(),
      },
      e.currentTarget,
    );
    this.manualTime = true;
  }

  private handleReschedule(e: Event) {
    const session = this.selectedSession;
    const appointment = session?.appointments[0];
    if (!appointment) return;
    this.openDialog(
      { kind: 'reschedule', appointment, staffId: appointment.staffMemberId, start: '' },
      e.currentTarget,
    );
  }

  private handleCancelAsk(e: Event) {
    const session = this.selectedSession;
    if (!session) return;
    const id = (e.currentTarget as HTMLElement).dataset.appointment;
    const appointment = session.appointments.find((a) => a.id === id) ?? session.appointments[0];
    this.openDialog({ kind: 'cancel', session, appointment, scope: id ? 'attendee' : 'session' }, e.currentTarget);
  }

  private handleCancelRestAsk(e: Event) {
    const session = this.selectedSession;
    const appointment = session?.appointments[0];
    if (!session || !appointment) return;
    this.openDialog({ kind: 'cancel', session, appointment, scope: 'following' }, e.currentTarget);
  }

  private handleDeclineAsk(e: Event) {
    const session = this.selectedSession;
    const appointment = session?.appointments[0];
    if (!session || !appointment) return;
    this.openDialog({ kind: 'cancel', session, appointment, scope: 'session', decline: true }, e.currentTarget);
  }

  private handleApprove() {
    void this.approve();
  }

  /** R23: the request stands; the customer is told. */
  private async approve() {
    const session = this.session;
    const appointment = this.selectedSession?.appointments[0];
    if (!session || !appointment || this.working) return;
    this.working = true;
    try {
      await session.admin.approveAppointment({ businessId: session.businessId, appointmentId: appointment.id });
      this.announce(this.m.approvedAnnouncement);
      this.changed({ entity: 'appointment', action: 'updated', id: appointment.id });
      this.reload++;
      await this.calendarTask.taskComplete;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.details h3')?.focus();
    } catch (error) {
      this.announce(this.errorText(error));
      this.approvalError = error;
    } finally {
      this.working = false;
    }
  }

  private handleDialogClose(e?: Event) {
    // Escape, the close button or a finished action: focus returns to what opened the dialog.
    // `close` events are queued: one from a dialog an action already closed and replaced (the next
    // dialog opened before the event ran) must not close the dialog open now.
    const closed = e?.currentTarget as HTMLDialogElement | undefined;
    if (closed && (!closed.isConnected || closed.open)) return;
    if (!this.dialog) return;
    this.dialog = undefined;
    const opener = this.opener;
    this.opener = null;
    if (opener?.isConnected) opener.focus();
  }

  private closeDialog() {
    this.renderRoot.querySelector('dialog')?.close();
    this.handleDialogClose();
  }

  private handleDialogService(e: Event) {
    if (this.dialog?.kind !== 'create') return;
    const serviceId = (e.target as HTMLSelectElement).value;
    const service = this.calendarTask.value?.business.services.find((s) => s.id === serviceId);
    const staffId =
      this.dialog.staffId && service?.staffMemberIds.includes(this.dialog.staffId) ? this.dialog.staffId : '';
    this.dialog = {
      ...this.dialog,
      serviceId,
      staffId: this.perms.writeAppointments === 'own' ? this.dialog.staffId : staffId,
      start: '',
    };
    this.detailsErrors = {};
  }

  private handleDialogStaff(e: Event) {
    if (!this.dialog || this.dialog.kind === 'cancel') return;
    this.dialog = { ...this.dialog, staffId: (e.target as HTMLSelectElement).value, start: '' };
  }

  private handlePickTime(e: Event) {
    if (!this.dialog || this.dialog.kind === 'cancel') return;
    const picker = e.target as BookingTimePicker;
    this.dialog = { ...this.dialog, start: picker.value };
    this.dialogError = undefined;
    this.explanation = undefined;
  }

  private handleManualToggle() {
    this.manualTime = !this.manualTime;
    if (this.dialog && this.dialog.kind !== 'cancel') this.dialog = { ...this.dialog, start: '' };
  }

  private handleManualDate(e: Event) {
    this.manualDate = (e.target as HTMLInputElement).value;
  }

  private handleManualClock(e: Event) {
    this.manualClock = (e.target as HTMLInputElement).value;
  }

  private handleOverride(e: Event) {
    this.override = (e.target as HTMLInputElement).checked;
  }

  private handleDetailsInput(e: Event) {
    this.details = (e.target as BookingDetailsForm).value;
    // Details typed over a chosen customer's make this someone else: no longer their record.
    const chosen = this.customerSearch.chosen;
    if (chosen && this.details.name.trim() !== chosen.name) this.customerSearch.chosen = undefined;
    if (Object.keys(this.detailsErrors).length && this.dialog?.kind === 'create') {
      const service = this.serviceOf(this.dialog.serviceId);
      if (service) {
        const now = validateDetails(this.details, this.rulesFor(service), messagesFor(this.language));
        this.detailsErrors = Object.fromEntries(Object.entries(this.detailsErrors).filter(([k]) => now[k]));
      }
    }
  }

  private handleCustomerZone(e: Event) {
    this.customerZone = (e.target as HTMLSelectElement).value;
  }

  private handleCancelMessage(e: Event) {
    this.cancelMessage = (e.target as HTMLTextAreaElement).value;
  }

  private handleCancelScope(e: Event) {
    if (this.dialog?.kind !== 'cancel') return;
    this.dialog = {
      ...this.dialog,
      scope: (e.target as HTMLInputElement).value as 'session' | 'attendee' | 'following',
    };
  }

  /** The start chosen in the dialog: a free time, or the typed date and time in the business zone. */
  private chosenStart(): string | undefined {
    if (!this.dialog || this.dialog.kind === 'cancel') return undefined;
    if (!this.manualTime && this.freeTimesFor(this.dialog)) return this.dialog.start || undefined;
    return instantOf(this.manualDate, this.manualClock, this.session?.businessTimeZone ?? 'UTC');
  }

  private async handleCreate(e: Event) {
    e.preventDefault();
    const session = this.session;
    const dialog = this.dialog;
    if (!session || dialog?.kind !== 'create' || this.working) return;
    const m = this.m;
    const service = this.serviceOf(dialog.serviceId);
    if (!service) return;
    const start = this.chosenStart();
    const errors = validateDetails(this.details, this.rulesFor(service), messagesFor(this.language));
    this.detailsErrors = errors;
    if (!start) {
      this.dialogError = m.chooseTimeFirst;
      this.announce(m.chooseTimeFirst);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('dialog .time-section h4, dialog #manual-date')?.focus();
      return;
    }
    if (Object.keys(errors).length) {
      this.dialogError = undefined;
      this.announce(m.errorsInForm(Object.keys(errors).length));
      await this.updateComplete;
      this.renderRoot.querySelector<BookingDetailsForm>('dialog booking-details-form')?.focusFirstError();
      return;
    }
    const d = this.details;
    const answers = Object.entries(d.answers)
      .filter(([, v]) => v.length > 0)
      .map(([questionId, v]) => (Array.isArray(v) ? { questionId, selectedOptions: v } : { questionId, answer: v }));
    this.idempotencyKey ||= crypto.randomUUID();
    this.working = true;
    this.dialogError = undefined;
    this.explanation = undefined;
    try {
      const result = await session.admin.createAppointment({
        businessId: session.businessId,
        serviceId: service.id,
        ...(dialog.staffId ? { staffMemberId: dialog.staffId } : {}),
        start,
        ...(this.customerSearch.chosen ? { customerId: this.customerSearch.chosen.id } : {}),
        customer: {
          name: d.name.trim(),
          ...(d.emailAddress.trim() ? { emailAddress: d.emailAddress.trim() } : {}),
          ...(d.phone.trim() ? { phone: d.phone.trim() } : {}),
          ...(d.notes.trim() ? { notes: d.notes.trim() } : {}),
          timeZone: this.customerZone || session.businessTimeZone,
        },
        ...(answers.length ? { answers } : {}),
        ...(service.smsNotificationsEnabled ? { smsOptIn: d.smsOptIn } : {}),
        ...(this.override && this.perms.overrideLeadTime ? { overrideLeadTime: true } : {}),
        idempotencyKey: this.idempotencyKey,
      });
      const a = result.appointment;
      const zone = session.businessTimeZone;
      this.announce(
        m.bookedAnnouncement(a.serviceName, a.customer.name, whenIn(Date.parse(a.start), this.language, zone)),
      );
      this.changed({ entity: 'appointment', action: 'created', id: a.id });
      this.closeDialog();
      await this.showAppointment(a);
    } catch (error) {
      await this.handleDialogFailure(error, service.id, dialog.staffId, start);
    } finally {
      this.working = false;
    }
  }

  private async handleRescheduleSubmit(e: Event) {
    e.preventDefault();
    const session = this.session;
    const dialog = this.dialog;
    if (!session || dialog?.kind !== 'reschedule' || this.working) return;
    const m = this.m;
    const start = this.chosenStart();
    if (!start) {
      this.dialogError = m.chooseTimeFirst;
      this.announce(m.chooseTimeFirst);
      return;
    }
    this.working = true;
    this.dialogError = undefined;
    this.explanation = undefined;
    try {
      const a = await session.admin.rescheduleAppointment({
        businessId: session.businessId,
        appointmentId: dialog.appointment.id,
        start,
        ...(dialog.staffId ? { staffMemberId: dialog.staffId } : {}),
        ...(this.override && this.perms.overrideLeadTime ? { overrideLeadTime: true } : {}),
      });
      this.announce(m.rescheduledAnnouncement(whenIn(Date.parse(a.start), this.language, session.businessTimeZone)));
      this.changed({ entity: 'appointment', action: 'rescheduled', id: a.id });
      this.closeDialog();
      await this.showAppointment(a);
    } catch (error) {
      await this.handleDialogFailure(error, dialog.appointment.serviceId, dialog.staffId, start);
    } finally {
      this.working = false;
    }
  }

  private async handleCancelSubmit(e: Event) {
    e.preventDefault();
    const session = this.session;
    const dialog = this.dialog;
    if (!session || dialog?.kind !== 'cancel' || this.working) return;
    const message = this.cancelMessage.trim();
    this.working = true;
    this.dialogError = undefined;
    try {
      if (dialog.decline) {
        await session.admin.declineAppointment({
          businessId: session.businessId,
          appointmentId: dialog.appointment.id,
          ...(message ? { message } : {}),
        });
      } else {
        await session.admin.cancelAppointment({
          businessId: session.businessId,
          appointmentId: dialog.appointment.id,
          ...(message ? { message } : {}),
          scope: dialog.scope,
        });
      }
      this.announce(dialog.decline ? this.m.declinedAnnouncement : this.m.cancelledAnnouncement);
      this.changed({ entity: 'appointment', action: 'cancelled', id: dialog.appointment.id });
      const wholeSession =
        dialog.scope === 'session' || dialog.scope === 'following' || dialog.session.appointments.length === 1;
      this.closeDialog();
      if (wholeSession) this.selectedKey = '';
      this.reload++;
      await this.calendarTask.taskComplete;
      await this.updateComplete;
      (wholeSession
        ? this.renderRoot.querySelector<HTMLElement>('.range-title h3')
        : this.renderRoot.querySelector<HTMLElement>('.details h3')
      )?.focus();
    } catch (error) {
      this.dialogError = error;
      this.announce(this.errorText(error));
    } finally {
      this.working = false;
    }
  }

  /** After a failed booking or move: the reason in words, and for a refused time the explainer's reasons. */
  private async handleDialogFailure(error: unknown, serviceId: string, staffId: string, start: string) {
    const session = this.session!;
    const m = this.m;
    if (error instanceof BookingError && error.code === 'invalid-input') {
      const errors: DetailsErrors = {};
      for (const issue of error.issues) {
        const key = fieldKeyOfPath(issue.path);
        if (key) errors[key] = issue.message;
      }
      if (Object.keys(errors).length) {
        this.detailsErrors = errors;
        this.announce(m.errorsInForm(Object.keys(errors).length));
        await this.updateComplete;
        this.renderRoot.querySelector<BookingDetailsForm>('dialog booking-details-form')?.focusFirstError();
        return;
      }
    }
    if (error instanceof BookingError && (error.code === 'slot-unavailable' || error.code === 'policy-violation')) {
      this.idempotencyKey = '';
      this.dialogError = m.slotUnavailable;
      try {
        this.explanation = await session.admin.explainAvailability({
          businessId: session.businessId,
          serviceId,
          ...(staffId ? { staffMemberId: staffId } : {}),
          start,
        });
      } catch {
        this.explanation = undefined;
      }
      this.renderRoot.querySelector<BookingTimePicker>('dialog booking-time-picker')?.refresh();
    } else {
      this.dialogError = error;
    }
    this.announce(typeof this.dialogError === 'string' ? this.dialogError : this.errorText(error));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('dialog .notice')?.focus();
  }

  /** Opens the day of an appointment that was just made or moved, with it selected. */
  private async showAppointment(a: StaffAppointment) {
    const zone = this.session!.businessTimeZone;
    this.date = dayKey(Date.parse(a.start), zone);
    // The week grid stays the week grid (with the moved appointment in it); the month opens the day.
    if (this.view !== 'week') this.view = 'day';
    await this.updateComplete;
    this.selectedKey = `${a.serviceId}|${a.staffMemberId}|${a.start}`;
    this.reload++;
    // The reload starts with the next update (in the same week, the date alone starts none).
    await this.updateComplete;
    await this.calendarTask.taskComplete;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.details h3')?.focus();
  }

  // ---------------------------------------------------------------- helpers

  private handleNoEmail(e: Event) {
    this.noEmail = (e.target as HTMLInputElement).checked;
    const { emailAddress: _gone, phone: _too, ...rest } = this.detailsErrors;
    this.detailsErrors = rest;
  }

  private serviceOf(id: string): Service | undefined {
    return this.calendarTask.value?.business.services.find((s) => s.id === id);
  }

  private rulesFor(service: Service): DetailsRules {
    const business = this.calendarTask.value!.business;
    const byId = new Map(business.customQuestions.map((q) => [q.id, q]));
    return {
      // By default staff take an e-mail address (the confirmation and manage link go there), unless
      // they say the customer has none and the service allows that (R12: then a phone number).
      emailRequired: emailAlwaysRequired(service) || !this.noEmail,
      online: service.isLocationOnline,
      sms: service.smsNotificationsEnabled,
      smsLabel: this.m.smsOptInForCustomer,
      // Consent (R13) is the customer's own act; staff booking for them do not tick it.
      consent: { enabled: false },
      questions: (service.customQuestions ?? []).flatMap((a) => {
        const question = byId.get(a.questionId);
        return question ? [{ question, isRequired: a.isRequired }] : [];
      }),
    };
  }

  /** The public service for the free-time picker, when the customer side offers it. */
  private freeTimesFor(dialog: Exclude<Dialog, { kind: 'cancel' }>): PublicService | undefined {
    if (!this.session?.booking) return undefined;
    const serviceId = dialog.kind === 'create' ? dialog.serviceId : dialog.appointment.serviceId;
    return this.pageTask.value?.find((s) => s.id === serviceId);
  }

  private get selectedSession(): Session | undefined {
    return this.calendarTask.value?.sessions.find((s) => s.key === this.selectedKey);
  }

  private shownStaff(data: CalendarData): StaffMember[] {
    const session = this.session!;
    const booked = new Set(data.sessions.map((s) => s.staffMemberId));
    return data.business.staffMembers.filter((s) => {
      if (session.role === 'teamMember') return s.id === session.staffMemberId;
      if (this.staffFilter) return s.id === this.staffFilter;
      return s.isBookable || booked.has(s.id);
    });
  }

  /** Minutes after the day's midnight (business zone), clamped to the day. */
  private minuteOf(ms: number, day: string, zone: string): number {
    const w = epochToWall(ms, zone);
    if (w.date < day) return 0;
    if (w.date > day) return 24 * 60;
    return w.minutes;
  }

  private sessionWho(s: Session): string {
    const m = this.m;
    if (s.maximumAttendeesCount > 1) return m.seatsTaken(s.appointments.length, s.maximumAttendeesCount);
    const a = s.appointments[0];
    const name = a?.customer.name ?? '';
    return a?.approval === 'pending' ? `${name} · ${m.pendingShort}` : name;
  }

  // ---------------------------------------------------------------- render

  override render() {
    return html`<section class="panel" aria-labelledby="heading">
      <h2 id="heading" tabindex="-1">${this.m.calendarHeading}</h2>
      ${this.renderGate(() => this.renderBody())} ${this.renderLiveRegion()}
    </section>`;
  }

  private renderBody() {
    const data = this.calendarTask.value;
    return html`${this.renderToolbar(data)} ${this.renderTask(this.calendarTask, (d) => this.renderCalendar(d))}
    ${this.renderDialog()}`;
  }

  private renderToolbar(data: CalendarData | undefined) {
    const m = this.m;
    const session = this.session!;
    const week = this.view === 'week';
    const month = this.view === 'month';
    const staff = data?.business.staffMembers ?? [];
    const views: [View, string][] = [
      ['day', m.dayView],
      ['week', m.weekView],
      ['month', m.grid.monthView],
    ];
    return html`<div class="toolbar" part="toolbar">
      <div class="segmented" role="group" aria-label=${m.view}>
        ${views.map(
          ([v, label]) =>
            html`<button
              type="button"
              data-view=${v}
              aria-pressed=${this.view === v ? 'true' : 'false'}
              @click=${this.handleView}
            >
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
          @click=${this.handleStep}
        >
          ‹
        </button>
        <button class="button" type="button" @click=${this.handleToday}>${m.today}</button>
        <button
          class="button icon"
          type="button"
          data-dir="1"
          aria-label=${month ? m.grid.nextMonth : week ? m.nextWeek : m.nextDay}
          @click=${this.handleStep}
        >
          ›
        </button>
      </div>
      ${inputField({ id: 'date', label: m.goToDate, type: 'date', value: this.date, onInput: this.handleDate })}
      ${
        session.role === 'teamMember'
          ? nothing
          : selectField({
              id: 'staff-filter',
              label: m.staffFilter,
              value: this.staffFilter,
              options: [{ value: '', label: m.allStaff }, ...staff.map((s) => ({ value: s.id, label: s.displayName }))],
              onChange: this.handleStaffFilter,
            })
      }
      <span class="spacer"></span>
      <button
        class="button agenda-button"
        type="button"
        aria-pressed=${this.agenda ? 'true' : 'false'}
        @click=${this.handleAgenda}
      >
        ${m.grid.agenda}
      </button>
      ${
        this.canWrite(undefined) && (data?.business.services.length ?? 0) > 0
          ? html`<button class="button primary" type="button" @click=${this.handleNewBooking}>
              + ${m.newBooking}
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderCalendar(data: CalendarData) {
    const m = this.m;
    const lang = this.language;
    const zone = data.business.businessTimeZone;
    const title =
      data.view === 'week'
        ? m.weekOf(formatDayShort(data.days[0], lang), formatDayShort(data.days[6], lang))
        : data.view === 'month'
          ? formatMonthYear(this.date, lang)
          : formatDayLong(data.days[0], lang);
    if (this.agenda) {
      const shown = new Set(this.shownStaff(data).map((s) => s.id));
      const month = this.date.slice(0, 7);
      return renderAgenda({
        m,
        language: lang,
        zone,
        title,
        days: data.view === 'month' ? data.days.filter((d) => d.startsWith(month)) : data.days,
        sessions: data.sessions.filter((s) => shown.has(s.staffMemberId)),
        onPrint: this.handlePrint,
        onClose: this.handleAgendaClose,
      });
    }
    const selected = this.selectedSession;
    return html`<div class="range-title">
        <h3 tabindex="-1">${title}</h3>
        <span class="zone">${(({ name, offset }) => m.timesIn(name, offset))(zoneParts(zone, lang, data.start))}</span>
      </div>
      <div class="layout ${selected ? 'with-details' : ''}">
        <div>
          ${data.view === 'week' ? this.renderWeekLayouts(data) : data.view === 'month' ? this.renderMonth(data) : this.renderDay(data)}
        </div>
        ${selected ? this.renderDetails(selected, data) : nothing}
      </div>`;
  }

  /** The week: the time grid, or the staff-by-day table (which shows who works when at a glance). */
  private renderWeekLayouts(data: CalendarData) {
    const m = this.m;
    const staff = this.shownStaff(data);
    return html`<div class="week-layout">
        <div class="segmented" role="group" aria-label=${m.grid.layout}>
          <button
            type="button"
            data-layout="time"
            aria-pressed=${this.weekTable ? 'false' : 'true'}
            @click=${this.handleWeekLayout}
          >
            ${m.grid.byTime}
          </button>
          <button
            type="button"
            data-layout="staff"
            aria-pressed=${this.weekTable ? 'true' : 'false'}
            @click=${this.handleWeekLayout}
          >
            ${m.grid.byStaff}
          </button>
        </div>
      </div>
      ${
        this.weekTable
          ? this.renderWeek(data)
          : staff.length === 0
            ? html`<p class="empty">${m.noStaffToShow}</p>`
            : this.weekGrid.render(
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

  private renderMonth(data: CalendarData) {
    return this.monthView.render(
      {
        days: data.days,
        sessions: data.sessions,
        allStaff: data.business.staffMembers,
        staff: this.shownStaff(data),
      },
      data.business.businessTimeZone,
    );
  }

  private renderDayNotes(data: CalendarData, day: string, staff: StaffMember[]) {
    const m = this.m;
    const lang = this.language;
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

  private renderDay(data: CalendarData) {
    const m = this.m;
    const day = data.days[0];
    const zone = data.business.businessTimeZone;
    const lang = this.language;
    const staff = this.shownStaff(data);
    const shownIds = new Set(staff.map((s) => s.id));
    const sessions = data.sessions.filter((s) => shownIds.has(s.staffMemberId));
    // The hours shown: the working hours and appointments of the day, 08–17 when there are none.
    let lo = 24 * 60;
    let hi = 0;
    for (const s of staff) {
      for (const w of data.staffDays.get(s.id)?.get(day)?.windows ?? []) {
        lo = Math.min(lo, this.minuteOf(w.start, day, zone));
        hi = Math.max(hi, this.minuteOf(w.end, day, zone));
      }
    }
    for (const s of sessions) {
      lo = Math.min(lo, this.minuteOf(s.start, day, zone));
      hi = Math.max(hi, this.minuteOf(s.end, day, zone));
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
      const top = px(Math.max(first * 60, this.minuteOf(i.start, day, zone)));
      const bottom = px(Math.min(last * 60, this.minuteOf(i.end, day, zone)));
      return `top:${top}px;height:${Math.max(14, bottom - top)}px`;
    };
    const short = (i: Interval) => px(this.minuteOf(i.end, day, zone)) - px(this.minuteOf(i.start, day, zone)) < 40;
    const hours = Array.from({ length: last - first + 1 }, (_, i) => first + i);
    const closed = data.closed.get(day) ?? [];
    return html`${this.renderDayNotes(data, day, staff)}
      ${
        staff.length === 0
          ? html`<p class="empty">${m.noStaffToShow}</p>`
          : html`<div
              class="grid-wrap ${this.canWrite(undefined) ? 'writable' : ''}"
              part="grid"
              aria-hidden="true"
              @click=${this.handleGridClick}
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
                        >${timeIn(Date.UTC(2000, 0, 1, h), this.language, 'UTC')}</span
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
                            class="block appt ${x.key === this.selectedKey ? 'selected' : ''} ${short(x) ? 'short' : ''}"
                            style=${pos(x)}
                            data-key=${x.key}
                          >
                            <strong>${timeIn(x.start, lang, zone)} ${x.serviceName}</strong>
                            <span>${this.sessionWho(x)}</span>
                          </div>`,
                      )}
                  </div>`;
                })}
              </div>
            </div>`
      }
      <h3>${m.dayList(formatDayLong(day, lang))}</h3>
      ${this.renderList(sessions, zone, data.nextDay)}`;
  }

  private renderList(sessions: Session[], zone: string, nextDay: string | undefined) {
    const m = this.m;
    const lang = this.language;
    if (sessions.length === 0) {
      return html`<div class="empty">
        <p>${m.noAppointments}</p>
        ${
          nextDay
            ? html`<button class="button small" type="button" data-day=${nextDay} @click=${this.handleOpenDay}>
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
                aria-current=${s.key === this.selectedKey ? 'true' : 'false'}
                @click=${this.handleSelect}
              >
                <span class="time">${m.timeRange(timeIn(s.start, lang, zone), timeIn(s.end, lang, zone))}</span>
                <span><strong>${s.serviceName}</strong> · ${this.sessionWho(s)}</span>
                <span class="who">${s.staffMemberName}</span>
              </button>
            </li>`,
        )}
      </ol>`;
  }

  private renderWeek(data: CalendarData) {
    const m = this.m;
    const lang = this.language;
    const zone = data.business.businessTimeZone;
    const staff = this.shownStaff(data);
    if (staff.length === 0) return html`<p class="empty">${m.noStaffToShow}</p>`;
    const today = dayKey(this.now, zone);
    return html`<div class="table-wrap">
      <table class="week" part="week">
        <thead>
          <tr>
            <th scope="col">${m.staffColumn}</th>
            ${data.days.map(
              (d) =>
                html`<th scope="col" aria-current=${d === today ? 'date' : 'false'}>
                  <button class="link-button day-button" type="button" data-day=${d} @click=${this.handleOpenDay}>
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
                          aria-current=${x.key === this.selectedKey ? 'true' : 'false'}
                          aria-label=${m.sessionLabel(
                            `${formatDayShort(d, lang)} ${timeIn(x.start, lang, zone)}`,
                            x.serviceName,
                            this.sessionWho(x),
                          )}
                          @click=${this.handleSelect}
                        >
                          <strong>${timeIn(x.start, lang, zone)}</strong> ${x.serviceName}<br />${this.sessionWho(x)}
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

  private renderDetails(s: Session, data: CalendarData) {
    const a = s.appointments[0];
    const pending = s.maximumAttendeesCount === 1 && a?.approval === 'pending';
    return renderAppointmentDetails(
      {
        m: this.m,
        language: this.language,
        business: data.business,
        canWrite: this.canWrite(s.staffMemberId),
        working: this.working,
        error: this.renderError(this.approvalError),
        onClose: this.handleCloseDetails,
        onReschedule: this.handleReschedule,
        onCancelAsk: this.handleCancelAsk,
        series: a?.series ? this.seriesTask.value : undefined,
        onCancelRestAsk: this.handleCancelRestAsk,
        onAddAttendee: this.handleAddAttendee,
        onApprove: pending ? this.handleApprove : undefined,
        onDeclineAsk: pending ? this.handleDeclineAsk : undefined,
      },
      s,
    );
  }

  private renderDialog() {
    const dialog = this.dialog;
    if (!dialog) return nothing;
    const m = this.m;
    const heading =
      dialog.kind === 'create'
        ? m.createHeading
        : dialog.kind === 'reschedule'
          ? m.rescheduleHeading(dialog.appointment.serviceName, dialog.appointment.customer.name)
          : dialog.decline
            ? m.declineHeading
            : dialog.session.maximumAttendeesCount > 1 && dialog.scope === 'session'
              ? m.cancelSessionHeading
              : m.cancelHeading;
    return html`<dialog
      part="dialog"
      class=${dialog.kind === 'cancel' ? 'narrow' : ''}
      aria-labelledby="dialog-heading"
      @close=${this.handleDialogClose}
    >
      <div class="dialog-head">
        <h3 id="dialog-heading" tabindex="-1">${heading}</h3>
        <button class="button small" type="button" @click=${this.closeDialog}>${m.close}</button>
      </div>
      ${
        dialog.kind === 'create'
          ? this.renderCreate(dialog)
          : dialog.kind === 'reschedule'
            ? this.renderRescheduleForm(dialog)
            : this.renderCancelForm(dialog)
      }
    </dialog>`;
  }

  private renderDialogError() {
    const error = this.dialogError;
    if (!error) return nothing;
    const m = this.m;
    const zone = this.session!.businessTimeZone;
    const ctx = { m, lang: this.language, zone };
    const explained = this.explanation?.staff.filter((s) => s.reasons.length > 0) ?? [];
    return html`<div class="notice error" role="alert" tabindex="-1">
      <p>${typeof error === 'string' ? error : this.errorText(error)}</p>
      ${
        explained.length
          ? html`<p>${m.whyNot}</p>
              <ul>
                ${explained.map(
                  (s) =>
                    html`<li>
                      <strong>${s.displayName}</strong>: ${s.reasons.map((r) => reasonText(r, ctx)).join(' ')}
                    </li>`,
                )}
              </ul>`
          : nothing
      }
    </div>`;
  }

  private renderStaffSelect(serviceId: string, value: string, withAnyone: boolean) {
    const m = this.m;
    const business = this.calendarTask.value!.business;
    const service = business.services.find((s) => s.id === serviceId);
    const own = this.perms.writeAppointments === 'own';
    const staff = business.staffMembers.filter(
      (s) => s.isBookable && service?.staffMemberIds.includes(s.id) && (!own || s.id === this.session?.staffMemberId),
    );
    return selectField({
      id: 'dialog-staff',
      label: m.staffMember,
      value,
      options: [
        ...(withAnyone && !own ? [{ value: '', label: m.anyone }] : []),
        ...staff.map((s) => ({ value: s.id, label: s.displayName })),
      ],
      onChange: this.handleDialogStaff,
    });
  }

  /** Free times from the customer side, or a typed date and time (business zone). */
  private renderTimeSection(dialog: Exclude<Dialog, { kind: 'cancel' }>) {
    const m = this.m;
    const session = this.session!;
    const zone = session.businessTimeZone;
    const business = this.calendarTask.value!.business;
    const serviceId = dialog.kind === 'create' ? dialog.serviceId : dialog.appointment.serviceId;
    const service = business.services.find((s) => s.id === serviceId);
    const publicService = this.freeTimesFor(dialog);
    const pageLoading = !!session.booking && this.pageTask.status === TaskStatus.PENDING;
    const manual = this.manualTime || !publicService;
    const staffForPicker =
      publicService?.allowStaffSelection && service && isStaffSelectionAllowed(business, service) ? dialog.staffId : '';
    const chosen = this.chosenStart();
    return html`<div class="time-section">
      <h4 tabindex="-1">${manual ? m.time : m.pickFreeTime}</h4>
      ${pageLoading && !publicService ? html`<p class="muted">${m.loading}</p>` : nothing}
      ${!pageLoading && !publicService ? html`<p class="hint">${m.noFreeTimes}</p>` : nothing}
      ${
        manual
          ? html`<div class="fields">
                ${inputField({ id: 'manual-date', label: m.date, type: 'date', value: this.manualDate, onInput: this.handleManualDate })}
                ${inputField({
                  id: 'manual-time',
                  label: m.timeInZone(zone.replaceAll('_', ' ')),
                  type: 'time',
                  value: this.manualClock,
                  step: '300',
                  onInput: this.handleManualClock,
                })}
              </div>
              ${
                this.perms.overrideLeadTime
                  ? checkField({
                      id: 'override',
                      label: m.overrideLeadTime,
                      checked: this.override,
                      yes: m.yes,
                      no: m.no,
                      onChange: this.handleOverride,
                    })
                  : nothing
              }`
          : html`<booking-time-picker
              lang=${this.language}
              .adapter=${session.booking}
              business=${session.businessId}
              .service=${publicService}
              staff-member-id=${staffForPicker}
              time-zone=${zone}
              business-time-zone=${zone}
              hour-cycle=${this.hourCycle ?? nothing}
              .value=${dialog.start}
              .clock=${() => this.now}
              @change=${this.handlePickTime}
            ></booking-time-picker>`
      }
      ${
        publicService
          ? html`<p class="mode">
              <button class="link-button" type="button" @click=${this.handleManualToggle}>
                ${manual ? m.useFreeTimes : m.enterTime}
              </button>
            </p>`
          : nothing
      }
      ${chosen && !manual ? html`<p class="chosen" role="status">${m.chosenTime(whenIn(Date.parse(chosen), this.language, zone, true))}</p>` : nothing}
    </div>`;
  }

  private renderCreate(dialog: Extract<Dialog, { kind: 'create' }>) {
    const m = this.m;
    const business = this.calendarTask.value!.business;
    const own = this.perms.writeAppointments === 'own';
    const services = business.services.filter((s) => !own || s.staffMemberIds.includes(this.session!.staffMemberId));
    const service = business.services.find((s) => s.id === dialog.serviceId);
    const zones = listTimeZones();
    return html`<form novalidate @submit=${this.handleCreate}>
      <div class="dialog-body">
        <div class="fields">
          ${selectField({
            id: 'dialog-service',
            label: m.service,
            value: dialog.serviceId,
            options: services.map((s) => ({
              value: s.id,
              label: s.isHiddenFromCustomers ? m.hiddenSuffix(s.displayName) : s.displayName,
            })),
            onChange: this.handleDialogService,
          })}
          ${this.renderStaffSelect(dialog.serviceId, dialog.staffId, true)}
        </div>
        <div class="create-columns">
          <div class="create-time">${this.renderTimeSection(dialog)}</div>
          <div class="create-customer">
            <h4>${m.customerDetails}</h4>
            ${this.perms.readCustomers === 'none' ? nothing : html`<div class="fields">${this.customerSearch.render(m)}</div>`}
            ${
              service
                ? html`<booking-details-form
                    lang=${this.language}
                    .value=${this.details}
                    .rules=${this.rulesFor(service)}
                    .errors=${this.detailsErrors}
                    @input=${this.handleDetailsInput}
                  ></booking-details-form>`
                : nothing
            }
            ${
              service && !emailAlwaysRequired(service)
                ? html`<div class="check">
                    <input id="no-email" type="checkbox" .checked=${this.noEmail} @change=${this.handleNoEmail} />
                    <label for="no-email">${m.customerHasNoEmail}</label>
                  </div>`
                : nothing
            }
            <div class="fields">
              ${selectField({
                id: 'customer-zone',
                label: m.customerTimeZone,
                value: this.customerZone,
                options: zones.map((z) => ({ value: z, label: z.replaceAll('_', ' ') })),
                onChange: this.handleCustomerZone,
              })}
            </div>
          </div>
        </div>
        ${this.renderDialogError()}
      </div>
      <div class="dialog-foot">
        <button class="button" type="button" @click=${this.closeDialog}>${m.cancel}</button>
        <button class="button primary" type="submit" aria-disabled=${this.working ? 'true' : 'false'}>
          ${this.working ? m.bookingInProgress : m.bookForCustomer}
        </button>
      </div>
    </form>`;
  }

  private renderRescheduleForm(dialog: Extract<Dialog, { kind: 'reschedule' }>) {
    const m = this.m;
    const zone = this.session!.businessTimeZone;
    const a = dialog.appointment;
    return html`<form novalidate @submit=${this.handleRescheduleSubmit}>
      <div class="dialog-body">
        <p>${m.currentTime(`${whenIn(Date.parse(a.start), this.language, zone, true)} · ${a.staffMemberName}`)}</p>
        <div class="fields">${this.renderStaffSelect(a.serviceId, dialog.staffId, true)}</div>
        ${this.renderTimeSection(dialog)} ${this.renderDialogError()}
      </div>
      <div class="dialog-foot">
        <button class="button" type="button" @click=${this.closeDialog}>${m.cancel}</button>
        <button class="button primary" type="submit" aria-disabled=${this.working ? 'true' : 'false'}>
          ${this.working ? m.moving : m.moveBooking}
        </button>
      </div>
    </form>`;
  }

  /** Issue 20: what cancelling the rest of a series cancels. */
  private renderCancelRest(dialog: Extract<Dialog, { kind: 'cancel' }>) {
    const zone = this.session!.businessTimeZone;
    const start = Date.parse(dialog.appointment.start);
    const rest = (this.seriesTask.value ?? [dialog.appointment]).filter(
      (a) => a.status === 'booked' && Date.parse(a.start) >= start,
    );
    return html`<p>${this.m.cancelRestIntro(rest.length)}</p>
      <ul class="series-list">
        ${rest.map((a) => html`<li>${whenIn(Date.parse(a.start), this.language, zone, true)}</li>`)}
      </ul>`;
  }

  private renderCancelForm(dialog: Extract<Dialog, { kind: 'cancel' }>) {
    const m = this.m;
    const zone = this.session!.businessTimeZone;
    const s = dialog.session;
    const isClass = s.maximumAttendeesCount > 1 && s.appointments.length > 1;
    return html`<form novalidate @submit=${this.handleCancelSubmit}>
      <div class="dialog-body">
        <p>
          <strong>${s.serviceName}</strong> · ${whenIn(s.start, this.language, zone, true)} ·
          ${isClass && dialog.scope === 'session' ? m.attendeesCount(s.appointments.length) : dialog.appointment.customer.name}
        </p>
        ${dialog.scope === 'following' ? this.renderCancelRest(dialog) : nothing}
        ${
          isClass
            ? html`<fieldset>
                <legend>${m.cancelScope}</legend>
                <div class="radios">
                  <div class="check">
                    <input
                      type="radio"
                      id="scope-session"
                      name="scope"
                      value="session"
                      .checked=${dialog.scope === 'session'}
                      @change=${this.handleCancelScope}
                    />
                    <label for="scope-session">${m.cancelScopeSession(s.appointments.length)}</label>
                  </div>
                  <div class="check">
                    <input
                      type="radio"
                      id="scope-attendee"
                      name="scope"
                      value="attendee"
                      .checked=${dialog.scope === 'attendee'}
                      @change=${this.handleCancelScope}
                    />
                    <label for="scope-attendee">${m.cancelScopeAttendee(dialog.appointment.customer.name)}</label>
                  </div>
                </div>
              </fieldset>`
            : nothing
        }
        <div class="fields">
          ${textareaField({
            id: 'cancel-message',
            label: m.cancelMessage,
            hint: m.cancelMessageHint,
            value: this.cancelMessage,
            wide: true,
            maxlength: 2000,
            onInput: this.handleCancelMessage,
          })}
        </div>
        ${this.renderDialogError()}
      </div>
      <div class="dialog-foot">
        <button class="button" type="button" @click=${this.closeDialog}>
          ${dialog.decline ? m.keepRequest : m.keepBooking}
        </button>
        <button class="button danger primary" type="submit" aria-disabled=${this.working ? 'true' : 'false'}>
          ${dialog.decline ? (this.working ? m.declining : m.confirmDecline) : this.working ? m.cancelling : m.confirmCancel}
        </button>
      </div>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'booking-admin-calendar': BookingAdminCalendar;
  }
}
