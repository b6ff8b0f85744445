import { Task } from '@lit/task';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { durationMs } from '../../core/duration.js';
import type { Business, Service } from '../../core/types.js';
import { messagesFor } from '../../i18n/index.js';
import { customerPriceText } from '../../i18n/price.js';
import { PRICE_TYPES } from '../../schemas/business.js';
import { ListEditorElement, NEW } from '../booking-admin/list-editor-element.js';
import { checkField, inputField, selectField, textareaField } from '../booking-admin/admin-fields.js';
import { MINUTES } from '../booking-admin/admin-format.js';
import { outsideRulesRange, renderOutsideRules } from '../booking-admin/admin-outside-rules.js';
import { meetingFields } from '../booking-admin/admin-meeting.js';
import { styles } from './booking-admin-services.styles.js';
import { QuestionCatalogue } from './question-catalogue.js';
import { buildService, changesAvailability, type Draft, draftOf, servicePatch, SP } from './service-draft.js';
import {
  type LinkSource,
  linkSection,
  policySection,
  pricePreview,
  questionsSection,
  remindersSection,
  type SectionContext,
  staffSection,
} from './service-sections.js';

/**
 * Services: the list, and an editor for one: name and description, duration and buffers, price,
 * online meeting, capacity (a class when more than one), the staff who provide it, the custom
 * questions it asks and which are required, reminders, its own scheduling policy or the
 * business's, hidden or shown, whether customers may manage bookings staff made, email and SMS,
 * and a link to a one-service booking page. Edits of several services are kept side by side until
 * saved. Deleting a service with upcoming bookings is refused with the list (R18b).
 * Administrators edit; other roles read (R18).
 *
 * @summary Back office: services.
 * @fires booking-admin-changed - A service was created, saved or deleted.
 * @csspart list - The service list.
 * @csspart editor - The editor.
 * @csspart questions - The catalogue of the business's custom questions, under the list and editor.
 * @csspart outside-rules - Bookings outside the current rules (R18b).
 */
export class BookingAdminServices extends ListEditorElement<Service, Draft> {
  static override styles = styles;

  @state() private outsideReload = 0;

  /** Where the booking page lives, for the one-service link (`?service=<id>` is added). */
  @property({ attribute: 'booking-page-url' }) bookingPageUrl = '';

  protected readonly entity = 'service';

  private catalogue = new QuestionCatalogue(this, {
    session: () => this.session,
    messages: () => this.m,
    root: () => this.renderRoot,
    announce: (text) => this.announce(text),
    errorText: (error) => this.errorText(error),
    renderError: (error) => this.renderError(error),
    reload: async () => {
      this.reload++;
      await this.businessTask.taskComplete;
    },
    // Drafts that asked a deleted question must not send it.
    onDeleted: (id) => {
      this.drafts = new Map(
        [...this.drafts].map(([k, d]) => [k, { ...d, questions: d.questions.filter((x) => x.questionId !== id) }]),
      );
    },
  });

  private outsideTask = new Task(this, {
    task: async ([session, n], { signal }) => {
      if (!session || n === 0) return undefined;
      return session.admin.listAppointmentsOutsideRules(
        { businessId: session.businessId, ...outsideRulesRange(this.now) },
        { signal },
      );
    },
    args: () => [this.session, this.outsideReload] as const,
  });

  private get editable(): boolean {
    return this.perms.writeSettings;
  }

  protected itemsOf(business: Business): readonly Service[] {
    return business.services;
  }

  protected draftOf(service: Service | undefined, business: Business): Draft {
    return draftOf(service, business);
  }

  protected fallbackSelection(business: Business): string {
    return business.services[0]?.id ?? (this.editable ? NEW : '');
  }

  private patchFields(patch: Record<string, string | boolean>) {
    const d = this.draftFor(this.selected);
    const fields = Object.keys(patch);
    // R5 ties the policy's fields together: a change to one may fix the error shown at another.
    if (fields.some((k) => k.startsWith(SP))) fields.push(`${SP}maximumAdvance`);
    this.keepDraft({ ...d, fields: { ...d.fields, ...patch } }, fields);
  }

  private handleInput(e: Event) {
    const input = e.target as HTMLInputElement;
    this.patchFields({ [input.id]: input.type === 'checkbox' ? input.checked : input.value });
  }

  private handlePolicyChoice(e: Event) {
    this.patchFields({ ownPolicy: (e.target as HTMLInputElement).value === 'own' });
  }

  private handleStaff(e: Event) {
    const input = e.target as HTMLInputElement;
    const d = this.draftFor(this.selected);
    const order = this.businessData!.staffMembers.map((s) => s.id);
    const chosen = new Set(d.staffMemberIds);
    if (input.checked) chosen.add(input.value);
    else chosen.delete(input.value);
    this.keepDraft({ ...d, staffMemberIds: order.filter((id) => chosen.has(id)) });
  }

  private handleQuestion(e: Event) {
    const input = e.target as HTMLInputElement;
    const id = input.dataset.question!;
    const d = this.draftFor(this.selected);
    const current = new Map(d.questions.map((q) => [q.questionId, q.isRequired]));
    if (input.dataset.kind === 'ask') {
      if (input.checked) current.set(id, false);
      else current.delete(id);
    } else if (current.has(id)) current.set(id, input.checked);
    const order = this.businessData!.customQuestions.map((q) => q.id);
    this.keepDraft({
      ...d,
      questions: order.filter((q) => current.has(q)).map((q) => ({ questionId: q, isRequired: current.get(q)! })),
    });
  }

  private handleReminder(e: Event) {
    const input = e.target as HTMLInputElement;
    const i = Number(input.dataset.index);
    const key = input.dataset.key as 'offset' | 'recipients' | 'message';
    const d = this.draftFor(this.selected);
    this.keepDraft({
      ...d,
      reminders: d.reminders.map((r, k) => (k === i ? { ...r, [key]: input.value } : r)),
    });
  }

  private handleAddReminder() {
    const d = this.draftFor(this.selected);
    this.keepDraft({ ...d, reminders: [...d.reminders, { offset: '24', recipients: 'customer', message: '' }] });
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`[id="defaultReminders[${d.reminders.length}].offset"]`)?.focus(),
    );
  }

  private handleRemoveReminder(e: Event) {
    const i = Number((e.currentTarget as HTMLElement).dataset.index);
    const d = this.draftFor(this.selected);
    this.keepDraft({ ...d, reminders: d.reminders.filter((_, k) => k !== i) });
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.add-reminder')?.focus());
  }

  private linkSource(): LinkSource {
    return {
      bookingPageUrl: this.bookingPageUrl,
      configSrc: this.configSrc,
      api: this.api,
      businessId: this.session?.businessId,
    };
  }

  private async handleCopy(e: Event) {
    const text = (e.currentTarget as HTMLElement).dataset.copy ?? '';
    try {
      await navigator.clipboard.writeText(text);
      this.announce(this.m.copied);
    } catch {
      this.announce(this.m.copyFailed);
    }
  }

  private async handleSave(e: Event) {
    e.preventDefault();
    const session = this.session;
    if (!session || !this.businessData || this.saving) return;
    const original = this.itemOf(this.selected);
    const { service, errors } = buildService(this.draftFor(this.selected), original, this.businessData, this.m);
    const saved = await this.saveRecord(errors, original, 'service.', () => {
      const { businessId } = session;
      if (original)
        return session.admin.updateService({ businessId, serviceId: original.id, patch: servicePatch(service) });
      const { id: _id, ...rest } = service;
      return session.admin.createService({ businessId, service: rest });
    });
    if (saved && original && changesAvailability(original, saved)) this.outsideReload++;
  }

  private async handleDelete() {
    const session = this.session;
    const service = this.itemOf(this.selected);
    if (!session || !service) return;
    await this.deleteRecord(service, () =>
      session.admin.deleteService({ businessId: session.businessId, serviceId: service.id }),
    );
  }

  override render() {
    return this.renderPanelFrame(this.m.servicesHeading, () =>
      this.renderTask(this.businessTask, (b) => this.renderBody(b)),
    );
  }

  private renderBody(business: Business) {
    const outside = this.outsideTask.value;
    return html`${outside ? renderOutsideRules(outside, this.m, this.language, business.businessTimeZone) : nothing}
      <div class="split">${this.renderList(business)} ${this.renderEditor(business)}</div>
      ${this.catalogue.render(business, !this.editable)}`;
  }

  private renderList(business: Business) {
    const m = this.m;
    const currency = business.defaultCurrencyIso ?? 'EUR';
    return this.renderRecordList(business.services, {
      canCreate: this.editable,
      newLabel: m.newService,
      newHeading: m.newServiceHeading,
      empty: m.noServices,
      meta: (s) => {
        // The price as customers see it, and a word when a price is set but not shown.
        const price = customerPriceText(s, currency, this.language, messagesFor(this.language));
        const hiddenPrice = !price && s.defaultPrice !== undefined;
        return html`<span>${m.minutes(Math.round(durationMs(s.defaultDuration) / MINUTES))}</span>
          ${price ? html`<span>${price}</span>` : nothing}
          ${hiddenPrice ? html`<span class="badge">${m.priceHiddenBadge}</span>` : nothing}
          ${s.isLocationOnline ? html`<span class="badge">${m.onlineBadge}</span>` : nothing}
          ${s.maximumAttendeesCount > 1 ? html`<span class="badge">${m.classBadge(s.maximumAttendeesCount)}</span>` : nothing}
          ${s.isHiddenFromCustomers ? html`<span class="badge">${m.hiddenBadge}</span>` : nothing}`;
      },
    });
  }

  private renderEditor(business: Business) {
    const m = this.m;
    const key = this.selected;
    if (!key) return nothing;
    const original = this.itemOf(key);
    const draft = this.draftFor(key);
    const ro = !this.editable;
    const f = draft.fields;
    const bind = (path: string, label: string) => ({
      id: path,
      label,
      value: typeof f[path] === 'string' ? f[path] : '',
      error: this.errors[path],
      readonly: ro,
      onInput: this.handleInput,
    });
    const check = (path: string, label: string, hint?: string) =>
      checkField({
        id: path,
        label,
        hint,
        checked: f[path] === true,
        error: this.errors[path],
        readonly: ro,
        yes: m.yes,
        no: m.no,
        onChange: this.handleInput,
      });
    const dirty = this.isDirty(key);
    const ctx: SectionContext = { m, language: this.language, errors: this.errors, readonly: ro };
    return html`<div class="editor" part="editor">
      <h3 tabindex="-1">
        ${original ? (ro ? original.displayName : m.editHeading(original.displayName)) : m.newServiceHeading}
      </h3>
      <form novalidate @submit=${this.handleSave}>
        <fieldset>
          <legend>${m.serviceDetails}</legend>
          <div class="fields">
            ${inputField({ ...bind('displayName', m.serviceName), required: true, wide: true })}
            ${textareaField({ ...bind('description', m.description), wide: true, maxlength: 2000 })}
            ${inputField({
              ...bind('defaultDuration', m.duration),
              type: 'number',
              min: '1',
              step: '5',
              display: m.minutes(Number(f.defaultDuration) || 0),
            })}
            ${inputField({ ...bind('preBuffer', m.preBuffer), type: 'number', min: '0', step: '5', hint: m.buffersHint })}
            ${inputField({ ...bind('postBuffer', m.postBuffer), type: 'number', min: '0', step: '5' })}
            ${selectField({
              id: 'defaultPriceType',
              label: m.priceType,
              value: String(f.defaultPriceType),
              readonly: ro,
              error: this.errors.defaultPriceType,
              options: PRICE_TYPES.filter((t) => t !== 'undefined').map((t) => ({ value: t, label: m.priceTypes[t] })),
              onChange: this.handleInput,
            })}
            ${inputField({ ...bind('defaultPrice', m.price), type: 'number', min: '0', step: 'any', inputmode: 'decimal' })}
            ${inputField({ ...bind('currency', m.currency), maxlength: 3, display: String(f.currency) || (business.defaultCurrencyIso ?? '') })}
            ${pricePreview(ctx, f, business)}
            ${inputField({
              ...bind('maximumAttendeesCount', m.capacity),
              type: 'number',
              min: '1',
              step: '1',
              hint: m.capacityHint,
            })}
            ${check('isLocationOnline', m.onlineMeeting, m.onlineMeetingHint)}
            ${
              f.isLocationOnline === true
                ? meetingFields({
                    fields: f,
                    errors: this.errors,
                    readonly: ro,
                    m,
                    onInput: this.handleInput,
                    inherit: m.meetingPanel.inherit,
                  })
                : nothing
            }
          </div>
        </fieldset>
        ${staffSection(ctx, business, draft, this.handleStaff)}
        ${questionsSection(ctx, business, draft, this.handleQuestion)}
        ${remindersSection(ctx, draft, {
          input: this.handleReminder,
          add: this.handleAddReminder,
          remove: this.handleRemoveReminder,
        })}
        ${policySection(ctx, draft, bind, check, this.handlePolicyChoice)}
        <fieldset>
          <legend>${m.settingsHeading}</legend>
          <div class="checks">
            ${check('isHiddenFromCustomers', m.hiddenFromCustomers)}
            ${check('isCustomerAllowedToManageBooking', m.customerManage)} ${check('isEmailRequired', m.emailRequired)}
            ${check('smsNotificationsEnabled', m.smsEnabled)}
            ${check('isApprovalRequired', m.approvalRequired, m.approvalRequiredHint)}
            ${check('isWaitlistEnabled', m.waitlist.serviceEnabled, m.waitlist.serviceEnabledHint)}
          </div>
          ${
            f.isApprovalRequired === true
              ? html`<div class="fields" style="margin-top: 8px">
                  ${inputField({
                    ...bind('approvalExpiresAfter', m.approvalExpiresAfter),
                    type: 'number',
                    min: '1',
                    step: '1',
                    hint: m.approvalExpiresAfterHint,
                    display: m.hours(Number(f.approvalExpiresAfter) || 0),
                  })}
                </div>`
              : nothing
          }
          <div class="checks" style="margin-top: 8px">
            ${check('isRepeatBookingAllowed', m.repeatAllowed, m.repeatAllowedHint)}
          </div>
          ${
            f.isRepeatBookingAllowed === true
              ? html`<div class="fields" style="margin-top: 8px">
                  ${inputField({
                    ...bind('maximumOccurrences', m.maximumOccurrences),
                    type: 'number',
                    min: '2',
                    max: '52',
                    step: '1',
                    hint: m.maximumOccurrencesHint,
                  })}
                </div>`
              : nothing
          }
          ${
            f.isWaitlistEnabled === true
              ? html`<div class="fields" style="margin-top: 8px">
                  ${inputField({
                    ...bind('waitlistOfferExpiresAfter', m.waitlist.holdMinutes),
                    type: 'number',
                    min: '5',
                    max: '10080',
                    step: '1',
                    hint: m.waitlist.holdHint,
                    display: m.minutes(Number(f.waitlistOfferExpiresAfter) || 0),
                  })}
                </div>`
              : nothing
          }
          <div class="fields" style="margin-top: 8px">
            ${textareaField({ ...bind('notes', m.internalNotes), wide: true, maxlength: 4000 })}
          </div>
        </fieldset>
        ${original ? linkSection(m, original, this.linkSource(), this.handleCopy) : nothing}
        ${this.renderError(this.failure)}
        ${
          ro
            ? nothing
            : this.renderEditorBar(m, { original, dirty, deleteLabel: m.deleteService, onDelete: this.handleDelete })
        }
      </form>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'booking-admin-services': BookingAdminServices;
  }
}
