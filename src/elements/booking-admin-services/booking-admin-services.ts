import { Task } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { BookingError } from '../../contract/errors.js';
import { durationMs } from '../../core/duration.js';
import type { AnswerInputType, Business, CustomQuestion, Reminder, Service } from '../../core/types.js';
import { messagesFor } from '../../i18n/index.js';
import { customerPriceText } from '../../i18n/price.js';
import { ANSWER_INPUT_TYPES, customQuestionSchema, PRICE_TYPES, serviceSchema } from '../../schemas/business.js';
import { validate } from '../../schemas/validate.js';
import { AdminElement } from '../booking-admin/admin-element.js';
import {
  checkField,
  focusFirstInvalid,
  inputField,
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
import { outsideRulesRange, renderOutsideRules } from '../booking-admin/admin-outside-rules.js';
import { meetingDraft, meetingFields, meetingFromDraft } from '../booking-admin/admin-meeting.js';
import { styles } from './booking-admin-services.styles.js';

const NEW = '\u0000new';
const SP = 'schedulingPolicy.';

interface Draft {
  fields: Record<string, string | boolean>;
  staffMemberIds: string[];
  questions: { questionId: string; isRequired: boolean }[];
  reminders: { offset: string; recipients: Reminder['recipients']; message: string }[];
}

function draftOf(s: Service | undefined, business: Business): Draft {
  const policy = s?.schedulingPolicy ?? business.schedulingPolicy;
  return {
    fields: {
      displayName: s?.displayName ?? '',
      description: s?.description ?? '',
      defaultDuration: s ? durationIn(s.defaultDuration, MINUTES) : '30',
      preBuffer: s ? durationIn(s.preBuffer, MINUTES) : '0',
      postBuffer: s ? durationIn(s.postBuffer, MINUTES) : '0',
      defaultPrice: s?.defaultPrice === undefined ? '' : String(s.defaultPrice),
      // A new service's price is shown to customers unless staff choose otherwise.
      defaultPriceType: !s
        ? 'fixedPrice'
        : s.defaultPriceType === 'undefined'
          ? s.defaultPrice === undefined
            ? 'notSet'
            : 'fixedPrice'
          : s.defaultPriceType,
      currency: s?.currency ?? '',
      maximumAttendeesCount: String(s?.maximumAttendeesCount ?? 1),
      isLocationOnline: s?.isLocationOnline ?? false,
      ...meetingDraft(s?.meetingProvider),
      isHiddenFromCustomers: s?.isHiddenFromCustomers ?? false,
      isCustomerAllowedToManageBooking: s?.isCustomerAllowedToManageBooking ?? true,
      isEmailRequired: s?.isEmailRequired ?? true,
      smsNotificationsEnabled: s?.smsNotificationsEnabled ?? false,
      isApprovalRequired: s?.isApprovalRequired ?? false,
      approvalExpiresAfter: durationIn(s?.approvalExpiresAfter ?? 'P1D', HOURS),
      isRepeatBookingAllowed: s?.isRepeatBookingAllowed ?? false,
      maximumOccurrences: String(s?.maximumOccurrences ?? 10),
      isWaitlistEnabled: s?.isWaitlistEnabled ?? false,
      waitlistOfferExpiresAfter: durationIn(s?.waitlistOfferExpiresAfter ?? 'PT2H', MINUTES),
      notes: s?.notes ?? '',
      ownPolicy: !!s?.schedulingPolicy,
      [`${SP}timeSlotInterval`]: durationIn(policy.timeSlotInterval, MINUTES),
      [`${SP}minimumLeadTime`]: durationIn(policy.minimumLeadTime, HOURS),
      [`${SP}maximumAdvance`]: durationIn(policy.maximumAdvance, DAYS),
      [`${SP}allowStaffSelection`]: policy.allowStaffSelection,
    },
    staffMemberIds: [...(s?.staffMemberIds ?? [])],
    questions: (s?.customQuestions ?? []).map((q) => ({ ...q })),
    reminders: (s?.defaultReminders ?? []).map((r) => ({
      offset: durationIn(r.offset, HOURS),
      recipients: r.recipients,
      message: r.message,
    })),
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

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
export class BookingAdminServices extends AdminElement {
  static override styles = styles;

  @state() private selected = '';
  @state() private drafts = new Map<string, Draft>();
  @state() private errors: Record<string, string> = {};
  @state() private failure: unknown;
  @state() private saving = false;
  @state() private confirmingDelete = false;
  @state() private outsideReload = 0;
  @state() private question: { text: string; type: AnswerInputType; options: string } | undefined;
  @state() private questionErrors: Record<string, string> = {};
  @state() private questionFailure: unknown;
  private focusEditorAfterUpdate = false;
  private checkedList: Business | undefined;

  /** Where the booking page lives, for the one-service link (`?service=<id>` is added). */
  @property({ attribute: 'booking-page-url' }) bookingPageUrl = '';

  private businessTask = new Task(this, {
    task: async ([session], { signal }) => (session ? session.admin.getBusiness(this.scope(), { signal }) : undefined),
    args: () => [this.session, this.reload] as const,
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

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const business = this.businessTask.value;
    // Checked when a list arrives, not on every update: a just-created record is not in the old list.
    if (!business || business === this.checkedList) return;
    this.checkedList = business;
    if (this.selected !== NEW && !business.services.some((s) => s.id === this.selected)) {
      this.selected = business.services[0]?.id ?? (this.editable ? NEW : '');
    }
  }

  protected override updated(): void {
    if (this.focusEditorAfterUpdate) {
      this.focusEditorAfterUpdate = false;
      this.renderRoot.querySelector<HTMLElement>('.editor h3')?.focus();
    }
  }

  private get editable(): boolean {
    return this.perms.writeSettings;
  }

  private get businessData(): Business | undefined {
    return this.businessTask.value;
  }

  private serviceOf(key: string): Service | undefined {
    return this.businessData?.services.find((s) => s.id === key);
  }

  private draftFor(key: string): Draft {
    return this.drafts.get(key) ?? draftOf(this.serviceOf(key), this.businessData!);
  }

  private isDirty(key: string): boolean {
    const d = this.drafts.get(key);
    return !!d && !!this.businessData && !same(d, draftOf(this.serviceOf(key), this.businessData));
  }

  private setDraft(draft: Draft) {
    const drafts = new Map(this.drafts);
    drafts.set(this.selected, draft);
    this.drafts = drafts;
  }

  private patchFields(patch: Record<string, string | boolean>) {
    const d = this.draftFor(this.selected);
    this.setDraft({ ...d, fields: { ...d.fields, ...patch } });
    const errors = { ...this.errors };
    for (const k of Object.keys(patch)) delete errors[k];
    // R5 ties the policy's fields together: a change to one may fix the error shown at another.
    if (Object.keys(patch).some((k) => k.startsWith(SP))) delete errors[`${SP}maximumAdvance`];
    this.errors = errors;
  }

  private handleSelect(e: Event) {
    this.selected = (e.currentTarget as HTMLElement).dataset.key!;
    this.errors = {};
    this.failure = undefined;
    this.confirmingDelete = false;
    this.focusEditorAfterUpdate = true;
  }

  private handleNew() {
    this.selected = NEW;
    this.errors = {};
    this.failure = undefined;
    this.confirmingDelete = false;
    this.focusEditorAfterUpdate = true;
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
    this.setDraft({ ...d, staffMemberIds: order.filter((id) => chosen.has(id)) });
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
    this.setDraft({
      ...d,
      questions: order.filter((q) => current.has(q)).map((q) => ({ questionId: q, isRequired: current.get(q)! })),
    });
  }

  private handleReminder(e: Event) {
    const input = e.target as HTMLInputElement;
    const i = Number(input.dataset.index);
    const key = input.dataset.key as 'offset' | 'recipients' | 'message';
    const d = this.draftFor(this.selected);
    this.setDraft({
      ...d,
      reminders: d.reminders.map((r, k) => (k === i ? { ...r, [key]: input.value } : r)),
    });
  }

  private handleAddReminder() {
    const d = this.draftFor(this.selected);
    this.setDraft({ ...d, reminders: [...d.reminders, { offset: '24', recipients: 'customer', message: '' }] });
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`[id="defaultReminders[${d.reminders.length}].offset"]`)?.focus(),
    );
  }

  private handleRemoveReminder(e: Event) {
    const i = Number((e.currentTarget as HTMLElement).dataset.index);
    const d = this.draftFor(this.selected);
    this.setDraft({ ...d, reminders: d.reminders.filter((_, k) => k !== i) });
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.add-reminder')?.focus());
  }

  private handleDiscard() {
    const drafts = new Map(this.drafts);
    drafts.delete(this.selected);
    this.drafts = drafts;
    this.errors = {};
    this.failure = undefined;
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

  /** The service as it would be saved, and the field errors the numbers and the schema find. */
  private build(draft: Draft, original: Service | undefined): { service: Service; errors: Record<string, string> } {
    const m = this.m;
    const business = this.businessData!;
    const f = draft.fields;
    const text = (k: string) => String(f[k] ?? '').trim();
    const errors: Record<string, string> = {};
    const num = (k: string, o: { min?: number; max?: number; whole?: boolean }, fallback: number) => {
      const r = readNumber(String(f[k] ?? ''), m, o);
      if (r.ok) return r.value;
      errors[k] = r.message;
      return fallback;
    };
    const reminderHours = (value: string, i: number) => {
      const r = readNumber(value, m, { min: 0 });
      if (r.ok) return r.value;
      errors[`defaultReminders[${i}].offset`] = r.message;
      return 24;
    };
    const price = text('defaultPrice');
    const ownPolicy = f.ownPolicy === true;
    const basePolicy = original?.schedulingPolicy ?? business.schedulingPolicy;
    const service: Service = {
      ...(original ?? {}),
      id: original?.id ?? 'new-service',
      displayName: text('displayName'),
      defaultDuration: isoDuration(num('defaultDuration', { min: 1, whole: true }, 30), MINUTES),
      preBuffer: isoDuration(num('preBuffer', { min: 0, whole: true }, 0), MINUTES),
      postBuffer: isoDuration(num('postBuffer', { min: 0, whole: true }, 0), MINUTES),
      defaultPriceType: text('defaultPriceType') as Service['defaultPriceType'],
      isLocationOnline: f.isLocationOnline === true,
      // Only an online service's own choice counts; an in-person one keeps what it had.
      meetingProvider:
        f.isLocationOnline === true ? meetingFromDraft(f, m, errors) : (original?.meetingProvider ?? null),
      maximumAttendeesCount: num('maximumAttendeesCount', { min: 1, max: 1000, whole: true }, 1),
      staffMemberIds: draft.staffMemberIds,
      customQuestions: draft.questions,
      defaultReminders: draft.reminders.map((r, i) => ({
        offset: isoDuration(reminderHours(r.offset, i), HOURS),
        recipients: r.recipients,
        message: r.message.trim(),
      })),
      schedulingPolicy: ownPolicy
        ? {
            ...basePolicy,
            timeSlotInterval: isoDuration(num(`${SP}timeSlotInterval`, { min: 1, whole: true }, 15), MINUTES),
            minimumLeadTime: isoDuration(num(`${SP}minimumLeadTime`, { min: 0 }, 0), HOURS),
            maximumAdvance: isoDuration(num(`${SP}maximumAdvance`, { min: 1, whole: true }, 60), DAYS),
            allowStaffSelection: f[`${SP}allowStaffSelection`] === true,
          }
        : null,
      isHiddenFromCustomers: f.isHiddenFromCustomers === true,
      isCustomerAllowedToManageBooking: f.isCustomerAllowedToManageBooking === true,
      isEmailRequired: f.isEmailRequired === true,
      smsNotificationsEnabled: f.smsNotificationsEnabled === true,
      isApprovalRequired: f.isApprovalRequired === true,
      approvalExpiresAfter:
        f.isApprovalRequired === true
          ? isoDuration(num('approvalExpiresAfter', { min: 1, max: 8760, whole: true }, 24), HOURS)
          : (original?.approvalExpiresAfter ?? 'P1D'),
      isRepeatBookingAllowed: f.isRepeatBookingAllowed === true,
      maximumOccurrences:
        f.isRepeatBookingAllowed === true
          ? num('maximumOccurrences', { min: 2, max: 52, whole: true }, 10)
          : (original?.maximumOccurrences ?? 10),
      // Waitlists (issue 20): how long an offered place is held, 5 minutes to 7 days.
      isWaitlistEnabled: f.isWaitlistEnabled === true,
      waitlistOfferExpiresAfter:
        f.isWaitlistEnabled === true
          ? isoDuration(num('waitlistOfferExpiresAfter', { min: 5, max: 10080, whole: true }, 120), MINUTES)
          : (original?.waitlistOfferExpiresAfter ?? 'PT2H'),
    };
    // Optional fields: absent when empty (the update sends `null` for them).
    delete service.description;
    delete service.defaultPrice;
    delete service.currency;
    delete service.notes;
    if (text('description')) service.description = text('description');
    if (price) service.defaultPrice = num('defaultPrice', { min: 0 }, 0);
    if (text('currency')) service.currency = text('currency').toUpperCase();
    if (text('notes')) service.notes = text('notes');
    draft.reminders.forEach((r, i) => {
      if (!r.message.trim()) errors[`defaultReminders[${i}].message`] ??= m.fieldRequired;
    });
    const r = validate(serviceSchema, service);
    if (!r.ok) {
      for (const [path, message] of Object.entries(issuesByPath(r.issues, m))) errors[path] ??= message;
    }
    return { service, errors };
  }

  private async handleSave(e: Event) {
    e.preventDefault();
    const session = this.session;
    if (!session || !this.businessData || this.saving) return;
    const m = this.m;
    const key = this.selected;
    const original = this.serviceOf(key);
    const draft = this.draftFor(key);
    const { service, errors } = this.build(draft, original);
    this.errors = errors;
    this.failure = undefined;
    const count = Object.keys(errors).length;
    if (count) {
      this.announce(m.errorsInForm(count));
      await this.updateComplete;
      focusFirstInvalid(this.renderRoot);
      return;
    }
    this.saving = true;
    try {
      let saved: Service;
      if (original) {
        const { id: _id, ...rest } = service;
        const patch: Record<string, unknown> = { ...rest };
        for (const k of ['description', 'defaultPrice', 'currency', 'notes'] as const) {
          if (service[k] === undefined) patch[k] = null;
        }
        saved = await session.admin.updateService({ businessId: session.businessId, serviceId: original.id, patch });
      } else {
        const { id: _id, ...rest } = service;
        saved = await session.admin.createService({ businessId: session.businessId, service: rest });
      }
      const drafts = new Map(this.drafts);
      drafts.delete(key);
      this.drafts = drafts;
      this.errors = {};
      this.selected = saved.id;
      this.reload++;
      if (
        original &&
        (original.defaultDuration !== saved.defaultDuration ||
          original.preBuffer !== saved.preBuffer ||
          original.postBuffer !== saved.postBuffer ||
          !same(original.schedulingPolicy, saved.schedulingPolicy) ||
          !same(original.staffMemberIds, saved.staffMemberIds))
      ) {
        this.outsideReload++;
      }
      this.announce(original ? m.saved(saved.displayName) : m.created(saved.displayName));
      this.changed({ entity: 'service', action: original ? 'updated' : 'created', id: saved.id });
      await this.businessTask.taskComplete;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.editor h3')?.focus();
    } catch (error) {
      if (error instanceof BookingError && error.code === 'invalid-input' && error.issues.length) {
        this.errors = issuesByPath(error.issues, m, original ? 'patch.' : 'service.');
        this.announce(`${m.saveFailedKept} ${m.errorsInForm(Object.keys(this.errors).length)}`);
        await this.updateComplete;
        focusFirstInvalid(this.renderRoot);
      } else {
        this.failure = error;
        this.announce(`${this.errorText(error)} ${m.saveFailedKept}`);
      }
    } finally {
      this.saving = false;
    }
  }

  private handleDeleteAsk() {
    this.confirmingDelete = true;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.confirm .keep')?.focus());
  }

  private handleDeleteKeep() {
    this.confirmingDelete = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.delete')?.focus());
  }

  private async handleDelete() {
    const session = this.session;
    const service = this.serviceOf(this.selected);
    if (!session || !service) return;
    this.confirmingDelete = false;
    this.failure = undefined;
    try {
      await session.admin.deleteService({ businessId: session.businessId, serviceId: service.id });
      const drafts = new Map(this.drafts);
      drafts.delete(service.id);
      this.drafts = drafts;
      this.selected = '';
      this.reload++;
      this.announce(this.m.deletedItem(service.displayName));
      this.changed({ entity: 'service', action: 'deleted', id: service.id });
      await this.businessTask.taskComplete;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
    } catch (error) {
      this.failure = error;
      this.announce(this.errorText(error));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.delete')?.focus();
    }
  }

  // ---------------------------------------------------------------- the question catalogue

  private handleQuestionOpen() {
    this.question = { text: '', type: 'text', options: '' };
    this.questionErrors = {};
    this.questionFailure = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[id="question-text"]')?.focus());
  }

  private handleQuestionCancel() {
    this.question = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.add-question')?.focus());
  }

  private handleQuestionInput(e: Event) {
    if (!this.question) return;
    const input = e.target as HTMLInputElement;
    const key = input.id.replace('question-', '') as 'text' | 'type' | 'options';
    this.question = { ...this.question, [key]: input.value };
    const { [key]: _gone, ...rest } = this.questionErrors;
    this.questionErrors = rest;
  }

  private async handleQuestionSave(e: Event) {
    e.preventDefault();
    const session = this.session;
    const q = this.question;
    if (!session || !q) return;
    const m = this.m;
    const options = q.options
      .split('\n')
      .map((o) => o.trim())
      .filter(Boolean);
    const question: CustomQuestion = {
      id: 'new-question',
      displayName: q.text.trim(),
      answerInputType: q.type,
      ...(options.length && (q.type === 'radioButton' || q.type === 'checkbox') ? { answerOptions: options } : {}),
    };
    const r = validate(customQuestionSchema, question);
    const byPath = r.ok ? {} : issuesByPath(r.issues, m);
    const errors: Record<string, string> = {};
    if (byPath.displayName) errors.text = byPath.displayName;
    const optionError = Object.entries(byPath).find(([k]) => k.startsWith('answerOptions'))?.[1];
    if (optionError) errors.options = optionError;
    this.questionErrors = errors;
    this.questionFailure = undefined;
    if (Object.keys(errors).length) {
      this.announce(m.errorsInForm(Object.keys(errors).length));
      await this.updateComplete;
      focusFirstInvalid(this.renderRoot.querySelector('.question-form') ?? this.renderRoot);
      return;
    }
    try {
      const { id: _id, ...rest } = question;
      const saved = await session.admin.createCustomQuestion({ businessId: session.businessId, customQuestion: rest });
      this.question = undefined;
      this.reload++;
      this.announce(m.questionAdded(saved.displayName));
      await this.businessTask.taskComplete;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.add-question')?.focus();
    } catch (error) {
      this.questionFailure = error;
      this.announce(`${this.errorText(error)} ${m.saveFailedKept}`);
    }
  }

  private async handleQuestionDelete(e: Event) {
    const session = this.session;
    const id = (e.currentTarget as HTMLElement).dataset.question!;
    const question = this.businessData?.customQuestions.find((q) => q.id === id);
    if (!session || !question) return;
    this.questionFailure = undefined;
    try {
      await session.admin.deleteCustomQuestion({ businessId: session.businessId, customQuestionId: id });
      // Drafts that asked it must not send an unknown question.
      const drafts = new Map(
        [...this.drafts].map(([k, d]) => [k, { ...d, questions: d.questions.filter((x) => x.questionId !== id) }]),
      );
      this.drafts = drafts;
      this.reload++;
      this.announce(this.m.questionDeleted(question.displayName));
      await this.businessTask.taskComplete;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.add-question, .catalogue legend')?.focus();
    } catch (error) {
      this.questionFailure = error;
      this.announce(this.errorText(error));
    }
  }

  override render() {
    return html`<section class="panel" aria-labelledby="heading">
      <h2 id="heading" tabindex="-1">${this.m.servicesHeading}</h2>
      ${this.renderGate(() => this.renderTask(this.businessTask, (b) => this.renderBody(b)))} ${this.renderLiveRegion()}
    </section>`;
  }

  private renderBody(business: Business) {
    const outside = this.outsideTask.value;
    return html`${outside ? renderOutsideRules(outside, this.m, this.language, business.businessTimeZone) : nothing}
      <div class="split">${this.renderList(business)} ${this.renderEditor(business)}</div>
      ${this.renderCatalogue(business)}`;
  }

  private renderCatalogue(business: Business) {
    const m = this.m;
    const ro = !this.editable;
    return html`<fieldset class="catalogue" part="questions">
      <legend>${m.catalogueHeading}</legend>
      <p class="hint">${m.catalogueIntro}</p>
      ${business.customQuestions.length === 0 ? html`<p class="muted">${m.noQuestions}</p>` : nothing}
      <ul class="questions">
        ${business.customQuestions.map(
          (q) =>
            html`<li data-question=${q.id}>
              <div>
                <div class="what">${q.displayName}</div>
                <div class="muted">
                  ${m.answerTypes[q.answerInputType]}${q.answerOptions?.length ? `: ${q.answerOptions.join(', ')}` : ''}
                </div>
              </div>
              ${
                ro
                  ? nothing
                  : html`<button
                      class="button small"
                      type="button"
                      data-question=${q.id}
                      aria-label=${m.deleteQuestion(q.displayName)}
                      @click=${this.handleQuestionDelete}
                    >
                      ${m.delete}
                    </button>`
              }
            </li>`,
        )}
      </ul>
      ${this.renderError(this.questionFailure)}
      ${
        ro
          ? nothing
          : this.question
            ? this.renderQuestionForm(this.question)
            : html`<button class="button small add-question" type="button" @click=${this.handleQuestionOpen}>
                + ${m.newQuestion}
              </button>`
      }
    </fieldset>`;
  }

  private renderQuestionForm(q: { text: string; type: AnswerInputType; options: string }) {
    const m = this.m;
    const e = this.questionErrors;
    return html`<form class="question-form" novalidate @submit=${this.handleQuestionSave}>
      <div class="fields">
        ${inputField({
          id: 'question-text',
          label: m.questionText,
          value: q.text,
          error: e.text,
          wide: true,
          onInput: this.handleQuestionInput,
        })}
        ${selectField({
          id: 'question-type',
          label: m.answerType,
          value: q.type,
          options: ANSWER_INPUT_TYPES.map((t) => ({ value: t, label: m.answerTypes[t] })),
          onChange: this.handleQuestionInput,
        })}
        ${
          q.type === 'radioButton' || q.type === 'checkbox'
            ? textareaField({
                id: 'question-options',
                label: m.answerOptions,
                hint: m.answerOptionsHint,
                value: q.options,
                error: e.options,
                onInput: this.handleQuestionInput,
              })
            : nothing
        }
      </div>
      <div class="actions">
        <button class="button primary" type="submit">${m.newQuestion}</button>
        <button class="button" type="button" @click=${this.handleQuestionCancel}>${m.cancel}</button>
      </div>
    </form>`;
  }

  private renderList(business: Business) {
    const m = this.m;
    const currency = business.defaultCurrencyIso ?? 'EUR';
    return html`<div part="list">
      ${
        this.editable
          ? html`<div class="list-top">
              <button class="button primary" type="button" @click=${this.handleNew}>+ ${m.newService}</button>
            </div>`
          : nothing
      }
      ${business.services.length === 0 && this.selected !== NEW ? html`<p class="muted">${m.noServices}</p>` : nothing}
      <ul class="list">
        ${business.services.map((s) => {
          // The price as customers see it, and a word when a price is set but not shown.
          const price = customerPriceText(s, currency, this.language, messagesFor(this.language));
          const hiddenPrice = !price && s.defaultPrice !== undefined;
          return html`<li>
            <button
              type="button"
              data-key=${s.id}
              aria-current=${this.selected === s.id ? 'true' : 'false'}
              @click=${this.handleSelect}
            >
              <span class="name">${s.displayName}</span>
              <span class="meta">
                <span>${m.minutes(Math.round(durationMs(s.defaultDuration) / MINUTES))}</span>
                ${price ? html`<span>${price}</span>` : nothing}
                ${hiddenPrice ? html`<span class="badge">${m.priceHiddenBadge}</span>` : nothing}
                ${s.isLocationOnline ? html`<span class="badge">${m.onlineBadge}</span>` : nothing}
                ${s.maximumAttendeesCount > 1 ? html`<span class="badge">${m.classBadge(s.maximumAttendeesCount)}</span>` : nothing}
                ${s.isHiddenFromCustomers ? html`<span class="badge">${m.hiddenBadge}</span>` : nothing}
                ${this.isDirty(s.id) ? html`<span class="badge warn">${m.unsavedBadge}</span>` : nothing}
              </span>
            </button>
          </li>`;
        })}
        ${
          this.selected === NEW
            ? html`<li>
                <button type="button" data-key=${NEW} aria-current="true" @click=${this.handleSelect}>
                  <span class="name">${m.newServiceHeading}</span>
                </button>
              </li>`
            : nothing
        }
      </ul>
    </div>`;
  }

  private renderEditor(business: Business) {
    const m = this.m;
    const key = this.selected;
    if (!key) return nothing;
    const original = this.serviceOf(key);
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
            ${this.renderPricePreview(f, business)}
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
        ${this.renderStaff(business, draft, ro)} ${this.renderQuestions(business, draft, ro)}
        ${this.renderReminders(draft, ro)} ${this.renderPolicy(draft, ro, bind, check)}
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
        ${original ? this.renderLink(original) : nothing} ${this.renderError(this.failure)}
        ${
          ro
            ? nothing
            : html`<div class="savebar">
                <span class="dirty" role="status">${dirty || !original ? m.unsaved : ''}</span>
                ${
                  original && !this.confirmingDelete
                    ? html`<button class="button danger delete" type="button" @click=${this.handleDeleteAsk}>
                        ${m.deleteService}
                      </button>`
                    : nothing
                }
                ${
                  original && this.confirmingDelete
                    ? html`<div class="confirm" role="group" aria-label=${m.deleteConfirm(original.displayName)}>
                        <p>${m.deleteConfirm(original.displayName)}</p>
                        <button class="button danger primary" type="button" @click=${this.handleDelete}>
                          ${m.delete}
                        </button>
                        <button class="button keep" type="button" @click=${this.handleDeleteKeep}>${m.keep}</button>
                      </div>`
                    : nothing
                }
                <button class="button" type="button" ?disabled=${!dirty} @click=${this.handleDiscard}>
                  ${m.discard}
                </button>
                <button class="button primary" type="submit" aria-disabled=${this.saving ? 'true' : 'false'}>
                  ${this.saving ? m.saving : original ? m.save : m.create}
                </button>
              </div>`
        }
      </form>
    </div>`;
  }

  /** What customers will see for the price as it stands in the form (R21: text only). */
  private renderPricePreview(f: Draft['fields'], business: Business) {
    const m = this.m;
    const amount = Number(String(f.defaultPrice).trim().replace(',', '.'));
    const priced = {
      defaultPriceType: String(f.defaultPriceType) as Service['defaultPriceType'],
      ...(String(f.defaultPrice).trim() !== '' && Number.isFinite(amount) ? { defaultPrice: amount } : {}),
      ...(String(f.currency).trim() ? { currency: String(f.currency).trim().toUpperCase() } : {}),
    };
    let shown = '';
    try {
      shown = customerPriceText(
        priced,
        business.defaultCurrencyIso ?? 'EUR',
        this.language,
        messagesFor(this.language),
      );
    } catch {
      // A currency code still being typed: nothing to preview yet.
    }
    return html`<p class="hint price-preview" aria-live="polite">
      ${shown ? m.customersSeePrice(shown) : m.customersSeeNoPrice}
    </p>`;
  }

  private renderStaff(business: Business, draft: Draft, ro: boolean) {
    const m = this.m;
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
                @change=${this.handleStaff}
              />
              <label for=${`staff-${s.id}`}>
                ${s.displayName} ${s.isBookable ? nothing : html`<span class="badge">${m.notBookableBadge}</span>`}
              </label>
            </div>`,
        )}
      </div>
      ${this.errors.staffMemberIds ? html`<p class="error-text">${this.errors.staffMemberIds}</p>` : nothing}
    </fieldset>`;
  }

  private renderQuestions(business: Business, draft: Draft, ro: boolean) {
    const m = this.m;
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
                      @change=${this.handleQuestion}
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
                      @change=${this.handleQuestion}
                    />
                    <label for=${`required-${q.id}`} aria-hidden="true">${m.required}</label>
                  </div>
                </div>`,
            )
      }
    </fieldset>`;
  }

  private renderReminders(draft: Draft, ro: boolean) {
    const m = this.m;
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
              @click=${this.handleRemoveReminder}
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
                aria-invalid=${this.errors[`${base}.offset`] ? 'true' : 'false'}
                @input=${this.handleReminder}
              />
              ${this.errors[`${base}.offset`] ? html`<p class="error-text">${this.errors[`${base}.offset`]}</p>` : nothing}
            </div>
            <div class="field">
              <label for=${`${base}.recipients`}>${m.reminderRecipients}</label>
              <select id=${`${base}.recipients`} data-index=${i} data-key="recipients" @change=${this.handleReminder}>
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
                aria-invalid=${this.errors[`${base}.message`] ? 'true' : 'false'}
                aria-describedby=${this.errors[`${base}.message`] ? `${base}.message-error` : nothing}
                @input=${this.handleReminder}
              ></textarea>
              ${
                this.errors[`${base}.message`]
                  ? html`<p class="error-text" id=${`${base}.message-error`}>${this.errors[`${base}.message`]}</p>`
                  : nothing
              }
            </div>
          </div>
        </div>`;
      })}
      ${
        ro
          ? nothing
          : html`<button class="button small add-reminder" type="button" @click=${this.handleAddReminder}>
              + ${m.addReminder}
            </button>`
      }
    </fieldset>`;
  }

  private renderPolicy(
    draft: Draft,
    ro: boolean,
    bind: (path: string, label: string) => Parameters<typeof inputField>[0],
    check: (path: string, label: string, hint?: string) => unknown,
  ) {
    const m = this.m;
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
                  @change=${this.handlePolicyChoice}
                />
                <label for="policy-default">${m.policyDefault}</label>
              </div>
              <div class="check">
                <input
                  type="radio"
                  id="policy-own"
                  name="policy"
                  value="own"
                  .checked=${own}
                  @change=${this.handlePolicyChoice}
                />
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
                error: rule || this.errors[`${SP}maximumAdvance`],
              })}
              ${check(`${SP}allowStaffSelection`, m.allowStaffSelection)}
            </div>`
          : nothing
      }
    </fieldset>`;
  }

  private renderLink(service: Service) {
    const m = this.m;
    const base = this.bookingPageUrl;
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
    const source = this.configSrc
      ? ` config-src="${this.configSrc.replaceAll('"', '&quot;')}"`
      : this.api
        ? ` api="${this.api.replaceAll('"', '&quot;')}"`
        : '';
    const business = this.session?.businessId ? ` business="${this.session.businessId}"` : '';
    const code = `<booking-page${source}${business} service="${service.id}"></booking-page>`;
    return html`<fieldset>
      <legend>${m.linkHeading}</legend>
      <p class="hint">${m.linkHint}</p>
      ${
        link
          ? html`<div class="copy-row">
              <input id="service-link" type="text" readonly .value=${link} aria-label=${m.linkHeading} />
              <button class="button small" type="button" data-copy=${link} @click=${this.handleCopy}>
                ${m.copyLink}
              </button>
            </div>`
          : nothing
      }
      <p class="hint">${m.embedHint}</p>
      <div class="copy-row">
        <textarea id="service-embed" readonly .value=${code} aria-label=${m.embedHint}></textarea>
        <button class="button small" type="button" data-copy=${code} @click=${this.handleCopy}>${m.copyCode}</button>
      </div>
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'booking-admin-services': BookingAdminServices;
  }
}
