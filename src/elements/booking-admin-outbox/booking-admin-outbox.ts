import { Task } from '@lit/task';
import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { OutboxMessage } from '../../schemas/admin.js';
import { AdminElement } from '../booking-admin/admin-element.js';
import { selectField } from '../booking-admin/admin-fields.js';
import { whenIn } from '../booking-admin/admin-format.js';
import { styles } from './booking-admin-outbox.styles.js';

type StatusFilter = '' | OutboxMessage['status'];

/**
 * What the backend sent or will send (R15): confirmations, changes, cancellations, reminders and
 * time-off notices, by e-mail, text message or webhook, to whom, when, with the text and the
 * `.ics` attachment, and how delivery went (attempts, the last error, the next attempt).
 * Administrators can send a failed or sent message again. Newest first. Team members see the
 * messages about their own appointments and time off (R18).
 *
 * @summary Back office: the notification outbox.
 * @csspart message - Each message.
 */
export class BookingAdminOutbox extends AdminElement {
  static override styles = styles;

  @state() private status: StatusFilter = '';
  @state() private redelivering = '';

  private outboxTask = new Task(this, {
    task: async ([session, status], { signal }) => {
      if (!session) return undefined;
      const list = await session.admin.listOutbox(
        { businessId: session.businessId, ...(status ? { status } : {}) },
        { signal },
      );
      // Newest action first; within one action, in the order they go out.
      return [...list].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.dueAt.localeCompare(b.dueAt));
    },
    args: () => [this.session, this.status, this.reload] as const,
  });

  private handleStatus(e: Event) {
    this.status = (e.target as HTMLSelectElement).value as StatusFilter;
  }

  private async handleRedeliver(e: Event) {
    const session = this.session;
    const messageId = (e.currentTarget as HTMLElement).dataset['id'] ?? '';
    if (!session || !messageId || this.redelivering) return;
    this.redelivering = messageId;
    try {
      await session.admin.redeliverMessage({ businessId: session.businessId, messageId });
      this.announce(this.m.redeliveredAnnouncement);
      this.reload++;
    } catch (error) {
      this.announce(this.errorText(error));
    } finally {
      this.redelivering = '';
    }
  }

  override render() {
    return this.renderPanelFrame(this.m.outboxHeading, () => this.renderBody());
  }

  private renderBody() {
    const m = this.m;
    return html`<p class="intro">${m.outboxIntro}</p>
      <div class="filters">
        ${selectField({
          id: 'status',
          label: m.filterStatus,
          value: this.status,
          options: [
            { value: '', label: m.allMessages },
            { value: 'pending', label: m.messageStatus.pending },
            { value: 'sent', label: m.messageStatus.sent },
            { value: 'cancelled', label: m.messageStatus.cancelled },
            { value: 'failed', label: m.messageStatus.failed },
          ],
          onChange: this.handleStatus,
        })}
      </div>
      ${this.renderTask(this.outboxTask, (list) => this.renderList(list))}`;
  }

  private renderList(list: OutboxMessage[]) {
    const m = this.m;
    if (list.length === 0) return html`<p class="empty" role="status">${m.noMessages}</p>`;
    return html`<p class="count" role="status">${m.messageCount(list.length)}</p>
      <ul class="messages">
        ${list.map((msg) => this.renderMessage(msg))}
      </ul>`;
  }

  private renderMessage(msg: OutboxMessage) {
    const m = this.m;
    const zone = this.session?.businessTimeZone ?? 'UTC';
    const r = msg.recipient;
    const to = [r.name, r.emailAddress ?? r.phone].filter(Boolean).join(' · ');
    const d = msg.delivery;
    const canRedeliver =
      this.session?.role === 'administrator' &&
      msg.channel !== 'calendar' &&
      (msg.status === 'failed' || msg.status === 'sent');
    return html`<li>
      <details part="message" data-id=${msg.id} data-kind=${msg.kind}>
        <summary>
          <span class="badge ${msg.kind}">${m.messageKind[msg.kind]}</span>
          <span class="subject">${msg.subject}</span>
          <span class="meta">
            <span>${m.messageTo}: ${m.recipientRoles[r.role]}${to ? ` (${to})` : ''}</span>
            <span>${m.channels[msg.channel]}</span>
            <span>${m.messageDue}: ${whenIn(Date.parse(msg.dueAt), this.language, zone)}</span>
            <span class="status ${msg.status}">${m.messageStatus[msg.status]}</span>
            ${d && d.attempts > 0 ? html`<span>${m.deliveryAttempts(d.attempts)}</span>` : nothing}
          </span>
        </summary>
        <div class="message-body">
          ${
            d?.lastError || d?.nextAttemptAt
              ? html`<dl class="delivery">
                  ${
                    d.lastError
                      ? html`<dt>${m.deliveryLastError}</dt>
                          <dd>${d.lastError}</dd>`
                      : nothing
                  }
                  ${
                    d.nextAttemptAt && msg.status === 'pending'
                      ? html`<dt>${m.deliveryNextAttempt}</dt>
                          <dd>${whenIn(Date.parse(d.nextAttemptAt), this.language, zone)}</dd>`
                      : nothing
                  }
                </dl>`
              : nothing
          }
          <pre>${msg.body}</pre>
          ${
            canRedeliver
              ? html`<button
                  class="button small"
                  type="button"
                  data-id=${msg.id}
                  aria-disabled=${this.redelivering === msg.id ? 'true' : 'false'}
                  @click=${this.handleRedeliver}
                >
                  ${m.redeliver}
                </button>`
              : nothing
          }
          ${
            msg.ics
              ? html`<a
                  class="button small"
                  href=${`data:text/calendar;charset=utf-8,${encodeURIComponent(msg.ics)}`}
                  download=${`${msg.kind}-${msg.id}.ics`}
                  >${m.downloadIcs}</a
                >`
              : nothing
          }
        </div>
      </details>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'booking-admin-outbox': BookingAdminOutbox;
  }
}
