import { Task } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import type { Business } from '../../core/types.js';
import { addDaysToKey, dayKey } from '../../i18n/format.js';
import type { AvailabilityExplanationJson } from '../../schemas/admin.js';
import { AdminElement } from '../booking-admin/admin-element.js';
import { inputField, selectField } from '../booking-admin/admin-fields.js';
import { instantOf, reasonText, timeIn, wallOf, whenIn } from '../booking-admin/admin-format.js';
import { styles } from './booking-admin-explain.styles.js';

/**
 * "Why not bookable?": for a service, a staff member or Anyone, and a time in the business's
 * zone, whether customers are offered it, and every reason each staff member cannot take it, in
 * plain words (the engine's explainer). Team members may ask about themselves only (R18).
 *
 * @summary Back office: why a time is or isn't offered.
 * @csspart verdict - Offered or not.
 * @csspart staff - Each staff member's answer.
 */
export class BookingAdminExplain extends AdminElement {
  static override styles = styles;

  @state() private serviceId = '';
  @state() private staffId = '';
  @state() private date = '';
  @state() private time = '10:00';
  @state() private errors: Record<string, string> = {};
  @state() private result: AvailabilityExplanationJson | undefined;
  @state() private failure: unknown;
  @state() private working = false;

  private businessTask = new Task(this, {
    task: async ([session], { signal }) => (session ? session.admin.getBusiness(this.scope(), { signal }) : undefined),
    args: () => [this.session, this.reload] as const,
  });

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const business = this.businessTask.value;
    const session = this.session;
    if (!business || !session) return;
    if (!this.serviceId || !business.services.some((s) => s.id === this.serviceId)) {
      this.serviceId = business.services[0]?.id ?? '';
    }
    if (this.ownOnly) this.staffId = session.staffMemberId;
    if (!this.date) this.date = addDaysToKey(dayKey(this.now, business.businessTimeZone), 1);
  }

  /** Team members ask about themselves only. */
  private get ownOnly(): boolean {
    return this.perms.readAppointments !== 'all';
  }

  private handleService(e: Event) {
    this.serviceId = (e.target as HTMLSelectElement).value;
    const service = this.businessTask.value?.services.find((s) => s.id === this.serviceId);
    if (this.staffId && !this.ownOnly && !service?.staffMemberIds.includes(this.staffId)) this.staffId = '';
  }

  private handleStaff(e: Event) {
    this.staffId = (e.target as HTMLSelectElement).value;
  }

  private handleDate(e: Event) {
    this.date = (e.target as HTMLInputElement).value;
  }

  private handleTime(e: Event) {
    this.time = (e.target as HTMLInputElement).value;
  }

  private handleTry(e: Event) {
    const iso = (e.currentTarget as HTMLElement).dataset.start!;
    const wall = wallOf(Date.parse(iso), this.session!.businessTimeZone);
    this.date = wall.date;
    this.time = wall.time;
    void this.ask();
  }

  private handleSubmit(e: Event) {
    e.preventDefault();
    void this.ask();
  }

  private async ask() {
    const session = this.session;
    if (!session || this.working) return;
    const m = this.m;
    const errors: Record<string, string> = {};
    if (!this.date) errors.date = m.dateInvalid;
    if (!/^\d{2}:\d{2}$/.test(this.time)) errors.time = m.timeInvalid;
    const start = instantOf(this.date, this.time, session.businessTimeZone);
    if (!errors.date && !errors.time && !start) errors.time = m.timeInvalid;
    this.errors = errors;
    if (Object.keys(errors).length || !start) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.working = true;
    this.failure = undefined;
    try {
      this.result = await session.admin.explainAvailability({
        businessId: session.businessId,
        serviceId: this.serviceId,
        ...(this.staffId ? { staffMemberId: this.staffId } : {}),
        start,
      });
      const when = whenIn(Date.parse(this.result.start), this.language, session.businessTimeZone, true);
      this.announce(this.result.offered ? m.offered(when) : m.notOffered(when));
    } catch (error) {
      this.result = undefined;
      this.failure = error;
      this.announce(this.errorText(error));
    } finally {
      this.working = false;
    }
  }

  override render() {
    return this.renderPanelFrame(this.m.explainHeading, () =>
      this.renderTask(this.businessTask, (b) => this.renderBody(b)),
    );
  }

  private renderBody(business: Business) {
    const m = this.m;
    const session = this.session!;
    const service = business.services.find((s) => s.id === this.serviceId);
    if (business.services.length === 0) return html`<p class="intro">${m.noServices}</p>`;
    const staff = this.ownOnly
      ? business.staffMembers.filter((s) => s.id === session.staffMemberId)
      : business.staffMembers.filter((s) => service?.staffMemberIds.includes(s.id));
    return html`<p class="intro">${m.explainIntro}</p>
      <form novalidate @submit=${this.handleSubmit}>
        <div class="fields">
          ${selectField({
            id: 'service',
            label: m.service,
            value: this.serviceId,
            options: business.services.map((s) => ({ value: s.id, label: s.displayName })),
            onChange: this.handleService,
          })}
          ${selectField({
            id: 'staff',
            label: m.staffMember,
            value: this.staffId,
            options: [
              ...(this.ownOnly ? [] : [{ value: '', label: m.anyone }]),
              ...staff.map((s) => ({ value: s.id, label: s.displayName })),
            ],
            onChange: this.handleStaff,
          })}
          ${inputField({
            id: 'date',
            label: m.date,
            type: 'date',
            value: this.date,
            error: this.errors.date,
            onInput: this.handleDate,
          })}
          ${inputField({
            id: 'time',
            label: m.timeInZone(business.businessTimeZone.replaceAll('_', ' ')),
            type: 'time',
            value: this.time,
            step: '300',
            error: this.errors.time,
            onInput: this.handleTime,
          })}
        </div>
        <div class="actions">
          <button class="button primary" type="submit" aria-disabled=${this.working ? 'true' : 'false'}>
            ${this.working ? m.checking : m.explainButton}
          </button>
        </div>
      </form>
      ${this.renderError(this.failure)} ${this.result ? this.renderResult(this.result, business) : nothing}`;
  }

  private renderResult(result: AvailabilityExplanationJson, business: Business) {
    const m = this.m;
    const zone = business.businessTimeZone;
    const ctx = { m, lang: this.language, zone };
    const when = whenIn(Date.parse(result.start), this.language, zone, true);
    const service = business.services.find((s) => s.id === this.serviceId);
    const isClass = (service?.maximumAttendeesCount ?? 1) > 1;
    const tries = new Set<string>();
    for (const s of result.staff) {
      for (const r of s.reasons) {
        if (r.code === 'offGrid' && typeof r.previous === 'string' && typeof r.next === 'string') {
          tries.add(r.previous);
          tries.add(r.next);
        }
      }
    }
    return html`<div class="result">
      <p part="verdict" class="verdict ${result.offered ? 'yes' : 'no'}">
        ${result.offered ? m.offered(when) : m.notOffered(when)}
      </p>
      <ul class="staff">
        ${result.staff.map(
          (s) =>
            html`<li part="staff" data-staff=${s.staffMemberId}>
              <h3>${s.displayName}</h3>
              ${
                s.reasons.length === 0
                  ? html`<p class="free">${m.staffFree} ${isClass ? m.seatsLeft(s.remainingCapacity) : ''}</p>`
                  : html`<ul>
                      ${s.reasons.map((r) => html`<li data-code=${r.code}>${reasonText(r, ctx)}</li>`)}
                    </ul>`
              }
            </li>`,
        )}
      </ul>
      ${
        tries.size
          ? html`<div class="try">
              ${[...tries]
                .sort()
                .map(
                  (iso) =>
                    html`<button class="button small" type="button" data-start=${iso} @click=${this.handleTry}>
                      ${m.tryTime(timeIn(Date.parse(iso), this.language, zone))}
                    </button>`,
                )}
            </div>`
          : nothing
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'booking-admin-explain': BookingAdminExplain;
  }
}
