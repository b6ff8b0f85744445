import { Task } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { BookingError } from '../../contract/errors.js';
import { BookingAdminCustomerClosedEvent } from '../../events/booking-admin-customer-closed.js';
import type { AuditEntry, CustomerDetail, CustomerPatch, StaffAppointment } from '../../schemas/admin.js';
import { AdminElement } from '../booking-admin/admin-element.js';
import { focusFirstInvalid, inputField, textareaField } from '../booking-admin/admin-fields.js';
import { issuesByPath, rangeIn, whenIn } from '../booking-admin/admin-format.js';
import { formatDayShort, dayKey } from '../../i18n/format.js';
import { styles } from './booking-admin-customer-record.styles.js';
import { CustomerMerge } from './customer-merge.js';

interface Draft {
  name: string;
  emailAddress: string;
  phone: string;
  timeZone: string;
  notes: string;
}

type Attendance = '' | 'attended' | 'noShow';

/** Offers a file to the browser's downloads. */
function saveFile(content: string, filename: string): void {
  const href = URL.createObjectURL(new Blob([content], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = href;
  a.download = filename;
  a.rel = 'noopener';
  a.click();
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}

/**
 * One customer's record: contact details and internal notes (editable by administrators and
 * schedulers), their history (every appointment, cancellations and no-shows included, with
 * attendance marked here once an appointment has started), duplicates merged in (customer-merge.ts),
 * and for administrators their data as JSON and erasure, both written to the privacy log shown
 * below them.
 *
 * @summary Back office: a customer's record.
 * @fires booking-admin-customer-closed - The person went back to the list (`detail.erased` when the customer was erased).
 * @fires booking-admin-changed - The record, an attendance mark, a merge or an erasure was saved.
 * @csspart history - The appointment history table.
 */
export class BookingAdminCustomerRecord extends AdminElement {
  static override styles = styles;

  /** The record shown (`CustomerRecord.id`). */
  @property({ attribute: 'customer-id' }) customerId = '';

  @state() private draft: Draft | undefined;
  @state() private errors: Record<string, string> = {};
  @state() private failure: unknown;
  @state() private working: '' | 'save' | 'export' | 'erase' | 'attendance' = '';
  @state() private confirmErase = false;
  private focusOnLoad = false;
  private readonly merger = new CustomerMerge(this, {
    messages: () => this.m,
    language: () => this.locale.lang,
    search: (query, signal) => {
      const session = this.session;
      if (!session) return Promise.resolve([]);
      return session.admin.listCustomers({ businessId: session.businessId, query, limit: 9 }, { signal });
    },
    merge: (duplicateIds) => this.handleMerge(duplicateIds),
    renderError: (error) => this.renderError(error),
  });

  private recordTask = new Task(this, {
    task: async ([session, customerId], { signal }) => {
      if (!session || !customerId) return undefined;
      const detail = await session.admin.getCustomer({ businessId: session.businessId, customerId }, { signal });
      const log: AuditEntry[] = this.perms.privacy
        ? await session.admin.listAuditLog({ businessId: session.businessId, customerId }, { signal })
        : [];
      return { detail, log };
    },
    args: () => [this.session, this.customerId, this.reload] as const,
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('customerId')) {
      this.draft = undefined;
      this.errors = {};
      this.failure = undefined;
      this.confirmErase = false;
      if (this.merger.open) this.merger.close();
    }
  }

  /** Focus goes to the record's heading, now or as soon as the record has loaded. */
  override focusHeading(): void {
    const heading = this.renderRoot.querySelector<HTMLElement>('h3#record-heading');
    if (heading) heading.focus();
    else this.focusOnLoad = true;
  }

  protected override updated(): void {
    if (!this.focusOnLoad) return;
    const heading = this.renderRoot.querySelector<HTMLElement>('h3#record-heading');
    if (!heading) return;
    this.focusOnLoad = false;
    heading.focus();
  }

  private draftOf(detail: CustomerDetail): Draft {
    const c = detail.customer;
    return (
      this.draft ?? {
        name: c.name,
        emailAddress: c.emailAddress ?? '',
        phone: c.phone ?? '',
        timeZone: c.timeZone,
        notes: c.notes ?? '',
      }
    );
  }

  private handleInput(e: Event, detail: CustomerDetail) {
    const el = e.target as HTMLInputElement;
    this.draft = { ...this.draftOf(detail), [el.name]: el.value };
    const { [el.name]: _gone, ...rest } = this.errors;
    this.errors = rest;
  }

  private handleBack() {
    this.dispatchEvent(new BookingAdminCustomerClosedEvent({ erased: false }));
  }

  private async handleSave(e: Event, detail: CustomerDetail) {
    e.preventDefault();
    const session = this.session;
    if (!session || this.working) return;
    const d = this.draftOf(detail);
    const c = detail.customer;
    const patch: CustomerPatch = {};
    const text = (v: string) => (v.trim() === '' ? null : v.trim());
    if (d.name.trim() !== c.name) patch.name = d.name.trim();
    if (text(d.emailAddress) !== (c.emailAddress ?? null)) patch.emailAddress = text(d.emailAddress);
    if (text(d.phone) !== (c.phone ?? null)) patch.phone = text(d.phone);
    if (d.timeZone.trim() !== c.timeZone) patch.timeZone = d.timeZone.trim();
    if (text(d.notes) !== (c.notes ?? null)) patch.notes = d.notes.trim() === '' ? null : d.notes;
    this.working = 'save';
    this.failure = undefined;
    try {
      const saved = await session.admin.updateCustomer({ businessId: session.businessId, customerId: c.id, patch });
      this.draft = undefined;
      this.announce(this.m.saved(saved.name));
      this.changed({ entity: 'customer', action: 'updated', id: c.id });
      this.refresh();
    } catch (error) {
      if (error instanceof BookingError && error.code === 'invalid-input') {
        this.errors = issuesByPath(error.issues, this.m, 'patch.');
        await this.updateComplete;
        focusFirstInvalid(this.renderRoot);
      } else this.failure = error;
    } finally {
      this.working = '';
    }
  }

  private async handleAttendance(e: Event, a: StaffAppointment) {
    const session = this.session;
    if (!session || this.working) return;
    const value = (e.target as HTMLSelectElement).value as Attendance;
    this.working = 'attendance';
    this.failure = undefined;
    try {
      await session.admin.markAttendance({
        businessId: session.businessId,
        appointmentId: a.id,
        attendance: value === '' ? null : value,
      });
      this.announce(this.m.record.attendanceSaved);
      this.changed({ entity: 'appointment', action: 'updated', id: a.id });
      this.refresh();
    } catch (error) {
      this.failure = error;
    } finally {
      this.working = '';
    }
  }

  private async handleExport(detail: CustomerDetail) {
    const session = this.session;
    if (!session || this.working) return;
    this.working = 'export';
    this.failure = undefined;
    try {
      const data = await session.admin.exportCustomerData({
        businessId: session.businessId,
        customerId: detail.customer.id,
      });
      const filename = `customer-${detail.customer.id}.json`;
      saveFile(`${JSON.stringify(data, null, 2)}\n`, filename);
      this.announce(this.m.record.exported(filename));
      this.refresh();
    } catch (error) {
      this.failure = error;
    } finally {
      this.working = '';
    }
  }

  private async handleMerge(duplicateIds: string[]): Promise<void> {
    const session = this.session;
    if (!session) return;
    const kept = await session.admin.mergeCustomers({
      businessId: session.businessId,
      customerId: this.customerId,
      duplicateIds,
    });
    this.draft = undefined;
    this.announce(this.m.record.merged(duplicateIds.length, kept.name));
    this.changed({ entity: 'customer', action: 'updated', id: kept.id });
    this.refresh();
  }

  private async handleErase(detail: CustomerDetail) {
    const session = this.session;
    if (!session || this.working) return;
    this.working = 'erase';
    this.failure = undefined;
    try {
      await session.admin.eraseCustomer({ businessId: session.businessId, customerId: detail.customer.id });
      this.announce(this.m.record.erased(detail.customer.name));
      this.changed({ entity: 'customer', action: 'deleted', id: detail.customer.id });
      this.dispatchEvent(new BookingAdminCustomerClosedEvent({ erased: true }));
    } catch (error) {
      this.failure = error;
      this.confirmErase = false;
    } finally {
      this.working = '';
    }
  }

  override render() {
    return html`<div class="record">
      <button class="link-button back" type="button" @click=${this.handleBack}>← ${this.m.record.back}</button>
      ${this.renderGate(() => this.renderTask(this.recordTask, (v) => (v ? this.renderRecord(v.detail, v.log) : nothing)))}
      ${this.renderLiveRegion()}
    </div>`;
  }

  private renderRecord(detail: CustomerDetail, log: AuditEntry[]) {
    const m = this.m;
    const r = m.record;
    const c = detail.customer;
    const canWrite = this.perms.writeCustomers === 'all';
    const d = this.draftOf(detail);
    const onInput = (e: Event) => this.handleInput(e, detail);
    return html`<h3 id="record-heading" tabindex="-1">${c.name}</h3>
      <dl class="counts">
        <div>
          <dt>${r.bookings}</dt>
          <dd>${c.appointmentCount}</dd>
        </div>
        <div>
          <dt>${r.cancellations}</dt>
          <dd>${c.cancelledCount}</dd>
        </div>
        <div>
          <dt>${r.noShows}</dt>
          <dd>${c.noShowCount}</dd>
        </div>
      </dl>
      ${this.renderError(this.failure)}
      <form class="card" @submit=${(e: Event) => void this.handleSave(e, detail)} novalidate>
        <h4>${r.contact}</h4>
        <div class="fields">
          ${inputField({ id: 'name', label: m.name, value: d.name, readonly: !canWrite, required: true, error: this.errors['name'], onInput, autocomplete: 'off' })}
          ${inputField({ id: 'emailAddress', label: m.email, type: 'email', value: d.emailAddress, readonly: !canWrite, error: this.errors['emailAddress'], onInput, autocomplete: 'off' })}
          ${inputField({ id: 'phone', label: m.phone, type: 'tel', value: d.phone, readonly: !canWrite, error: this.errors['phone'], onInput, autocomplete: 'off' })}
          ${inputField({ id: 'timeZone', label: m.timeZone, value: d.timeZone, readonly: !canWrite, error: this.errors['timeZone'], onInput, autocomplete: 'off' })}
          ${textareaField({ id: 'notes', label: m.notes, hint: r.notesHint, value: d.notes, readonly: !canWrite, error: this.errors['notes'], onInput, wide: true })}
        </div>
        ${
          canWrite
            ? html`<div class="actions">
                <button class="button primary" type="submit" ?disabled=${this.working !== ''}>
                  ${this.working === 'save' ? m.saving : m.save}
                </button>
              </div>`
            : nothing
        }
      </form>
      ${canWrite ? this.renderDuplicates(detail) : nothing} ${this.renderHistory(detail)}
      ${this.perms.privacy ? this.renderPrivacy(detail, log) : nothing}`;
  }

  private renderDuplicates(detail: CustomerDetail) {
    if (this.merger.open) return html`<section class="card">${this.merger.render()}</section>`;
    return html`<div class="actions duplicates">
      <button
        class="button"
        type="button"
        ?disabled=${this.working !== ''}
        @click=${() => this.merger.start(detail.customer)}
      >
        ${this.m.record.mergeOpen}
      </button>
    </div>`;
  }

  private statusText(a: StaffAppointment): string {
    const r = this.m.record;
    if (a.approval === 'pending' && a.status === 'booked') return r.statusPending;
    if (a.approval === 'declined') return r.statusDeclined;
    if (a.approval === 'expired') return r.statusExpired;
    return a.status === 'booked' ? r.statusBooked : r.statusCancelled;
  }

  private renderHistory(detail: CustomerDetail) {
    const m = this.m;
    const r = m.record;
    const zone = this.session?.businessTimeZone ?? 'UTC';
    const lang = this.language;
    const now = this.now;
    if (detail.appointments.length === 0) {
      return html`<h4>${r.history}</h4>
        <p class="empty">${r.noHistory}</p>`;
    }
    const newestFirst = [...detail.appointments].reverse();
    return html`<h4>${r.history}</h4>
      <div class="table-wrap">
        <table part="history" class="stack-table">
          <thead>
            <tr>
              <th scope="col">${m.when}</th>
              <th scope="col">${m.service}</th>
              <th scope="col">${m.staffMember}</th>
              <th scope="col">${m.status}</th>
              <th scope="col">${r.attendance}</th>
            </tr>
          </thead>
          <tbody>
            ${newestFirst.map((a) => {
              const start = Date.parse(a.start);
              const day = formatDayShort(dayKey(start, zone), lang);
              const when = `${day}, ${rangeIn(start, Date.parse(a.end), lang, zone, m)}`;
              const markable = a.status === 'booked' && a.approval !== 'pending' && start <= now;
              const canMark =
                markable &&
                (this.perms.writeAppointments === 'all' ||
                  (this.perms.writeAppointments === 'own' && a.staffMemberId === this.session?.staffMemberId));
              const value: Attendance = a.attendance ?? '';
              return html`<tr>
                <th scope="row">${when}</th>
                <td data-label=${m.service}>${a.serviceName}</td>
                <td data-label=${m.staffMember}>${a.staffMemberName}</td>
                <td data-label=${m.status}>${this.statusText(a)}</td>
                <td data-label=${r.attendance}>
                  ${
                    canMark
                      ? html`<label class="visually-hidden" for=${`att-${a.id}`}
                            >${r.attendanceFor(`${a.serviceName}, ${day}`)}</label
                          >
                          <select
                            id=${`att-${a.id}`}
                            ?disabled=${this.working !== ''}
                            @change=${(e: Event) => void this.handleAttendance(e, a)}
                          >
                            ${(['', 'attended', 'noShow'] as const).map(
                              (v) =>
                                html`<option value=${v} ?selected=${v === value}>
                                  ${r.attendanceNames[v || 'none']}
                                </option>`,
                            )}
                          </select>`
                      : markable || value
                        ? r.attendanceNames[value || 'none']
                        : '—'
                  }
                </td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>`;
  }

  private renderPrivacy(detail: CustomerDetail, log: AuditEntry[]) {
    const r = this.m.record;
    const zone = this.session?.businessTimeZone ?? 'UTC';
    return html`<section class="card privacy" aria-labelledby="privacy-heading">
      <h4 id="privacy-heading">${r.privacy}</h4>
      <p class="intro">${r.privacyIntro}</p>
      <div class="actions">
        <button
          class="button"
          type="button"
          ?disabled=${this.working !== ''}
          @click=${() => void this.handleExport(detail)}
        >
          ${r.export}
        </button>
        ${
          this.confirmErase
            ? nothing
            : html`<button
                class="button danger"
                type="button"
                ?disabled=${this.working !== ''}
                @click=${() => (this.confirmErase = true)}
              >
                ${r.erase}
              </button>`
        }
      </div>
      ${
        this.confirmErase
          ? html`<div class="notice warning" role="alert">
              <p>${r.eraseConfirm(detail.customer.name)}</p>
              <div class="actions">
                <button
                  class="button danger"
                  type="button"
                  ?disabled=${this.working !== ''}
                  @click=${() => void this.handleErase(detail)}
                >
                  ${this.working === 'erase' ? this.m.saving : r.eraseNow}
                </button>
                <button class="button" type="button" @click=${() => (this.confirmErase = false)}>
                  ${this.m.cancel}
                </button>
              </div>
            </div>`
          : nothing
      }
      ${
        log.length
          ? html`<h5>${r.log}</h5>
              <ul class="log">
                ${log.map(
                  (e) =>
                    html`<li>
                      ${r.logEntry(r.logActions[e.action], e.staffMemberName, whenIn(Date.parse(e.at), this.language, zone))}
                    </li>`,
                )}
              </ul>`
          : nothing
      }
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'booking-admin-customer-record': BookingAdminCustomerRecord;
  }
}
