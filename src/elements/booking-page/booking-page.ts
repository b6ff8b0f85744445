import { consume } from '@lit/context';
import { PageTask, TaskStatus } from '../../controllers/page-task.js';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { BookingAdapter } from '../../contract/adapter.js';
import { BookingError } from '../../contract/errors.js';
import { resolveAdapter } from '../../adapters/resolve-adapter.js';
import { durationMs } from '../../core/duration.js';
import type { AvailableSlot } from '../../core/types.js';
import { isWebUrl } from '../../core/url.js';
import { adapterContext, clockContext, type Clock } from '../../context/keys.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { BookingServiceSelectedEvent } from '../../events/booking-service-selected.js';
import { BookingSlotSelectedEvent } from '../../events/booking-slot-selected.js';
import { BookingStaffSelectedEvent } from '../../events/booking-staff-selected.js';
import { BookingViewedEvent } from '../../events/booking-viewed.js';
import { customerPriceText, viewerTimeZone, type HourCycle, type Messages } from '../../i18n/index.js';
import type { BookingPageData, PublicService } from '../../schemas/index.js';
import type { BookingStaffPicker } from '../booking-staff-picker/booking-staff-picker.js';
import type { BookingTimePicker } from '../booking-time-picker/booking-time-picker.js';
import { styles } from './booking-page.styles.js';
import type { LaterSteps, Step, StepsHost } from './later-steps.js';
import type { Prefill } from './prefill.js';
type Rgb = number[];

const luminance = (rgb: Rgb) => {
  const [r, g, b] = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: Rgb, b: Rgb) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};
const hex = (rgb: Rgb) => `#${rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
/** The colour mixed toward `toward` in 5 % steps until it reaches 4.5:1 on `surface` (unchanged when it already does). */
function readableOn(rgb: Rgb, surface: Rgb, toward: Rgb): Rgb {
  for (let t = 0; t <= 1; t += 0.05) {
    const mixed = rgb.map((v, i) => v + (toward[i] - v) * t);
    if (contrast(mixed, surface) >= 4.6) return mixed;
  }
  return toward;
}
/** Black-ish or white text on a filled accent, whichever contrasts more. */
const textOn = (rgb: Rgb) =>
  contrast(rgb, [0x11, 0x11, 0x11]) > contrast(rgb, [255, 255, 255]) ? '#111111' : '#ffffff';

/**
 * The customer's booking flow: service → staff ("Anyone" first, when allowed) → day and time →
 * details and consent → confirmation with calendar links and the private manage link.
 *
 * The adapter comes from the `adapter` property, else an ancestor's context, else `config-src`
 * (a business configuration JSON served to the in-browser reference adapter).
 *
 * @summary The customer self-service booking flow.
 * @fires booking-viewed - The page loaded and shows its first step (once; starts the analytics sequence).
 * @fires booking-service-selected - The customer chose a service.
 * @fires booking-staff-selected - The customer chose a staff member or "Anyone".
 * @fires booking-slot-selected - The customer chose a time.
 * @fires booking-confirm - Cancelable; the customer pressed Book, before the adapter is called.
 * @fires booking-confirmed - The booking was made.
 * @fires booking-failed - The booking failed (time taken, invalid input, busy, network…).
 * @csspart container - The outer card.
 * @csspart header - The business header.
 * @csspart body - The step area.
 * @csspart service - Each service button.
 * @csspart notice - An error or "just taken" message.
 * @csspart day - Each calendar day (exported from `<booking-calendar>`), with state words: `today`, `selected`, `available`, `unavailable`, `outside`.
 * @csspart select - The time-zone select (exported from `<booking-time-zone-select>`).
 * @csspart slot - Each time button (exported from `<booking-slot-list>`), with the state word `selected`.
 * @csspart option - Each staff choice (exported from `<booking-staff-picker>`), with the state word `selected`.
 * @csspart series - The repeat-booking choice on the details step, for services that allow series (issue 20).
 * @csspart series-dates - The list of a series' dates (checked, with alternatives; booked, on the done step).
 * @csspart field - Each details field (exported from `<booking-details-form>`); the consent box's also has the word `consent`.
 * @cssstate loading - The page data is loading.
 */
export class BookingPage extends LitElement {
  static override styles = styles;

  @consume({ context: adapterContext, subscribe: true })
  @state()
  private contextAdapter: BookingAdapter | undefined;

  @consume({ context: clockContext, subscribe: true })
  @state()
  private contextClock: Clock | undefined;

  private locale = new LocaleController(this);
  private internals = this.attachInternals();

  @state() private step: Step = 'service';
  @state() private serviceId = '';
  @state() private staffId = '';
  @state() private chosenSlot: AvailableSlot | undefined;
  /** A time that was just taken (R11): the time step opens on its day, nearest free times first. */
  @state() private takenStart = '';
  @state() private zone = '';
  @state() private notice = '';
  @state() private announcement = '';
  private focusHeadingAfterUpdate = false;

  /** Business id, for adapters that hold several businesses. */
  @property() business = '';
  /**
   * A one-service page: only this service is offered (R17). Without the attribute, the page URL's
   * `?service=<id>` does the same when that service exists (the back office's one-service links).
   */
  @property() service = '';
  /** Preselects a staff member; without the attribute, the page URL's `?staff=<id>`. */
  @property() staff = '';
  /** Forces the zone times are shown in (IANA). */
  @property({ attribute: 'time-zone' }) timeZone = '';
  /** `h12` or `h23`; default: the language's own. */
  @property({ attribute: 'hour-cycle' }) hourCycle: HourCycle | undefined;
  /** Script-tag users: URL of a business configuration JSON for the in-browser reference adapter. */
  @property({ attribute: 'config-src' }) configSrc = '';
  /** Script-tag users: base URL of a server speaking the REST contract. */
  @property() api = '';
  /** Where the manage page lives; the private link adds `#appointment=…&token=…`. Default: this page. */
  @property({ attribute: 'manage-url' }) manageUrl = '';
  /**
   * The customer's details the site already knows (name, e-mail, phone, notes, answers), shown in
   * the form to edit; never submitted by themselves. Before the `prefill-*` attributes and the
   * page URL's `?name=&email=&phone=&notes=`.
   */
  @property({ attribute: false }) prefill: Prefill | undefined;
  /** The customer's name, filled in. */
  @property({ attribute: 'prefill-name' }) prefillName = '';
  /** The customer's e-mail address, filled in. */
  @property({ attribute: 'prefill-email' }) prefillEmail = '';
  /** The customer's phone number, filled in. */
  @property({ attribute: 'prefill-phone' }) prefillPhone = '';
  /**
   * Where the booking came from, as the site names it (else the URL's `?source=`). Stored with the
   * booking with the URL's `utm_*` parameters; staff see it and the report exports it.
   */
  @property() source = '';
  /** Site-defined metadata stored with the booking (up to 10 text entries); as an attribute, JSON. */
  @property({ type: Object }) metadata: Record<string, string> | undefined;
  /** The backend. Overrides context, `api` and `config-src`. */
  @property({ attribute: false }) adapter: BookingAdapter | undefined;
  /** The clock (`() => epoch ms`); tests and stories pass a fixed one. */
  @property({ attribute: false }) clock: Clock | undefined;

  private adapterTask = new PageTask(this, {
    task: ([adapter, configSrc, api]) => resolveAdapter({ adapter, configSrc, api }),
    args: () => [this.adapter ?? this.contextAdapter, this.configSrc, this.api] as const,
    // The customer reads "We couldn't load the booking page"; the site owner gets one console error
    // saying why (./load-failure.ts, downloaded only then).
    onError: (error) => import('./load-failure.js').then((m) => m.reportLoadFailure(this, error)),
  });

  private pageTask = new PageTask(this, {
    // The business's texts in the language the page names, else the business's own (issue 17).
    task: async ([adapter, business, lang], { signal }) => {
      if (!adapter) return undefined;
      // While the data is on its way: the page's first number formatter (the prices), which loads
      // the locale's number data, in a task of its own rather than in the render of the services.
      setTimeout(() => new Intl.NumberFormat(this.locale.lang, { style: 'currency', currency: 'EUR' }));
      const page = await adapter.getBookingPage(
        { ...(business ? { businessId: business } : {}), ...(lang && lang.length <= 35 ? { languageTag: lang } : {}) },
        { signal },
      );
      // Reading and checking the answer, and rendering it, in separate tasks (a phone's main thread
      // stays responsive between them).
      await new Promise((resolve) => setTimeout(resolve));
      return page;
    },
    args: () => [this.adapterTask.value, this.business, this.locale.explicit] as const,
    onError: (error) => import('./load-failure.js').then((m) => m.reportLoadFailure(this, error)),
  });

  /**
   * The details and done steps (./later-steps.ts, with the form and the confirmation): not needed
   * for the first free times, so not downloaded before them, but fetched ahead of need, when the
   * browser is idle after the first step shows or as soon as the pointer or focus reaches the
   * times, so the details step rarely waits for it. Should it not arrive in time, the details step
   * shows its placeholder, and a retry button if the download failed.
   */
  private steps: LaterSteps | undefined;
  private stepsTask = new PageTask(this, {
    task: async () => {
      const { LaterSteps } = await import('./later-steps.js');
      this.steps ??= new LaterSteps(this.stepsHost());
      if (this.step === 'details') this.steps.opened();
    },
    autoRun: false,
  });
  private prefetchScheduled = false;
  private staffPickerRequested = false;
  /** The `bookingPageColorCode` applied last (`applyBrandColor`; none at first, as none is set). */
  private brandColor: string | undefined;

  /** Starts fetching the later steps unless they are here or on their way. */
  private loadSteps = () => {
    if (!this.steps && this.stepsTask.status !== TaskStatus.PENDING) void this.stepsTask.run();
  };

  /** What the later steps see of this element. */
  private stepsHost(): StepsHost {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the getters below read the element
    const el = this;
    return {
      element: this,
      get page() {
        return el.page;
      },
      get service() {
        return el.selectedService;
      },
      get slot() {
        return el.chosenSlot;
      },
      get staffId() {
        return el.staffId;
      },
      get zone() {
        return el.zone;
      },
      locale: this.locale,
      get adapter() {
        return el.adapterTask.value;
      },
      get now() {
        return el.now;
      },
      get search() {
        return el.search;
      },
      get notice() {
        return el.notice;
      },
      set notice(text: string) {
        el.notice = text;
      },
      goTo: (step) => this.goTo(step),
      announce: (text) => this.announce(text),
      renderStepTop: (step, back) => this.renderStepTop(this.stepNumber(step), this.totalSteps, back),
      slotGone: (notice) => {
        this.takenStart = this.chosenSlot?.start ?? '';
        this.chosenSlot = undefined;
        this.notice = notice;
        this.goTo('time');
        void this.updateComplete.then(() =>
          this.renderRoot.querySelector<BookingTimePicker>('booking-time-picker')?.refresh(),
        );
      },
      startOver: () => {
        this.chosenSlot = undefined;
        this.serviceId = this.oneService ? this.serviceId : '';
        this.goTo(this.oneService ? 'time' : 'service');
      },
    };
  }

  private get now(): number {
    return (this.clock ?? this.contextClock ?? Date.now)();
  }

  /** `?service=` and `?staff=` of the page's URL when the element was connected. */
  private fromUrl = { service: '', staff: '' };
  /** The page URL's query when the element was connected: prefill and tracking read it. */
  private search = '';
  private viewed = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.search = typeof location === 'undefined' ? '' : location.search;
    const query = new URLSearchParams(this.search);
    this.fromUrl = { service: query.get('service') ?? '', staff: query.get('staff') ?? '' };
  }

  /** The one service this page offers: the attribute, else the URL's when the business has it. */
  private get oneService(): string {
    if (this.service) return this.service;
    const wanted = this.fromUrl.service;
    return wanted && this.page?.services.some((s) => s.id === wanted) ? wanted : '';
  }

  private get preferredStaff(): string {
    return this.staff || this.fromUrl.staff;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const page = this.pageTask.value;
    this.locale.pageDefault = page?.business.languageTag;
    if (page && this.step === 'service') {
      const services = this.visibleServices(page);
      const only = this.oneService
        ? services.find((s) => s.id === this.oneService)
        : services.length === 1
          ? services[0]
          : undefined;
      if (only && !this.serviceId) {
        this.serviceId = only.id;
        const staff = this.preferredStaff;
        this.staffId = staff && only.staffMemberIds.includes(staff) ? staff : '';
        this.step = 'time';
      }
    }
    // The zone times are shown in, once a step shows times: the service step has none, and
    // reading the viewer's zone builds the page's first date formatter (a long task on a phone).
    if (page && !this.zone && this.step !== 'service') {
      this.zone =
        this.timeZone ||
        (page.bookingPageSettings.isTimeSlotTimeZoneSetToBusinessTimeZone
          ? page.business.businessTimeZone
          : viewerTimeZone());
    }
    if (changed.has('timeZone') && this.timeZone) this.zone = this.timeZone;
  }

  protected override updated(): void {
    if (this.pageTask.status === TaskStatus.PENDING) this.internals.states.add('loading');
    else this.internals.states.delete('loading');
    this.applyBrandColor(this.page?.bookingPageSettings.bookingPageColorCode);
    const page = this.page;
    if (page && this.locale.ready && !this.prefetchScheduled) {
      // The first step shows: fetch the later steps once the browser has nothing better to do.
      this.prefetchScheduled = true;
      if (typeof requestIdleCallback === 'function') requestIdleCallback(this.loadSteps, { timeout: 3000 });
      else setTimeout(this.loadSteps, 500);
    }
    if (page && !this.staffPickerRequested && this.offersStaffChoice(page)) {
      // The staff choice is not needed to show free times ("Anyone" is the default): its own
      // chunk in the script-tag bundle, fetched as soon as the data shows it will be offered, so
      // it is defined before anyone reaches the time step (already defined with `booking-elements/define`).
      this.staffPickerRequested = true;
      void import('../../define/booking-staff-picker.js');
    }
    if (page && !this.viewed) {
      this.viewed = true;
      this.dispatchEvent(new BookingViewedEvent({ businessId: page.business.id, serviceId: this.oneService || null }));
    }
    if (this.focusHeadingAfterUpdate) {
      this.focusHeadingAfterUpdate = false;
      this.renderRoot.querySelector<HTMLElement>('h3.step')?.focus();
    }
  }

  /**
   * `bookingPageColorCode` becomes the accent unless the host page set `--booking-color-accent`.
   * The accent colours link text, time buttons and focus rings, so it must keep 4.5:1 against the
   * surface (WCAG 1.4.3): a brand colour too light for white is darkened just enough, and in dark
   * mode one too dark for the dark surface is lightened just enough; text on it picks black or white.
   */
  private applyBrandColor(color: string | undefined) {
    // Once per colour, not on every update: setting the properties restyles the whole card.
    if (color === this.brandColor) return;
    this.brandColor = color;
    if (!color || !/^#[0-9a-f]{6}$/i.test(color)) {
      this.style.removeProperty('--booking-page-color');
      this.style.removeProperty('--booking-page-on-color');
      return;
    }
    const rgb = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
    // Against the second surface (summaries, consent box): it is the closer one to the accent in both modes.
    const light = readableOn(rgb, [0xf5, 0xf6, 0xf8], [0, 0, 0]);
    const dark = readableOn(rgb, [0x2a, 0x2a, 0x2a], [255, 255, 255]);
    this.style.setProperty('--booking-page-color', `light-dark(${hex(light)}, ${hex(dark)})`);
    this.style.setProperty('--booking-page-on-color', `light-dark(${textOn(light)}, ${textOn(dark)})`);
  }

  /** Whether a service of the page lets the customer choose among several staff members. */
  private offersStaffChoice(page: BookingPageData): boolean {
    return this.visibleServices(page).some((s) => s.allowStaffSelection && s.staffMemberIds.length > 1);
  }

  private visibleServices(page: BookingPageData): PublicService[] {
    const one = this.oneService;
    return one ? page.services.filter((s) => s.id === one) : page.services;
  }

  private goTo(step: Step) {
    this.step = step;
    this.focusHeadingAfterUpdate = true;
    if (step === 'details') {
      if (this.steps) this.steps.opened();
      else this.loadSteps();
    }
  }

  private handleRetrySteps() {
    void this.stepsTask.run();
  }

  private handleRetryLoad() {
    void this.pageTask.run();
  }

  private handleServiceClick(e: Event) {
    const id = (e.currentTarget as HTMLElement).dataset.service!;
    this.serviceId = id;
    // The preselected staff member, when they perform this service; else "Anyone".
    const staff = this.preferredStaff;
    const service = this.page?.services.find((s) => s.id === id);
    this.staffId = staff && service?.staffMemberIds.includes(staff) ? staff : '';
    this.chosenSlot = undefined;
    this.takenStart = '';
    this.notice = '';
    this.dispatchEvent(new BookingServiceSelectedEvent({ serviceId: id }));
    this.goTo('time');
  }

  private handleChangeService() {
    this.serviceId = '';
    this.notice = '';
    this.goTo('service');
  }

  private handleStaffChange(e: Event) {
    this.staffId = (e.target as BookingStaffPicker).value;
    this.chosenSlot = undefined;
    this.takenStart = '';
    this.dispatchEvent(new BookingStaffSelectedEvent({ staffMemberId: this.staffId || null }));
  }

  private handleSlotChange(e: Event) {
    const picker = e.target as BookingTimePicker;
    const slot = picker.selectedSlot;
    if (!slot) return;
    this.chosenSlot = slot;
    this.takenStart = '';
    this.zone = picker.timeZone || this.zone;
    this.notice = '';
    this.steps?.timeChosen();
    this.dispatchEvent(
      new BookingSlotSelectedEvent({
        serviceId: this.serviceId,
        start: slot.start,
        end: slot.end,
        staffMemberId: this.staffId || null,
        staffMemberIds: [...slot.staffMemberIds],
      }),
    );
    this.goTo('details');
  }

  private handleChangeTime() {
    this.goTo('time');
  }

  private announce(text: string) {
    // Re-setting identical text would not be spoken again; a trailing no-break space makes it differ.
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  private get page(): BookingPageData | undefined {
    return this.pageTask.value;
  }

  private get selectedService(): PublicService | undefined {
    return this.page?.services.find((s) => s.id === this.serviceId);
  }

  private priceText(s: PublicService, m: Messages): string {
    return customerPriceText(s, this.page?.business.defaultCurrencyIso ?? 'EUR', this.locale.lang, m);
  }

  override render() {
    const page = this.page;
    // WCAG 3.1.2: the text's language may differ from the page's (the business's languageTag).
    return html`<div part="container" lang=${this.locale.textLang}>
      ${page && this.locale.ready ? this.renderHeader(page) : this.isLoading ? this.renderHeaderSkeleton() : nothing}
      <div part="body">${this.renderBody()}</div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  private renderBody() {
    const m = this.locale.messages;
    // While another language's catalogue loads, keep the skeleton: no English flashes by first.
    if (!this.locale.ready) return this.renderSkeleton(m);
    if (this.adapterTask.status === TaskStatus.ERROR || this.pageTask.status === TaskStatus.ERROR) {
      const error = this.adapterTask.error ?? this.pageTask.error;
      return this.renderPageError(error, m);
    }
    const page = this.page;
    if (!page) {
      if (!this.adapterTask.value && this.adapterTask.status === TaskStatus.COMPLETE) {
        return html`<div class="state" role="alert"><p>${m.noAdapter}</p></div>`;
      }
      return this.renderSkeleton(m);
    }
    if (!page.bookingPageSettings.isPublished) {
      return html`<div class="state" role="status">
        <p>${m.unpublished(page.business.displayName)}</p>
        ${this.renderContactLinks(page)}
      </div>`;
    }
    switch (this.step) {
      case 'service':
        return this.renderServices(page, m);
      case 'time':
        return this.renderTime(page, m);
      case 'details':
        return this.steps?.renderDetails(m) ?? this.renderStepsLoading(m);
      case 'done':
        return this.steps?.renderDone(m);
      default:
        // Waitlists (issue 20): joining, and joined.
        return this.steps?.renderWaitlist(m);
    }
  }

  private renderPageError(error: unknown, m: Messages) {
    const code = error instanceof BookingError ? error.code : undefined;
    if (code === 'unpublished') return html`<div class="state" role="status"><p>${m.unpublishedNoName}</p></div>`;
    if (code === 'sign-in-required') return html`<div class="state" role="status"><p>${m.signInRequired}</p></div>`;
    return html`<div class="state" role="alert">
      <p>${m.loadFailed}</p>
      <button class="button primary" type="button" @click=${this.handleRetryLoad}>${m.retry}</button>
    </div>`;
  }

  /**
   * The first step's shape while the page loads: the step line, the heading and three service
   * cards, each as tall as the real one, so what loads replaces it without moving the host page
   * (cumulative layout shift; the header has its own placeholder).
   */
  private renderSkeleton(m: Messages) {
    return html`<div aria-busy="true">
      <span class="visually-hidden" role="status">${m.loading}</span>
      <div aria-hidden="true">
        <div class="step-top"><span></span><span class="count skeleton text" style="width: 5em">&nbsp;</span></div>
        <h3 class="step"><span class="skeleton text" style="width: 12em">&nbsp;</span></h3>
        <ul class="services">
          <li class="skeleton card"></li>
          <li class="skeleton card"></li>
          <li class="skeleton card"></li>
        </ul>
      </div>
    </div>`;
  }

  /** Whether the body shows the loading skeleton (so the header shows its placeholder too). */
  private get isLoading(): boolean {
    if (!this.locale.ready) return true;
    if (this.page || this.adapterTask.status === TaskStatus.ERROR || this.pageTask.status === TaskStatus.ERROR) {
      return false;
    }
    return !(this.adapterTask.status === TaskStatus.COMPLETE && !this.adapterTask.value);
  }

  /** The business header's place while the page loads: its name and contact lines. */
  private renderHeaderSkeleton() {
    return html`<header part="header" aria-hidden="true">
      <div class="header-skeleton">
        <h2><span class="skeleton text" style="width: 10em">&nbsp;</span></h2>
        <div class="contact"><span class="skeleton text" style="width: 18em">&nbsp;</span></div>
      </div>
    </header>`;
  }

  private renderHeader(page: BookingPageData) {
    const b = page.business;
    const m = this.locale.messages;
    const address = [b.address?.street, b.address?.city].filter(Boolean).join(', ');
    return html`<header part="header">
      ${isWebUrl(b.logoUrl) ? html`<img src=${b.logoUrl} alt="" />` : nothing}
      <div>
        <h2>${b.displayName}</h2>
        <div class="contact">
          ${address ? html`<span>${address}</span>` : nothing}
          ${b.phone ? html`<a href=${`tel:${b.phone.replace(/[^\d+]/g, '')}`} aria-label=${m.call(b.phone)}>${b.phone}</a>` : nothing}
          ${isWebUrl(b.webSiteUrl) ? html`<a href=${b.webSiteUrl} target="_blank" rel="noopener noreferrer">${m.website}</a>` : nothing}
        </div>
      </div>
    </header>`;
  }

  private renderContactLinks(page: BookingPageData) {
    const b = page.business;
    return html`<p class="contact">
      ${b.phone ? html`<a href=${`tel:${b.phone.replace(/[^\d+]/g, '')}`}>${b.phone}</a>` : nothing}
      ${b.email ? html`<a href=${`mailto:${b.email}`}>${b.email}</a>` : nothing}
    </p>`;
  }

  private renderStepTop(n: number, total: number, back?: () => void) {
    const m = this.locale.messages;
    return html`<div class="step-top">
      ${
        back
          ? html`<button class="link-button back" type="button" @click=${back}>
              <span class="arrow" aria-hidden="true">←</span> ${m.back}
            </button>`
          : html`<span></span>`
      }
      <span class="count">${m.stepLabel(n, total)}</span>
    </div>`;
  }

  private get totalSteps(): number {
    return this.oneService || (this.page && this.visibleServices(this.page).length === 1) ? 2 : 3;
  }

  private stepNumber(step: Step): number {
    const offset = this.totalSteps === 3 ? 0 : -1;
    return { service: 1, time: 2, details: 3, done: 3, waitlist: 3, waitlisted: 3 }[step] + offset;
  }

  private renderServices(page: BookingPageData, m: Messages) {
    const services = this.visibleServices(page);
    if (this.service && services.length === 0) {
      return html`<div class="state" role="status"><p>${m.notFoundService}</p></div>`;
    }
    return html`${this.renderStepTop(1, this.totalSteps)}
      <h3 class="step" tabindex="-1">${m.chooseService}</h3>
      ${
        services.length === 0
          ? html`<div class="empty">
              <p>${m.noServices}</p>
              ${this.renderContactLinks(page)}
            </div>`
          : html`<ul class="services">
              ${services.map((s) => {
                const price = this.priceText(s, m);
                return html`<li>
                  <button part="service" type="button" data-service=${s.id} @click=${this.handleServiceClick}>
                    <span class="service-name">${s.displayName}</span>
                    <span class="service-price">${price}</span>
                    <span class="service-meta">
                      <span>${m.minutes(Math.round(durationMs(s.defaultDuration) / 60_000))}</span>
                      <span class="badge">${s.isLocationOnline ? m.online : m.inPerson}</span>
                      ${s.maximumAttendeesCount > 1 ? html`<span class="badge">${m.classOf(s.maximumAttendeesCount)}</span>` : nothing}
                    </span>
                    ${s.description ? html`<p class="service-desc">${s.description}</p>` : nothing}
                  </button>
                </li>`;
              })}
            </ul>`
      }`;
  }

  private renderTime(page: BookingPageData, m: Messages) {
    const service = this.selectedService;
    if (!service) return nothing;
    const lang = this.locale.lang;
    const staff = page.staffMembers.filter((s) => service.staffMemberIds.includes(s.id));
    const canGoBack = !this.oneService && this.visibleServices(page).length > 1;
    return html`${this.renderStepTop(this.stepNumber('time'), this.totalSteps, canGoBack ? this.handleChangeService : undefined)}
      <h3 class="step" tabindex="-1">${m.chooseTime}</h3>
      ${this.notice ? html`<div part="notice" role="alert"><p>${this.notice}</p></div>` : nothing}
      <div class="choice-summary">
        <strong>${service.displayName}</strong>
        <span>${m.minutes(Math.round(durationMs(service.defaultDuration) / 60_000))}</span>
        ${this.priceText(service, m) ? html`<span>${this.priceText(service, m)}</span>` : nothing}
      </div>
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
        business=${this.business}
        .service=${service}
        staff-member-id=${this.staffId}
        time-zone=${this.zone}
        business-time-zone=${page.business.businessTimeZone}
        hour-cycle=${this.hourCycle ?? nothing}
        .value=${this.chosenSlot?.start ?? ''}
        .near=${this.takenStart}
        .clock=${() => this.now}
        @change=${this.handleSlotChange}
        @pointerover=${this.loadSteps}
        @focusin=${this.loadSteps}
        >${service.isWaitlistEnabled ? this.steps?.renderWaitlistButton(m) : nothing}</booking-time-picker
      >`;
  }

  /** The details step's place while its code loads (or the retry, should the download fail). */
  private renderStepsLoading(m: Messages) {
    if (this.stepsTask.status === TaskStatus.ERROR) {
      return html`<div class="state" role="alert">
        <p>${m.loadFailed}</p>
        <button class="button primary" type="button" @click=${this.handleRetrySteps}>${m.retry}</button>
      </div>`;
    }
    return html`<div aria-busy="true">
      <span class="visually-hidden" role="status">${m.loading}</span>
      <div class="skeleton card"></div>
      <div class="skeleton card"></div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'booking-page': BookingPage;
  }
}
