import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import type { Messages } from '../../i18n/index.js';
import { styles } from './booking-details-form.styles.js';
import {
  emptyDetails,
  fieldKeyOfPath,
  LIMITS,
  validateDetails,
  type DetailsErrors,
  type DetailsQuestion,
  type DetailsRules,
  type DetailsValue,
} from './details.js';
import { enMore } from '../../i18n/en-more.js';
import { completeEnglish } from '../../i18n/index.js';

// English's second part (en-more.ts), which this module shows: in place before anything renders.
completeEnglish(enMore);

export {
  emptyDetails,
  fieldKeyOfPath,
  validateDetails,
  type DetailsErrors,
  type DetailsQuestion,
  type DetailsRules,
  type DetailsValue,
} from './details.js';

/**
 * The customer's details: name, email, phone, notes, the service's questions, the SMS opt-in and
 * the consent box (its message shown as plain text, never markup, R13/R21). A controlled form:
 * the page owns `value` and `errors`, so input survives failed bookings and retries.
 *
 * @summary Customer details form.
 * @fires input - The user changed a field; read `value`.
 * @csspart field - Each field wrapper; the consent box's also has the word `consent`.
 */
export class BookingDetailsForm extends LitElement {
  static override styles = styles;
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  /**
   * The form's checks, reached through the defined class: `<booking-page>` uses them only once the
   * form is defined, so the script-tag bundle downloads them with the form, not before the first times.
   */
  static readonly validate = validateDetails;
  static readonly fieldKeyOfPath = fieldKeyOfPath;

  private locale = new LocaleController(this);

  /** The entered details; the form reports changes with `input` and shows what it is given. */
  @property({ attribute: false }) value: DetailsValue = emptyDetails();
  /** What the service asks for: email required or not, SMS, consent, custom questions (R12, R13). */
  @property({ attribute: false }) rules: DetailsRules = {
    emailRequired: true,
    online: false,
    sms: false,
    consent: { enabled: false },
    questions: [],
  };
  /** Messages to show by field key (`name`, `emailAddress`, `answer:<id>`, …). */
  @property({ attribute: false }) errors: DetailsErrors = {};

  private update_(patch: Partial<DetailsValue>) {
    this.value = { ...this.value, ...patch };
    this.dispatchEvent(new Event('input', { bubbles: true }));
  }

  private handleText(e: Event) {
    const input = e.target as HTMLInputElement | HTMLTextAreaElement;
    const key = input.name;
    if (key.startsWith('answer:')) this.update_({ answers: { ...this.value.answers, [key.slice(7)]: input.value } });
    else this.update_({ [key]: input.value });
  }

  private handleAnswerCheck(e: Event) {
    const input = e.target as HTMLInputElement;
    this.update_({ answers: { ...this.value.answers, [input.name.slice(7)]: input.checked ? 'true' : '' } });
  }

  private handleOptionCheck(e: Event) {
    const input = e.target as HTMLInputElement;
    const id = input.name.slice(7);
    const current = this.value.answers[id];
    const chosen = new Set(Array.isArray(current) ? current : []);
    if (input.checked) chosen.add(input.value);
    else chosen.delete(input.value);
    const options = this.rules.questions.find((q) => q.question.id === id)?.question.answerOptions ?? [];
    this.update_({ answers: { ...this.value.answers, [id]: options.filter((o) => chosen.has(o)) } });
  }

  private handleSms(e: Event) {
    this.update_({ smsOptIn: (e.target as HTMLInputElement).checked });
  }

  private handleConsent(e: Event) {
    this.update_({ consent: (e.target as HTMLInputElement).checked });
  }

  /** Focuses the first field with an error, in screen order. Returns false when there is none. */
  focusFirstError(): boolean {
    const el = this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]');
    el?.focus();
    return !!el;
  }

  override render() {
    const m = this.locale.messages;
    const r = this.rules;
    // R12: without a required email, an email or a phone number is (neither is "optional" alone).
    const either = !r.emailRequired;
    return html`
      <div class="row">
        ${this.renderInput('name', m.name, 'text', 'name', true)}
        ${this.renderInput('emailAddress', m.email, 'email', 'email', r.emailRequired, either)}
      </div>
      <div class="row">${this.renderInput('phone', m.phone, 'tel', 'tel', r.sms && this.value.smsOptIn, either)}</div>
      ${either ? html`<p class="hint" id="contact-hint">${m.contactHint}</p>` : nothing}
      ${r.questions.map((q) => this.renderQuestion(q, m))} ${this.renderNotes(m)}
      ${
        r.sms
          ? html`<label class="check">
              <input type="checkbox" .checked=${this.value.smsOptIn} @change=${this.handleSms} />
              <span>${r.smsLabel ?? m.smsOptIn}</span>
            </label>`
          : nothing
      }
      ${r.consent.enabled ? this.renderConsent(m) : nothing}
    `;
  }

  private renderLabel(id: string, text: string, required: boolean, oneOfTwo = false) {
    return html`<label for=${id}>
      ${text} ${required || oneOfTwo ? nothing : html`<span class="optional">(${this.locale.messages.optional})</span>`}
    </label>`;
  }

  private renderError(key: string) {
    const error = this.errors[key];
    return error ? html`<div class="error" id=${`${key}-error`}>${error}</div>` : nothing;
  }

  private renderInput(
    key: 'name' | 'emailAddress' | 'phone',
    label: string,
    type: string,
    autocomplete: string,
    required: boolean,
    oneOfTwo = false,
  ) {
    const error = this.errors[key];
    const hint = oneOfTwo && key !== 'name' ? 'contact-hint' : '';
    const describedBy = [error ? `${key}-error` : '', hint].filter(Boolean).join(' ');
    return html`<div class="field" part="field">
      ${this.renderLabel(key, label, required, oneOfTwo)}
      <input
        id=${key}
        name=${key}
        type=${type}
        autocomplete=${autocomplete}
        maxlength=${LIMITS[key]}
        .value=${this.value[key]}
        ?required=${required}
        aria-required=${required ? 'true' : 'false'}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing}
        @input=${this.handleText}
      />
      ${this.renderError(key)}
    </div>`;
  }

  private renderNotes(m: Messages) {
    const error = this.errors.notes;
    return html`<div class="field" part="field">
      ${this.renderLabel('notes', m.notes, false)}
      <textarea
        id="notes"
        name="notes"
        maxlength=${LIMITS.notes}
        .value=${this.value.notes}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? 'notes-error' : nothing}
        @input=${this.handleText}
      ></textarea>
      ${this.renderError('notes')}
    </div>`;
  }

  private renderQuestion({ question: q, isRequired }: DetailsQuestion, m: Messages) {
    const key = `answer:${q.id}`;
    const id = `q-${q.id}`;
    const error = this.errors[key];
    const raw = this.value.answers[q.id] ?? '';
    const value = typeof raw === 'string' ? raw : '';
    const invalid = error ? 'true' : 'false';
    const describedBy = error ? `${key}-error` : nothing;
    switch (q.answerInputType) {
      case 'radioButton':
        return html`<fieldset part="field" aria-describedby=${describedBy}>
          <legend>
            ${q.displayName} ${isRequired ? nothing : html`<span class="optional">(${m.optional})</span>`}
          </legend>
          ${(q.answerOptions ?? []).map(
            (o, i) =>
              html`<label class="check">
                <input
                  type="radio"
                  name=${key}
                  .value=${o}
                  .checked=${value === o}
                  aria-invalid=${i === 0 ? invalid : 'false'}
                  ?required=${isRequired}
                  @change=${this.handleText}
                />
                <span>${o}</span>
              </label>`,
          )}
          ${this.renderError(key)}
        </fieldset>`;
      case 'checkbox':
        if (q.answerOptions?.length) {
          const chosen = Array.isArray(raw) ? raw : [];
          return html`<fieldset part="field" aria-describedby=${describedBy}>
            <legend>
              ${q.displayName} ${isRequired ? nothing : html`<span class="optional">(${m.optional})</span>`}
            </legend>
            ${q.answerOptions.map(
              (o, i) =>
                html`<label class="check">
                  <input
                    type="checkbox"
                    name=${key}
                    .value=${o}
                    .checked=${chosen.includes(o)}
                    aria-invalid=${i === 0 ? invalid : 'false'}
                    @change=${this.handleOptionCheck}
                  />
                  <span>${o}</span>
                </label>`,
            )}
            ${this.renderError(key)}
          </fieldset>`;
        }
        return html`<div class="field" part="field">
          <label class="check">
            <input
              type="checkbox"
              name=${key}
              .checked=${value === 'true'}
              aria-invalid=${invalid}
              aria-describedby=${describedBy}
              ?required=${isRequired}
              @change=${this.handleAnswerCheck}
            />
            <span>${q.displayName}</span>
          </label>
          ${this.renderError(key)}
        </div>`;
      case 'multiline':
        return html`<div class="field" part="field">
          ${this.renderLabel(id, q.displayName, isRequired)}
          <textarea
            id=${id}
            name=${key}
            maxlength=${LIMITS.answer}
            .value=${value}
            ?required=${isRequired}
            aria-invalid=${invalid}
            aria-describedby=${describedBy}
            @input=${this.handleText}
          ></textarea>
          ${this.renderError(key)}
        </div>`;
      default:
        return html`<div class="field" part="field">
          ${this.renderLabel(id, q.displayName, isRequired)}
          <input
            id=${id}
            name=${key}
            type="text"
            maxlength=${LIMITS.answer}
            .value=${value}
            ?required=${isRequired}
            aria-invalid=${invalid}
            aria-describedby=${describedBy}
            @input=${this.handleText}
          />
          ${this.renderError(key)}
        </div>`;
    }
  }

  private renderConsent(m: Messages) {
    const c = this.rules.consent;
    const error = this.errors.consent;
    return html`<div class="consent field" part="field consent">
      <label class="check">
        <input
          type="checkbox"
          name="consent"
          .checked=${this.value.consent}
          required
          aria-required="true"
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? 'consent-error' : nothing}
          @change=${this.handleConsent}
        />
        <span class="message">${c.message || m.consentDefault}</span>
      </label>
      ${
        c.privacyUrl || c.termsUrl
          ? html`<div class="links">
              ${c.privacyUrl ? html`<a href=${c.privacyUrl} target="_blank" rel="noopener noreferrer">${m.privacyPolicy}</a>` : nothing}
              ${c.termsUrl ? html`<a href=${c.termsUrl} target="_blank" rel="noopener noreferrer">${m.terms}</a>` : nothing}
            </div>`
          : nothing
      }
      ${this.renderError('consent')}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'booking-details-form': BookingDetailsForm;
  }
}
