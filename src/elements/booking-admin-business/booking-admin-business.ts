import { Task } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { BookingError } from '../../contract/errors.js';
import { listTimeZones } from '../../core/time-zones.js';
import type { Business, Closure, CustomAvailability, WorkHours } from '../../core/types.js';
import type { BusinessPatch } from '../../schemas/admin.js';
import { businessSchema, STAFF_ASSIGNMENTS } from '../../schemas/business.js';
import { validate } from '../../schemas/validate.js';
import { AdminElement } from '../booking-admin/admin-element.js';
import {
  checkField,
  focusFirstInvalid,
  inputField,
  saveBar,
  selectField,
  textareaField,
} from '../booking-admin/admin-fields.js';
import {
  DAYS,
  durationIn,
  HOURS,
  isoDuration,
  issuesByPath,
  MINUTES,
  readNumber,
  spanWords,
} from '../booking-admin/admin-format.js';
import { meetingDraft, meetingFields, meetingFromDraft } from '../booking-admin/admin-meeting.js';
import { outsideRulesRange, renderOutsideRules } from '../booking-admin/admin-outside-rules.js';
import type { BookingAdminExceptions } from '../booking-admin-exceptions/booking-admin-exceptions.js';
import type { BookingAdminHours } from '../booking-admin-hours/booking-admin-hours.js';
import { styles } from './booking-admin-business.styles.js';

type Fields = Record<string, string | boolean>;

interface Draft {
  fields: Fields;
  hours: WorkHours[];
  closed: CustomAvailability[];
  closures: Closure[];
}

const P = 'schedulingPolicy.';
const S = 'bookingPageSettings.';

function draftOf(b: Business): Draft {
  const p = b.schedulingPolicy;
  const s = b.bookingPageSettings;
  return {
    fields: {
      displayName: b.displayName,
      email: b.email ?? '',
      phone: b.phone ?? '',
      webSiteUrl: b.webSiteUrl ?? '',
      logoUrl: b.logoUrl ?? '',
      'address.street': b.address?.street ?? '',
      'address.city': b.address?.city ?? '',
      'address.postalCode': b.address?.postalCode ?? '',
      'address.countryOrRegion': b.address?.countryOrRegion ?? '',
      languageTag: b.languageTag ?? '',
      defaultCurrencyIso: b.defaultCurrencyIso ?? '',
      businessTimeZone: b.businessTimeZone,
      [`${P}timeSlotInterval`]: durationIn(p.timeSlotInterval, MINUTES),
      [`${P}minimumLeadTime`]: durationIn(p.minimumLeadTime, HOURS),
      [`${P}maximumAdvance`]: durationIn(p.maximumAdvance, DAYS),
      [`${P}allowStaffSelection`]: p.allowStaffSelection,
      [`${P}staffAssignment`]: p.staffAssignment ?? 'random',
      [`${P}sendConfirmationsToOwner`]: p.sendConfirmationsToOwner ?? true,
      [`${S}accessControl`]: s.accessControl,
      [`${S}isCustomerConsentEnabled`]: s.isCustomerConsentEnabled,
      [`${S}customerConsentMessage`]: s.customerConsentMessage ?? '',
      [`${S}privacyPolicyWebUrl`]: s.privacyPolicyWebUrl ?? '',
      [`${S}termsAndConditionsWebUrl`]: s.termsAndConditionsWebUrl ?? '',
      [`${S}isTimeSlotTimeZoneSetToBusinessTimeZone`]: s.isTimeSlotTimeZoneSetToBusinessTimeZone,
      [`${S}bookingPageColorCode`]: s.bookingPageColorCode ?? '',
      ...meetingDraft(b.meetingProvider),
    },
    hours: b.businessHours,
    closed: p.customAvailabilities ?? [],
    closures: p.closures ?? [],
  };
}

/**
 * The business and its booking page: details, logo and colour, time zone and opening hours;
 * publish or unpublish; who may book; consent and its text; privacy and terms links; times in the
 * business's zone; staff choice; the scheduling policy, with its rule (the maximum advance at least a
 * day beyond the minimum lead time, R5) explained as soon as it is broken; closed dates. Validated with the configuration's own schema; a failed save keeps every
 * edit. After a save, bookings the new rules would no longer offer are listed (R18b).
 * Administrators edit; other roles read (R18).
 *
 * @summary Back office: business details, hours, policy and booking page settings.
 * @fires booking-admin-changed - Settings were saved, or the page was published or unpublished.
 * @csspart publish - The published state and its button.
 * @csspart outside-rules - Bookings outside the current rules.
 */
export class BookingAdminBusiness extends AdminElement {
  static override styles = styles;

  @state() private draft: Draft | undefined;
  @state() private original: Business | undefined;
  @state() private errors: Record<string, string> = {};
  @state() private failure: unknown;
  @state() private saving = false;
  @state() private publishing = false;
  @state() private outsideReload = 0;
  private lastLoaded: Business | undefined;

  private businessTask = new Task(this, {
    task: async ([session], { signal }) => (session ? session.admin.getBusiness(this.scope(), { signal }) : undefined),
    args: () => [this.session, this.reload] as const,
  });

  private outsideTask = new Task(this, {
    task: async ([session], { signal }) => {
      if (!session) return undefined;
      return session.admin.listAppointmentsOutsideRules(
        { businessId: session.businessId, ...outsideRulesRange(this.now) },
        { signal },
      );
    },
    args: () => [this.session, this.outsideReload, this.reload] as const,
  });

  protected override willUpdate(_changed: PropertyValues<this>): void {
    // A fresh load replaces what is shown, but never unsaved edits.
    const loaded = this.businessTask.value;
    if (loaded && loaded !== this.lastLoaded) {
      this.lastLoaded = loaded;
      if (!this.draft || !this.dirty) this.draft = draftOf(loaded);
      this.original = loaded;
    }
  }

  private get editable(): boolean {
    return this.perms.writeSettings;
  }

  private get dirty(): boolean {
    return !!this.draft && !!this.original && JSON.stringify(this.draft) !== JSON.stringify(draftOf(this.original));
  }

  private setField(path: string, value: string | boolean) {
    if (!this.draft) return;
    this.draft = { ...this.draft, fields: { ...this.draft.fields, [path]: value } };
    const errors = { ...this.errors };
    delete errors[path];
    // R5 ties the policy's fields together: a change to one may fix the error shown at another.
    if (path.startsWith(P)) delete errors[`${P}maximumAdvance`];
    this.errors = errors;
  }

  private handleInput(e: Event) {
    const input = e.target as HTMLInputElement;
    this.setField(input.id, input.type === 'checkbox' ? input.checked : input.value);
  }

  private handleColorPick(e: Event) {
    this.setField(`${S}bookingPageColorCode`, (e.target as HTMLInputElement).value.toUpperCase());
  }

  private handleHours(e: Event) {
    if (!this.draft) return;
    this.draft = { ...this.draft, hours: (e.target as BookingAdminHours).value };
  }

  private handleExceptions(e: Event) {
    if (!this.draft) return;
    const { customAvailabilities, closures } = (e.target as BookingAdminExceptions).value;
    this.draft = { ...this.draft, closed: customAvailabilities, closures };
  }

  private handleDiscard() {
    if (!this.original) return;
    this.draft = draftOf(this.original);
    this.errors = {};
    this.failure = undefined;
  }

  /** The patch for `updateBusiness`, and the field errors the numbers and the schema find. */
  private build(draft: Draft, original: Business): { patch: BusinessPatch; errors: Record<string, string> } {
    const m = this.m;
    const f = draft.fields;
    const text = (k: string) => String(f[k] ?? '').trim();
    const opt = (k: string) => text(k) || null;
    const flag = (k: string) => f[k] === true;
    const errors: Record<string, string> = {};
    const duration = (k: string, unit: number, min: number, fallback: string) => {
      const r = readNumber(String(f[k]), m, { min, whole: unit === MINUTES });
      if (!r.ok) {
        errors[k] = r.message;
        return fallback;
      }
      return isoDuration(r.value, unit);
    };
    const p = original.schedulingPolicy;
    const policy = {
      timeSlotInterval: duration(`${P}timeSlotInterval`, MINUTES, 1, p.timeSlotInterval),
      minimumLeadTime: duration(`${P}minimumLeadTime`, HOURS, 0, p.minimumLeadTime),
      maximumAdvance: duration(`${P}maximumAdvance`, DAYS, 1, p.maximumAdvance),
      allowStaffSelection: flag(`${P}allowStaffSelection`),
      staffAssignment: text(`${P}staffAssignment`) as (typeof STAFF_ASSIGNMENTS)[number],
      sendConfirmationsToOwner: flag(`${P}sendConfirmationsToOwner`),
      customAvailabilities: draft.closed,
      closures: draft.closures,
    };
    const color = text(`${S}bookingPageColorCode`);
    const meetingProvider = meetingFromDraft(f, m, errors);
    const patch: BusinessPatch = {
      displayName: text('displayName'),
      email: opt('email'),
      phone: opt('phone'),
      webSiteUrl: opt('webSiteUrl'),
      logoUrl: opt('logoUrl'),
      languageTag: opt('languageTag'),
      defaultCurrencyIso: text('defaultCurrencyIso').toUpperCase() || null,
      businessTimeZone: text('businessTimeZone'),
      businessHours: draft.hours,
      schedulingPolicy: policy,
      meetingProvider,
      // Nested objects merge one level deep; `null` removes a field. `isPublished` is left alone.
      address: {
        street: opt('address.street'),
        city: opt('address.city'),
        postalCode: opt('address.postalCode'),
        countryOrRegion: opt('address.countryOrRegion'),
      } as unknown as Business['address'],
      bookingPageSettings: {
        accessControl: text(`${S}accessControl`),
        isCustomerConsentEnabled: flag(`${S}isCustomerConsentEnabled`),
        customerConsentMessage: opt(`${S}customerConsentMessage`),
        privacyPolicyWebUrl: opt(`${S}privacyPolicyWebUrl`),
        termsAndConditionsWebUrl: opt(`${S}termsAndConditionsWebUrl`),
        isTimeSlotTimeZoneSetToBusinessTimeZone: flag(`${S}isTimeSlotTimeZoneSetToBusinessTimeZone`),
        bookingPageColorCode: color ? color.toUpperCase() : null,
      } as unknown as Business['bookingPageSettings'],
    };
    // The same schema the adapter applies, on the business as it would be after the patch.
    const strip = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null));
    const candidate = {
      ...strip(original as unknown as Record<string, unknown>),
      ...strip(patch),
      address: strip({ ...original.address, ...(patch.address as unknown as Record<string, unknown>) }),
      bookingPageSettings: strip({
        ...original.bookingPageSettings,
        ...(patch.bookingPageSettings as unknown as Record<string, unknown>),
      }),
    };
    const r = validate(businessSchema, candidate);
    if (!r.ok) {
      for (const [path, message] of Object.entries(issuesByPath(r.issues, m))) errors[path] ??= message;
    }
    return { patch, errors };
  }

  private async handleSave(e: Event) {
    e.preventDefault();
    const session = this.session;
    const draft = this.draft;
    const original = this.original;
    if (!session || !draft || !original || this.saving) return;
    const m = this.m;
    const { patch, errors } = this.build(draft, original);
    this.errors = errors;
    this.failure = undefined;
    const count = Object.keys(errors).length;
    if (count) {
      this.announce(m.errorsInForm(count));
      await this.focusFirstError();
      return;
    }
    this.saving = true;
    try {
      const saved = await session.admin.updateBusiness({ businessId: session.businessId, patch });
      this.original = saved;
      this.draft = draftOf(saved);
      this.errors = {};
      this.outsideReload++;
      this.announce(m.saved(saved.displayName));
      this.changed({ entity: 'business', action: 'updated', id: saved.id });
    } catch (error) {
      if (error instanceof BookingError && error.code === 'invalid-input' && error.issues.length) {
        this.errors = issuesByPath(error.issues, m, 'patch.');
        this.announce(`${m.saveFailedKept} ${m.errorsInForm(Object.keys(this.errors).length)}`);
        await this.focusFirstError();
      } else {
        this.failure = error;
        this.announce(`${this.errorText(error)} ${m.saveFailedKept}`);
      }
    } finally {
      this.saving = false;
    }
  }

  private async handlePublish() {
    const session = this.session;
    const original = this.original;
    if (!session || !original || this.publishing) return;
    const m = this.m;
    const publish = !original.bookingPageSettings.isPublished;
    this.publishing = true;
    this.failure = undefined;
    try {
      const scope = { businessId: session.businessId };
      const saved = publish ? await session.admin.publish(scope) : await session.admin.unpublish(scope);
      // Only the published flag changed: unsaved edits stay.
      if (!this.dirty) this.draft = draftOf(saved);
      this.original = saved;
      this.announce(publish ? m.publishedAnnouncement : m.unpublishedAnnouncement);
      this.changed({ entity: 'business', action: publish ? 'published' : 'unpublished', id: saved.id });
    } catch (error) {
      this.failure = error;
      this.announce(this.errorText(error));
    } finally {
      this.publishing = false;
    }
  }

  private async focusFirstError() {
    await this.updateComplete;
    const hours = this.renderRoot.querySelector<BookingAdminHours>('booking-admin-hours');
    if (focusFirstInvalid(this.renderRoot)) return;
    await hours?.updateComplete;
    hours?.focusFirstError();
  }

  override render() {
    return this.renderPanelFrame(this.m.businessHeading, () =>
      this.renderTask(this.businessTask, () => this.renderBody()),
    );
  }

  private renderBody() {
    const draft = this.draft;
    const original = this.original;
    if (!draft || !original) return this.renderLoading();
    const m = this.m;
    const editable = this.editable;
    const outside = this.outsideTask.value;
    return html`${outside ? renderOutsideRules(outside, m, this.language, original.businessTimeZone) : nothing}
      ${this.renderPublish(original)}
      <form novalidate @submit=${this.handleSave}>
        ${this.renderInfo(draft)} ${this.renderHours(draft)} ${this.renderPage(draft)} ${this.renderMeetings(draft)}
        ${this.renderPolicy(draft)} ${this.renderClosedDates(draft)} ${this.renderError(this.failure)}
        ${editable ? saveBar(m, { dirty: this.dirty, saving: this.saving, onDiscard: () => this.handleDiscard() }) : nothing}
      </form>`;
  }

  private renderPublish(b: Business) {
    const m = this.m;
    const on = b.bookingPageSettings.isPublished;
    return html`<div part="publish" class="publish ${on ? 'on' : 'off'}">
      <p>${on ? m.publishedState : m.unpublishedState}</p>
      ${
        this.editable
          ? html`<button class="button ${on ? '' : 'primary'}" type="button" @click=${this.handlePublish}>
              ${on ? m.unpublish : m.publish}
            </button>`
          : nothing
      }
    </div>`;
  }

  /** Common options of a field bound to a draft path. */
  private bind(path: string, label: string) {
    const value = this.draft?.fields[path];
    return {
      id: path,
      label,
      value: typeof value === 'string' ? value : '',
      error: this.errors[path],
      readonly: !this.editable,
      onInput: this.handleInput,
    };
  }

  private check(path: string, label: string, hint?: string) {
    const m = this.m;
    return checkField({
      id: path,
      label,
      hint,
      checked: this.draft?.fields[path] === true,
      error: this.errors[path],
      readonly: !this.editable,
      yes: m.yes,
      no: m.no,
      onChange: this.handleInput,
    });
  }

  private renderInfo(draft: Draft) {
    const m = this.m;
    const zone = String(draft.fields.businessTimeZone);
    const zones = listTimeZones();
    const color = String(draft.fields[`${S}bookingPageColorCode`]);
    const colorPath = `${S}bookingPageColorCode`;
    return html`<fieldset>
      <legend>${m.infoHeading}</legend>
      <div class="fields">
        ${inputField({ ...this.bind('displayName', m.displayName), required: true, autocomplete: 'organization' })}
        ${inputField({ ...this.bind('email', m.businessEmail), type: 'email', autocomplete: 'email' })}
        ${inputField({ ...this.bind('phone', m.businessPhone), type: 'tel', autocomplete: 'tel' })}
        ${inputField({ ...this.bind('webSiteUrl', m.website), type: 'url' })}
        ${inputField({ ...this.bind('address.street', m.street), autocomplete: 'street-address' })}
        ${inputField({ ...this.bind('address.city', m.city), autocomplete: 'address-level2' })}
        ${inputField({ ...this.bind('address.postalCode', m.postalCode), autocomplete: 'postal-code' })}
        ${inputField({ ...this.bind('address.countryOrRegion', m.country) })}
        ${selectField({
          id: 'businessTimeZone',
          label: m.businessTimeZone,
          hint: m.businessTimeZoneHint,
          value: zone,
          error: this.errors.businessTimeZone,
          readonly: !this.editable,
          options: (zones.includes(zone) ? zones : [zone, ...zones]).map((z) => ({
            value: z,
            label: z.replaceAll('_', ' '),
          })),
          onChange: this.handleInput,
        })}
        ${inputField({ ...this.bind('languageTag', m.languageTag) })}
        ${inputField({ ...this.bind('defaultCurrencyIso', m.defaultCurrency), maxlength: 3 })}
        ${inputField({ ...this.bind('logoUrl', m.logoUrl), type: 'url', wide: true })}
        ${
          this.editable
            ? html`<div class="field" data-field=${colorPath}>
                <label for=${colorPath}>${m.color}</label>
                <div class="color-row">
                  <input
                    type="color"
                    aria-hidden="true"
                    tabindex="-1"
                    .value=${live(/^#[0-9a-f]{6}$/i.test(color) ? color.toLowerCase() : '#0f6cbd')}
                    @input=${this.handleColorPick}
                  />
                  <input
                    type="text"
                    id=${colorPath}
                    .value=${live(color)}
                    placeholder="#0F6CBD"
                    aria-invalid=${this.errors[colorPath] ? 'true' : 'false'}
                    aria-describedby=${`${colorPath}-hint${this.errors[colorPath] ? ` ${colorPath}-error` : ''}`}
                    @input=${this.handleInput}
                  />
                </div>
                <p class="hint" id=${`${colorPath}-hint`}>${m.colorHint}</p>
                ${
                  this.errors[colorPath]
                    ? html`<p class="error-text" id=${`${colorPath}-error`}>${this.errors[colorPath]}</p>`
                    : nothing
                }
              </div>`
            : inputField({ ...this.bind(colorPath, m.color) })
        }
      </div>
    </fieldset>`;
  }

  private renderHours(draft: Draft) {
    const m = this.m;
    const prefix = 'businessHours';
    const errors = Object.fromEntries(
      Object.entries(this.errors)
        .filter(([k]) => k.startsWith(prefix))
        .map(([k, v]) => [k.slice(prefix.length), v]),
    );
    return html`<fieldset>
      <legend>${m.openingHours}</legend>
      <p class="hint">${m.businessTimeZoneHint}</p>
      <booking-admin-hours
        lang=${this.language}
        .value=${draft.hours}
        .errors=${errors}
        ?readonly=${!this.editable}
        @change=${this.handleHours}
      ></booking-admin-hours>
    </fieldset>`;
  }

  /** R16: where online services' join links come from (a service may choose its own). */
  private renderMeetings(draft: Draft) {
    const m = this.m.meetingPanel;
    return html`<fieldset class="meetings">
      <legend>${m.heading}</legend>
      <p class="hint">${m.intro}</p>
      <div class="fields">
        ${meetingFields({
          fields: draft.fields,
          errors: this.errors,
          readonly: !this.editable,
          m: this.m,
          onInput: this.handleInput,
        })}
      </div>
    </fieldset>`;
  }

  private renderPage(draft: Draft) {
    const m = this.m;
    const consent = draft.fields[`${S}isCustomerConsentEnabled`] === true;
    return html`<fieldset>
      <legend>${m.pageHeading}</legend>
      <div class="fields">
        ${selectField({
          id: `${S}accessControl`,
          label: m.whoMayBook,
          value: String(draft.fields[`${S}accessControl`]),
          readonly: !this.editable,
          options: [
            { value: 'unrestricted', label: m.accessAnyone },
            { value: 'restrictedToOrganization', label: m.accessOrganisation },
          ],
          onChange: this.handleInput,
        })}
        ${this.check(`${S}isTimeSlotTimeZoneSetToBusinessTimeZone`, m.businessZoneDisplay)}
        ${this.check(`${S}isCustomerConsentEnabled`, m.consentEnabled)}
        ${
          consent || !this.editable
            ? textareaField({
                ...this.bind(`${S}customerConsentMessage`, m.consentMessage),
                wide: true,
                maxlength: 2000,
              })
            : nothing
        }
        ${inputField({ ...this.bind(`${S}privacyPolicyWebUrl`, m.privacyUrl), type: 'url' })}
        ${inputField({ ...this.bind(`${S}termsAndConditionsWebUrl`, m.termsUrl), type: 'url' })}
      </div>
    </fieldset>`;
  }

  private renderPolicy(draft: Draft) {
    const m = this.m;
    const f = draft.fields;
    const lead = readNumber(String(f[`${P}minimumLeadTime`]), m, { min: 0 });
    const advance = readNumber(String(f[`${P}maximumAdvance`]), m, { min: 0 });
    // R5, live: maximumAdvance − minimumLeadTime must leave at least 24 hours.
    const windowMs = lead.ok && advance.ok ? advance.value * DAYS - lead.value * HOURS : Number.POSITIVE_INFINITY;
    const broken = windowMs < DAYS;
    const rule =
      broken && lead.ok && advance.ok
        ? m.leadTimeRule(spanWords(advance.value * DAYS, m), spanWords(lead.value * HOURS, m), spanWords(windowMs, m))
        : '';
    const advancePath = `${P}maximumAdvance`;
    return html`<fieldset>
      <legend>${m.policyHeading}</legend>
      <div class="fields">
        ${inputField({
          ...this.bind(`${P}timeSlotInterval`, m.timeSlotInterval),
          type: 'number',
          min: '1',
          step: '1',
          hint: m.timeSlotIntervalHint,
          display: m.minutes(Number(f[`${P}timeSlotInterval`]) || 0),
        })}
        ${inputField({
          ...this.bind(`${P}minimumLeadTime`, m.minimumLeadTime),
          type: 'number',
          min: '0',
          step: 'any',
          hint: m.minimumLeadTimeHint,
        })}
        ${inputField({
          ...this.bind(advancePath, m.maximumAdvance),
          type: 'number',
          min: '1',
          step: '1',
          error: rule || this.errors[advancePath],
        })}
        ${this.check(`${P}allowStaffSelection`, m.allowStaffSelection)}
        ${selectField({
          id: `${P}staffAssignment`,
          label: m.staffAssignment,
          value: String(f[`${P}staffAssignment`]),
          readonly: !this.editable,
          options: STAFF_ASSIGNMENTS.map((a) => ({ value: a, label: m.assignments[a] })),
          onChange: this.handleInput,
        })}
        ${this.check(`${P}sendConfirmationsToOwner`, m.sendConfirmationsToOwner)}
      </div>
    </fieldset>`;
  }

  private renderClosedDates(draft: Draft) {
    const m = this.m;
    const errors = Object.fromEntries(
      Object.entries(this.errors)
        .filter(([k]) => k.startsWith(`${P}customAvailabilities`) || k.startsWith(`${P}closures`))
        .map(([k, v]) => [k.slice(P.length), v]),
    );
    return html`<fieldset>
      <legend>${m.closedDatesHeading}</legend>
      <p class="hint">${m.closedDatesIntro}</p>
      <booking-admin-exceptions
        lang=${this.language}
        .value=${{ customAvailabilities: draft.closed, closures: draft.closures }}
        .errors=${errors}
        ?readonly=${!this.editable}
        @change=${this.handleExceptions}
      ></booking-admin-exceptions>
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'booking-admin-business': BookingAdminBusiness;
  }
}
