import { Task } from '@lit/task';
import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { CustomerRecord } from '../../schemas/admin.js';
import { AdminElement } from '../booking-admin/admin-element.js';
import { inputField } from '../booking-admin/admin-fields.js';
import { whenIn } from '../booking-admin/admin-format.js';
import { styles } from './booking-admin-customers.styles.js';

/**
 * The customers who have booked: name, contact details, how many bookings, the last visit and
 * the next booking, searchable by name, email or phone. Team members see the customers of their
 * own appointments only (R18).
 *
 * @summary Back office: customers.
 * @csspart table - The customer table.
 */
export class BookingAdminCustomers extends AdminElement {
  static override styles = styles;

  @state() private query = '';

  private customersTask = new Task(this, {
    task: async ([session, query], { signal }) => {
      if (!session) return undefined;
      const q = query.trim();
      return session.admin.listCustomers({ businessId: session.businessId, ...(q ? { query: q } : {}) }, { signal });
    },
    args: () => [this.session, this.query, this.reload] as const,
  });

  private handleSearch(e: Event) {
    this.query = (e.target as HTMLInputElement).value;
  }

  override render() {
    return html`<section class="panel" aria-labelledby="heading">
      <h2 id="heading" tabindex="-1">${this.m.customersHeading}</h2>
      ${this.renderGate(() => this.renderBody())} ${this.renderLiveRegion()}
    </section>`;
  }

  private renderBody() {
    const m = this.m;
    return html`<div class="search">
        ${inputField({ id: 'search', label: m.search, value: this.query, type: 'text', onInput: this.handleSearch })}
      </div>
      ${this.renderTask(this.customersTask, (list) => this.renderList(list))}`;
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
        <table part="table">
          <thead>
            <tr>
              <th scope="col">${m.name}</th>
              <th scope="col">${m.email}</th>
              <th scope="col">${m.phone}</th>
              <th scope="col">${m.bookings}</th>
              <th scope="col">${m.lastVisit}</th>
              <th scope="col">${m.nextBooking}</th>
              <th scope="col">${m.timeZone}</th>
            </tr>
          </thead>
          <tbody>
            ${list.map(
              (c) =>
                html`<tr>
                  <th scope="row">${c.name}</th>
                  <td>${c.emailAddress ? html`<a href=${`mailto:${c.emailAddress}`}>${c.emailAddress}</a>` : '—'}</td>
                  <td>${c.phone ? html`<a href=${`tel:${c.phone.replace(/[^\d+]/g, '')}`}>${c.phone}</a>` : '—'}</td>
                  <td class="number">${c.appointmentCount}</td>
                  <td>${when(c.lastStart)}</td>
                  <td>${when(c.nextStart)}</td>
                  <td>${c.timeZone.replaceAll('_', ' ')}</td>
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
