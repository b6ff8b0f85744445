// `<booking-manage>` on a waitlist link (`#waitlist=…&token=…`, issue 20): the customer's place on
// the list, the place offered to them (claim it: every booking rule is checked again), or how the
// entry ended; and leaving the list. Loaded only for such a link, so a manage page does not carry it.
import { html, nothing, type TemplateResult } from 'lit';
import type { BookingAdapter } from '../../contract/adapter.js';
import { BookingError } from '../../contract/errors.js';
import type { LocaleController } from '../../controllers/locale-controller.js';
import { formatDateTime, formatDayLong, zoneShort, type Messages } from '../../i18n/index.js';
import { viewerTimeZone, type HourCycle } from '../../i18n/format.js';
import type { BookResult } from '../../schemas/booking.js';
import type { WaitlistEntry } from '../../schemas/waitlist.js';

export interface WaitlistViewHost {
  readonly locale: LocaleController;
  readonly hourCycle: HourCycle | undefined;
  readonly timeZone: string;
  requestUpdate(): void;
}

export class WaitlistView {
  private entry: WaitlistEntry | undefined;
  private error: BookingError | undefined;
  private notice = '';
  private busy: '' | 'claim' | 'leave' = '';
  private booked: BookResult | undefined;
  private readonly key = crypto.randomUUID();

  constructor(
    private readonly host: WaitlistViewHost,
    private readonly adapter: BookingAdapter,
    private readonly entryId: string,
    private readonly token: string,
  ) {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      if (!this.adapter.getWaitlistEntry) throw new BookingError('not-found', 'This backend has no waiting lists.');
      this.entry = await this.adapter.getWaitlistEntry({ entryId: this.entryId, waitlistToken: this.token });
      this.error = undefined;
    } catch (error) {
      this.error = error instanceof BookingError ? error : new BookingError('network', String(error));
    }
    this.host.requestUpdate();
  }

  private handleClaim = async () => {
    const m = this.host.locale.messages;
    if (this.busy || !this.adapter.claimWaitlistOffer) return;
    this.busy = 'claim';
    this.notice = '';
    this.host.requestUpdate();
    try {
      this.booked = await this.adapter.claimWaitlistOffer({
        entryId: this.entryId,
        waitlistToken: this.token,
        idempotencyKey: this.key,
      });
    } catch (error) {
      const e = error instanceof BookingError ? error : undefined;
      this.notice =
        e?.code === 'slot-unavailable'
          ? m.waitlistTaken
          : e?.code === 'policy-violation'
            ? m.waitlistLapsedText
            : m.unknownError;
    } finally {
      this.busy = '';
    }
    await this.load();
  };

  private handleLeave = async () => {
    const m = this.host.locale.messages;
    if (this.busy || !this.adapter.leaveWaitlist) return;
    this.busy = 'leave';
    this.notice = '';
    this.host.requestUpdate();
    try {
      await this.adapter.leaveWaitlist({ entryId: this.entryId, waitlistToken: this.token });
    } catch {
      this.notice = m.unknownError;
    } finally {
      this.busy = '';
    }
    await this.load();
  };

  render(m: Messages): TemplateResult {
    if (this.error) {
      return html`<h3 tabindex="-1">${m.waitlistEntryHeading}</h3>
        <p role="alert">${this.error.code === 'not-found' ? m.waitlistNotFound : m.unknownError}</p>`;
    }
    const e = this.entry;
    if (!e) {
      return html`<div aria-busy="true">
        <span class="visually-hidden" role="status">${m.loading}</span>
        <div class="skeleton" style="width: 50%"></div>
        <div class="skeleton"></div>
      </div>`;
    }
    const lang = this.host.locale.lang;
    // The day waited for is the business's day: its times are shown in the business's zone unless the page forces one.
    const zone = this.host.timeZone || e.businessTimeZone || viewerTimeZone();
    const when = (iso: string) => {
      const ms = Date.parse(iso);
      return `${formatDateTime(ms, lang, zone, this.host.hourCycle)} ${zoneShort(zone, lang, ms)}`;
    };
    const wish = e.start ? when(e.start) : m.waitlistAnyTime(formatDayLong(e.date ?? '', lang));
    return html`<p class="eyebrow">${e.businessName}</p>
      <h3 tabindex="-1">${e.state === 'offered' ? m.waitlistOfferedHeading : m.waitlistEntryHeading}</h3>
      <dl>
        <dt>${m.what}</dt>
        <dd>${e.serviceName}</dd>
        <dt>${m.waitlistWaitingFor}</dt>
        <dd>${wish}</dd>
        ${
          e.staffName
            ? html`<dt>${m.withWhom}</dt>
                <dd>${e.staffName}</dd>`
            : nothing
        }
        ${
          (e.state === 'offered' || e.state === 'claimed') && e.offer
            ? html`<dt>${m.when}</dt>
                <dd>
                  ${when(e.offer.start)}${e.offer.staffName ? html`<span class="secondary">${e.offer.staffName}</span>` : nothing}
                </dd>`
            : nothing
        }
      </dl>
      ${this.notice ? html`<p part="notice" role="alert">${this.notice}</p>` : nothing} ${this.renderState(m, e, when)}`;
  }

  private renderState(m: Messages, e: WaitlistEntry, when: (iso: string) => string) {
    const leave = html`<button
      class="button"
      type="button"
      aria-disabled=${this.busy ? 'true' : 'false'}
      @click=${this.handleLeave}
    >
      ${this.busy === 'leave' ? m.waitlistLeaving : m.waitlistLeave}
    </button>`;
    switch (e.state) {
      case 'waiting':
        return html`<p class="status">${m.waitlistWaiting(e.position ?? 1, e.waitingCount)}</p>
          <div class="actions">${leave}</div>`;
      case 'offered':
        return html`<p>${m.waitlistOfferedText(when(e.offer?.expiresAt ?? ''))}</p>
          <div class="actions">
            <button
              class="button primary"
              type="button"
              aria-disabled=${this.busy ? 'true' : 'false'}
              @click=${this.handleClaim}
            >
              ${this.busy === 'claim' ? m.waitlistClaiming : m.waitlistClaim}
            </button>
            ${leave}
          </div>`;
      case 'claimed': {
        const booked = this.booked;
        const manage = booked
          ? `#${new URLSearchParams({ appointment: booked.appointment.id, token: booked.manageToken }).toString()}`
          : undefined;
        return html`<p class="status" role="status">${m.waitlistClaimedText}</p>
          ${manage ? html`<div class="actions"><a class="button primary" href=${manage}>${m.manageLink}</a></div>` : nothing}`;
      }
      case 'left':
        return html`<p class="status" role="status">${m.waitlistLeftText}</p>`;
      default:
        return html`<p class="status">${e.offer ? m.waitlistLapsedText : m.waitlistPassedText}</p>`;
    }
  }
}
