// The booking page's waitlist (issue 20): on a day without free times, "Join the waiting list" opens
// the details form (the booking's own, with its rules and consent) and joins the list for that
// day; the next screen says the customer's place and links to their private waitlist page. Part
// of the later steps' chunk, so the first free times show without it.
import { html, nothing, type TemplateResult } from 'lit';
import { BookingError } from '../../contract/errors.js';
import { formatDayLong, type Messages } from '../../i18n/index.js';
import type { JoinWaitlistInput, JoinWaitlistResult } from '../../schemas/waitlist.js';
import type { BookingDetailsForm } from '../booking-details-form/booking-details-form.js';
import {
  detailsRequest,
  fieldKeyOfPath,
  validateDetails,
  type DetailsErrors,
  type DetailsRules,
  type DetailsValue,
} from '../booking-details-form/details.js';
import type { StepsHost } from './later-steps.js';
import { staffNames } from './staff-names.js';

/** What the waitlist steps share with the booking's details step: the same details, rules and form. */
export interface WaitlistStepsDeps {
  details(): DetailsValue;
  setDetails(value: DetailsValue): void;
  rules(): DetailsRules;
  fieldError(key: string, m: Messages): string;
}

export class WaitlistSteps {
  private day = '';
  private errors: DetailsErrors = {};
  private submitting = false;
  private result: JoinWaitlistResult | undefined;

  constructor(
    private readonly host: StepsHost,
    private readonly deps: WaitlistStepsDeps,
  ) {}

  private update(): void {
    this.host.element.requestUpdate();
  }

  renderButton(m: Messages): TemplateResult {
    return html`<button
      slot="waitlist"
      class="button primary"
      style="margin: 0 0 var(--_space, 8px)"
      type="button"
      @click=${this.handleOpen}
    >
      ${m.waitlistJoin}
    </button>`;
  }

  private handleOpen = () => {
    const picker = this.host.element.renderRoot.querySelector('booking-time-picker');
    this.day = picker?.day ?? '';
    if (!this.day) return;
    this.errors = {};
    this.result = undefined;
    this.host.notice = '';
    this.host.goTo('waitlist');
  };

  render(m: Messages): TemplateResult | typeof nothing {
    return this.result ? this.renderJoined(m, this.result) : this.renderForm(m);
  }

  private renderForm(m: Messages): TemplateResult | typeof nothing {
    const { service } = this.host;
    if (!service || !this.day) return nothing;
    const lang = this.host.locale.lang;
    const back = () => this.host.goTo('time');
    return html`${this.host.renderStepTop('waitlist', back)}
      <h3 class="step" tabindex="-1">${m.waitlistHeading}</h3>
      <div class="choice-summary">
        <strong>${service.displayName}</strong>
        <span>${m.waitlistAnyTime(formatDayLong(this.day, lang))}</span>
        ${this.host.staffId ? html`<span>${m.withStaff(staffNames(this.host.page, [this.host.staffId], this.host.locale.lang))}</span>` : nothing}
        <button class="link-button" type="button" @click=${back}>${m.change}</button>
      </div>
      <p>${m.waitlistIntro(formatDayLong(this.day, lang))}</p>
      ${this.host.notice ? html`<div part="notice" role="alert"><p>${this.host.notice}</p></div>` : nothing}
      <form novalidate @submit=${this.handleJoin}>
        <booking-details-form
          exportparts="field, consent"
          lang=${lang}
          .value=${this.deps.details()}
          .rules=${this.deps.rules()}
          .errors=${this.errors}
          @input=${this.handleInput}
        ></booking-details-form>
        <div class="actions">
          <button class="button primary" type="submit" aria-disabled=${this.submitting ? 'true' : 'false'}>
            ${this.submitting ? m.waitlistSubmitting : m.waitlistSubmit}
          </button>
        </div>
      </form>`;
  }

  private renderJoined(m: Messages, result: JoinWaitlistResult): TemplateResult {
    const lang = this.host.locale.lang;
    const e = result.entry;
    return html`<div class="done-mark" aria-hidden="true">✓</div>
      <h3 class="step" tabindex="-1">${m.waitlistJoinedHeading}</h3>
      <dl>
        <dt>${m.what}</dt>
        <dd>${e.serviceName}</dd>
        <dt>${m.waitlistWaitingFor}</dt>
        <dd>${m.waitlistAnyTime(formatDayLong(this.day, lang))}</dd>
      </dl>
      ${e.position !== undefined ? html`<p><strong>${m.waitlistPosition(e.position)}</strong></p>` : nothing}
      <div class="actions">
        <a class="button primary" href=${this.link(result)}>${m.waitlistOpen}</a>
        <button class="link-button" type="button" @click=${this.handleDone}>${m.bookAnother}</button>
      </div>
      <p class="manage-hint">${m.waitlistLinkHint}</p>`;
  }

  private link(result: JoinWaitlistResult): string {
    const base = new URL(this.host.element.manageUrl || location.href, location.href);
    base.hash = new URLSearchParams({ waitlist: result.entry.id, token: result.waitlistToken }).toString();
    return base.href;
  }

  private handleDone = () => {
    this.result = undefined;
    this.host.startOver();
  };

  private handleInput = (e: Event) => {
    this.deps.setDetails((e.target as BookingDetailsForm).value);
    if (Object.keys(this.errors).length) {
      const now = validateDetails(this.deps.details(), this.deps.rules(), this.host.locale.messages);
      this.errors = Object.fromEntries(Object.entries(this.errors).filter(([k]) => now[k]));
    }
    this.update();
  };

  private handleJoin = async (e: Event) => {
    e.preventDefault();
    if (this.submitting) return;
    const host = this.host;
    const m = host.locale.messages;
    const errors = validateDetails(this.deps.details(), this.deps.rules(), m);
    this.errors = errors;
    this.update();
    const count = Object.keys(errors).length;
    if (count) {
      host.announce(m.errorsInForm(count));
      await host.element.updateComplete;
      host.element.renderRoot.querySelector<BookingDetailsForm>('booking-details-form')?.focusFirstError();
      return;
    }
    const adapter = host.adapter;
    if (!adapter?.joinWaitlist) return;
    this.submitting = true;
    host.notice = '';
    this.update();
    try {
      this.result = await adapter.joinWaitlist(this.request());
      host.announce(m.waitlistJoinedHeading);
      host.goTo('waitlisted');
    } catch (error) {
      this.handleError(error, m);
    } finally {
      this.submitting = false;
      this.update();
    }
  };

  private handleError(error: unknown, m: Messages): void {
    const host = this.host;
    const e = error instanceof BookingError ? error : new BookingError('network', m.network);
    if (e.code === 'invalid-input') {
      const errors: DetailsErrors = {};
      for (const issue of e.issues) {
        const key = fieldKeyOfPath(issue.path);
        if (key) errors[key] = this.deps.fieldError(key, m);
      }
      this.errors = errors;
      host.notice = Object.keys(errors).length ? m.errorsInForm(Object.keys(errors).length) : m.unknownError;
    } else if (e.code === 'policy-violation') {
      // Already on the list, or something came free meanwhile: the adapter's reason, in our words.
      host.notice = e.issues.some((i) => /already/.test(i.message)) ? m.waitlistAlready : m.waitlistFreeNow;
    } else {
      host.notice = e.code === 'busy' ? m.busy : e.code === 'network' ? m.network : m.unknownError;
    }
    host.announce(host.notice);
  }

  private request(): JoinWaitlistInput {
    const d = this.deps.details();
    const { element, locale } = this.host;
    return {
      ...(element.business ? { businessId: element.business } : {}),
      serviceId: this.host.service!.id,
      ...(this.host.staffId ? { staffMemberId: this.host.staffId } : {}),
      date: this.day,
      ...detailsRequest(d, this.host.zone, locale.lang),
      ...(this.host.page?.bookingPageSettings.isCustomerConsentEnabled ? { consent: { accepted: d.consent } } : {}),
      ...(this.host.service?.smsNotificationsEnabled ? { smsOptIn: d.smsOptIn } : {}),
    };
  }
}
