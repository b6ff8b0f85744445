// The booking page's details and done steps: the form, consent, the booking call and its errors, the
// confirmation with its summary and calendar links. <booking-page> loads this module ahead of need,
// while the customer looks at services and times (when the browser is idle, or when the pointer or
// focus reaches the times), so the first free times show without it and the details step opens
// without waiting for it. A chunk of its own in the script-tag bundle, with the form element.
import { adoptStyles, css, html, nothing, type CSSResultOrNative, type LitElement, type TemplateResult } from 'lit';
import type { BookingAdapter } from '../../contract/adapter.js';
import { BookingError } from '../../contract/errors.js';
import type { AvailableSlot } from '../../core/types.js';
import { isWebUrl } from '../../core/url.js';
import { BookingConfirmEvent } from '../../events/booking-confirm.js';
import { BookingConfirmedEvent } from '../../events/booking-confirmed.js';
import { BookingFailedEvent } from '../../events/booking-failed.js';
import { formatDateTime, zoneShort, type Messages } from '../../i18n/index.js';
import type {
  BookRequest,
  BookResult,
  BookSeriesResult,
  BookingPageData,
  PublicService,
  Tracking,
} from '../../schemas/index.js';
import type * as SeriesPanelModule from './series-panel.js';
import type { SeriesPanel } from './series-panel.js';
import type { LocaleController } from '../../controllers/locale-controller.js';
import { defineElement } from '../../define/define-element.js';
import { BookingDetailsForm } from '../booking-details-form/booking-details-form.js';
import {
  detailsRequest,
  emptyDetails,
  fieldKeyOfPath,
  validateDetails,
  type DetailsErrors,
  type DetailsRules,
  type DetailsValue,
} from '../booking-details-form/details.js';
import type { BookingPage } from './booking-page.js';
import { renderBookingSummary } from './confirmation.js';
import { applyPrefill, readTracking } from './prefill.js';
import { staffNames } from './staff-names.js';
import { enMore } from '../../i18n/en-more.js';
import { WaitlistSteps } from './waitlist-steps.js';
import { completeEnglish } from '../../i18n/index.js';

// English's second part (en-more.ts), which this module shows: in place before anything renders.
completeEnglish(enMore);
// The form this step shows (a call, not an import for its side effects, which bundlers may drop).
defineElement('booking-details-form', BookingDetailsForm);

export type Step = 'service' | 'time' | 'details' | 'done' | 'waitlist' | 'waitlisted';

let seriesModule: Promise<typeof SeriesPanelModule> | undefined;

/** What the later steps read from and do to `<booking-page>` (its private state, handed over). */
export interface StepsHost {
  readonly element: BookingPage;
  readonly page: BookingPageData | undefined;
  readonly service: PublicService | undefined;
  readonly slot: AvailableSlot | undefined;
  readonly staffId: string;
  readonly zone: string;
  readonly locale: LocaleController;
  readonly adapter: BookingAdapter | undefined;
  readonly now: number;
  /** The page URL's query when the element was connected. */
  readonly search: string;
  notice: string;
  goTo(step: Step): void;
  announce(text: string): void;
  renderStepTop(step: Step, back?: () => void): TemplateResult;
  /** The chosen time can no longer be booked: back to the times, nearest free ones first. */
  slotGone(notice: string): void;
  /** "Book another appointment": back to the first step, the chosen time forgotten. */
  startOver(): void;
}

/** The later steps' styles, added to the element's own when this module loads. */
const styles = css`
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    margin-top: calc(var(--_space) * 2);
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--_space) calc(var(--_space) * 2);
    margin: 0 0 calc(var(--_space) * 2);
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
    font-weight: 600;
  }
  dd .secondary {
    display: block;
    font-weight: 400;
    color: var(--_muted);
    font-size: 0.9rem;
  }
  .done-mark {
    display: inline-grid;
    place-items: center;
    width: 40px;
    height: 40px;
    border-radius: 50%;
    background: var(--_success);
    color: var(--_surface);
    font-weight: 700;
    margin-bottom: var(--_space);
  }
  .manage-hint {
    color: var(--_muted);
    font-size: 0.9rem;
  }
`;

/** The details and done steps of one `<booking-page>`, with their state. */
export class LaterSteps {
  details: DetailsValue = emptyDetails();
  private errors: DetailsErrors = {};
  private submitting = false;
  private result: BookResult | undefined;
  /** Issue 20: the series choice, for services that allow it (series-panel.ts, loaded with it). */
  private series: SeriesPanel | undefined;
  private seriesFor = '';
  private seriesResult: BookSeriesResult | undefined;
  private idempotencyKey = '';
  private prefilled = false;
  /** Issue 20: joining a day's waiting list, with these same details. */
  private readonly waitlist: WaitlistSteps;

  constructor(private readonly host: StepsHost) {
    this.waitlist = new WaitlistSteps(host, {
      details: () => this.details,
      setDetails: (value) => (this.details = value),
      rules: () => this.rules(),
      fieldError: (key, m) => this.fieldError(key, m),
    });
    const element: LitElement = host.element;
    const own = (element.constructor as typeof LitElement).elementStyles;
    if (element.renderRoot instanceof ShadowRoot)
      adoptStyles(element.renderRoot, [...own, styles] as CSSResultOrNative[]);
  }

  private update(): void {
    this.host.element.requestUpdate();
  }

  /** A new time was chosen: a booking attempt for it gets a key of its own. */
  timeChosen(): void {
    this.idempotencyKey = '';
    this.series?.reset();
  }

  /** The series panel for this service and time, loaded when the service allows series (issue 20). */
  private seriesPanel(): SeriesPanel | undefined {
    const { service, slot, adapter } = this.host;
    if (!service?.maximumOccurrences || !slot || !adapter?.checkSeries || !adapter.bookSeries) return undefined;
    const key = `${service.id}|${slot.start}|${this.host.staffId}`;
    if (this.series && this.seriesFor === key) return this.series;
    if (!seriesModule) {
      seriesModule = import('./series-panel.js');
      void seriesModule.then(() => this.update());
      return undefined;
    }
    void seriesModule.then((mod) => {
      if (this.seriesFor === key && this.series) return;
      const el = this.host.element;
      const sheet = mod.seriesStyles.styleSheet;
      if (sheet && el.renderRoot instanceof ShadowRoot && !el.renderRoot.adoptedStyleSheets.includes(sheet)) {
        el.renderRoot.adoptedStyleSheets = [...el.renderRoot.adoptedStyleSheets, sheet];
      }
      const host = this.host;
      const update = () => this.update();
      const enabled = this.series?.enabled ?? false;
      this.seriesFor = key;
      this.series = new mod.SeriesPanel({
        adapter,
        service,
        start: slot.start,
        staffId: host.staffId,
        businessId: el.business,
        get lang() {
          return host.locale.lang;
        },
        zone: host.zone,
        hourCycle: el.hourCycle,
        get messages() {
          return host.locale.messages;
        },
        update,
        announce: (text) => host.announce(text),
      });
      if (enabled) this.series.handleToggleTo(true);
      this.update();
    });
    return this.series;
  }

  /**
   * Fills in what the site already knows, once per visit: a field the customer emptied stays
   * empty when they come back to it, and nothing they typed meanwhile is replaced.
   */
  opened(): void {
    if (this.prefilled) return;
    this.prefilled = true;
    const e = this.host.element;
    this.details = applyPrefill(
      this.details,
      e.prefill,
      { name: e.prefillName, email: e.prefillEmail, phone: e.prefillPhone },
      this.host.search,
    );
    this.update();
  }

  renderDetails(m: Messages): TemplateResult | typeof nothing {
    const { service, slot, zone, element } = this.host;
    if (!service || !slot) return nothing;
    const lang = this.host.locale.lang;
    const start = Date.parse(slot.start);
    const back = () => this.host.goTo('time');
    return html`${this.host.renderStepTop('details', back)}
      <h3 class="step" tabindex="-1">${m.yourDetails}</h3>
      <div class="choice-summary">
        <strong>${service.displayName}</strong>
        <span>${formatDateTime(start, lang, zone, element.hourCycle)} ${zoneShort(zone, lang, start)}</span>
        ${this.host.staffId ? html`<span>${m.withStaff(staffNames(this.host.page, [this.host.staffId], this.host.locale.lang))}</span>` : nothing}
        <button class="link-button" type="button" @click=${back}>${m.change}</button>
      </div>
      ${this.host.notice ? html`<div part="notice" role="alert"><p>${this.host.notice}</p></div>` : nothing}
      ${this.seriesPanel()?.render() ?? nothing}
      <form novalidate @submit=${this.handleBook}>
        <booking-details-form
          exportparts="field, consent"
          lang=${lang}
          .value=${this.details}
          .rules=${this.rules()}
          .errors=${this.errors}
          @input=${this.handleDetailsInput}
        ></booking-details-form>
        <div class="actions">
          <button class="button primary" type="submit" aria-disabled=${this.submitting ? 'true' : 'false'}>
            ${
              this.submitting
                ? m.booking
                : this.series?.enabled && this.series.ready
                  ? m.bookSeries(this.series.choices.length)
                  : m.book
            }
          </button>
        </div>
      </form>`;
  }

  renderWaitlistButton(m: Messages): TemplateResult {
    return this.waitlist.renderButton(m);
  }

  renderWaitlist(m: Messages): TemplateResult | typeof nothing {
    return this.waitlist.render(m);
  }

  renderDone(m: Messages): TemplateResult | typeof nothing {
    const { result } = this;
    const page = this.host.page;
    if (!result || !page) return nothing;
    const manageUrl = this.manageLink(result);
    return html`<div class="done-mark" aria-hidden="true">✓</div>
      <h3 class="step" tabindex="-1">
        ${this.seriesResult ? m.seriesBooked(this.seriesResult.series.appointments.length) : m.confirmedHeading}
      </h3>
      ${this.seriesResult ? this.renderSeriesDates(m) : nothing}
      ${renderBookingSummary(result.appointment, page, {
        lang: this.host.locale.lang,
        zone: this.host.zone,
        hourCycle: this.host.element.hourCycle,
        messages: m,
        manageUrl,
        now: this.host.now,
      })}
      <div class="actions">
        <a class="button primary" href=${manageUrl}>${m.manageLink}</a>
        <button class="link-button" type="button" @click=${this.handleBookAnother}>${m.bookAnother}</button>
      </div>
      <p class="manage-hint">${m.manageHint}</p>`;
  }

  private renderSeriesDates(m: Messages): TemplateResult {
    const { lang } = this.host.locale;
    const zone = this.host.zone;
    return html`<ol class="series-booked" part="series-dates" aria-label=${m.seriesAll}>
      ${this.seriesResult!.series.appointments.map((a) => {
        const ms = Date.parse(a.start);
        return html`<li>
          ${a.series ? m.seriesPosition(a.series.index, a.series.count) : nothing} ·
          <strong>${formatDateTime(ms, lang, zone, this.host.element.hourCycle)} ${zoneShort(zone, lang, ms)}</strong>
        </li>`;
      })}
    </ol>`;
  }

  private form(): BookingDetailsForm | null {
    return this.host.element.renderRoot.querySelector('booking-details-form');
  }

  private handleDetailsInput = (e: Event) => {
    this.details = (e.target as BookingDetailsForm).value;
    if (Object.keys(this.errors).length) {
      // Errors clear as they are fixed, never appear while typing.
      const now = validateDetails(this.details, this.rules(), this.host.locale.messages);
      this.errors = Object.fromEntries(Object.entries(this.errors).filter(([k]) => now[k]));
    }
    this.update();
  };

  private handleBook = async (e: Event) => {
    e.preventDefault();
    if (this.submitting) return;
    const host = this.host;
    const m = host.locale.messages;
    const errors = validateDetails(this.details, this.rules(), m);
    this.errors = errors;
    this.update();
    const count = Object.keys(errors).length;
    if (count) {
      host.announce(m.errorsInForm(count));
      await host.element.updateComplete;
      this.form()?.focusFirstError();
      return;
    }
    const adapter = host.adapter;
    if (!adapter) return;
    if (this.series?.enabled) return this.bookSeries(adapter);
    // One key per attempt at this time with these details: a retry after a lost answer reuses it (R11).
    this.idempotencyKey ||= crypto.randomUUID();
    const request = this.buildRequest(readTracking(host.search, host.element.source, host.element.metadata));
    const confirm = new BookingConfirmEvent({ request });
    host.element.dispatchEvent(confirm);
    if (confirm.defaultPrevented) return;
    this.submitting = true;
    host.notice = '';
    this.update();
    try {
      const result = await adapter.book(request);
      this.idempotencyKey = '';
      host.element.dispatchEvent(
        new BookingConfirmedEvent({
          appointment: result.appointment,
          manageToken: result.manageToken,
          manageUrl: this.manageLink(result),
        }),
      );
      this.result = result;
      host.announce(m.confirmedHeading);
      host.goTo('done');
    } catch (error) {
      this.handleBookError(error);
    } finally {
      this.submitting = false;
      this.update();
    }
  };

  /** Issue 20: the chosen dates of the series, in one step; a date taken meanwhile re-checks the dates. */
  private async bookSeries(adapter: BookingAdapter): Promise<void> {
    const host = this.host;
    const m = host.locale.messages;
    const series = this.series!;
    if (!series.ready || series.choices.length === 0) {
      host.notice = series.ready ? m.seriesNoneChosen : m.seriesCheckFirst;
      host.announce(host.notice);
      this.update();
      return;
    }
    this.idempotencyKey ||= crypto.randomUUID();
    const request = series.request(
      this.buildRequest(readTracking(host.search, host.element.source, host.element.metadata)),
    );
    this.submitting = true;
    host.notice = '';
    this.update();
    try {
      const result = await adapter.bookSeries!(request);
      this.idempotencyKey = '';
      const first = result.series.appointments[0];
      const manageUrl = this.manageLinkOf(first.id, result.manageToken);
      host.element.dispatchEvent(
        new BookingConfirmedEvent({ appointment: first, manageToken: result.manageToken, manageUrl }),
      );
      this.seriesResult = result;
      this.result = { appointment: first, manageToken: result.manageToken };
      host.announce(m.seriesBooked(result.series.appointments.length));
      host.goTo('done');
    } catch (error) {
      if (error instanceof BookingError && error.code === 'slot-unavailable') {
        // All or nothing: nothing was booked. The dates are checked again, the taken one named.
        this.idempotencyKey = '';
        host.element.dispatchEvent(new BookingFailedEvent({ code: error.code, message: error.message }));
        const path = error.issues[0]?.path ?? '';
        const at = Number(/^occurrences\.(\d+)/.exec(path)?.[1] ?? -1);
        const taken = request.occurrences[at];
        const when = taken
          ? formatDateTime(
              Date.parse(taken.start ?? taken.occurrence),
              host.locale.lang,
              host.zone,
              host.element.hourCycle,
            )
          : '';
        await series.recheck();
        host.notice = m.seriesRechecked(when);
        host.announce(host.notice);
      } else this.handleBookError(error);
    } finally {
      this.submitting = false;
      this.update();
    }
  }

  private handleBookError(error: unknown) {
    const host = this.host;
    const m = host.locale.messages;
    const e = error instanceof BookingError ? error : new BookingError('network', m.network, { cause: error as Error });
    host.element.dispatchEvent(new BookingFailedEvent({ code: e.code, message: e.message }));
    switch (e.code) {
      case 'slot-unavailable':
      case 'policy-violation':
        this.idempotencyKey = '';
        host.slotGone(e.code === 'slot-unavailable' ? m.slotTakenNearest : m.policyViolation);
        break;
      case 'invalid-input': {
        const errors: DetailsErrors = {};
        for (const issue of e.issues) {
          const key = fieldKeyOfPath(issue.path);
          // The adapter's wording is English and technical: say it in the page's language.
          if (key) errors[key] = this.fieldError(key, m);
        }
        this.errors = errors;
        host.notice = Object.keys(errors).length ? m.errorsInForm(Object.keys(errors).length) : m.unknownError;
        void host.element.updateComplete.then(() => this.form()?.focusFirstError());
        break;
      }
      case 'busy':
        host.notice = m.busy;
        break;
      case 'network':
        host.notice = m.network;
        break;
      case 'unpublished':
        host.notice = m.unpublishedNoName;
        break;
      case 'sign-in-required':
        host.notice = m.signInRequired;
        break;
      case 'not-found':
        host.notice = m.notFoundService;
        break;
      default:
        // `e.message` is for developers (it travels in booking-failed); the customer reads the catalogue.
        host.notice = m.unknownError;
    }
    host.announce(host.notice);
  }

  private fieldError(key: string, m: Messages): string {
    switch (key) {
      case 'name':
        return this.details.name.trim() ? m.fieldInvalid : m.nameRequired;
      case 'emailAddress': {
        if (this.details.emailAddress.trim()) return m.emailInvalid;
        const rules = this.rules();
        if (!rules.emailRequired) return m.contactRequired;
        return rules.online ? m.emailRequiredOnline : m.emailRequired;
      }
      case 'phone':
        return this.details.phone.trim() ? m.phoneInvalid : m.phoneRequired;
      case 'consent':
        return m.consentRequired;
      default:
        return m.fieldInvalid;
    }
  }

  private handleBookAnother = () => {
    this.result = undefined;
    this.seriesResult = undefined;
    this.series = undefined;
    this.seriesFor = '';
    this.details = {
      ...emptyDetails(),
      name: this.details.name,
      emailAddress: this.details.emailAddress,
      phone: this.details.phone,
    };
    this.host.startOver();
  };

  private rules(): DetailsRules {
    const page = this.host.page!;
    const service = this.host.service!;
    const byId = new Map(page.customQuestions.map((q) => [q.id, q]));
    const settings = page.bookingPageSettings;
    return {
      emailRequired: service.isEmailRequired || service.isLocationOnline,
      online: service.isLocationOnline,
      sms: service.smsNotificationsEnabled,
      consent: {
        enabled: settings.isCustomerConsentEnabled,
        message: settings.customerConsentMessage,
        privacyUrl: isWebUrl(settings.privacyPolicyWebUrl) ? settings.privacyPolicyWebUrl : undefined,
        termsUrl: isWebUrl(settings.termsAndConditionsWebUrl) ? settings.termsAndConditionsWebUrl : undefined,
      },
      questions: (service.customQuestions ?? []).flatMap((a) => {
        const question = byId.get(a.questionId);
        return question ? [{ question, isRequired: a.isRequired }] : [];
      }),
    };
  }

  private buildRequest(tracking: Tracking | undefined): BookRequest {
    const d = this.details;
    const { element, locale } = this.host;
    return {
      ...(element.business ? { businessId: element.business } : {}),
      serviceId: this.host.service!.id,
      ...(this.host.staffId ? { staffMemberId: this.host.staffId } : {}),
      start: this.host.slot!.start,
      // The language the customer booked in: their confirmation and reminders use it (R15).
      ...detailsRequest(d, this.host.zone, locale.lang),
      ...(this.host.page?.bookingPageSettings.isCustomerConsentEnabled ? { consent: { accepted: d.consent } } : {}),
      ...(this.host.service?.smsNotificationsEnabled ? { smsOptIn: d.smsOptIn } : {}),
      ...(tracking ? { tracking } : {}),
      idempotencyKey: this.idempotencyKey,
    };
  }

  private manageLink(result: BookResult): string {
    return this.manageLinkOf(result.appointment.id, result.manageToken);
  }

  private manageLinkOf(appointmentId: string, manageToken: string): string {
    const base = new URL(this.host.element.manageUrl || location.href, location.href);
    base.hash = new URLSearchParams({ appointment: appointmentId, token: manageToken }).toString();
    return base.href;
  }
}
