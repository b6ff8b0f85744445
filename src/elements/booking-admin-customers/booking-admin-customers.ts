import { Task } from '@lit/task';
import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { BookingError } from '../../contract/errors.js';
import type { BookingAdminCustomerClosedEvent } from '../../events/booking-admin-customer-closed.js';
import type { CustomerRecord, ImportCustomersResult } from '../../schemas/admin.js';
import { AdminElement } from '../booking-admin/admin-element.js';
import { focusFirstInvalid, inputField } from '../booking-admin/admin-fields.js';
import { issuesByPath, whenIn } from '../booking-admin/admin-format.js';
import { styles } from './booking-admin-customers.styles.js';
import { CustomerImport } from './customer-import.js';
import type { ImportPlan } from './customer-csv.js';

/**
 * The customers: name, contact details, how many bookings and no-shows, the last visit and the
 * next booking, searchable by name, email or phone. Each name opens the customer's record
 * (`<booking-admin-customer-record>`); administrators and schedulers add customers, one by one or
 * from a CSV file (customer-import.ts). Team members see the customers of their own appointments
 * only (R18).
 *
 * @summary Back office: customers and their records.
 * @fires booking-admin-changed - A customer was added, imported, edited or erased.
 * @csspart table - The customer table.
 */
export class BookingAdminCustomers extends AdminElement {
  static override styles = styles;

  @state() private query = '';
  /** The record open instead of the list. */
  @state() private openId = '';
  @state() private adding = false;
  @state() private draft = { name: '', emailAddress: '', phone: '' };
  @state() private addErrors: Record<string, string> = {};
  @state() private addFailure: unknown;
  @state() private working = false;
  private focusAfterUpdate = '';
  private readonly importer = new CustomerImport(this, {
    messages: () => this.m,
    importCustomers: (plan: ImportPlan) => this.importCustomers(plan),
    onImported: (result: ImportCustomersResult) => this.handleImported(result),
    renderError: (error: unknown) => this.renderError(error),
  });

  private customersTask = new Task(this, {
    task: async ([session, query], { signal }) => {
      if (!session) return undefined;
      const q = query.trim();
      return session.admin.listCustomers({ businessId: session.businessId, ...(q ? { query: q } : {}) }, { signal });
    },
    args: () => [this.session, this.query, this.reload] as const,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('booking-admin-customer-closed', this.handleClosed);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('booking-admin-customer-closed', this.handleClosed);
  }

  protected override updated(): void {
    if (!this.focusAfterUpdate) return;
    const target = this.focusAfterUpdate;
    this.focusAfterUpdate = '';
    if (target === 'record') {
      const record = this.renderRoot.querySelector('booking-admin-customer-record');
      void record?.updateComplete.then(() => record.focusHeading());
    } else this.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }

  private handleClosed = (e: Event) => {
    const id = this.openId;
    this.openId = '';
    this.refresh();
    this.focusAfterUpdate = (e as BookingAdminCustomerClosedEvent).detail.erased ? 'h2' : `[data-id="${id}"]`;
  };

  private handleSearch(e: Event) {
    this.query = (e.target as HTMLInputElement).value;
  }

  private handleOpen(e: Event) {
    this.openId = (e.currentTarget as HTMLElement).dataset.id ?? '';
    this.focusAfterUpdate = 'record';
  }

  private handleAddToggle() {
    if (this.importer.open) this.importer.toggle();
    this.adding = !this.adding;
    this.addErrors = {};
    this.addFailure = undefined;
    if (this.adding) this.focusAfterUpdate = '#new-name';
  }

  private handleDraft(e: Event) {
    const el = e.target as HTMLInputElement;
    const key = el.name.replace(/^new-/, '') as keyof typeof this.draft;
    this.draft = { ...this.draft, [key]: el.value };
    const { [key]: _gone, ...rest } = this.addErrors;
    this.addErrors = rest;
  }

  private async handleCreate(e: Event) {
    e.preventDefault();
    const session = this.session;
    if (!session || this.working) return;
    const d = this.draft;
    this.working = true;
    this.addFailure = undefined;
    try {
      const made = await session.admin.createCustomer({
        businessId: session.businessId,
        customer: {
          name: d.name.trim(),
          ...(d.emailAddress.trim() ? { emailAddress: d.emailAddress.trim() } : {}),
          ...(d.phone.trim() ? { phone: d.phone.trim() } : {}),
        },
      });
      this.announce(this.m.record.created(made.name));
      this.changed({ entity: 'customer', action: 'created', id: made.id });
      this.draft = { name: '', emailAddress: '', phone: '' };
      this.adding = false;
      this.openId = made.id;
      this.focusAfterUpdate = 'record';
    } catch (error) {
      if (error instanceof BookingError && error.code === 'invalid-input') {
        this.addErrors = issuesByPath(error.issues, this.m, 'customer.');
        await this.updateComplete;
        focusFirstInvalid(this.renderRoot);
      } else this.addFailure = error;
    } finally {
      this.working = false;
    }
  }

  private importCustomers(plan: ImportPlan): Promise<ImportCustomersResult> {
    const session = this.session;
    if (!session) return Promise.reject(new BookingError('sign-in-required', 'Not signed in.'));
    return session.admin.importCustomers({ businessId: session.businessId, customers: plan.customers });
  }

  private handleImported(result: ImportCustomersResult) {
    const m = this.m.customerImport;
    this.importer.open = false;
    this.announce(m.done(result.created, result.updated, result.unchanged));
    this.changed({ entity: 'customer', action: 'imported', id: this.session?.businessId ?? '' });
    this.refresh();
    this.focusAfterUpdate = '.import-result button';
  }

  private handleImportToggle() {
    this.adding = false;
    this.importer.toggle();
    if (this.importer.open) this.focusAfterUpdate = '#import-file';
  }

  override render() {
    return this.renderPanelFrame(this.m.customersHeading, () => this.renderBody());
  }

  private renderBody() {
    const m = this.m;
    if (this.openId) {
      return html`<booking-admin-customer-record
        customer-id=${this.openId}
        hour-cycle=${this.hourCycle ?? nothing}
      ></booking-admin-customer-record>`;
    }
    const canAdd = this.perms.writeCustomers === 'all';
    return html`<div class="toolbar">
        <div class="search">
          ${inputField({ id: 'search', label: m.search, value: this.query, type: 'text', onInput: this.handleSearch })}
        </div>
        ${
          canAdd
            ? html`<div class="toolbar-actions">
                <button
                  class="button"
                  type="button"
                  aria-expanded=${this.adding ? 'true' : 'false'}
                  @click=${this.handleAddToggle}
                >
                  + ${m.record.add}
                </button>
                <button
                  class="button"
                  type="button"
                  aria-expanded=${this.importer.open ? 'true' : 'false'}
                  @click=${this.handleImportToggle}
                >
                  ${m.customerImport.open}
                </button>
              </div>`
            : nothing
        }
      </div>
      ${canAdd && this.adding ? this.renderAdd() : nothing} ${canAdd ? this.importer.render() : nothing}
      ${this.renderTask(this.customersTask, (list) => this.renderList(list))}`;
  }

  private renderAdd() {
    const m = this.m;
    const d = this.draft;
    const onInput = this.handleDraft;
    return html`<form class="add card" @submit=${this.handleCreate} novalidate aria-labelledby="add-heading">
      <h3 id="add-heading">${m.record.addHeading}</h3>
      ${this.renderError(this.addFailure)}
      <div class="fields">
        ${inputField({ id: 'new-name', label: m.name, value: d.name, required: true, error: this.addErrors['name'], onInput, autocomplete: 'off' })}
        ${inputField({ id: 'new-emailAddress', label: m.email, type: 'email', value: d.emailAddress, error: this.addErrors['emailAddress'], onInput, autocomplete: 'off' })}
        ${inputField({ id: 'new-phone', label: m.phone, type: 'tel', value: d.phone, error: this.addErrors['phone'], onInput, autocomplete: 'off' })}
      </div>
      <div class="actions">
        <button class="button primary" type="submit" ?disabled=${this.working}>
          ${this.working ? m.saving : m.record.create}
        </button>
        <button class="button" type="button" @click=${this.handleAddToggle}>${m.cancel}</button>
      </div>
    </form>`;
  }

  private renderList(list: CustomerRecord[]) {
    const m = this.m;
    const q = this.query.trim();
    // R18: a team member sees the customers of their own bookings, and is told so.
    const own = this.perms.readCustomers === 'own';
    if (list.length === 0) {
      return html`<p class="empty" role="status">${q ? m.noMatches(q) : own ? m.noOwnCustomers : m.noCustomers}</p>`;
    }
    const zone = this.session?.businessTimeZone ?? 'UTC';
    const when = (iso: string | undefined) => (iso ? whenIn(Date.parse(iso), this.language, zone) : '—');
    return html`${own ? html`<p class="note">${m.ownCustomersNote}</p>` : nothing}
      <p class="count" role="status">${m.customerCount(list.length)}</p>
      <div class="table-wrap">
        <table part="table" class="stack-table">
          <thead>
            <tr>
              <th scope="col">${m.name}</th>
              <th scope="col">${m.email}</th>
              <th scope="col">${m.phone}</th>
              <th scope="col">${m.bookings}</th>
              <th scope="col">${m.record.noShows}</th>
              <th scope="col">${m.lastVisit}</th>
              <th scope="col">${m.nextBooking}</th>
              <th scope="col">${m.timeZone}</th>
            </tr>
          </thead>
          <tbody>
            ${list.map(
              (c) =>
                html`<tr>
                  <th scope="row">
                    <button class="name-button" type="button" data-id=${c.id} @click=${this.handleOpen}>
                      ${c.name}
                    </button>
                  </th>
                  <td data-label=${m.email}>
                    ${c.emailAddress ? html`<a href=${`mailto:${c.emailAddress}`}>${c.emailAddress}</a>` : '—'}
                  </td>
                  <td data-label=${m.phone}>
                    ${c.phone ? html`<a href=${`tel:${c.phone.replace(/[^\d+]/g, '')}`}>${c.phone}</a>` : '—'}
                  </td>
                  <td class="number" data-label=${m.bookings}>${c.appointmentCount}</td>
                  <td class="number" data-label=${m.record.noShows}>${c.noShowCount}</td>
                  <td data-label=${m.lastVisit}>${when(c.lastStart)}</td>
                  <td data-label=${m.nextBooking}>${when(c.nextStart)}</td>
                  <td data-label=${m.timeZone}>${c.timeZone.replaceAll('_', ' ')}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'booking-admin-customers': BookingAdminCustomers;
  }
}
