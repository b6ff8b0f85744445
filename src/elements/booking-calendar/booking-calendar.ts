import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { BookingMonthChangeEvent } from '../../events/booking-month-change.js';
import {
  addDaysToKey,
  addMonthsToKey,
  dayGridMove,
  firstDayOfWeek,
  formatDayLong,
  formatDayNumber,
  formatMonthYear,
  weekdayNames,
  weekdayOfKey,
} from '../../i18n/format.js';
import { styles } from './booking-calendar.styles.js';

const monthOf = (key: string) => `${key.slice(0, 7)}-01`;

/**
 * A month of days following the WAI-ARIA APG date-picker grid: one focusable day (roving
 * tabindex), arrows (mirrored in right-to-left), Home/End, PageUp/PageDown (with Shift: years),
 * Enter/Space to choose. Days without free times stay focusable, marked `aria-disabled`, and say why.
 *
 * @summary Month grid of days with free times.
 * @fires change - The user chose a day; read `value`.
 * @fires booking-month-change - The user moved to another month; `detail.month` is its first day.
 * @csspart day - Each day cell, with state words: `today`, `selected`, `available`, `unavailable`, `outside`.
 * @cssprop --booking-calendar-day-size - Size of a day cell (default 44px).
 * @cssstate loading - Free times are being loaded.
 */
export class BookingCalendar extends LitElement {
  static override styles = styles;

  private locale = new LocaleController(this);
  private internals = this.attachInternals();

  /** The day that holds the keyboard focus position (roving tabindex). */
  @state() private focusedDay = '';

  /** Any day of the month to show, `yyyy-MM-dd`. */
  @property() month = '';
  /** The chosen day, `yyyy-MM-dd`. */
  @property() value = '';
  /** Today in the display zone, `yyyy-MM-dd`. */
  @property() today = '';
  /** First day that can be booked at all (minimum lead time), `yyyy-MM-dd`. */
  @property() min = '';
  /** Last day that can be booked at all (maximum advance), `yyyy-MM-dd`. */
  @property() max = '';
  /** Number of free times per day, `yyyy-MM-dd` → count; days not listed have none. */
  @property({ attribute: false }) availability: ReadonlyMap<string, number> = new Map();
  /** Free times are being loaded: no day is offered yet, and the grid is marked busy. */
  @property({ type: Boolean }) loading = false;
  /** Overrides the locale's first day of the week (0 = Sunday). */
  @property({ type: Number, attribute: 'first-day' }) firstDay: number | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.month) this.month = monthOf(this.value || this.today || this.min || '2000-01-01');
    if (changed.has('value') && this.value) this.focusedDay = this.value;
    if (!this.focusedDay || monthOf(this.focusedDay) !== monthOf(this.month)) {
      this.focusedDay = this.initialFocus();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('loading')) {
      if (this.loading) this.internals.states.add('loading');
      else this.internals.states.delete('loading');
    }
  }

  private initialFocus(): string {
    const month = monthOf(this.month);
    if (this.value && monthOf(this.value) === month) return this.value;
    if (this.today && monthOf(this.today) === month) return this.today;
    for (let d = month; monthOf(d) === month; d = addDaysToKey(d, 1)) {
      if ((this.availability.get(d) ?? 0) > 0) return d;
    }
    return month;
  }

  private get rtl(): boolean {
    return getComputedStyle(this).direction === 'rtl';
  }

  private handlePrev() {
    this.goToMonth(addMonthsToKey(monthOf(this.month), -1), false);
  }

  private handleNext() {
    this.goToMonth(addMonthsToKey(monthOf(this.month), 1), false);
  }

  private handleDayClick(e: Event) {
    const day = (e.currentTarget as HTMLElement).dataset.day;
    if (day) this.choose(day);
  }

  private handleKeyDown(e: KeyboardEvent) {
    const day = this.focusedDay;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.choose(day);
      return;
    }
    const next = dayGridMove(e, day, this.column(day), this.rtl);
    if (next === undefined) return;
    e.preventDefault();
    this.moveFocus(next);
  }

  private column(day: string): number {
    return (weekdayOfKey(day) - this.weekStart + 7) % 7;
  }

  private get weekStart(): number {
    return this.firstDay ?? firstDayOfWeek(this.locale.lang);
  }

  private moveFocus(day: string) {
    this.focusedDay = day;
    if (monthOf(day) !== monthOf(this.month)) this.goToMonth(monthOf(day), true);
    void this.updateComplete.then(() => this.focusDay());
  }

  private goToMonth(month: string, keepFocusDay: boolean) {
    this.month = month;
    if (!keepFocusDay) this.focusedDay = '';
    this.dispatchEvent(new BookingMonthChangeEvent({ month }));
  }

  private choose(day: string) {
    this.focusedDay = day;
    if (this.value === day) return;
    this.value = day;
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /** Moves keyboard focus to the focusable day. */
  focusDay(): void {
    this.renderRoot.querySelector<HTMLElement>('[part~="day"][tabindex="0"]')?.focus();
  }

  override render() {
    const m = this.locale.messages;
    const lang = this.locale.lang;
    const month = monthOf(this.month);
    const first = addDaysToKey(month, -this.column(month));
    const names = weekdayNames(lang, this.weekStart);
    const prevDisabled = !!this.min && addDaysToKey(month, -1) < this.min;
    const nextDisabled = !!this.max && addMonthsToKey(month, 1) > this.max;
    const weeks: string[][] = [];
    for (let w = 0, d = first; w < 6; w++) {
      const week: string[] = [];
      for (let i = 0; i < 7; i++, d = addDaysToKey(d, 1)) week.push(d);
      if (w > 3 && monthOf(week[0]) !== month) break;
      weeks.push(week);
    }
    return html`
      <div class="header">
        <h3 id="month" aria-live="polite">${formatMonthYear(month, lang)}</h3>
        <div class="nav">
          <button
            type="button"
            aria-label=${m.previousMonth}
            title=${m.previousMonth}
            ?disabled=${prevDisabled}
            @click=${this.handlePrev}
          >
            <span aria-hidden="true">‹</span>
          </button>
          <button
            type="button"
            aria-label=${m.nextMonth}
            title=${m.nextMonth}
            ?disabled=${nextDisabled}
            @click=${this.handleNext}
          >
            <span aria-hidden="true">›</span>
          </button>
        </div>
      </div>
      <table
        role="grid"
        aria-labelledby="month"
        aria-busy=${this.loading ? 'true' : 'false'}
        @keydown=${this.handleKeyDown}
      >
        <thead>
          <tr>
            ${names.map((n) => html`<th scope="col"><abbr title=${n.long}>${n.short}</abbr></th>`)}
          </tr>
        </thead>
        <tbody>
          ${weeks.map(
            (week) =>
              html`<tr>
                ${week.map((d) => this.renderDay(d, month))}
              </tr>`,
          )}
        </tbody>
      </table>
    `;
  }

  private renderDay(day: string, month: string) {
    if (monthOf(day) !== month) return html`<td part="day outside" aria-hidden="true"></td>`;
    const m = this.locale.messages;
    const count = this.availability.get(day) ?? 0;
    const past = !!this.today && day < this.today;
    const tooSoon = !past && !!this.min && day < this.min;
    const notYet = !!this.max && day > this.max;
    const available = count > 0 && !this.loading;
    const states = ['day', available ? 'available' : 'unavailable'];
    if (day === this.today) states.push('today');
    if (day === this.value) states.push('selected');
    const why = this.loading
      ? m.loading
      : available
        ? m.dayHasTimes(count)
        : past
          ? m.dayPast
          : tooSoon
            ? m.dayTooSoon
            : notYet
              ? m.dayOutsideWindow
              : m.noTimesOnDay;
    return html`<td
      part=${states.join(' ')}
      role="gridcell"
      data-day=${day}
      tabindex=${day === this.focusedDay ? 0 : -1}
      aria-selected=${day === this.value ? 'true' : 'false'}
      aria-current=${day === this.today ? 'date' : nothing}
      aria-disabled=${available ? nothing : 'true'}
      aria-label=${`${formatDayLong(day, this.locale.lang)}, ${why}`}
      @click=${this.handleDayClick}
    >
      <span aria-hidden="true">${formatDayNumber(day, this.locale.lang)}</span>
    </td>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'booking-calendar': BookingCalendar;
  }
}
