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
import type { BookRequest, BookResult, BookingPageData, PublicService, Tracking } from '../../schemas/index.js';
import type { LocaleController } from '../../controllers/locale-controller.js';
import { defineElement } from '../../define/define-element.js';
import { BookingDetailsForm } from '../booking-details-form/booking-details-form.js';
import {
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
import { enMore } from '../../i18n/en-more.js';
import { WaitlistSteps } from './waitlist-steps.js';
import { completeEnglish } from '../../i18n/index.js';

// English's second part (en-more.ts), which this module shows: in place before anything renders.
completeEnglish(enMore);
// The form this step shows (a call, not an import for its side effects, which bundlers may drop).
defineElement('booking-details-form', BookingDetailsForm);

export type Step = 'service' | 'time' | 'details' | 'done' | 'waitlist' | 'waitlisted';

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
  staffNames(ids: readonly string[]): string;
  /** The chosen time can no longer be booked: back to the times, nearest free ones first. */
  slotGone(notice: string): void;
  /** "Book another appointment": back to the first step, the chosen time forgotten. */
  startOver(): void;
}

/** The done step's styles, added to the element's own when this module loads. */
const styles = css`
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
        ${this.host.staffId ? html`<span>${m.withStaff(this.host.staffNames([this.host.staffId]))}</span>` : nothing}
        <button class="link-button" type="button" @click=${back}>${m.change}</button>
      </div>
      ${this.host.notice ? html`<div part="notice" role="alert"><p>${this.host.notice}</p></div>` : nothing}
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
            ${this.submitting ? m.booking : m.book}
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
      <h3 class="step" tabindex="-1">${m.confirmedHeading}</h3>
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
    const answers = Object.entries(d.answers)
      .filter(([, v]) => v.length > 0)
      .map(([questionId, v]) => (Array.isArray(v) ? { questionId, selectedOptions: v } : { questionId, answer: v }));
    return {
      ...(element.business ? { businessId: element.business } : {}),
      serviceId: this.host.service!.id,
      ...(this.host.staffId ? { staffMemberId: this.host.staffId } : {}),
      start: this.host.slot!.start,
      customer: {
        name: d.name.trim(),
        ...(d.emailAddress.trim() ? { emailAddress: d.emailAddress.trim() } : {}),
        ...(d.phone.trim() ? { phone: d.phone.trim() } : {}),
        ...(d.notes.trim() ? { notes: d.notes.trim() } : {}),
        timeZone: this.host.zone,
        // The language the customer booked in: their confirmation and reminders use it (R15).
        ...(locale.lang.length <= 35 ? { languageTag: locale.lang } : {}),
      },
      ...(answers.length ? { answers } : {}),
      ...(this.host.page?.bookingPageSettings.isCustomerConsentEnabled ? { consent: { accepted: d.consent } } : {}),
      ...(this.host.service?.smsNotificationsEnabled ? { smsOptIn: d.smsOptIn } : {}),
      ...(tracking ? { tracking } : {}),
      idempotencyKey: this.idempotencyKey,
    };
  }

  private manageLink(result: BookResult): string {
    const base = new URL(this.host.element.manageUrl || location.href, location.href);
    base.hash = new URLSearchParams({ appointment: result.appointment.id, token: result.manageToken }).toString();
    return base.href;
  }
}
