import { Task } from '@lit/task';
import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { BookingError } from '../../contract/errors.js';
import type { OutboxMessage } from '../../schemas/admin.js';
import { WEBHOOK_EVENTS, type WebhookSubscription } from '../../schemas/webhooks.js';
import { AdminElement } from '../booking-admin/admin-element.js';
import { focusFirstInvalid, inputField } from '../booking-admin/admin-fields.js';
import { issuesByPath, whenIn } from '../booking-admin/admin-format.js';
import { styles } from './booking-admin-webhooks.styles.js';

type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

interface Draft {
  /** The subscription being edited; empty for a new one. */
  id: string;
  url: string;
  description: string;
  events: WebhookEvent[];
}

const NEW_DRAFT: Draft = {
  id: '',
  url: '',
  description: '',
  events: ['appointment.created', 'appointment.rescheduled', 'appointment.cancelled'],
};

/** A Standard Webhooks secret: `whsec_` + base64 of 24 random bytes (192 bits), made in the browser for a rotation. */
export function newSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return `whsec_${btoa(String.fromCharCode(...bytes))}`;
}

/**
 * Webhooks in the back office (issue 18): the subscriptions that tell other systems (a CRM, a
 * payment tool, an automation service) about bookings as they happen: their address, events,
 * signing secret (shown on request, copied, replaced) and whether they are active; and each one's
 * delivery log (attempts, the receiver's last answer, the next attempt) with "Send again".
 * Deliveries are signed per Standard Webhooks; the outbox message id is the `webhook-id` a
 * receiver drops duplicates by. Administrators only (R18); others are told so.
 *
 * @summary Back office: webhook subscriptions and their delivery log.
 * @fires booking-admin-changed - A webhook was added, changed or deleted.
 * @csspart webhook - Each subscription.
 * @csspart form - The add / edit form.
 * @csspart delivery - Each delivery in a log.
 */
export class BookingAdminWebhooks extends AdminElement {
  static override styles = styles;

  @state() private draft: Draft | undefined;
  @state() private errors: Record<string, string> = {};
  @state() private failure: unknown;
  @state() private busy = '';
  @state() private confirming: { id: string; action: 'delete' | 'rotate' } | undefined;
  @state() private shownSecrets = new Set<string>();
  @state() private copied = '';
  /** The subscriptions whose delivery log is open, and the log's reload counter. */
  @state() private openLogs = new Set<string>();
  @state() private deliveries = new Map<string, OutboxMessage[] | Error>();

  private listTask = new Task(this, {
    task: async ([session], { signal }) => {
      if (!session || !this.perms.writeSettings) return undefined;
      return session.admin.listWebhooks(this.scope(), { signal });
    },
    args: () => [this.session, this.reload] as const,
  });

  // ---------------------------------------------------------------- the form

  private handleAdd() {
    this.draft = { ...NEW_DRAFT, events: [...NEW_DRAFT.events] };
    this.errors = {};
    this.failure = undefined;
    void this.focusForm();
  }

  private handleEdit(w: WebhookSubscription) {
    this.draft = { id: w.id, url: w.url, description: w.description ?? '', events: [...w.events] };
    this.errors = {};
    this.failure = undefined;
    void this.focusForm();
  }

  private async focusForm() {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#url')?.focus();
  }

  private handleCancel() {
    const id = this.draft?.id;
    this.draft = undefined;
    this.errors = {};
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(id ? `[data-id="${id}"] .edit` : '.add')?.focus(),
    );
  }

  private handleInput(e: Event) {
    const input = e.target as HTMLInputElement;
    if (!this.draft) return;
    this.draft = { ...this.draft, [input.name]: input.value };
    if (this.errors[input.name]) this.errors = { ...this.errors, [input.name]: '' };
  }

  private handleEvent(e: Event) {
    const input = e.target as HTMLInputElement;
    if (!this.draft) return;
    const event = input.value as WebhookEvent;
    const events = input.checked
      ? WEBHOOK_EVENTS.filter((x) => x === event || this.draft!.events.includes(x))
      : this.draft.events.filter((x) => x !== event);
    this.draft = { ...this.draft, events };
    if (this.errors.events) this.errors = { ...this.errors, events: '' };
  }

  private async handleSave(e: Event) {
    e.preventDefault();
    const session = this.session;
    const d = this.draft;
    if (!session || !d || this.busy) return;
    const m = this.m.webhooksPanel;
    const errors: Record<string, string> = {};
    if (!d.url.trim()) errors.url = this.m.required;
    if (d.events.length === 0) errors.events = m.chooseEvent;
    this.errors = errors;
    this.failure = undefined;
    if (Object.values(errors).some(Boolean)) {
      await this.updateComplete;
      focusFirstInvalid(this.renderRoot);
      return;
    }
    this.busy = 'save';
    try {
      const description = d.description.trim();
      if (d.id) {
        await session.admin.updateWebhook({
          ...this.scope(),
          webhookId: d.id,
          patch: { url: d.url.trim(), events: d.events, description: description || null },
        });
        this.announce(m.saved);
        this.changed({ entity: 'webhook', action: 'updated', id: d.id });
      } else {
        const created = await session.admin.createWebhook({
          ...this.scope(),
          webhook: { url: d.url.trim(), events: d.events, ...(description ? { description } : {}) },
        });
        // The receiver needs the secret: show it right away.
        this.shownSecrets = new Set([...this.shownSecrets, created.id]);
        this.announce(m.created);
        this.changed({ entity: 'webhook', action: 'created', id: created.id });
      }
      this.draft = undefined;
      this.refresh();
    } catch (error) {
      if (error instanceof BookingError && error.code === 'invalid-input' && error.issues.length > 0) {
        this.errors = issuesByPath(error.issues, this.m, d.id ? 'patch.' : 'webhook.');
        const known = ['url', 'events', 'description'];
        this.failure = error.issues.some((i) => known.some((k) => i.path.endsWith(k))) ? undefined : error;
        await this.updateComplete;
        focusFirstInvalid(this.renderRoot);
      } else {
        this.failure = error;
      }
    } finally {
      this.busy = '';
    }
  }

  // ---------------------------------------------------------------- one subscription

  private async patch(w: WebhookSubscription, patch: { enabled?: boolean; secret?: string }, said: string) {
    const session = this.session;
    if (!session || this.busy) return;
    this.busy = w.id;
    this.failure = undefined;
    try {
      await session.admin.updateWebhook({ ...this.scope(), webhookId: w.id, patch });
      this.announce(said);
      this.changed({ entity: 'webhook', action: 'updated', id: w.id });
      this.confirming = undefined;
      this.refresh();
    } catch (error) {
      this.failure = error;
    } finally {
      this.busy = '';
    }
  }

  private handleToggle(w: WebhookSubscription) {
    const m = this.m.webhooksPanel;
    void this.patch(w, { enabled: !w.enabled }, w.enabled ? m.pausedAnnouncement : m.resumedAnnouncement);
  }

  private handleRotate(w: WebhookSubscription) {
    this.shownSecrets = new Set([...this.shownSecrets, w.id]);
    void this.patch(w, { secret: newSecret() }, this.m.webhooksPanel.rotated);
  }

  private async handleDelete(w: WebhookSubscription) {
    const session = this.session;
    if (!session || this.busy) return;
    this.busy = w.id;
    this.failure = undefined;
    try {
      await session.admin.deleteWebhook({ ...this.scope(), webhookId: w.id });
      this.confirming = undefined;
      this.announce(this.m.webhooksPanel.deleted);
      this.changed({ entity: 'webhook', action: 'deleted', id: w.id });
      this.refresh();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.add')?.focus();
    } catch (error) {
      this.failure = error;
    } finally {
      this.busy = '';
    }
  }

  private toggleSecret(id: string) {
    const next = new Set(this.shownSecrets);
    if (!next.delete(id)) next.add(id);
    this.shownSecrets = next;
  }

  private async handleCopy(w: WebhookSubscription) {
    try {
      await navigator.clipboard.writeText(w.secret);
      this.copied = w.id;
      this.announce(this.m.webhooksPanel.copied);
    } catch {
      // No clipboard permission: the secret is shown and selected for copying by hand.
      this.shownSecrets = new Set([...this.shownSecrets, w.id]);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>(`#secret-${w.id}`)?.select();
    }
  }

  // ---------------------------------------------------------------- the delivery log

  private async loadDeliveries(id: string) {
    const session = this.session;
    if (!session) return;
    try {
      const list = await session.admin.listWebhookDeliveries({ ...this.scope(), webhookId: id });
      this.deliveries = new Map(this.deliveries).set(id, list);
    } catch (error) {
      this.deliveries = new Map(this.deliveries).set(id, error instanceof Error ? error : new Error(String(error)));
    }
  }

  private handleLogToggle(e: Event, id: string) {
    const open = (e.currentTarget as HTMLDetailsElement).open;
    const next = new Set(this.openLogs);
    if (open) next.add(id);
    else next.delete(id);
    this.openLogs = next;
    if (open) {
      this.deliveries = new Map(this.deliveries);
      this.deliveries.delete(id);
      void this.loadDeliveries(id);
    }
  }

  private async handleRedeliver(webhookId: string, messageId: string) {
    const session = this.session;
    if (!session || this.busy) return;
    this.busy = messageId;
    try {
      await session.admin.redeliverMessage({ ...this.scope(), messageId });
      this.announce(this.m.redeliveredAnnouncement);
      await this.loadDeliveries(webhookId);
    } catch (error) {
      this.announce(this.errorText(error));
    } finally {
      this.busy = '';
    }
  }

  // ---------------------------------------------------------------- rendering

  override render() {
    return this.renderPanelFrame(this.m.webhooksPanel.heading, () => this.renderBody());
  }

  private renderBody() {
    const m = this.m.webhooksPanel;
    if (!this.perms.writeSettings) return html`<p class="notice" role="status">${m.adminOnly}</p>`;
    return html`<p class="intro">${m.intro}</p>
      ${this.renderError(this.failure)} ${this.renderTask(this.listTask, (list) => this.renderList(list))}
      ${
        this.draft && !this.draft.id
          ? this.renderForm(this.draft)
          : html`<div class="actions">
              <button class="button primary add" type="button" @click=${this.handleAdd}>${m.add}</button>
            </div>`
      }`;
  }

  private renderList(list: WebhookSubscription[]) {
    const m = this.m.webhooksPanel;
    if (list.length === 0) return html`<p class="empty" role="status">${m.none}</p>`;
    return html`<ul class="webhooks">
      ${list.map((w) => html`<li>${this.draft?.id === w.id ? this.renderForm(this.draft) : this.renderWebhook(w)}</li>`)}
    </ul>`;
  }

  private renderWebhook(w: WebhookSubscription) {
    const m = this.m.webhooksPanel;
    const shown = this.shownSecrets.has(w.id);
    const confirming = this.confirming?.id === w.id ? this.confirming.action : undefined;
    const busy = this.busy === w.id;
    return html`<article part="webhook" class="webhook" data-id=${w.id} aria-labelledby=${`url-${w.id}`}>
      <header>
        <h3 class="url" id=${`url-${w.id}`}>${w.url}</h3>
        <span class="badge ${w.enabled ? 'on' : 'off'}">${w.enabled ? m.enabled : m.paused}</span>
      </header>
      ${w.description ? html`<p class="description">${w.description}</p>` : nothing}
      <p class="events">
        <span class="label">${m.events}:</span>
        ${w.events.map((e) => html`<span class="event">${m.eventNames[e]}</span>`)}
      </p>
      <div class="secret">
        <label for=${`secret-${w.id}`}>${m.secret}</label>
        <div class="copy-row">
          <input
            id=${`secret-${w.id}`}
            type=${shown ? 'text' : 'password'}
            readonly
            autocomplete="off"
            spellcheck="false"
            .value=${w.secret}
          />
          <button
            class="button small show-secret"
            type="button"
            aria-pressed=${shown ? 'true' : 'false'}
            @click=${() => this.toggleSecret(w.id)}
          >
            ${shown ? m.hideSecret : m.showSecret}
          </button>
          <button class="button small copy" type="button" @click=${() => void this.handleCopy(w)}>
            ${this.copied === w.id ? m.copied : m.copy}
          </button>
        </div>
      </div>
      <div class="actions">
        <button class="button small edit" type="button" @click=${() => this.handleEdit(w)}>${m.edit}</button>
        <button
          class="button small toggle"
          type="button"
          aria-disabled=${busy ? 'true' : 'false'}
          @click=${() => this.handleToggle(w)}
        >
          ${w.enabled ? m.pause : m.resume}
        </button>
        <button
          class="button small rotate"
          type="button"
          @click=${() => (this.confirming = { id: w.id, action: 'rotate' })}
        >
          ${m.rotate}
        </button>
        <button
          class="button small danger delete"
          type="button"
          @click=${() => (this.confirming = { id: w.id, action: 'delete' })}
        >
          ${m.delete}
        </button>
      </div>
      ${
        confirming
          ? html`<div
              class="confirm"
              role="group"
              aria-label=${confirming === 'delete' ? m.deleteConfirm(w.url) : m.rotateConfirm}
            >
              <p>${confirming === 'delete' ? m.deleteConfirm(w.url) : m.rotateConfirm}</p>
              <button
                class="button primary ${confirming === 'delete' ? 'danger confirm-delete' : 'confirm-rotate'}"
                type="button"
                aria-disabled=${busy ? 'true' : 'false'}
                @click=${() => (confirming === 'delete' ? void this.handleDelete(w) : this.handleRotate(w))}
              >
                ${confirming === 'delete' ? m.delete : m.rotate}
              </button>
              <button class="button keep" type="button" @click=${() => (this.confirming = undefined)}>
                ${this.m.keep}
              </button>
            </div>`
          : nothing
      }
      <details class="log" ?open=${this.openLogs.has(w.id)} @toggle=${(e: Event) => this.handleLogToggle(e, w.id)}>
        <summary>${m.deliveries}</summary>
        ${this.openLogs.has(w.id) ? this.renderLog(w.id) : nothing}
      </details>
    </article>`;
  }

  private renderLog(id: string) {
    const m = this.m.webhooksPanel;
    const list = this.deliveries.get(id);
    if (list === undefined) return this.renderLoading();
    if (list instanceof Error) {
      return html`<div class="notice error" role="alert">
        <p>${this.errorText(list)}</p>
        <button class="button small" type="button" @click=${() => void this.loadDeliveries(id)}>${this.m.retry}</button>
      </div>`;
    }
    if (list.length === 0) return html`<p class="empty" role="status">${m.noDeliveries}</p>`;
    const zone = this.session?.businessTimeZone ?? 'UTC';
    const when = (iso: string) => whenIn(Date.parse(iso), this.language, zone);
    return html`<ul class="deliveries">
      ${list.map((msg) => {
        const d = msg.delivery;
        const canRedeliver = msg.status === 'failed' || msg.status === 'sent';
        return html`<li part="delivery" class="delivery" data-message=${msg.id}>
          <div class="delivery-head">
            <span class="event">${msg.webhook ? m.eventNames[msg.webhook.event] : msg.kind}</span>
            <span class="status ${msg.status}">${this.m.messageStatus[msg.status]}</span>
            <span class="muted">${when(d?.sentAt ?? d?.lastAttemptAt ?? msg.dueAt)}</span>
            ${d && d.attempts > 0 ? html`<span class="muted">${this.m.deliveryAttempts(d.attempts)}</span>` : nothing}
            ${d?.lastStatus ? html`<span class="muted http">${m.httpStatus(d.lastStatus)}</span>` : nothing}
          </div>
          ${d?.lastError ? html`<p class="last-error">${this.m.deliveryLastError}: ${d.lastError}</p>` : nothing}
          ${
            d?.nextAttemptAt && msg.status === 'pending'
              ? html`<p class="muted">${this.m.deliveryNextAttempt}: ${when(d.nextAttemptAt)}</p>`
              : nothing
          }
          <details class="payload">
            <summary>${m.payload} <code>${msg.id}</code></summary>
            <pre>${msg.body}</pre>
          </details>
          ${
            canRedeliver
              ? html`<button
                  class="button small redeliver"
                  type="button"
                  aria-disabled=${this.busy === msg.id ? 'true' : 'false'}
                  @click=${() => void this.handleRedeliver(id, msg.id)}
                >
                  ${this.m.redeliver}
                </button>`
              : nothing
          }
        </li>`;
      })}
    </ul>`;
  }

  private renderForm(d: Draft) {
    const m = this.m.webhooksPanel;
    return html`<form part="form" class="form" novalidate aria-labelledby="form-heading" @submit=${this.handleSave}>
      <h3 id="form-heading">${d.id ? m.editHeading : m.addHeading}</h3>
      <div class="fields">
        ${inputField({
          id: 'url',
          label: m.url,
          hint: m.urlHint,
          value: d.url,
          type: 'url',
          autocomplete: 'off',
          required: true,
          wide: true,
          error: this.errors.url,
          onInput: this.handleInput,
        })}
        ${inputField({
          id: 'description',
          label: m.description,
          hint: m.descriptionHint,
          value: d.description,
          wide: true,
          error: this.errors.description,
          onInput: this.handleInput,
        })}
      </div>
      <fieldset
        class="event-choice"
        tabindex="-1"
        aria-invalid=${this.errors.events ? 'true' : 'false'}
        aria-describedby=${this.errors.events ? 'events-error' : nothing}
      >
        <legend>${m.events}</legend>
        ${WEBHOOK_EVENTS.map(
          (e) =>
            html`<label class="check">
              <input
                type="checkbox"
                name="events"
                value=${e}
                .checked=${d.events.includes(e)}
                @change=${this.handleEvent}
              />
              ${m.eventNames[e]} <code>${e}</code>
            </label>`,
        )}
        ${this.errors.events ? html`<p class="error-text" id="events-error">${this.errors.events}</p>` : nothing}
      </fieldset>
      ${d.id ? nothing : html`<p class="hint">${m.secretHint}</p>`}
      <div class="actions">
        <button class="button primary save" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
          ${this.busy === 'save' ? m.saving : d.id ? m.save : m.add}
        </button>
        <button class="button cancel" type="button" @click=${this.handleCancel}>${m.cancel}</button>
      </div>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'booking-admin-webhooks': BookingAdminWebhooks;
  }
}
