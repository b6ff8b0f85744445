import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AvailableSlot } from '../../core/types.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { formatDayLong, formatTime, hourOf, zoneShort, type HourCycle } from '../../i18n/format.js';
import { styles } from './booking-slot-list.styles.js';

type Period = 'morning' | 'afternoon' | 'evening';

/**
 * The free times of one day as buttons, grouped into morning, afternoon and evening. One tab stop:
 * arrows, Home and End move between times; Enter or Space chooses. Every button is named with
 * the date, the time and the zone, so a screen reader never hears a bare "1:30".
 *
 * @summary The free times of a day.
 * @fires change - The user chose a time; read `value` (the slot's start instant).
 * @csspart slot - Each time button, with the state word `selected`.
 * @cssprop --booking-slot-list-min-width - Minimum width of a time button (default 104px).
 */
export class BookingSlotList extends LitElement {
  static override styles = styles;

  private locale = new LocaleController(this);

  @state() private focusedStart = '';

  /** The day's slots, sorted by start. */
  @property({ attribute: false }) slots: readonly AvailableSlot[] = [];
  /** The chosen slot's start (ISO instant). */
  @property() value = '';
  /** The day shown, `yyyy-MM-dd` in `timeZone`. */
  @property() day = '';
  /** The zone the times are shown in. */
  @property({ attribute: 'time-zone' }) timeZone = 'UTC';
  /** `h12` or `h23`; default: the language's own. */
  @property({ attribute: 'hour-cycle' }) hourCycle: HourCycle | undefined;
  /** Shows seats left (group services). */
  @property({ type: Boolean, attribute: 'show-capacity' }) showCapacity = false;
  /** The times are being loaded: a loading state replaces the list. */
  @property({ type: Boolean }) loading = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('slots') || changed.has('value')) {
      const starts = this.slots.map((s) => s.start);
      if (!starts.includes(this.focusedStart))
        this.focusedStart = starts.includes(this.value) ? this.value : (starts[0] ?? '');
    }
  }

  private handleClick(e: Event) {
    const start = (e.currentTarget as HTMLElement).dataset.start!;
    this.choose(start);
  }

  private handleKeyDown(e: KeyboardEvent) {
    const starts = this.slots.map((s) => s.start);
    const i = starts.indexOf(this.focusedStart);
    const rtl = getComputedStyle(this).direction === 'rtl';
    let next: number;
    switch (e.key) {
      case 'ArrowRight':
        next = i + (rtl ? -1 : 1);
        break;
      case 'ArrowDown':
        next = i + 1;
        break;
      case 'ArrowLeft':
        next = i + (rtl ? 1 : -1);
        break;
      case 'ArrowUp':
        next = i - 1;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = starts.length - 1;
        break;
      default:
        return;
    }
    e.preventDefault();
    next = Math.max(0, Math.min(starts.length - 1, next));
    this.focusedStart = starts[next];
    void this.updateComplete.then(() => this.focusSlot());
  }

  private choose(start: string) {
    this.focusedStart = start;
    // Choosing the chosen time again still reports it: back on this step after "Change", the
    // customer confirms the same time by pressing it, and the flow must go on.
    this.value = start;
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /** Moves keyboard focus to the list's focusable time. */
  focusSlot(): void {
    this.renderRoot.querySelector<HTMLElement>('[part~="slot"][tabindex="0"]')?.focus();
  }

  private period(ms: number): Period {
    const hour = hourOf(ms, this.timeZone);
    return hour < 12 ? 'morning' : hour < 17 ? 'afternoon' : 'evening';
  }

  override render() {
    if (this.loading) {
      return html`<div class="slots" aria-hidden="true">
        ${Array.from({ length: 8 }, () => html`<div class="skeleton"></div>`)}
      </div>`;
    }
    const groups = new Map<Period, AvailableSlot[]>();
    for (const slot of this.slots) {
      const p = this.period(Date.parse(slot.start));
      groups.set(p, [...(groups.get(p) ?? []), slot]);
    }
    const m = this.locale.messages;
    const titles: Record<Period, string> = { morning: m.morning, afternoon: m.afternoon, evening: m.evening };
    return html`<div
      role="group"
      aria-label=${this.day ? m.timesOn(formatDayLong(this.day, this.locale.lang)) : m.chooseTime}
      @keydown=${this.handleKeyDown}
    >
      ${[...groups].map(
        ([period, slots]) =>
          html`<div class="group">
            <h4 aria-hidden="true">${titles[period]}</h4>
            <div class="slots">${slots.map((s) => this.renderSlot(s))}</div>
          </div>`,
      )}
    </div>`;
  }

  private renderSlot(slot: AvailableSlot) {
    const m = this.locale.messages;
    const lang = this.locale.lang;
    const ms = Date.parse(slot.start);
    const time = formatTime(ms, lang, this.timeZone, this.hourCycle);
    const zone = zoneShort(this.timeZone, lang, ms);
    const selected = slot.start === this.value;
    const seats = this.showCapacity ? m.seatsLeft(slot.remainingCapacity) : '';
    // The name comes from the content, not aria-label, so it always contains the visible text
    // (WCAG 2.5.3) while the date and zone, hidden visually, are still spoken with every time.
    const context = `, ${formatDayLong(this.day, lang)}, ${zone}`;
    return html`<button
      type="button"
      part=${selected ? 'slot selected' : 'slot'}
      data-start=${slot.start}
      tabindex=${slot.start === this.focusedStart ? 0 : -1}
      aria-pressed=${selected ? 'true' : 'false'}
      @click=${this.handleClick}
    >
      <span class="time">${time}<span class="visually-hidden">${context}</span></span
      >${seats ? html`<span class="seats"><span class="visually-hidden">, </span>${seats}</span>` : nothing}
    </button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'booking-slot-list': BookingSlotList;
  }
}
