import { Task } from '@lit/task';
import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { wallToEpoch } from '../../core/time.js';
import { addDaysToKey, addMonthsToKey, dayKey, firstDayOfWeek } from '../../i18n/index.js';
import type { StaffAppointment } from '../../schemas/admin.js';
import { AdminElement } from '../booking-admin/admin-element.js';
import { renderAppointmentDetails, type Session } from './appointment-details.js';
import { rangeAnchor } from './agenda.js';
import { styles } from './booking-admin-calendar.styles.js';
import { loadCalendar, shownStaff, type CalendarData, type View } from './calendar-data.js';
import { renderCalendarViews } from './calendar-views.js';
import { EDGE_PX, HOUR_PX } from './day-view.js';
import { openBooking, openForSession } from './dialog-openers.js';
import { CalendarDialogs } from './dialogs.js';
import { gridStyles } from './grid.styles.js';
import { MonthView } from './month-view.js';
import { renderToolbar } from './toolbar.js';
import { WeekGrid } from './week-grid.js';

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
    onMove: (key, opener) => this.moveAsk(key, opener),
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
  /** Booking on behalf, reschedule, Move…, cancel and decline. */
  private dialogs = new CalendarDialogs(this, {
    session: () => this.session,
    messages: () => this.m,
    language: () => this.language,
    now: () => this.now,
    perms: () => this.perms,
    hourCycle: () => this.hourCycle,
    date: () => this.date,
    business: () => this.calendarTask.value?.business,
    series: () => this.seriesTask.value,
    announce: (text) => this.announce(text),
    errorText: (error) => this.errorText(error),
    changed: (detail) => this.changed(detail),
    showAppointment: (a) => this.showAppointment(a),
    showMoved: (a) => this.showMoved(a),
    afterCancel: (whole) => this.afterCancel(whole),
  });

  @state() private staffFilter = '';
  @state() private selectedKey = '';
  @state() private approving = false;
  @state() private approvalError: unknown;
  /** The week as the staff-by-day table rather than the time grid. */
  @state() private weekTable = false;
  /** The printable agenda of the shown range instead of the calendar. */
  @state() private agenda = false;
  private focusDetailsAfterUpdate = false;

  /** `day`, `week` (a time grid) or `month`. */
  @property({ reflect: true }) view: View = 'day';
  /** The day shown (`yyyy-MM-dd` in the business's zone); default today. */
  @property() date = '';

  private calendarTask = new Task(this, {
    task: async ([session, anchor, view], { signal }) => {
      if (!session || !anchor) return undefined;
      return loadCalendar(session, view, anchor, firstDayOfWeek(this.language), signal);
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
    if (this.focusDetailsAfterUpdate) {
      this.focusDetailsAfterUpdate = false;
      this.renderRoot.querySelector<HTMLElement>('.details h3')?.focus();
    }
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
    const start = wallToEpoch(day, minutes, this.session!.businessTimeZone);
    openBooking(this.dialogs, this.renderRoot.querySelector('.time-grid [tabindex="0"]'), start);
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
    const session = this.session;
    if (!column || !session || !this.canWrite(column.dataset.staff)) return;
    // The clicked minute, on a quarter hour, in the business zone.
    const first = Number(column.dataset.firstHour);
    const y = e.clientY - column.getBoundingClientRect().top - EDGE_PX;
    const minutes = Math.max(0, Math.round((first * 60 + (y / HOUR_PX) * 60) / 15) * 15);
    const start = wallToEpoch(this.date, minutes, session.businessTimeZone);
    openBooking(this.dialogs, this.renderRoot.querySelector('.toolbar .button.primary'), start, column.dataset.staff);
  }

  private handleCloseDetails() {
    const key = this.selectedKey;
    this.selectedKey = '';
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`button[data-key="${CSS.escape(key)}"]`)?.focus(),
    );
  }

  // ---------------------------------------------------------------- handlers: dialogs

  private handleNewBooking(e: Event) {
    openBooking(this.dialogs, e.currentTarget);
  }

  private handleAddAttendee(e: Event) {
    openForSession(this.dialogs, 'addAttendee', this.selectedSession, e);
  }

  private handleReschedule(e: Event) {
    openForSession(this.dialogs, 'reschedule', this.selectedSession, e);
  }

  /** Move…: from the details, or `m` on an appointment in the week grid. */
  private handleMoveAsk(e: Event) {
    openForSession(this.dialogs, 'move', this.selectedSession, e);
  }

  private handleCancelAsk(e: Event) {
    openForSession(this.dialogs, 'cancel', this.selectedSession, e);
  }

  private handleCancelRestAsk(e: Event) {
    openForSession(this.dialogs, 'cancelRest', this.selectedSession, e);
  }

  private handleDeclineAsk(e: Event) {
    openForSession(this.dialogs, 'decline', this.selectedSession, e);
  }

  private moveAsk(key: string, opener: HTMLElement | null) {
    const session = this.calendarTask.value?.sessions.find((s) => s.key === key);
    const appointment = session?.appointments[0];
    if (!session || !appointment || session.maximumAttendeesCount !== 1 || !this.canWrite(session.staffMemberId))
      return;
    this.dialogs.openMove(appointment, opener);
  }

  private handleApprove() {
    void this.approve();
  }

  /** R23: the request stands; the customer is told. */
  private async approve() {
    const session = this.session;
    const appointment = this.selectedSession?.appointments[0];
    if (!session || !appointment || this.approving) return;
    this.approving = true;
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
      this.approving = false;
    }
  }

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

  /** After Move…: the appointment in its new place, focused in the week grid (or in the day's list). */
  private async showMoved(a: StaffAppointment) {
    const zone = this.session!.businessTimeZone;
    const key = `${a.serviceId}|${a.staffMemberId}|${a.start}`;
    this.date = dayKey(Date.parse(a.start), zone);
    if (this.view === 'month') this.view = 'day';
    this.selectedKey = '';
    this.reload++;
    await this.updateComplete;
    await this.calendarTask.taskComplete;
    await this.updateComplete;
    if (this.view === 'week' && !this.weekTable) {
      this.weekGrid.focusSession(key);
      await this.updateComplete;
    } else {
      this.renderRoot.querySelector<HTMLElement>(`button[data-key="${CSS.escape(key)}"]`)?.focus();
    }
  }

  /** After a cancellation: the details of the session still there, or the range's title. */
  private async afterCancel(wholeSession: boolean) {
    if (wholeSession) this.selectedKey = '';
    this.reload++;
    await this.calendarTask.taskComplete;
    await this.updateComplete;
    (wholeSession
      ? this.renderRoot.querySelector<HTMLElement>('.range-title h3')
      : this.renderRoot.querySelector<HTMLElement>('.details h3')
    )?.focus();
  }

  // ---------------------------------------------------------------- helpers

  private get selectedSession(): Session | undefined {
    return this.calendarTask.value?.sessions.find((s) => s.key === this.selectedKey);
  }

  private shownStaff(data: CalendarData) {
    return shownStaff(data, this.session!, this.staffFilter);
  }

  // ---------------------------------------------------------------- render

  override render() {
    return this.renderPanelFrame(this.m.calendarHeading, () => this.renderBody());
  }

  private renderBody() {
    const data = this.calendarTask.value;
    return html`${renderToolbar({
      m: this.m,
      view: this.view,
      date: this.date,
      staffFilter: this.staffFilter,
      staff: data?.business.staffMembers ?? [],
      ownOnly: this.session!.role === 'teamMember',
      agenda: this.agenda,
      canCreate: this.canWrite(undefined) && (data?.business.services.length ?? 0) > 0,
      onView: this.handleView,
      onStep: this.handleStep,
      onToday: this.handleToday,
      onDate: this.handleDate,
      onStaffFilter: this.handleStaffFilter,
      onAgenda: this.handleAgenda,
      onNewBooking: this.handleNewBooking,
    })}
    ${this.renderTask(this.calendarTask, (d) => this.renderCalendar(d))} ${this.dialogs.render()}`;
  }

  private renderCalendar(data: CalendarData) {
    const selected = this.selectedSession;
    return renderCalendarViews(
      {
        m: this.m,
        language: this.language,
        now: this.now,
        date: this.date,
        selectedKey: this.selectedKey,
        weekTable: this.weekTable,
        agenda: this.agenda,
        staff: this.shownStaff(data),
        canWrite: (id) => this.canWrite(id),
        weekGrid: this.weekGrid,
        monthView: this.monthView,
        details: selected ? this.renderDetails(selected, data) : undefined,
        onSelect: this.handleSelect,
        onOpenDay: this.handleOpenDay,
        onGridClick: this.handleGridClick,
        onWeekLayout: this.handleWeekLayout,
        onPrint: this.handlePrint,
        onAgendaClose: this.handleAgendaClose,
      },
      data,
    );
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
        working: this.approving,
        error: this.renderError(this.approvalError),
        onClose: this.handleCloseDetails,
        onReschedule: this.handleReschedule,
        onMove: s.maximumAttendeesCount === 1 ? this.handleMoveAsk : undefined,
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
}

declare global {
  interface HTMLElementTagNameMap {
    'booking-admin-calendar': BookingAdminCalendar;
  }
}
