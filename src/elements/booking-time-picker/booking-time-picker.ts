import { PageTask, TaskStatus } from '../../controllers/page-task.js';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { BookingAdapter } from '../../contract/adapter.js';
import { durationMs } from '../../core/duration.js';
import type { AvailableSlot } from '../../core/types.js';
import type { Clock } from '../../context/keys.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import type { BookingMonthChangeEvent } from '../../events/booking-month-change.js';
import {
  dayKey,
  formatDayLong,
  formatDayShort,
  viewerTimeZone,
  zoneParts,
  type HourCycle,
  type Messages,
} from '../../i18n/index.js';
import type { PublicService } from '../../schemas/index.js';
import type { BookingCalendar } from '../booking-calendar/booking-calendar.js';
import type { BookingSlotList } from '../booking-slot-list/booking-slot-list.js';
import type { BookingTimeZoneSelect } from '../booking-time-zone-select/booking-time-zone-select.js';
import { styles } from './booking-time-picker.styles.js';

interface MonthSlots {
  month: string;
  zone: string;
  /** Day (in `zone`) → its slots, for the days of `month`. */
  days: Map<string, AvailableSlot[]>;
  /** When the month has none: the next day with free times, up to the maximum advance. */
  nextFreeDay: string | undefined;
}

const monthOf = (key: string) => `${key.slice(0, 7)}-01`;
const DAY = 86_400_000;
const HOUR = 3_600_000;

/**
 * Day and time for one service: a month calendar with the days that have free times, the chosen
 * day's times, and the zone they are shown in. Loads free times from the adapter one month at a
 * time; when a month has none it finds the next free day and offers to jump there. The first free
 * day is chosen for the customer (in a later month when the current one has none), so times show
 * without an extra click.
 *
 * @summary Calendar, free times and zone for one service.
 * @fires change - The user chose a time; read `value` (start) and `selectedSlot`.
 * @csspart day - Each calendar day (exported from `<booking-calendar>`), with state words: `today`, `selected`, `available`, `unavailable`, `outside`.
 * @csspart select - The time-zone select (exported from `<booking-time-zone-select>`).
 * @slot waitlist - Shown with "no free times on this day" (`<booking-page>` puts its "Join the waiting list" button there).
 * @csspart slot - Each time button (exported from `<booking-slot-list>`), with the state word `selected`.
 * @cssstate loading - Free times are loading.
 */
export class BookingTimePicker extends LitElement {
  static override styles = styles;

  private locale = new LocaleController(this);
  private internals = this.attachInternals();

  @state() private month = '';
  /** The day shown (`yyyy-MM-dd`, in the display zone). */
  @state() day = '';
  @state() private reload = 0;
  /** Until the user moves to another month, an empty first month jumps to the next free day. */
  private followNextFree = true;

  /** The backend the free times come from. */
  @property({ attribute: false }) adapter: BookingAdapter | undefined;
  /** Business id, for adapters that hold several businesses. */
  @property() business = '';
  /** The service to find times for; nothing loads without one. */
  @property({ attribute: false }) service: PublicService | undefined;
  /** A staff member, or `''` for Anyone. */
  @property({ attribute: 'staff-member-id' }) staffMemberId = '';
  /** The zone times are shown in; the user may change it. */
  @property({ attribute: 'time-zone' }) timeZone = '';
  /** The business's zone, offered first in the zone list. */
  @property({ attribute: 'business-time-zone' }) businessTimeZone = '';
  /** `h12` or `h23`; default: the language's own. */
  @property({ attribute: 'hour-cycle' }) hourCycle: HourCycle | undefined;
  /** The chosen slot's start. Its day opens first (e.g. coming back from the details step). */
  @property() value = '';
  /**
   * A start that was just taken (a `slot-unavailable` answer, R11): its day opens, with the free times
   * nearest to it offered first, instead of the first free day.
   */
  @property() near = '';
  /** The clock (`() => epoch ms`); tests and stories pass a fixed one. */
  @property({ attribute: false }) clock: Clock = Date.now;

  private slotsTask = new PageTask(this, {
    task: async ([adapter, service, staffId, month, zone], { signal }) => {
      if (!adapter || !service || !month || !zone) return undefined;
      return this.loadMonth(adapter, service, staffId, month, zone, signal);
    },
    args: () =>
      [
        this.adapter,
        this.service,
        this.staffMemberId,
        this.month,
        this.timeZone || viewerTimeZone(),
        this.reload,
      ] as const,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // The zone picker is not needed to show free times: its own chunk in the script-tag bundle,
    // defined while the first times load (already defined with `booking-elements/define`).
    if (!customElements.get('booking-time-zone-select')) void import('../../define/booking-time-zone-select.js');
  }

  /** The slot the user chose, with its free staff and seats. */
  get selectedSlot(): AvailableSlot | undefined {
    return this.slotsTask.value?.days.get(this.day)?.find((s) => s.start === this.value);
  }

  /** Loads the free times again (e.g. after "that time was just taken"). */
  refresh(): void {
    this.value = '';
    this.reload++;
  }

  private get zone(): string {
    return this.timeZone || viewerTimeZone();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('service') || changed.has('staffMemberId')) this.day = '';
    // Stay on the day of the chosen (or just taken) time rather than jump to the first free day.
    const anchor = this.value || this.near;
    if (!this.day && anchor && Number.isFinite(Date.parse(anchor))) {
      this.day = dayKey(Date.parse(anchor), this.zone);
      this.month = monthOf(this.day);
      this.followNextFree = false;
    }
    if (!this.month) this.month = monthOf(dayKey(this.clock(), this.zone));
    const slots = this.slotsTask.value;
    if (slots && slots.month === this.month && slots.zone === this.zone && !this.day) {
      const first = [...slots.days.keys()].sort()[0];
      if (first) this.day = first;
      else if (slots.nextFreeDay && this.followNextFree) {
        this.month = monthOf(slots.nextFreeDay);
        this.day = slots.nextFreeDay;
      }
      this.followNextFree = false;
    }
  }

  protected override updated(): void {
    if (this.slotsTask.status === TaskStatus.PENDING) this.internals.states.add('loading');
    else this.internals.states.delete('loading');
  }

  private async loadMonth(
    adapter: BookingAdapter,
    service: PublicService,
    staffId: string,
    month: string,
    zone: string,
    signal: AbortSignal,
  ): Promise<MonthSlots> {
    const policy = service.schedulingPolicy;
    const now = this.clock();
    const horizon = now + durationMs(policy.maximumAdvance);
    // A month's days in any zone lie within its UTC dates ± 14 hours; days are sorted out below.
    const [y, m] = month.split('-').map(Number);
    const from = Math.max(now, Date.UTC(y, m - 1, 1) - 14 * HOUR);
    const to = Math.min(horizon, Date.UTC(y, m, 1) + 14 * HOUR);
    const ask = (start: number, end: number) =>
      adapter.getAvailability(
        {
          ...(this.business ? { businessId: this.business } : {}),
          serviceId: service.id,
          ...(staffId ? { staffMemberId: staffId } : {}),
          start: new Date(start).toISOString(),
          end: new Date(end).toISOString(),
        },
        { signal },
      );
    const days = new Map<string, AvailableSlot[]>();
    if (from < to) {
      for (const slot of await ask(from, to)) {
        const d = dayKey(Date.parse(slot.start), zone);
        if (monthOf(d) !== month) continue;
        const list = days.get(d);
        if (list) list.push(slot);
        else days.set(d, [slot]);
      }
    }
    let nextFreeDay: string | undefined;
    if (days.size === 0) {
      for (let start = Math.max(to, now); start < horizon && !nextFreeDay; start += 90 * DAY) {
        const found = await ask(start, Math.min(horizon, start + 90 * DAY));
        const later = found.find((s) => monthOf(dayKey(Date.parse(s.start), zone)) > month);
        if (later) nextFreeDay = dayKey(Date.parse(later.start), zone);
      }
    }
    return { month, zone, days, nextFreeDay };
  }

  private handleMonthChange(e: BookingMonthChangeEvent) {
    this.followNextFree = false;
    this.near = '';
    this.month = e.detail.month;
    this.day = '';
  }

  private handleDayChange(e: Event) {
    e.stopPropagation();
    this.day = (e.target as BookingCalendar).value;
    this.near = '';
    void this.updateComplete.then(() => {
      const list = this.renderRoot.querySelector<BookingSlotList>('booking-slot-list');
      list?.focusSlot();
    });
  }

  private handleJump(e: Event) {
    const day = (e.currentTarget as HTMLElement).dataset.day!;
    this.month = monthOf(day);
    this.day = day;
    void this.updateComplete.then(() => this.renderRoot.querySelector<BookingCalendar>('booking-calendar')?.focusDay());
  }

  private handleZoneChange(e: Event) {
    e.stopPropagation();
    this.timeZone = (e.target as BookingTimeZoneSelect).value;
    this.day = '';
    this.value = '';
  }

  private handleSlotChange(e: Event) {
    e.stopPropagation();
    this.value = (e.target as BookingSlotList).value;
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private handleRetry() {
    this.reload++;
  }

  override render() {
    const service = this.service;
    if (!service) return nothing;
    const lang = this.locale.lang;
    const policy = service.schedulingPolicy;
    const now = this.clock();
    const zone = this.zone;
    const today = dayKey(now, zone);
    const min = dayKey(now + durationMs(policy.minimumLeadTime), zone);
    const max = dayKey(now + durationMs(policy.maximumAdvance) - 1, zone);
    const slots = this.slotsTask.value;
    const current = !!slots && slots.month === this.month && slots.zone === zone;
    const loading = this.slotsTask.status === TaskStatus.PENDING || !current;
    const availability = new Map<string, number>();
    if (current) for (const [d, list] of slots.days) availability.set(d, list.length);
    return html`<div class="schedule">
      <div>
        <booking-calendar
          exportparts="day, today, selected, available, unavailable, outside"
          lang=${lang}
          .month=${this.month}
          .value=${this.day}
          today=${today}
          min=${min < today ? today : min}
          max=${max}
          .availability=${availability}
          ?loading=${loading}
          @change=${this.handleDayChange}
          @booking-month-change=${this.handleMonthChange}
        ></booking-calendar>
        <booking-time-zone-select
          exportparts="select"
          lang=${lang}
          .value=${zone}
          .preferred=${[...new Set([viewerTimeZone(), this.businessTimeZone].filter(Boolean))]}
          .at=${now}
          @change=${this.handleZoneChange}
        ></booking-time-zone-select>
      </div>
      <div class="times">${this.renderTimes(current ? slots : undefined, loading, service)}</div>
      <div class="visually-hidden" role="status">${this.statusText(current ? slots : undefined, loading)}</div>
    </div>`;
  }

  /** What the polite live region says: the chosen day's count, or that the month has none (STYLE: counts are announced). */
  private statusText(slots: MonthSlots | undefined, loading: boolean): string {
    const m = this.locale.messages;
    if (loading || !slots || this.slotsTask.status === TaskStatus.ERROR) return '';
    if (slots.days.size === 0) return m.noTimesThisMonth;
    const count = slots.days.get(this.day)?.length ?? 0;
    return this.day && count ? m.timesCount(count, formatDayLong(this.day, this.locale.lang)) : '';
  }

  /** "Times are shown in …", each language placing the zone's name its own way. */
  private zoneNote(m: Messages, lang: string, at: number): string {
    const { name, offset } = zoneParts(this.zone, lang, at);
    return m.timesShownIn(name, offset);
  }

  /** After a time was taken: the (up to three) free times of its day nearest to it, first. */
  private renderNearest(daySlots: AvailableSlot[], service: PublicService) {
    const near = Date.parse(this.near);
    if (!(near && dayKey(near, this.zone) === this.day)) return nothing;
    const gap = (s: AvailableSlot) => Math.abs(Date.parse(s.start) - near);
    const nearest = [...daySlots]
      .sort((a, b) => gap(a) - gap(b))
      .slice(0, 3)
      .sort((a, b) => (a.start < b.start ? -1 : 1));
    const m = this.locale.messages;
    return html`<section class="nearest" aria-labelledby="nearest">
        <h5 id="nearest">${m.nearestTimes}</h5>
        ${this.renderSlotList(nearest, service)}
      </section>
      <h5>${m.allTimesThatDay}</h5>`;
  }

  private renderSlotList(slots: AvailableSlot[], service: PublicService) {
    return html`<booking-slot-list
      exportparts="slot, selected"
      lang=${this.locale.lang}
      .slots=${slots}
      .value=${this.value}
      day=${this.day}
      time-zone=${this.zone}
      hour-cycle=${this.hourCycle ?? nothing}
      ?show-capacity=${service.maximumAttendeesCount > 1}
      @change=${this.handleSlotChange}
    ></booking-slot-list>`;
  }

  private renderTimes(slots: MonthSlots | undefined, loading: boolean, service: PublicService) {
    const m = this.locale.messages;
    const lang = this.locale.lang;
    if (this.slotsTask.status === TaskStatus.ERROR) {
      return html`<div class="error" role="alert">
        <p>${m.loadFailed}</p>
        <button class="button" type="button" @click=${this.handleRetry}>${m.retry}</button>
      </div>`;
    }
    if (loading || !slots) {
      return html`<h4>${m.loading}</h4>
        <booking-slot-list exportparts="slot, selected" loading></booking-slot-list>`;
    }
    if (slots.days.size === 0) {
      return html`<div class="empty">
        <p>${m.noTimesThisMonth}</p>
        ${
          slots.nextFreeDay
            ? html`<p>${m.nextFreeDay(formatDayLong(slots.nextFreeDay, lang))}</p>
                <button class="button primary" type="button" data-day=${slots.nextFreeDay} @click=${this.handleJump}>
                  ${m.showDay(formatDayShort(slots.nextFreeDay, lang))}
                </button>`
            : html`<p>${m.noTimesAtAll}</p>`
        }
      </div>`;
    }
    if (!this.day) return html`<p class="empty">${m.pickADay}</p>`;
    const daySlots = slots.days.get(this.day) ?? [];
    if (daySlots.length === 0) {
      const next = [...slots.days.keys()].sort().find((d) => d > this.day);
      return html`<h4>${formatDayLong(this.day, lang)}</h4>
        <div class="empty">
          <p>${m.noTimesOnDay}</p>
          <slot name="waitlist"></slot>
          ${
            next
              ? html`<button class="button" type="button" data-day=${next} @click=${this.handleJump}>
                  ${m.showDay(formatDayShort(next, lang))}
                </button>`
              : nothing
          }
        </div>`;
    }
    return html`<h4>${formatDayLong(this.day, lang)}</h4>
      <p class="zone-note">${this.zoneNote(m, lang, Date.parse(daySlots[0].start))}</p>
      ${this.renderNearest(daySlots, service)} ${this.renderSlotList(daySlots, service)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'booking-time-picker': BookingTimePicker;
  }
}
