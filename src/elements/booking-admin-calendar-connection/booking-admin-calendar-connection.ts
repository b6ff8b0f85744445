import { Task } from '@lit/task';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { BookingError } from '../../contract/errors.js';
import type { CalendarFeed, CalendarSyncStatus } from '../../schemas/admin.js';
import type { AdminSession } from '../booking-admin/admin-context.js';
import { AdminElement } from '../booking-admin/admin-element.js';
import { focusFirstInvalid, inputField } from '../booking-admin/admin-fields.js';
import { issuesByPath, whenIn } from '../booking-admin/admin-format.js';
import { styles } from './booking-admin-calendar-connection.styles.js';

type Kind = 'ics' | 'caldav';
type Busy = 'connect' | 'sync' | 'disconnect' | 'feed';

interface ConnectDraft {
  kind: Kind;
  url: string;
  userName: string;
  password: string;
}

const EMPTY: ConnectDraft = { kind: 'ics', url: '', userName: '', password: '' };

/**
 * One staff member's personal calendar in the back office (R4, R15, R18): whether their
 * availability follows it and whether it syncs ("calendar not synced since …"); connecting one
 * (an ICS feed's secret address, or a CalDAV account with an app password: tested before it is
 * kept), the last sync and the last error, syncing now, disconnecting; and the private feed of
 * their appointments for their own calendar app (its address shown once, replaceable and
 * revocable). Administrators manage anyone's, team members their own; others read.
 *
 * @summary Back office: a staff member's calendar connection and appointments feed.
 * @fires booking-admin-changed - A calendar was connected, synced or disconnected, or the feed changed.
 * @csspart calendar - The calendar fieldset.
 * @csspart status - The connection's details.
 * @csspart form - The connect form.
 * @csspart feed - The appointments feed.
 */
export class BookingAdminCalendarConnection extends AdminElement {
  static override styles = styles;

  @state() private draft: ConnectDraft = EMPTY;
  @state() private errors: Record<string, string> = {};
  @state() private failure: unknown;
  @state() private busy: Busy | undefined;
  @state() private confirmingDisconnect = false;
  @state() private replacing = false;
  @state() private newFeed: CalendarFeed | undefined;
  @state() private copied = false;

  /** The staff member whose calendar this is. */
  @property({ attribute: 'staff-member-id' }) staffMemberId = '';

  private statusTask = new Task(this, {
    task: async ([session, staffMemberId], { signal }) => {
      if (!session || !staffMemberId) return undefined;
      const list = await session.admin.listCalendarSyncStatus(this.scope(), { signal });
      return list.find((s) => s.staffMemberId === staffMemberId) ?? null;
    },
    args: () => [this.session, this.staffMemberId, this.reload] as const,
  });

  private get status(): CalendarSyncStatus | null | undefined {
    return this.statusTask.value;
  }

  private handleKind(e: Event) {
    const kind = (e.target as HTMLInputElement).value as Kind;
    this.draft = { ...this.draft, kind };
    this.errors = {};
  }

  private handleInput(e: Event) {
    const input = e.target as HTMLInputElement;
    this.draft = { ...this.draft, [input.name]: input.value };
    if (this.errors[input.name]) this.errors = { ...this.errors, [input.name]: '' };
  }

  private async handleConnect(e: Event) {
    e.preventDefault();
    const session = this.session;
    if (!session || this.busy) return;
    const m = this.m.calendarPanel;
    const d = this.draft;
    const errors: Record<string, string> = {};
    if (!d.url.trim()) errors.url = this.m.required;
    if (d.kind === 'caldav' && !d.userName.trim()) errors.userName = this.m.required;
    if (d.kind === 'caldav' && !d.password) errors.password = this.m.required;
    this.errors = errors;
    this.failure = undefined;
    if (Object.values(errors).some(Boolean)) {
      await this.updateComplete;
      focusFirstInvalid(this.renderRoot);
      return;
    }
    this.busy = 'connect';
    try {
      const source =
        d.kind === 'ics'
          ? ({ kind: 'ics', url: d.url.trim() } as const)
          : ({ kind: 'caldav', url: d.url.trim(), userName: d.userName.trim(), password: d.password } as const);
      const status = await session.admin.connectCalendar({
        ...this.scope(),
        staffMemberId: this.staffMemberId,
        source,
      });
      this.draft = EMPTY;
      this.replacing = false;
      this.announce(m.connected(status.displayName));
      this.changed({ entity: 'calendar', action: 'created', id: this.staffMemberId });
      this.refresh();
    } catch (error) {
      if (error instanceof BookingError && error.code === 'invalid-input' && error.issues.length > 0) {
        this.errors = issuesByPath(error.issues, this.m, 'source.');
        this.failure = error.issues.some((i) => i.path.startsWith('source.')) ? undefined : error;
        await this.updateComplete;
        focusFirstInvalid(this.renderRoot);
      } else {
        this.failure = error;
      }
    } finally {
      this.busy = undefined;
    }
  }

  /** Runs one call at a time (`busy` says which, for the buttons); a failure shows in the panel. */
  private async act(kind: Busy, call: (session: AdminSession) => Promise<void>): Promise<void> {
    const session = this.session;
    if (!session || this.busy) return;
    this.busy = kind;
    this.failure = undefined;
    try {
      await call(session);
    } catch (error) {
      this.failure = error;
    } finally {
      this.busy = undefined;
    }
  }

  private handleSync() {
    return this.act('sync', async (session) => {
      const m = this.m.calendarPanel;
      const status = await session.admin.syncCalendarNow({ ...this.scope(), staffMemberId: this.staffMemberId });
      this.announce(status.connection?.lastError ? m.syncFailed : m.synced);
      this.changed({ entity: 'calendar', action: 'updated', id: this.staffMemberId });
      this.refresh();
    });
  }

  private handleDisconnectAsk() {
    this.confirmingDisconnect = true;
  }

  private handleDisconnectKeep() {
    this.confirmingDisconnect = false;
  }

  private handleDisconnect() {
    return this.act('disconnect', async (session) => {
      await session.admin.disconnectCalendar({ ...this.scope(), staffMemberId: this.staffMemberId });
      this.confirmingDisconnect = false;
      this.announce(this.m.calendarPanel.disconnected);
      this.changed({ entity: 'calendar', action: 'deleted', id: this.staffMemberId });
      this.refresh();
    });
  }

  private handleReplace() {
    this.replacing = !this.replacing;
    this.draft = EMPTY;
    this.errors = {};
  }

  private handleFeedCreate() {
    return this.act('feed', async (session) => {
      this.newFeed = await session.admin.createCalendarFeed({ ...this.scope(), staffMemberId: this.staffMemberId });
      this.copied = false;
      this.announce(this.m.calendarPanel.feedNew);
      this.changed({ entity: 'calendar', action: 'created', id: this.staffMemberId });
      this.refresh();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#feed-url')?.select();
    });
  }

  private handleFeedRevoke() {
    return this.act('feed', async (session) => {
      await session.admin.revokeCalendarFeed({ ...this.scope(), staffMemberId: this.staffMemberId });
      this.newFeed = undefined;
      this.announce(this.m.calendarPanel.feedRevoked);
      this.changed({ entity: 'calendar', action: 'deleted', id: this.staffMemberId });
      this.refresh();
    });
  }

  private async handleCopy() {
    if (!this.newFeed) return;
    try {
      await navigator.clipboard.writeText(this.newFeed.url);
      this.copied = true;
      this.announce(this.m.calendarPanel.copied);
    } catch {
      // No clipboard permission: the address is selected for copying by hand.
      this.renderRoot.querySelector<HTMLInputElement>('#feed-url')?.select();
    }
  }

  override render() {
    return html`${this.renderGate(() =>
      this.renderTask(this.statusTask, (status) => (status ? this.renderPanel(status) : nothing)),
    )}
    ${this.renderLiveRegion()}`;
  }

  private renderPanel(status: CalendarSyncStatus) {
    const m = this.m.calendarPanel;
    const manage = status.canConnect === 'yes';
    const feedable = status.canConnect === 'yes' || status.canConnect === 'notConfigured';
    return html`<fieldset part="calendar">
      <legend>${m.heading}</legend>
      ${this.renderFollows(status)}
      ${status.connection ? this.renderConnection(status, manage) : html`<p class="muted">${m.notConnected}</p>`}
      ${this.renderError(this.failure)}
      ${
        manage && (!status.connection || this.replacing)
          ? this.renderForm()
          : !status.connection || this.replacing
            ? this.renderCannot(status)
            : nothing
      }
      ${feedable ? this.renderFeed(status) : nothing}
    </fieldset>`;
  }

  private renderFollows(status: CalendarSyncStatus) {
    const m = this.m.calendarPanel;
    if (status.status === 'notUsed') return nothing;
    if (status.status === 'ok') return html`<p class="notice success" role="status">${m.followsOk}</p>`;
    const since = status.lastSyncedAt
      ? whenIn(Date.parse(status.lastSyncedAt), this.language, this.session?.businessTimeZone ?? 'UTC')
      : undefined;
    return html`<div class="notice error" role="status">
      <p>${since ? m.notSyncedSince(since) : this.m.syncUnavailable}</p>
      ${status.connection?.lastError ? nothing : status.reason ? html`<p class="muted">${status.reason}</p>` : nothing}
    </div>`;
  }

  private renderConnection(status: CalendarSyncStatus, manage: boolean) {
    const m = this.m.calendarPanel;
    const c = status.connection!;
    const zone = this.session?.businessTimeZone ?? 'UTC';
    const when = (iso: string | undefined) => (iso ? whenIn(Date.parse(iso), this.language, zone) : m.never);
    return html`<dl class="details" part="status">
        <div>
          <dt>${m.kind}</dt>
          <dd>${m.kindNames[c.kind]}</dd>
        </div>
        <div>
          <dt>${m.address}</dt>
          <dd class="address">${c.address}</dd>
        </div>
        ${
          c.calendarName
            ? html`<div>
                <dt>${m.calendarName}</dt>
                <dd>${c.calendarName}</dd>
              </div>`
            : nothing
        }
        ${
          c.userName
            ? html`<div>
                <dt>${m.userName}</dt>
                <dd>${c.userName}</dd>
              </div>`
            : nothing
        }
        <div>
          <dt>${m.lastSync}</dt>
          <dd class="last-sync">
            ${when(c.lastSyncedAt)}${c.eventCount !== undefined ? html` · ${m.eventCount(c.eventCount)}` : nothing}
          </dd>
        </div>
        ${
          c.lastError
            ? html`<div class="error-row">
                <dt>${m.lastError}</dt>
                <dd class="last-error">${c.lastError}</dd>
              </div>`
            : nothing
        }
        ${
          c.nextSyncAt
            ? html`<div>
                <dt>${m.nextSync}</dt>
                <dd>${when(c.nextSyncAt)}</dd>
              </div>`
            : nothing
        }
      </dl>
      <p class="hint">${c.writesBookings ? m.writes : m.readOnly}</p>
      ${
        manage
          ? html`<div class="actions">
                <button
                  class="button sync"
                  type="button"
                  aria-disabled=${this.busy ? 'true' : 'false'}
                  @click=${this.handleSync}
                >
                  ${this.busy === 'sync' ? m.syncing : m.syncNow}
                </button>
                <button
                  class="button replace"
                  type="button"
                  aria-expanded=${this.replacing ? 'true' : 'false'}
                  @click=${this.handleReplace}
                >
                  ${m.replace}
                </button>
                ${
                  this.confirmingDisconnect
                    ? nothing
                    : html`<button class="button danger disconnect" type="button" @click=${this.handleDisconnectAsk}>
                        ${m.disconnect}
                      </button>`
                }
              </div>
              ${
                this.confirmingDisconnect
                  ? html`<div class="confirm" role="group" aria-label=${m.disconnectConfirm(status.displayName)}>
                      <p>${m.disconnectConfirm(status.displayName)}</p>
                      ${status.status !== 'notUsed' ? html`<p>${m.disconnectFollows}</p>` : nothing}
                      <button class="button danger primary" type="button" @click=${this.handleDisconnect}>
                        ${m.disconnect}
                      </button>
                      <button class="button keep" type="button" @click=${this.handleDisconnectKeep}>
                        ${this.m.keep}
                      </button>
                    </div>`
                  : nothing
              }`
          : nothing
      }`;
  }

  private renderCannot(status: CalendarSyncStatus) {
    const m = this.m.calendarPanel;
    const text =
      status.canConnect === 'notConfigured'
        ? m.notConfigured
        : status.canConnect === 'notSupported'
          ? m.notSupported
          : status.canConnect === 'notAllowed'
            ? m.notAllowed
            : undefined;
    return text ? html`<p class="notice warning cannot">${text}</p>` : nothing;
  }

  private renderForm() {
    const m = this.m.calendarPanel;
    const d = this.draft;
    const ics = d.kind === 'ics';
    return html`<form part="form" novalidate @submit=${this.handleConnect}>
      <p class="hint">${m.intro}</p>
      <div class="kinds" role="radiogroup" aria-label=${m.kindLabel}>
        ${(['ics', 'caldav'] as const).map(
          (k) =>
            html`<label class="kind">
              <input type="radio" name="kind" value=${k} .checked=${d.kind === k} @change=${this.handleKind} />
              ${k === 'ics' ? m.kindIcs : m.kindCaldav}
            </label>`,
        )}
      </div>
      <div class="fields">
        ${inputField({
          id: 'url',
          label: ics ? m.icsUrl : m.caldavUrl,
          hint: ics ? m.icsHint : m.caldavHint,
          value: d.url,
          type: 'url',
          autocomplete: 'off',
          error: this.errors.url,
          required: true,
          wide: true,
          onInput: this.handleInput,
        })}
        ${
          ics
            ? nothing
            : html`${inputField({
                id: 'userName',
                label: m.userName,
                value: d.userName,
                autocomplete: 'username',
                error: this.errors.userName,
                required: true,
                onInput: this.handleInput,
              })}
              ${inputField({
                id: 'password',
                label: m.appPassword,
                hint: m.appPasswordHint,
                value: d.password,
                type: 'password',
                autocomplete: 'new-password',
                error: this.errors.password,
                required: true,
                onInput: this.handleInput,
              })}`
        }
      </div>
      <div class="actions">
        <button class="button primary connect" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
          ${this.busy === 'connect' ? m.connecting : m.connect}
        </button>
      </div>
    </form>`;
  }

  private renderFeed(status: CalendarSyncStatus) {
    const m = this.m.calendarPanel;
    const zone = this.session?.businessTimeZone ?? 'UTC';
    return html`<section class="feed" part="feed" aria-labelledby="feed-heading">
      <h4 id="feed-heading">${m.feedHeading}</h4>
      <p class="hint">${m.feedIntro}</p>
      ${
        this.newFeed
          ? html`<div class="new-feed">
              <label for="feed-url">${m.feedNew}</label>
              <div class="copy-row">
                <input id="feed-url" type="text" readonly .value=${this.newFeed.url} />
                <button class="button copy" type="button" @click=${this.handleCopy}>
                  ${this.copied ? m.copied : m.copy}
                </button>
              </div>
            </div>`
          : status.feedCreatedAt
            ? html`<p class="feed-since">
                ${m.feedSince(whenIn(Date.parse(status.feedCreatedAt), this.language, zone))}
              </p>`
            : html`<p class="muted">${m.feedNone}</p>`
      }
      <div class="actions">
        <button
          class="button feed-create"
          type="button"
          aria-disabled=${this.busy ? 'true' : 'false'}
          @click=${this.handleFeedCreate}
        >
          ${status.feedCreatedAt ? m.feedReplace : m.feedCreate}
        </button>
        ${
          status.feedCreatedAt
            ? html`<button class="button danger feed-revoke" type="button" @click=${this.handleFeedRevoke}>
                ${m.feedRevoke}
              </button>`
            : nothing
        }
      </div>
    </section>`;
  }
}
