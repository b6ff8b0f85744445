import { consume } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { BookingAdapter } from '../../contract/adapter.js';
import { BookingError } from '../../contract/errors.js';
import { resolveAdapter } from '../../adapters/resolve-adapter.js';
import { isWebUrl } from '../../core/url.js';
import { adapterContext, clockContext, type Clock } from '../../context/keys.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { BookingCancelledEvent } from '../../events/booking-cancelled.js';
import { BookingFailedEvent } from '../../events/booking-failed.js';
import { BookingRescheduledEvent } from '../../events/booking-rescheduled.js';
import {
  formatDateTime,
  formatList,
  formatTime,
  viewerTimeZone,
  zoneShort,
  type HourCycle,
  type Messages,
} from '../../i18n/index.js';
import type { BookingPageData, CustomerAppointment, CustomerSeries } from '../../schemas/index.js';
import type * as SeriesDatesModule from './series-dates.js';
import type { BookingStaffPicker } from '../booking-staff-picker/booking-staff-picker.js';
import type { BookingTimePicker } from '../booking-time-picker/booking-time-picker.js';
import { styles } from './booking-manage.styles.js';
import { enMore } from '../../i18n/en-more.js';
import { completeEnglish } from '../../i18n/index.js';

// English's second part (en-more.ts), which this module shows: in place before anything renders.
completeEnglish(enMore);

type View = 'view' | 'reschedule' | 'cancel' | 'rescheduled' | 'cancelled' | 'cancel-following';

/** Reads `appointment` and `token` from the page URL's fragment or query (the confirmation's link). */
/** A value of the private link: `#appointment=…&token=…` (also `?…`, and `appointment-id` for `appointment`). */
function fromUrl(name: 'appointment' | 'token' | 'waitlist'): string {
  const names = name === 'appointment' ? ['appointment', 'appointment-id'] : [name];
  for (const params of [new URLSearchParams(location.hash.replace(/^#/, '')), new URLSearchParams(location.search)]) {
    for (const n of names) {
      const value = params.get(n);
      if (value) return value;
    }
  }
  return '';
}

/**
 * One booking, reached through its private link: shows it, moves it to another free time (same
 * service; the same staff member or anyone free), or cancels it with an optional reason — until the
 * cut-off (the minimum lead time before it starts, R6), after which it says until when changes were
 * possible and how to reach the business.
 *
 * @summary View, reschedule or cancel one booking.
 * @fires booking-rescheduled - The customer moved the booking.
 * @fires booking-cancelled - The customer cancelled the booking.
 * @fires booking-failed - A change failed.
 * @csspart container - The card.
 * @csspart notice - An error message.
 * @csspart series-position - "2 of 4 in a series", for an appointment booked in a series (issue 20).
 * @csspart series-dates - The series' dates, the one shown marked.
 * @csspart day - Each calendar day (exported from `<booking-calendar>`), with state words: `today`, `selected`, `available`, `unavailable`, `outside`.
 * @csspart select - The time-zone select (exported from `<booking-time-zone-select>`).
 * @csspart slot - Each time button (exported from `<booking-slot-list>`), with the state word `selected`.
 * @csspart option - Each staff choice (exported from `<booking-staff-picker>`), with the state word `selected`.
 * @cssstate loading - The booking is loading.
 */
export class BookingManage extends LitElement {
  static override styles = styles;

  @consume({ context: adapterContext, subscribe: true })
  @state()
  private contextAdapter: BookingAdapter | undefined;

  @consume({ context: clockContext, subscribe: true })
  @state()
  private contextClock: Clock | undefined;

  private locale = new LocaleController(this);

  @state() private view: View = 'view';
  @state() private staffId = '';
  @state() private zone = '';
  @state() private newStart = '';
  /** A time just taken by someone else (R11): the picker stays on its day, nearest times first. */
  @state() private takenStart = '';
  @state() private reason = '';
  @state() private notice = '';
  @state() private working = false;
  /** The booking as last returned by a change, replacing the loaded one. */
  @state() private updated_: CustomerAppointment | undefined;
  private focusHeading = false;

  /** The appointment's id; read from the page URL (`#appointment=…`) when absent. */
  @property({ attribute: 'appointment-id' }) appointmentId = '';
  /** The private manage token; read from the page URL (`#token=…`) when absent. */
  @property() token = '';
  /** Script-tag users: URL of a business configuration JSON for the in-browser reference adapter. */
  @property({ attribute: 'config-src' }) configSrc = '';
  /** Script-tag users: base URL of a server speaking the REST contract. */
  @property() api = '';
  /** Where the booking page lives, for "New booking". */
  @property({ attribute: 'booking-page-url' }) bookingPageUrl = '';
  /** Forces the zone times are shown in (IANA); default: the customer's zone from the booking. */
  @property({ attribute: 'time-zone' }) timeZone = '';
  /** `h12` or `h23`; default: the language's own. */
  @property({ attribute: 'hour-cycle' }) hourCycle: HourCycle | undefined;
  /** The backend. Overrides context, `api` and `config-src`. */
  @property({ attribute: false }) adapter: BookingAdapter | undefined;
  /** The clock (`() => epoch ms`); tests and stories pass a fixed one. */
  @property({ attribute: false }) clock: Clock | undefined;

  private adapterTask = new Task(this, {
    task: ([adapter, configSrc, api]) => resolveAdapter({ adapter, configSrc, api }),
    args: () => [this.adapter ?? this.contextAdapter, this.configSrc, this.api] as const,
  });

  private internals = this.attachInternals();

  private bookingTask = new Task(this, {
    // The business's texts in the language the page names, else the one the customer booked in (issue 17).
    task: async ([adapter, id, token, lang], { signal }) => {
      if (!adapter || !id || !token) return undefined;
      const languageTag = lang && lang.length <= 35 ? lang : undefined;
      const appointment = await adapter.getBooking(
        { appointmentId: id, manageToken: token, ...(languageTag ? { languageTag } : {}) },
        { signal },
      );
      const booked = languageTag ?? appointment.customer.languageTag;
      const page = await adapter
        .getBookingPage({ businessId: appointment.businessId, ...(booked ? { languageTag: booked } : {}) }, { signal })
        .catch((): BookingPageData | undefined => undefined);
      return { appointment, page };
    },
    args: () => [this.adapterTask.value, this.id_, this.token_, this.locale.explicit] as const,
  });

  /** Issue 20: the series this appointment belongs to (series-dates.ts renders it, loaded with it). */
  private seriesTask = new Task(this, {
    task: async ([adapter, id, token, seriesId], { signal }) => {
      if (!adapter?.getSeries || !id || !token || !seriesId) return undefined;
      const [mod, series]: [typeof SeriesDatesModule, CustomerSeries] = await Promise.all([
        import('./series-dates.js'),
        adapter.getSeries({ appointmentId: id, manageToken: token }, { signal }),
      ]);
      const root = this.renderRoot;
      const sheet = mod.seriesDatesStyles.styleSheet;
      if (sheet && root instanceof ShadowRoot && !root.adoptedStyleSheets.includes(sheet)) {
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      }
      return { mod, series };
    },
    args: () => [this.adapterTask.value, this.id_, this.token_, this.appointment?.series?.id] as const,
  });

  /** Issue 20: a waitlist link (`#waitlist=…&token=…`) shows the entry instead (./waitlist-view.ts, loaded for it). */
  private waitlistTask = new Task(this, {
    task: async ([adapter, entryId, token]) => {
      if (!adapter || !entryId || !token) return undefined;
      const { WaitlistView } = await import('./waitlist-view.js');
      return new WaitlistView(
        {
          locale: this.locale,
          hourCycle: this.hourCycle,
          timeZone: this.timeZone,
          requestUpdate: () => this.requestUpdate(),
        },
        adapter,
        entryId,
        token,
      );
    },
    args: () => [this.adapterTask.value, fromUrl('waitlist'), this.token_] as const,
  });

  private get id_(): string {
    return this.appointmentId || fromUrl('appointment');
  }

  private get token_(): string {
    return this.token || fromUrl('token');
  }

  private get now(): number {
    return (this.clock ?? this.contextClock ?? Date.now)();
  }

  private get appointment(): CustomerAppointment | undefined {
    return this.updated_ ?? this.bookingTask.value?.appointment;
  }

  protected override willUpdate(): void {
    // When nothing on the page names a language: the one the customer booked in, else the business's.
    const v = this.bookingTask.value;
    this.locale.pageDefault = v?.appointment.customer.languageTag ?? v?.page?.business.languageTag;
  }

  protected override updated(): void {
    if (this.bookingTask.status === TaskStatus.PENDING) this.internals.states.add('loading');
    else this.internals.states.delete('loading');
    if (this.focusHeading) {
      this.focusHeading = false;
      this.renderRoot.querySelector<HTMLElement>('h3')?.focus();
    }
  }

  private show(view: View) {
    this.view = view;
    this.notice = '';
    this.focusHeading = true;
  }

  private handleReschedule() {
    const a = this.appointment!;
    this.staffId = a.staffMemberIds.length === 1 ? a.staffMemberIds[0] : '';
    this.newStart = '';
    this.zone ||= this.timeZone || a.customer.timeZone || viewerTimeZone();
    this.show('reschedule');
  }

  private handleCancel() {
    this.show('cancel');
  }

  private handleBack() {
    this.show('view');
  }

  private handleStaffChange(e: Event) {
    this.staffId = (e.target as BookingStaffPicker).value;
    this.newStart = '';
  }

  private handleSlotChange(e: Event) {
    const picker = e.target as BookingTimePicker;
    this.newStart = picker.value;
    this.takenStart = '';
    this.zone = picker.timeZone || this.zone;
  }

  private handleReason(e: Event) {
    this.reason = (e.target as HTMLTextAreaElement).value;
  }

  private async handleConfirmReschedule() {
    const adapter = this.adapterTask.value;
    const a = this.appointment;
    if (!adapter || !a || !this.newStart || this.working) return;
    this.working = true;
    try {
      const moved = await adapter.reschedule({
        appointmentId: a.id,
        manageToken: this.token_,
        start: this.newStart,
        ...(this.staffId ? { staffMemberId: this.staffId } : {}),
      });
      this.updated_ = moved;
      this.dispatchEvent(new BookingRescheduledEvent({ appointment: moved }));
      this.show('rescheduled');
    } catch (error) {
      this.fail(error);
      if (error instanceof BookingError && error.code === 'slot-unavailable') {
        this.takenStart = this.newStart;
        this.newStart = '';
        this.renderRoot.querySelector<BookingTimePicker>('booking-time-picker')?.refresh();
      }
    } finally {
      this.working = false;
    }
  }

  private async handleConfirmCancel() {
    const adapter = this.adapterTask.value;
    const a = this.appointment;
    if (!adapter || !a || this.working) return;
    this.working = true;
    const reason = this.reason.trim();
    try {
      await adapter.cancel({ appointmentId: a.id, manageToken: this.token_, ...(reason ? { reason } : {}) });
      this.updated_ = {
        ...a,
        status: 'cancelled',
        canManage: false,
        ...(reason ? { cancellationReason: reason } : {}),
      };
      this.dispatchEvent(new BookingCancelledEvent({ appointmentId: a.id, ...(reason ? { reason } : {}) }));
      this.show('cancelled');
    } catch (error) {
      this.fail(error);
    } finally {
      this.working = false;
    }
  }

  private fail(error: unknown) {
    const m = this.locale.messages;
    const e = error instanceof BookingError ? error : new BookingError('network', m.network);
    this.dispatchEvent(new BookingFailedEvent({ code: e.code, message: e.message }));
    // `e.message` is for developers (it travels in booking-failed); the customer reads the catalogue.
    const notices: Partial<Record<BookingError['code'], string>> = {
      'slot-unavailable': m.slotTakenNearest,
      'policy-violation': this.view === 'reschedule' ? m.policyViolation : m.tooLateToChange,
      busy: m.busy,
      network: m.network,
      'not-found': m.manageNotFound,
    };
    this.notice = notices[e.code] ?? m.unknownError;
  }

  private handleRetry() {
    void this.bookingTask.run();
  }

  override render() {
    // WCAG 3.1.2: the text's language may differ from the page's (the business's languageTag).
    return html`<div part="container" lang=${this.locale.textLang}>${this.renderBody()}</div>`;
  }

  private renderBody() {
    const m = this.locale.messages;
    // While another language's catalogue loads, keep the skeleton: no English flashes by first.
    if (!this.locale.ready) return this.renderSkeleton(m);
    if (fromUrl('waitlist')) return this.waitlistTask.value?.render(m) ?? this.renderSkeleton(m);
    if (!this.id_ || !this.token_)
      return html`<h3 tabindex="-1">${m.manageHeading}</h3>
        <p role="alert">${m.manageMissing}</p>`;
    if (this.adapterTask.status === TaskStatus.ERROR || this.bookingTask.status === TaskStatus.ERROR) {
      const error = this.adapterTask.error ?? this.bookingTask.error;
      if (error instanceof BookingError && error.code === 'not-found') {
        return html`<h3 tabindex="-1">${m.manageHeading}</h3>
          <p role="alert">${m.manageNotFound}</p>
          ${this.renderNewBooking(m)}`;
      }
      return html`<h3 tabindex="-1">${m.manageHeading}</h3>
        <p role="alert">${m.loadFailed}</p>
        <button class="button primary" type="button" @click=${this.handleRetry}>${m.retry}</button>`;
    }
    const a = this.appointment;
    const page = this.bookingTask.value?.page;
    if (!a) return this.renderSkeleton(m);
    switch (this.view) {
      case 'reschedule':
        return this.renderReschedule(a, page, m);
      case 'cancel':
        return this.renderCancel(a, m);
      case 'cancel-following':
        return this.renderCancelFollowing(a, m);
      default:
        return this.renderView(a, page, m);
    }
  }

  private renderSkeleton(m: Messages) {
    return html`<div aria-busy="true">
      <span class="visually-hidden" role="status">${m.loading}</span>
      <div class="skeleton" style="width: 50%"></div>
      <div class="skeleton"></div>
      <div class="skeleton" style="width: 70%"></div>
    </div>`;
  }

  private renderSummary(a: CustomerAppointment, page: BookingPageData | undefined, m: Messages) {
    const lang = this.locale.lang;
    const zone = this.timeZone || a.customer.timeZone || viewerTimeZone();
    const start = Date.parse(a.start);
    const businessZone = page?.business.businessTimeZone;
    const address = [a.address?.street, a.address?.city].filter(Boolean).join(', ');
    return html`<dl>
      <dt>${m.what}</dt>
      <dd>${a.serviceName}</dd>
      <dt>${m.when}</dt>
      <dd>
        ${formatDateTime(start, lang, zone, this.hourCycle)} ${zoneShort(zone, lang, start)}
        ${
          businessZone && businessZone !== zone
            ? html`<span class="secondary"
                >${m.businessTime(`${formatTime(start, lang, businessZone, this.hourCycle)} ${zoneShort(businessZone, lang, start)}`)}</span
              >`
            : nothing
        }
      </dd>
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
            ? isWebUrl(a.joinWebUrl) && a.status === 'booked'
              ? html`<a href=${a.joinWebUrl} target="_blank" rel="noopener noreferrer">${m.joinMeeting}</a>`
              : m.online
            : address || a.businessName
        }
      </dd>
    </dl>`;
  }

  private renderView(a: CustomerAppointment, page: BookingPageData | undefined, m: Messages) {
    const lang = this.locale.lang;
    const zone = this.timeZone || a.customer.timeZone || viewerTimeZone();
    // The deadline names its zone, as every time shown does (R2).
    const untilMs = Date.parse(a.manageUntil);
    const until = `${formatDateTime(untilMs, lang, zone, this.hourCycle)} ${zoneShort(zone, lang, untilMs)}`;
    const heading =
      this.view === 'rescheduled'
        ? m.rescheduledHeading
        : this.view === 'cancelled'
          ? m.cancelledHeading
          : m.manageHeading;
    const contact = [page?.business.phone, page?.business.email].filter(Boolean).join(' · ');
    const open = a.status === 'booked' && a.canManage && Date.parse(a.manageUntil) > this.now;
    return html`<h3 tabindex="-1">${heading}</h3>
      ${a.status === 'cancelled' ? html`<p class="status cancelled">${m.statusCancelled}</p>` : nothing}
      ${this.notice ? html`<div part="notice" role="status"><p>${this.notice}</p></div>` : nothing}
      ${this.renderSummary(a, page, m)} ${this.renderSeries(a, m)}
      ${
        a.status === 'booked'
          ? open
            ? html`<p class="hint">${m.changesUntil(until)}</p>
                <div class="actions">
                  <button class="button primary" type="button" @click=${this.handleReschedule}>${m.reschedule}</button>
                  <button class="button" type="button" @click=${this.handleCancel}>${m.cancel}</button>
                  ${
                    this.followingDates(a).length > 1
                      ? html`<button class="button" type="button" @click=${this.handleCancelFollowing}>
                          ${m.cancelFollowing}
                        </button>`
                      : nothing
                  }
                </div>`
            : html`<p class="hint">
                ${a.createdBy === 'staff' && !a.canManage ? m.notManageable : m.changesClosed(until)}
                ${m.contactToChange(a.businessName)} ${contact}
              </p>`
          : nothing
      }
      ${this.renderNewBooking(m)}`;
  }

  private renderNewBooking(m: Messages) {
    return this.bookingPageUrl
      ? html`<div class="actions"><a href=${this.bookingPageUrl}>${m.newBooking}</a></div>`
      : nothing;
  }

  private renderReschedule(a: CustomerAppointment, page: BookingPageData | undefined, m: Messages) {
    const lang = this.locale.lang;
    const service = page?.services.find((s) => s.id === a.serviceId);
    if (!page || !service) {
      return html`<h3 tabindex="-1">${m.rescheduleHeading}</h3>
        <p role="alert">${m.notFoundService}</p>
        <button class="button" type="button" @click=${this.handleBack}>${m.back}</button>`;
    }
    const staff = page.staffMembers.filter((s) => service.staffMemberIds.includes(s.id));
    const when = this.newStart
      ? `${formatDateTime(Date.parse(this.newStart), lang, this.zone, this.hourCycle)} ${zoneShort(this.zone, lang, Date.parse(this.newStart))}`
      : '';
    return html`<p class="eyebrow">${a.serviceName}</p>
      <h3 tabindex="-1">${m.rescheduleHeading}</h3>
      ${this.notice ? html`<div part="notice" role="alert"><p>${this.notice}</p></div>` : nothing}
      ${
        service.allowStaffSelection && staff.length > 1
          ? html`<booking-staff-picker
              exportparts="option, selected"
              lang=${lang}
              .staff=${staff}
              .value=${this.staffId}
              @change=${this.handleStaffChange}
            ></booking-staff-picker>`
          : nothing
      }
      <booking-time-picker
        exportparts="day, today, selected, available, unavailable, outside, select, slot"
        lang=${lang}
        .adapter=${this.adapterTask.value}
        business=${a.businessId}
        .service=${service}
        staff-member-id=${this.staffId}
        time-zone=${this.zone}
        business-time-zone=${page.business.businessTimeZone}
        hour-cycle=${this.hourCycle ?? nothing}
        .value=${this.newStart}
        .near=${this.takenStart}
        .clock=${() => this.now}
        @change=${this.handleSlotChange}
      ></booking-time-picker>
      <div class="actions">
        ${
          this.newStart
            ? html`<button
                class="button primary"
                type="button"
                aria-disabled=${this.working ? 'true' : 'false'}
                @click=${this.handleConfirmReschedule}
              >
                ${m.confirmReschedule(when)}
              </button>`
            : nothing
        }
        <button class="button" type="button" @click=${this.handleBack}>${m.back}</button>
      </div>`;
  }

  private seriesOptions(a: CustomerAppointment, m: Messages) {
    return {
      lang: this.locale.lang,
      zone: this.timeZone || a.customer.timeZone || viewerTimeZone(),
      hourCycle: this.hourCycle,
      messages: m,
      currentId: a.id,
      open: (id: string) => {
        this.appointmentId = id;
        this.updated_ = undefined;
        this.show('view');
      },
    };
  }

  private renderSeries(a: CustomerAppointment, m: Messages) {
    const s = this.seriesTask.value;
    if (!a.series || !s || s.series.seriesId !== a.series.id) return nothing;
    return s.mod.renderSeriesDates(s.series, this.seriesOptions(a, m));
  }

  private followingDates(a: CustomerAppointment): CustomerAppointment[] {
    const s = this.seriesTask.value;
    return s && a.series && s.series.seriesId === a.series.id ? s.mod.following(s.series, a) : [];
  }

  private handleCancelFollowing() {
    this.show('cancel-following');
  }

  private async handleConfirmCancelFollowing() {
    const adapter = this.adapterTask.value;
    const a = this.appointment;
    const s = this.seriesTask.value;
    if (!adapter?.cancelFollowing || !a || !s || this.working) return;
    this.working = true;
    const reason = this.reason.trim();
    try {
      const series = await adapter.cancelFollowing({
        appointmentId: a.id,
        manageToken: this.token_,
        ...(reason ? { reason } : {}),
      });
      const cancelled = series.appointments.filter(
        (x) => x.status === 'cancelled' && s.series.appointments.some((y) => y.id === x.id && y.status === 'booked'),
      );
      this.updated_ = series.appointments.find((x) => x.id === a.id) ?? a;
      for (const x of cancelled) {
        this.dispatchEvent(new BookingCancelledEvent({ appointmentId: x.id, ...(reason ? { reason } : {}) }));
      }
      this.show('cancelled');
      this.notice = this.locale.messages.cancelledFollowing(cancelled.length);
      void this.seriesTask.run();
    } catch (error) {
      this.fail(error);
    } finally {
      this.working = false;
    }
  }

  private renderCancelFollowing(a: CustomerAppointment, m: Messages) {
    const s = this.seriesTask.value;
    const dates = this.followingDates(a);
    return this.renderCancelForm(
      m.cancelFollowingHeading(dates.length),
      s ? s.mod.renderFollowing(dates, this.seriesOptions(a, m)) : nothing,
      m.confirmCancelFollowing,
      this.handleConfirmCancelFollowing,
      m,
    );
  }

  private renderCancel(a: CustomerAppointment, m: Messages) {
    return this.renderCancelForm(
      m.cancelHeading,
      this.renderSummary(a, this.bookingTask.value?.page, m),
      m.confirmCancel,
      this.handleConfirmCancel,
      m,
    );
  }

  /** Cancelling: what is cancelled, an optional reason, and the choice to go ahead or keep it. */
  private renderCancelForm(heading: string, what: unknown, confirm: string, onConfirm: () => unknown, m: Messages) {
    return html`<h3 tabindex="-1">${heading}</h3>
      ${this.notice ? html`<div part="notice" role="alert"><p>${this.notice}</p></div>` : nothing} ${what}
      <label for="reason">${m.cancelReason} <span class="optional">(${m.optional})</span></label>
      <textarea id="reason" maxlength="2000" .value=${this.reason} @input=${this.handleReason}></textarea>
      <div class="actions">
        <button
          class="button danger"
          type="button"
          aria-disabled=${this.working ? 'true' : 'false'}
          @click=${onConfirm}
        >
          ${confirm}
        </button>
        <button class="button" type="button" @click=${this.handleBack}>${m.keepBooking}</button>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'booking-manage': BookingManage;
  }
}
