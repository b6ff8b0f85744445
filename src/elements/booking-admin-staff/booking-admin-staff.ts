import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { BookingError } from '../../contract/errors.js';
import { listTimeZones } from '../../core/time-zones.js';
import type { Business, StaffMember, StaffRole, TimeOff, WorkHours } from '../../core/types.js';
import { addDaysToKey, dayKey, formatDayShort, zoneShort } from '../../i18n/format.js';
import { STAFF_ROLES, staffMemberSchema, timeOffSchema } from '../../schemas/business.js';
import { validate } from '../../schemas/validate.js';
import type { AdminElement } from '../booking-admin/admin-element.js';
import { ListEditorElement } from '../booking-admin/list-editor-element.js';
import { checkField, focusFirstInvalid, inputField, selectField } from '../booking-admin/admin-fields.js';
import { instantOf, issuesByPath, readNumber, wallOf, whenIn } from '../booking-admin/admin-format.js';
import type { BookingAdminHours } from '../booking-admin-hours/booking-admin-hours.js';
import { styles } from './booking-admin-staff.styles.js';

/** What team members may change on their own record ("own availability", R18). */
const OWN_FIELDS = [
  'useBusinessHours',
  'workingHours',
  'timeZone',
  'availabilityIsAffectedByPersonalCalendar',
] as const;

interface Draft {
  displayName: string;
  emailAddress: string;
  role: StaffRole;
  isBookable: boolean;
  useBusinessHours: boolean;
  workingHours: WorkHours[];
  /** `''`: the business's zone. */
  timeZone: string;
  availabilityIsAffectedByPersonalCalendar: boolean;
  /** R22: `''` means no limit. */
  maximumBookingsPerDay: string;
}

interface TimeOffDraft {
  title: string;
  allDay: boolean;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  repeat: 'none' | 'daily' | 'weekly' | 'monthly';
  until: string;
}

function draftOf(s: StaffMember | undefined, business: Business): Draft {
  return {
    displayName: s?.displayName ?? '',
    emailAddress: s?.emailAddress ?? '',
    role: s?.role ?? 'teamMember',
    isBookable: s?.isBookable ?? true,
    useBusinessHours: s?.useBusinessHours ?? true,
    workingHours: s?.workingHours ?? business.businessHours,
    timeZone: s?.timeZone ?? '',
    availabilityIsAffectedByPersonalCalendar: s?.availabilityIsAffectedByPersonalCalendar ?? false,
    maximumBookingsPerDay: s?.maximumBookingsPerDay == null ? '' : String(s.maximumBookingsPerDay),
  };
}

/**
 * Staff: the list, and for one staff member their name, email, role, whether they can be
 * booked, their own working hours or the business's, the zone of those hours and whether their
 * personal calendar counts, with the calendar itself (`<booking-admin-calendar-connection>`:
 * connection, sync state, appointments feed; R4); and their time off, one-off or repeating,
 * which notifies them (R15). Administrators edit everyone; team members edit their own hours and
 * time off; other roles read (R18). Removing someone with upcoming bookings is refused (R18b).
 *
 * @summary Back office: staff, working hours and time off.
 * @fires booking-admin-changed - A staff member or time off was created, saved or removed.
 * @csspart list - The staff list.
 * @csspart editor - The editor.
 * @csspart time-off - The time-off list.
 */
export class BookingAdminStaff extends ListEditorElement<StaffMember, Draft> {
  static override styles = styles;

  @state() private timeOff: TimeOffDraft | undefined;
  @state() private timeOffErrors: Record<string, string> = {};
  @state() private timeOffFailure: unknown;

  protected readonly entity = 'staffMember';

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // A saved edit (the "follows their calendar" switch, say) changes what the calendar panel shows.
    if (
      changed.has('reload' as keyof BookingAdminStaff) &&
      changed.get('reload' as keyof BookingAdminStaff) !== undefined
    ) {
      this.renderRoot.querySelector<AdminElement>('booking-admin-calendar-connection')?.refresh();
    }
  }

  protected itemsOf(business: Business): readonly StaffMember[] {
    return business.staffMembers;
  }

  protected draftOf(staff: StaffMember | undefined, business: Business): Draft {
    return draftOf(staff, business);
  }

  /** A team member sees their own record first; others the first one listed. */
  protected fallbackSelection(business: Business): string {
    const me = this.session?.staffMemberId;
    return business.staffMembers.some((s) => s.id === me) && !this.perms.writeSettings
      ? me!
      : (business.staffMembers[0]?.id ?? '');
  }

  protected override onSelectionChange(): void {
    this.timeOff = undefined;
    this.timeOffErrors = {};
    this.timeOffFailure = undefined;
  }

  /** Everything (administrators), their own availability (team members), or nothing. */
  private access(key: string): 'all' | 'own' | 'none' {
    if (this.perms.writeSettings) return 'all';
    if (this.perms.writeAvailability === 'own' && key === this.session?.staffMemberId) return 'own';
    return 'none';
  }

  private canManageTimeOff(key: string): boolean {
    const w = this.perms.writeAvailability;
    return w === 'all' || (w === 'own' && key === this.session?.staffMemberId);
  }

  private setDraft(patch: Partial<Draft>) {
    this.keepDraft({ ...this.draftFor(this.selected), ...patch }, Object.keys(patch));
  }

  private handleInput(e: Event) {
    const input = e.target as HTMLInputElement;
    this.setDraft({ [input.id]: input.type === 'checkbox' ? input.checked : input.value });
  }

  private handleHoursChoice(e: Event) {
    this.setDraft({ useBusinessHours: (e.target as HTMLInputElement).value === 'business' });
  }

  private handleHours(e: Event) {
    this.setDraft({ workingHours: (e.target as BookingAdminHours).value });
  }

  private build(
    draft: Draft,
    original: StaffMember | undefined,
  ): { staff: StaffMember; errors: Record<string, string> } {
    const staff: StaffMember = {
      ...(original ?? {}),
      id: original?.id ?? 'new-staff-member',
      displayName: draft.displayName.trim(),
      role: draft.role,
      isBookable: draft.isBookable,
      useBusinessHours: draft.useBusinessHours,
      workingHours: draft.workingHours,
      availabilityIsAffectedByPersonalCalendar: draft.availabilityIsAffectedByPersonalCalendar,
      timeZone: draft.timeZone || null,
    };
    delete staff.emailAddress;
    if (draft.emailAddress.trim()) staff.emailAddress = draft.emailAddress.trim();
    const errors: Record<string, string> = {};
    const limit = draft.maximumBookingsPerDay.trim();
    if (limit === '') staff.maximumBookingsPerDay = null;
    else {
      const n = readNumber(limit, this.m, { min: 1, max: 1000, whole: true });
      if (n.ok) staff.maximumBookingsPerDay = n.value;
      else errors.maximumBookingsPerDay = n.message;
    }
    const r = validate(staffMemberSchema, staff);
    return { staff, errors: { ...(r.ok ? {} : issuesByPath(r.issues, this.m)), ...errors } };
  }

  private async handleSave(e: Event) {
    e.preventDefault();
    const session = this.session;
    if (!session || !this.businessData || this.saving) return;
    const key = this.selected;
    const original = this.itemOf(key);
    const access = original ? this.access(key) : 'all';
    if (access === 'none') return;
    const { staff, errors } = this.build(this.draftFor(key), original);
    await this.saveRecord(errors, original, 'staffMember.', () => {
      const { businessId } = session;
      const { id: _id, ...rest } = staff;
      if (!original) return session.admin.createStaffMember({ businessId, staffMember: rest });
      const patch: Record<string, unknown> =
        access === 'all' ? { ...rest } : Object.fromEntries(OWN_FIELDS.map((k) => [k, rest[k] ?? null]));
      if (access === 'all' && staff.emailAddress === undefined) patch.emailAddress = null;
      return session.admin.updateStaffMember({ businessId, staffMemberId: original.id, patch });
    });
  }

  /** A refusal to leave the business without an administrator says so. */
  protected override failureOf(error: unknown): unknown {
    return error instanceof BookingError && error.code === 'policy-violation' && error.issues.length === 0
      ? this.m.atLeastOneAdmin
      : error;
  }

  /** The first field in error, else the first in the working hours. */
  protected override async focusFirstError(): Promise<void> {
    await this.updateComplete;
    if (focusFirstInvalid(this.renderRoot)) return;
    const hours = this.renderRoot.querySelector<BookingAdminHours>('booking-admin-hours');
    await hours?.updateComplete;
    hours?.focusFirstError();
  }

  private async handleDelete() {
    const session = this.session;
    const staff = this.itemOf(this.selected);
    if (!session || !staff) return;
    await this.deleteRecord(staff, () =>
      session.admin.deleteStaffMember({ businessId: session.businessId, staffMemberId: staff.id }),
    );
  }

  // ---------------------------------------------------------------- time off

  private zoneOf(key: string): string {
    return this.itemOf(key)?.timeZone ?? this.businessData?.businessTimeZone ?? 'UTC';
  }

  private handleTimeOffOpen() {
    const zone = this.zoneOf(this.selected);
    const tomorrow = addDaysToKey(dayKey(this.now, zone), 1);
    this.timeOff = {
      title: '',
      allDay: true,
      startDate: tomorrow,
      startTime: '09:00',
      endDate: tomorrow,
      endTime: '17:00',
      repeat: 'none',
      until: '',
    };
    this.timeOffErrors = {};
    this.timeOffFailure = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[id="timeoff-title"]')?.focus());
  }

  private handleTimeOffCancel() {
    this.timeOff = undefined;
    this.timeOffErrors = {};
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.add-time-off-button')?.focus());
  }

  private handleTimeOffInput(e: Event) {
    if (!this.timeOff) return;
    const input = e.target as HTMLInputElement;
    const key = input.id.replace('timeoff-', '') as keyof TimeOffDraft;
    const value = input.type === 'checkbox' ? input.checked : input.value;
    const next = { ...this.timeOff, [key]: value };
    if (key === 'startDate' && next.endDate < next.startDate) next.endDate = next.startDate;
    this.timeOff = next;
    const { [key]: _gone, ...rest } = this.timeOffErrors;
    this.timeOffErrors = rest;
  }

  private async handleTimeOffSave(e: Event) {
    e.preventDefault();
    const session = this.session;
    const t = this.timeOff;
    const staff = this.itemOf(this.selected);
    if (!session || !t || !staff) return;
    const m = this.m;
    const zone = this.zoneOf(staff.id);
    const errors: Record<string, string> = {};
    const start = instantOf(t.startDate, t.allDay ? '00:00' : t.startTime, zone);
    const end = t.allDay
      ? t.endDate
        ? instantOf(addDaysToKey(t.endDate, 1), '00:00', zone)
        : undefined
      : instantOf(t.endDate, t.endTime, zone);
    if (!t.startDate) errors.startDate = m.dateInvalid;
    if (!t.endDate) errors.endDate = m.dateInvalid;
    if (!t.allDay && !start) errors.startTime = m.timeInvalid;
    if (!t.allDay && !end) errors.endTime = m.timeInvalid;
    if (start && end && Date.parse(end) <= Date.parse(start))
      errors[t.allDay ? 'endDate' : 'endTime'] = m.endAfterStart;
    const freq = { none: '', daily: 'DAILY', weekly: 'WEEKLY', monthly: 'MONTHLY' }[t.repeat];
    const rrule = freq ? `FREQ=${freq}${t.until ? `;UNTIL=${t.until.replaceAll('-', '')}T235959Z` : ''}` : null;
    if (freq && t.until && t.until < t.startDate) errors.until = m.endAfterStart;
    const timeOff: TimeOff = {
      id: 'new-time-off',
      staffMemberId: staff.id,
      start: start ?? '',
      end: end ?? '',
      rrule,
      ...(t.title.trim() ? { title: t.title.trim() } : {}),
    };
    if (Object.keys(errors).length === 0) {
      const r = validate(timeOffSchema, timeOff);
      if (!r.ok) {
        const byPath = issuesByPath(r.issues, m);
        if (byPath.title) errors.title = byPath.title;
        if (byPath.end) errors[t.allDay ? 'endDate' : 'endTime'] = byPath.end;
        if (byPath.rrule) errors.until = byPath.rrule;
      }
    }
    this.timeOffErrors = errors;
    this.timeOffFailure = undefined;
    if (Object.keys(errors).length) {
      this.announce(m.errorsInForm(Object.keys(errors).length));
      await this.updateComplete;
      focusFirstInvalid(this.renderRoot.querySelector('.add-time-off') ?? this.renderRoot);
      return;
    }
    try {
      const { id: _id, ...rest } = timeOff;
      const saved = await session.admin.createTimeOff({ businessId: session.businessId, timeOff: rest });
      this.timeOff = undefined;
      this.reload++;
      this.announce(m.timeOffAdded);
      this.changed({ entity: 'timeOff', action: 'created', id: saved.id });
      await this.businessTask.taskComplete;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.add-time-off-button')?.focus();
    } catch (error) {
      this.timeOffFailure = error;
      this.announce(`${this.errorText(error)} ${m.saveFailedKept}`);
    }
  }

  private async handleTimeOffDelete(e: Event) {
    const session = this.session;
    const id = (e.currentTarget as HTMLElement).dataset.id!;
    if (!session) return;
    this.timeOffFailure = undefined;
    try {
      await session.admin.deleteTimeOff({ businessId: session.businessId, timeOffId: id });
      this.reload++;
      this.announce(this.m.timeOffRemoved);
      this.changed({ entity: 'timeOff', action: 'deleted', id });
      await this.businessTask.taskComplete;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.add-time-off-button, .editor h3')?.focus();
    } catch (error) {
      this.timeOffFailure = error;
      this.announce(this.errorText(error));
    }
  }

  private timeOffText(t: TimeOff, zone: string): string {
    const m = this.m;
    const lang = this.language;
    const start = Date.parse(t.start);
    const end = Date.parse(t.end);
    const s = wallOf(start, zone);
    const e = wallOf(end, zone);
    let text: string;
    if (s.time === '00:00' && e.time === '00:00') {
      const last = addDaysToKey(e.date, -1);
      text = `${s.date === last ? formatDayShort(s.date, lang) : `${formatDayShort(s.date, lang)} – ${formatDayShort(last, lang)}`} (${m.allDay})`;
    } else if (s.date === e.date) {
      text = `${formatDayShort(s.date, lang)}, ${m.timeRange(s.time, e.time)} ${zoneShort(zone, lang, start)}`;
    } else {
      text = `${whenIn(start, lang, zone)} – ${whenIn(end, lang, zone)}`;
    }
    if (t.rrule) {
      const freq = /FREQ=(\w+)/.exec(t.rrule)?.[1];
      const until = /UNTIL=(\d{4})(\d{2})(\d{2})/.exec(t.rrule);
      const words =
        freq === 'DAILY'
          ? m.repeat.daily
          : freq === 'WEEKLY'
            ? m.repeat.weekly
            : freq === 'MONTHLY'
              ? m.repeat.monthly
              : freq === 'YEARLY'
                ? m.repeat.yearly
                : t.rrule;
      text += ` · ${m.repeatsText(until ? m.repeatsUntil(words, formatDayShort(`${until[1]}-${until[2]}-${until[3]}`, lang)) : words)}`;
    }
    return text;
  }

  override render() {
    return this.renderPanelFrame(this.m.staffHeading, () =>
      this.renderTask(this.businessTask, (b) => this.renderBody(b)),
    );
  }

  private renderBody(business: Business) {
    return html`<div class="split">${this.renderList(business)} ${this.renderEditor(business)}</div>`;
  }

  private renderList(business: Business) {
    const m = this.m;
    const me = this.session?.staffMemberId;
    return this.renderRecordList(business.staffMembers, {
      canCreate: this.perms.writeSettings,
      newLabel: m.newStaff,
      newHeading: m.newStaffHeading,
      empty: m.noStaff,
      meta: (s) =>
        html`<span>${m.roles[s.role]}</span> ${s.id === me ? html`<span class="badge accent">${m.you}</span>` : nothing}
          ${s.isBookable ? nothing : html`<span class="badge">${m.notBookableBadge}</span>`}`,
    });
  }

  private renderEditor(business: Business) {
    const m = this.m;
    const key = this.selected;
    if (!key) return nothing;
    const original = this.itemOf(key);
    const access = original ? this.access(key) : 'all';
    const all = access === 'all';
    const own = access !== 'none';
    const d = this.draftFor(key);
    const dirty = this.isDirty(key);
    const zones = listTimeZones();
    const businessZone = business.businessTimeZone;
    const hoursErrors = Object.fromEntries(
      Object.entries(this.errors)
        .filter(([k]) => k.startsWith('workingHours['))
        .map(([k, v]) => [k.slice('workingHours'.length), v]),
    );
    return html`<div class="editor" part="editor">
      <h3 tabindex="-1">
        ${original ? (all ? m.editHeading(original.displayName) : original.displayName) : m.newStaffHeading}
      </h3>
      <form novalidate @submit=${this.handleSave}>
        <fieldset>
          <legend>${m.staffDetails}</legend>
          <div class="fields">
            ${inputField({
              id: 'displayName',
              label: m.staffName,
              value: d.displayName,
              required: true,
              error: this.errors.displayName,
              readonly: !all,
              onInput: this.handleInput,
            })}
            ${inputField({
              id: 'emailAddress',
              label: m.email,
              type: 'email',
              value: d.emailAddress,
              error: this.errors.emailAddress,
              readonly: !all,
              onInput: this.handleInput,
            })}
            ${selectField({
              id: 'role',
              label: m.role,
              value: d.role,
              hint: m.roleDescriptions[d.role],
              error: this.errors.role,
              readonly: !all,
              options: STAFF_ROLES.map((r) => ({ value: r, label: m.roles[r] })),
              onChange: this.handleInput,
            })}
            ${checkField({
              id: 'isBookable',
              label: m.bookable,
              checked: d.isBookable,
              readonly: !all,
              yes: m.yes,
              no: m.no,
              onChange: this.handleInput,
            })}
            ${inputField({
              id: 'maximumBookingsPerDay',
              label: m.dailyLimitLabel,
              hint: m.dailyLimitHint,
              type: 'number',
              min: '1',
              max: '1000',
              step: '1',
              inputmode: 'numeric',
              value: d.maximumBookingsPerDay,
              display: d.maximumBookingsPerDay || m.noDailyLimit,
              error: this.errors.maximumBookingsPerDay,
              readonly: !all,
              onInput: this.handleInput,
            })}
          </div>
        </fieldset>
        <fieldset>
          <legend>${m.ownHours}</legend>
          ${
            own
              ? html`<div class="radios" role="radiogroup" aria-label=${m.ownHours}>
                  <div class="check">
                    <input
                      type="radio"
                      id="hours-business"
                      name="hours"
                      value="business"
                      .checked=${d.useBusinessHours}
                      @change=${this.handleHoursChoice}
                    />
                    <label for="hours-business">${m.useBusinessHours}</label>
                  </div>
                  <div class="check">
                    <input
                      type="radio"
                      id="hours-own"
                      name="hours"
                      value="own"
                      .checked=${!d.useBusinessHours}
                      @change=${this.handleHoursChoice}
                    />
                    <label for="hours-own">${m.ownHoursOption}</label>
                  </div>
                </div>`
              : html`<p>${d.useBusinessHours ? m.useBusinessHours : m.ownHoursOption}</p>`
          }
          ${
            d.useBusinessHours
              ? nothing
              : html`<booking-admin-hours
                  lang=${this.language}
                  .value=${d.workingHours}
                  .errors=${hoursErrors}
                  ?readonly=${!own}
                  @change=${this.handleHours}
                ></booking-admin-hours>`
          }
          ${this.errors.workingHours ? html`<p class="error-text">${this.errors.workingHours}</p>` : nothing}
          <div class="fields" style="margin-top: 12px">
            ${selectField({
              id: 'timeZone',
              label: m.staffTimeZone,
              value: d.timeZone,
              error: this.errors.timeZone,
              readonly: !own,
              options: [
                { value: '', label: m.businessZoneDefault(businessZone.replaceAll('_', ' ')) },
                ...zones.map((z) => ({ value: z, label: z.replaceAll('_', ' ') })),
              ],
              onChange: this.handleInput,
            })}
            ${checkField({
              id: 'availabilityIsAffectedByPersonalCalendar',
              label: m.personalCalendar,
              checked: d.availabilityIsAffectedByPersonalCalendar,
              readonly: !own,
              yes: m.yes,
              no: m.no,
              onChange: this.handleInput,
            })}
          </div>
        </fieldset>
        ${this.renderError(this.failure)}
        ${
          own
            ? this.renderEditorBar(m, {
                original,
                dirty,
                deleteLabel: m.deleteStaff,
                onDelete: all ? this.handleDelete : undefined,
              })
            : nothing
        }
      </form>
      ${
        original
          ? html`<booking-admin-calendar-connection
              lang=${this.language}
              staff-member-id=${original.id}
              business=${this.session?.businessId ?? ''}
              .adapter=${this.contextSession ? undefined : this.session?.admin}
              .clock=${this.contextClock ?? this.clock}
            ></booking-admin-calendar-connection>`
          : nothing
      }
      ${original ? this.renderTimeOff(business, original) : nothing}
    </div>`;
  }

  private renderTimeOff(business: Business, staff: StaffMember) {
    const m = this.m;
    const zone = staff.timeZone ?? business.businessTimeZone;
    const list = business.timeOff
      .filter((t) => t.staffMemberId === staff.id)
      .sort((a, b) => a.start.localeCompare(b.start));
    const manage = this.canManageTimeOff(staff.id);
    return html`<fieldset part="time-off">
      <legend>${m.timeOffHeading}</legend>
      ${manage ? html`<p class="hint">${m.timeOffIntro}</p>` : nothing}
      ${list.length === 0 ? html`<p class="muted">${m.noTimeOff}</p>` : nothing}
      <ul class="time-off">
        ${list.map((t) => {
          const title = t.title || m.timeOffUntitled;
          return html`<li data-id=${t.id}>
            <div>
              <div class="what">${title}</div>
              <div class="when">${this.timeOffText(t, zone)}</div>
            </div>
            ${
              manage
                ? html`<button
                    class="button small"
                    type="button"
                    data-id=${t.id}
                    aria-label=${m.removeTimeOff(title)}
                    @click=${this.handleTimeOffDelete}
                  >
                    ${m.delete}
                  </button>`
                : nothing
            }
          </li>`;
        })}
      </ul>
      ${this.renderError(this.timeOffFailure)}
      ${manage ? (this.timeOff ? this.renderTimeOffForm(this.timeOff, zone) : html`<button class="button add-time-off-button" type="button" @click=${this.handleTimeOffOpen}>+ ${m.addTimeOff}</button>`) : nothing}
    </fieldset>`;
  }

  private renderTimeOffForm(t: TimeOffDraft, zone: string) {
    const m = this.m;
    const e = this.timeOffErrors;
    const on = this.handleTimeOffInput;
    return html`<form class="add-time-off" novalidate @submit=${this.handleTimeOffSave}>
      <h4>${m.addTimeOff}</h4>
      <div class="fields">
        ${inputField({ id: 'timeoff-title', label: m.timeOffTitle, value: t.title, error: e.title, wide: true, onInput: on })}
        ${checkField({ id: 'timeoff-allDay', label: m.allDay, checked: t.allDay, yes: m.yes, no: m.no, onChange: on })}
      </div>
      <div class="fields" style="margin-top: 12px">
        ${inputField({ id: 'timeoff-startDate', label: m.startDate, type: 'date', value: t.startDate, error: e.startDate, onInput: on })}
        ${t.allDay ? nothing : inputField({ id: 'timeoff-startTime', label: `${m.startTime} (${zone.replaceAll('_', ' ')})`, type: 'time', value: t.startTime, error: e.startTime, onInput: on })}
        ${inputField({ id: 'timeoff-endDate', label: m.endDate, type: 'date', value: t.endDate, min: t.startDate, error: e.endDate, onInput: on })}
        ${t.allDay ? nothing : inputField({ id: 'timeoff-endTime', label: `${m.endTime} (${zone.replaceAll('_', ' ')})`, type: 'time', value: t.endTime, error: e.endTime, onInput: on })}
        ${selectField({
          id: 'timeoff-repeat',
          label: m.repeats,
          value: t.repeat,
          options: (['none', 'daily', 'weekly', 'monthly'] as const).map((r) => ({ value: r, label: m.repeat[r] })),
          onChange: on,
        })}
        ${t.repeat === 'none' ? nothing : inputField({ id: 'timeoff-until', label: m.repeatUntil, type: 'date', value: t.until, min: t.startDate, error: e.until, onInput: on })}
      </div>
      <div class="actions">
        <button class="button primary" type="submit">${m.addTimeOff}</button>
        <button class="button" type="button" @click=${this.handleTimeOffCancel}>${m.cancel}</button>
      </div>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'booking-admin-staff': BookingAdminStaff;
  }
}
