import { Task } from '@lit/task';
import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { Service } from '../../core/types.js';
import type { StaffWaitlistEntry } from '../../schemas/waitlist.js';
import { AdminElement } from '../booking-admin/admin-element.js';
import { selectField } from '../booking-admin/admin-fields.js';
import { whenIn } from '../booking-admin/admin-format.js';
import { styles } from './booking-admin-waitlist.styles.js';

/**
 * The waiting lists (issue 20): for each full class session or day without free time, who waits and
 * in what order, their state (waiting, offered until …, claimed, left, lapsed), with their contact
 * details; staff take someone off a list or offer them a place now, out of turn. A section of its
 * own rather than a part of the calendar or the services: a list spans days and services, and the
 * front desk works through it as one queue. Team members see the entries that asked for them (R18).
 *
 * @summary Back office: the waiting lists.
 * @csspart list - Each waiting list (a session or a day of one service).
 * @csspart entry - Each person on a list; `offered` marks one with a place held for them.
 */
export class BookingAdminWaitlist extends AdminElement {
  static override styles = styles;

  @state() private serviceId = '';
  @state() private showEnded = false;
  @state() private busy = '';

  private dataTask = new Task(this, {
    task: async ([session, serviceId, showEnded], { signal }) => {
      if (!session) return undefined;
      const [entries, services] = await Promise.all([
        session.admin.listWaitlist(
          { businessId: session.businessId, ...(serviceId ? { serviceId } : {}), includeEnded: showEnded },
          { signal },
        ),
        session.admin.listServices({ businessId: session.businessId }, { signal }).catch((): Service[] => []),
      ]);
      return { entries, services };
    },
    args: () => [this.session, this.serviceId, this.showEnded, this.reload] as const,
  });

  private handleService(e: Event) {
    this.serviceId = (e.target as HTMLSelectElement).value;
  }

  private handleShowEnded(e: Event) {
    this.showEnded = (e.target as HTMLInputElement).checked;
  }

  private async handleAction(e: Event) {
    const session = this.session;
    const button = e.currentTarget as HTMLElement;
    const entryId = button.dataset['id'] ?? '';
    const action = button.dataset['action'];
    if (!session || !entryId || this.busy) return;
    this.busy = entryId;
    try {
      const ref = { businessId: session.businessId, entryId };
      const entry =
        action === 'offer' ? await session.admin.offerWaitlistPlace(ref) : await session.admin.removeWaitlistEntry(ref);
      this.announce(
        action === 'offer'
          ? this.m.waitlist.offeredAnn(entry.customerName)
          : this.m.waitlist.removed(entry.customerName),
      );
      this.reload++;
    } catch (error) {
      this.announce(this.errorText(error));
    } finally {
      this.busy = '';
    }
  }

  override render() {
    return this.renderPanelFrame(this.m.waitlist.heading, () => this.renderBody());
  }

  private renderBody() {
    const w = this.m.waitlist;
    const services = this.dataTask.value?.services ?? [];
    return html`<p class="intro">${w.intro}</p>
      <div class="filters">
        ${selectField({
          id: 'service',
          label: w.service,
          value: this.serviceId,
          options: [
            { value: '', label: w.allServices },
            ...services.filter((s) => s.isWaitlistEnabled).map((s) => ({ value: s.id, label: s.displayName })),
          ],
          onChange: this.handleService,
        })}
        <label class="check">
          <input type="checkbox" .checked=${this.showEnded} @change=${this.handleShowEnded} />
          ${w.showEnded}
        </label>
      </div>
      ${this.renderTask(this.dataTask, (data) => this.renderLists(data.entries))}`;
  }

  private renderLists(entries: StaffWaitlistEntry[]) {
    const w = this.m.waitlist;
    if (entries.length === 0) return html`<p class="empty" role="status">${w.empty}</p>`;
    const lists = new Map<string, StaffWaitlistEntry[]>();
    for (const e of entries) lists.set(e.listKey, [...(lists.get(e.listKey) ?? []), e]);
    return html`<div class="lists">${[...lists.values()].map((list) => this.renderList(list))}</div>`;
  }

  private renderList(list: StaffWaitlistEntry[]) {
    const w = this.m.waitlist;
    const first = list[0];
    const zone = first.businessTimeZone;
    const wish =
      first.wish === 'session'
        ? w.session(whenIn(Date.parse(first.start ?? ''), this.language, zone, true))
        : w.day(
            new Intl.DateTimeFormat(this.language, { dateStyle: 'full', timeZone: 'UTC' }).format(
              Date.parse(`${first.date}T12:00:00Z`),
            ),
          );
    return html`<section part="list" class="list" aria-label=${`${first.serviceName}: ${wish}`}>
      <h3>
        <span>${first.serviceName}</span>
        <span class="wish">${wish}</span>
        <span class="count">${w.count(first.waitingCount)}</span>
      </h3>
      <ol>
        ${list.map((e) => this.renderEntry(e))}
      </ol>
    </section>`;
  }

  private renderEntry(e: StaffWaitlistEntry) {
    const w = this.m.waitlist;
    const zone = e.businessTimeZone;
    const canWrite = this.perms.writeAppointments !== 'none';
    const active = e.state === 'waiting' || e.state === 'offered';
    const held = e.state === 'offered';
    const contact = [e.customer.emailAddress, e.customer.phone].filter(Boolean).join(' · ');
    const stateText =
      e.state === 'offered' && e.offer
        ? w.offered(whenIn(Date.parse(e.offer.expiresAt), this.language, zone))
        : e.state === 'left'
          ? e.endedBy === 'staff'
            ? w.leftStaff
            : w.left
          : e.state === 'lapsed' && e.lapseReason === 'passed'
            ? w.lapsedPassed
            : w[e.state];
    return html`<li part=${held ? 'entry offered' : 'entry'} class="entry ${e.state}" data-id=${e.id}>
      <span class="place" aria-hidden=${e.position === undefined ? 'true' : 'false'}
        >${e.position !== undefined ? w.place(e.position) : '–'}</span
      >
      <span class="who">
        <strong>${e.customerName}</strong>
        ${contact ? html`<span class="muted">${contact}</span>` : nothing}
        <span class="muted"
          >${e.staffName ?? w.anyone} · ${w.joined} ${whenIn(Date.parse(e.createdAt), this.language, zone)}</span
        >
        ${
          e.offer && e.state === 'offered'
            ? html`<span class="muted"
                >${whenIn(Date.parse(e.offer.start), this.language, zone, true)} · ${e.offer.staffName ?? ''}</span
              >`
            : nothing
        }
      </span>
      <span class="state ${e.state}">${stateText}</span>
      ${
        canWrite && active
          ? html`<span class="actions">
              ${
                e.state === 'waiting'
                  ? html`<button
                      class="button small"
                      type="button"
                      data-id=${e.id}
                      data-action="offer"
                      aria-disabled=${this.busy === e.id ? 'true' : 'false'}
                      @click=${this.handleAction}
                    >
                      ${w.offerNow}
                    </button>`
                  : nothing
              }
              <button
                class="button small"
                type="button"
                data-id=${e.id}
                data-action="remove"
                aria-label=${`${w.remove}: ${e.customerName}`}
                aria-disabled=${this.busy === e.id ? 'true' : 'false'}
                @click=${this.handleAction}
              >
                ${w.remove}
              </button>
            </span>`
          : nothing
      }
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'booking-admin-waitlist': BookingAdminWaitlist;
  }
}
