/**
 * The sections of the services panel's editor below the service's details, as templates over a
 * draft: who provides it, the questions it asks, its reminders, its scheduling policy, and its
 * one-service booking page (link and embed code); also the price as customers will see it. The
 * element owns the draft and the handlers; these only draw.
 */
import { html, nothing } from 'lit';
import type { Business, Service } from '../../core/types.js';
import { messagesFor } from '../../i18n/index.js';
import type { AdminMessages } from '../../i18n/en-admin.js';
import { customerPriceText } from '../../i18n/price.js';
import { inputField } from '../booking-admin/admin-fields.js';
import { DAYS, HOURS, readNumber, spanWords } from '../booking-admin/admin-format.js';
import { type Draft, SP } from './service-draft.js';

/** What every section needs: the words, the field errors, and whether the role may edit (R18). */
export interface SectionContext {
  m: AdminMessages;
  language: string;
  errors: Record<string, string>;
  readonly: boolean;
}

/** What customers will see for the price as it stands in the form (R21: text only). */
export function pricePreview(ctx: SectionContext, f: Draft['fields'], business: Business) {
  const { m, language } = ctx;
  const amount = Number(String(f.defaultPrice).trim().replace(',', '.'));
  const priced = {
    defaultPriceType: String(f.defaultPriceType) as Service['defaultPriceType'],
    ...(String(f.defaultPrice).trim() !== '' && Number.isFinite(amount) ? { defaultPrice: amount } : {}),
    ...(String(f.currency).trim() ? { currency: String(f.currency).trim().toUpperCase() } : {}),
  };
  let shown = '';
  try {
    shown = customerPriceText(priced, business.defaultCurrencyIso ?? 'EUR', language, messagesFor(language));
  } catch {
    // A currency code still being typed: nothing to preview yet.
  }
  return html`<p class="hint price-preview" aria-live="polite">
    ${shown ? m.customersSeePrice(shown) : m.customersSeeNoPrice}
  </p>`;
}

/** Who provides the service: a box per staff member (read-only: their names). */
export function staffSection(ctx: SectionContext, business: Business, draft: Draft, onChange: (e: Event) => void) {
  const { m, readonly: ro } = ctx;
  const chosen = new Set(draft.staffMemberIds);
  if (ro) {
    const names = business.staffMembers.filter((s) => chosen.has(s.id)).map((s) => s.displayName);
    return html`<fieldset>
      <legend>${m.staffWhoProvide}</legend>
      <p>${names.join(', ') || '—'}</p>
    </fieldset>`;
  }
  return html`<fieldset>
    <legend>${m.staffWhoProvide}</legend>
    ${business.staffMembers.length === 0 ? html`<p class="muted">${m.noStaffYet}</p>` : nothing}
    <div class="checks">
      ${business.staffMembers.map(
        (s) =>
          html`<div class="check">
            <input
              type="checkbox"
              id=${`staff-${s.id}`}
              value=${s.id}
              .checked=${chosen.has(s.id)}
              @change=${onChange}
            />
            <label for=${`staff-${s.id}`}>
              ${s.displayName} ${s.isBookable ? nothing : html`<span class="badge">${m.notBookableBadge}</span>`}
            </label>
          </div>`,
      )}
    </div>
    ${ctx.errors.staffMemberIds ? html`<p class="error-text">${ctx.errors.staffMemberIds}</p>` : nothing}
  </fieldset>`;
}

/** Which of the catalogue's questions the service asks, and which of them are required. */
export function questionsSection(ctx: SectionContext, business: Business, draft: Draft, onChange: (e: Event) => void) {
  const { m, readonly: ro } = ctx;
  const asked = new Map(draft.questions.map((q) => [q.questionId, q.isRequired]));
  return html`<fieldset>
    <legend>${m.questionsHeading}</legend>
    ${business.customQuestions.length === 0 ? html`<p class="muted">${m.noQuestions}</p>` : nothing}
    ${
      ro
        ? html`<ul>
            ${business.customQuestions
              .filter((q) => asked.has(q.id))
              .map((q) => html`<li>${q.displayName}${asked.get(q.id) ? ` (${m.required})` : ''}</li>`)}
          </ul>`
        : business.customQuestions.map(
            (q) =>
              html`<div class="question">
                <div class="check">
                  <input
                    type="checkbox"
                    id=${`ask-${q.id}`}
                    data-question=${q.id}
                    data-kind="ask"
                    .checked=${asked.has(q.id)}
                    @change=${onChange}
                  />
                  <label for=${`ask-${q.id}`}>${q.displayName}</label>
                </div>
                <div class="check">
                  <input
                    type="checkbox"
                    id=${`required-${q.id}`}
                    data-question=${q.id}
                    data-kind="required"
                    aria-label=${m.questionRequired(q.displayName)}
                    .checked=${asked.get(q.id) === true}
                    ?disabled=${!asked.has(q.id)}
                    @change=${onChange}
                  />
                  <label for=${`required-${q.id}`} aria-hidden="true">${m.required}</label>
                </div>
              </div>`,
          )
    }
  </fieldset>`;
}

/** The service's default reminders: when, to whom, what; added and removed in place. */
export function remindersSection(
  ctx: SectionContext,
  draft: Draft,
  on: { input: (e: Event) => void; add: () => void; remove: (e: Event) => void },
) {
  const { m, readonly: ro } = ctx;
  return html`<fieldset>
    <legend>${m.remindersHeading}</legend>
    ${draft.reminders.length === 0 ? html`<p class="muted">${m.noReminders}</p>` : nothing}
    ${draft.reminders.map((r, i) => {
      const base = `defaultReminders[${i}]`;
      if (ro) {
        return html`<div class="reminder">
          <p><strong>${m.reminderN(i + 1)}</strong> · ${m.hours(Number(r.offset))} · ${m.recipients[r.recipients]}</p>
          <p>${r.message}</p>
        </div>`;
      }
      return html`<div class="reminder">
        <div class="reminder-top">
          <strong>${m.reminderN(i + 1)}</strong>
          <button
            class="button small"
            type="button"
            data-index=${i}
            aria-label=${m.removeReminder(i + 1)}
            @click=${on.remove}
          >
            ${m.delete}
          </button>
        </div>
        <div class="fields">
          <div class="field">
            <label for=${`${base}.offset`}>${m.reminderOffset}</label>
            <input
              id=${`${base}.offset`}
              type="number"
              min="0"
              step="any"
              data-index=${i}
              data-key="offset"
              .value=${r.offset}
              aria-invalid=${ctx.errors[`${base}.offset`] ? 'true' : 'false'}
              aria-describedby=${ctx.errors[`${base}.offset`] ? `${base}.offset-error` : nothing}
              @input=${on.input}
            />
            ${
              ctx.errors[`${base}.offset`]
                ? html`<p class="error-text" id=${`${base}.offset-error`}>${ctx.errors[`${base}.offset`]}</p>`
                : nothing
            }
          </div>
          <div class="field">
            <label for=${`${base}.recipients`}>${m.reminderRecipients}</label>
            <select id=${`${base}.recipients`} data-index=${i} data-key="recipients" @change=${on.input}>
              ${(['customer', 'allAttendees', 'staff'] as const).map(
                (x) => html`<option value=${x} ?selected=${r.recipients === x}>${m.recipients[x]}</option>`,
              )}
            </select>
          </div>
          <div class="field wide">
            <label for=${`${base}.message`}>${m.reminderMessage}</label>
            <textarea
              id=${`${base}.message`}
              data-index=${i}
              data-key="message"
              maxlength="2000"
              .value=${r.message}
              aria-invalid=${ctx.errors[`${base}.message`] ? 'true' : 'false'}
              aria-describedby=${ctx.errors[`${base}.message`] ? `${base}.message-error` : nothing}
              @input=${on.input}
            ></textarea>
            ${
              ctx.errors[`${base}.message`]
                ? html`<p class="error-text" id=${`${base}.message-error`}>${ctx.errors[`${base}.message`]}</p>`
                : nothing
            }
          </div>
        </div>
      </div>`;
    })}
    ${
      ro
        ? nothing
        : html`<button class="button small add-reminder" type="button" @click=${on.add}>+ ${m.addReminder}</button>`
    }
  </fieldset>`;
}

/** The business's scheduling policy, or the service's own (with R5's lead-time rule shown as it is typed). */
export function policySection(
  ctx: SectionContext,
  draft: Draft,
  bind: (path: string, label: string) => Parameters<typeof inputField>[0],
  check: (path: string, label: string, hint?: string) => unknown,
  onChoice: (e: Event) => void,
) {
  const { m, readonly: ro } = ctx;
  const f = draft.fields;
  const own = f.ownPolicy === true;
  const lead = readNumber(String(f[`${SP}minimumLeadTime`]), m, { min: 0 });
  const advance = readNumber(String(f[`${SP}maximumAdvance`]), m, { min: 0 });
  const windowMs = lead.ok && advance.ok ? advance.value * DAYS - lead.value * HOURS : Number.POSITIVE_INFINITY;
  const rule =
    own && lead.ok && advance.ok && windowMs < DAYS
      ? m.leadTimeRule(spanWords(advance.value * DAYS, m), spanWords(lead.value * HOURS, m), spanWords(windowMs, m))
      : '';
  return html`<fieldset>
    <legend>${m.servicePolicy}</legend>
    ${
      ro
        ? html`<p>${own ? m.policyOwn : m.policyDefault}</p>`
        : html`<div class="radios" role="radiogroup" aria-label=${m.servicePolicy}>
            <div class="check">
              <input
                type="radio"
                id="policy-default"
                name="policy"
                value="default"
                .checked=${!own}
                @change=${onChoice}
              />
              <label for="policy-default">${m.policyDefault}</label>
            </div>
            <div class="check">
              <input type="radio" id="policy-own" name="policy" value="own" .checked=${own} @change=${onChoice} />
              <label for="policy-own">${m.policyOwn}</label>
            </div>
          </div>`
    }
    ${
      own
        ? html`<div class="fields">
            ${inputField({ ...bind(`${SP}timeSlotInterval`, m.timeSlotInterval), type: 'number', min: '1', step: '1' })}
            ${inputField({ ...bind(`${SP}minimumLeadTime`, m.minimumLeadTime), type: 'number', min: '0', step: 'any' })}
            ${inputField({
              ...bind(`${SP}maximumAdvance`, m.maximumAdvance),
              type: 'number',
              min: '1',
              step: '1',
              error: rule || ctx.errors[`${SP}maximumAdvance`],
            })}
            ${check(`${SP}allowStaffSelection`, m.allowStaffSelection)}
          </div>`
        : nothing
    }
  </fieldset>`;
}

/** Where the service's own booking page is, and the element to embed it. */
export interface LinkSource {
  bookingPageUrl: string;
  configSrc: string;
  api: string;
  businessId: string | undefined;
}

/** A one-service booking page: its link (`?service=<id>` on the booking page's address) and embed code. */
export function linkSection(m: AdminMessages, service: Service, from: LinkSource, onCopy: (e: Event) => unknown) {
  const base = from.bookingPageUrl;
  let link = '';
  if (base) {
    try {
      const url = new URL(base, location.href);
      url.searchParams.set('service', service.id);
      link = url.href;
    } catch {
      link = '';
    }
  }
  const source = from.configSrc
    ? ` config-src="${from.configSrc.replaceAll('"', '&quot;')}"`
    : from.api
      ? ` api="${from.api.replaceAll('"', '&quot;')}"`
      : '';
  const business = from.businessId ? ` business="${from.businessId}"` : '';
  const code = `<booking-page${source}${business} service="${service.id}"></booking-page>`;
  return html`<fieldset>
    <legend>${m.linkHeading}</legend>
    <p class="hint">${m.linkHint}</p>
    ${
      link
        ? html`<div class="copy-row">
            <input id="service-link" type="text" readonly .value=${link} aria-label=${m.linkHeading} />
            <button class="button small" type="button" data-copy=${link} @click=${onCopy}>${m.copyLink}</button>
          </div>`
        : nothing
    }
    <p class="hint">${m.embedHint}</p>
    <div class="copy-row">
      <textarea id="service-embed" readonly .value=${code} aria-label=${m.embedHint}></textarea>
      <button class="button small" type="button" data-copy=${code} @click=${onCopy}>${m.copyCode}</button>
    </div>
  </fieldset>`;
}
