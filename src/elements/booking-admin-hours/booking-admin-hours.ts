import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { DayOfWeek, TimeSlot, WorkHours } from '../../core/types.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { firstDayOfWeek, weekdayNames } from '../../i18n/format.js';
import { adminMessagesFor } from '../booking-admin/admin-messages.js';
import { issueText } from '../booking-admin/admin-format.js';
import { styles } from './booking-admin-hours.styles.js';

const DAYS: readonly DayOfWeek[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * A week of hours (business opening hours, a staff member's working hours): per day open or
 * closed, and one or more from–to windows. A controlled value control: the owner keeps `value`
 * and the field `errors` (schema paths relative to the list, e.g. `[0].timeSlots[1].endTime`).
 *
 * @summary Back office: weekly hours editor.
 * @fires change - The user changed the hours; read `value`.
 * @csspart day - Each day's row.
 */
export class BookingAdminHours extends LitElement {
  static override styles = styles;

  private locale = new LocaleController(this);

  /** The hours; days with no windows are closed. */
  @property({ attribute: false }) value: WorkHours[] = [];
  /** Field errors by schema path relative to `value` (`[i].timeSlots[k].startTime`). */
  @property({ attribute: false }) errors: Record<string, string> = {};
  /** Shows the hours as text, with no controls. */
  @property({ type: Boolean }) readonly = false;

  private get m() {
    return adminMessagesFor(this.locale.lang);
  }

  /** Days in the locale's week order. */
  private days(): { day: DayOfWeek; name: string }[] {
    const first = firstDayOfWeek(this.locale.lang);
    const names = weekdayNames(this.locale.lang, first);
    return names.map((n, i) => ({ day: DAYS[(first + i) % 7], name: n.long }));
  }

  /** A day's windows, with where each sits in `value` (for its errors). */
  private slotsOf(day: DayOfWeek): { slot: TimeSlot; path: string }[] {
    return this.value.flatMap((entry, i) =>
      entry.day === day ? entry.timeSlots.map((slot, k) => ({ slot, path: `[${i}].timeSlots[${k}]` })) : [],
    );
  }

  private emit(day: DayOfWeek, slots: TimeSlot[]) {
    const byDay = new Map<DayOfWeek, TimeSlot[]>();
    for (const d of DAYS) byDay.set(d, d === day ? slots : this.slotsOf(d).map((s) => s.slot));
    // Monday first, days without hours left out: the shape of a hand-written configuration.
    const order: DayOfWeek[] = [...DAYS.slice(1), 'sunday'];
    this.value = order.filter((d) => byDay.get(d)!.length > 0).map((d) => ({ day: d, timeSlots: byDay.get(d)! }));
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private handleOpen(e: Event) {
    const input = e.target as HTMLInputElement;
    const day = input.dataset.day as DayOfWeek;
    this.emit(day, input.checked ? [{ startTime: '09:00', endTime: '17:00' }] : []);
  }

  private handleTime(e: Event) {
    const input = e.target as HTMLInputElement;
    const day = input.dataset.day as DayOfWeek;
    const n = Number(input.dataset.n);
    const edge = input.dataset.edge as 'startTime' | 'endTime';
    const slots = this.slotsOf(day).map((s, k) => (k === n ? { ...s.slot, [edge]: input.value } : s.slot));
    this.emit(day, slots);
  }

  private handleAdd(e: Event) {
    const day = (e.currentTarget as HTMLElement).dataset.day as DayOfWeek;
    const slots = this.slotsOf(day).map((s) => s.slot);
    const last = slots.at(-1);
    const start = last && last.endTime < '23:00' ? last.endTime : '09:00';
    const [h, min] = start.split(':').map(Number);
    const end = `${String(Math.min(h + 1, 23)).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
    this.emit(day, [...slots, { startTime: start, endTime: end > start ? end : '23:59' }]);
  }

  private handleRemove(e: Event) {
    const button = e.currentTarget as HTMLElement;
    const day = button.dataset.day as DayOfWeek;
    const n = Number(button.dataset.n);
    this.emit(
      day,
      this.slotsOf(day)
        .map((s) => s.slot)
        .filter((_, k) => k !== n),
    );
    // The button is gone: keep focus in the row.
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`[data-day="${day}"].add, input[data-day="${day}"]`)?.focus(),
    );
  }

  /** Focuses the first invalid time (after a failed save). */
  focusFirstError(): boolean {
    const el = this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]');
    el?.focus();
    return !!el;
  }

  override render() {
    return this.readonly ? this.renderReadonly() : this.renderEditor();
  }

  private renderReadonly() {
    const m = this.m;
    return html`<dl>
      ${this.days().map(({ day, name }) => {
        const slots = this.slotsOf(day);
        return html`<div class="readonly-day" part="day">
          <dt>${name}</dt>
          <dd>
            ${slots.length ? slots.map((s) => m.timeRange(s.slot.startTime, s.slot.endTime)).join(', ') : m.closedDay}
          </dd>
        </div>`;
      })}
    </dl>`;
  }

  private renderEditor() {
    const m = this.m;
    return html`<ul class="days">
      ${this.days().map(({ day, name }) => {
        const slots = this.slotsOf(day);
        const open = slots.length > 0;
        return html`<li class="day" part="day">
          <div class="check">
            <input
              type="checkbox"
              id=${`open-${day}`}
              data-day=${day}
              .checked=${live(open)}
              @change=${this.handleOpen}
            />
            <label for=${`open-${day}`}>${name}</label>
          </div>
          <div class="slots">
            ${open ? slots.map((s, n) => this.renderSlot(day, name, s.slot, s.path, n)) : html`<span class="closed">${m.closedDay}</span>`}
            ${
              open
                ? html`<button
                    class="button small add"
                    type="button"
                    data-day=${day}
                    aria-label=${m.addHoursOn(name)}
                    @click=${this.handleAdd}
                  >
                    + ${m.addHours}
                  </button>`
                : nothing
            }
          </div>
        </li>`;
      })}
    </ul>`;
  }

  private renderSlot(day: DayOfWeek, name: string, slot: TimeSlot, path: string, n: number) {
    const m = this.m;
    const startError = this.errors[`${path}.startTime`];
    const endError = this.errors[`${path}.endTime`] ?? this.errors[path];
    const error = startError ?? endError;
    const id = `${day}-${n}`;
    return html`<div class="slot">
      <label class="visually-hidden" for=${`${id}-start`}>${m.hoursFrom(name, n + 1)}</label>
      <input
        type="time"
        id=${`${id}-start`}
        data-day=${day}
        data-n=${n}
        data-edge="startTime"
        .value=${live(slot.startTime)}
        aria-invalid=${startError ? 'true' : 'false'}
        aria-describedby=${error ? `${id}-error` : nothing}
        @change=${this.handleTime}
      />
      <span aria-hidden="true">–</span>
      <label class="visually-hidden" for=${`${id}-end`}>${m.hoursTo(name, n + 1)}</label>
      <input
        type="time"
        id=${`${id}-end`}
        data-day=${day}
        data-n=${n}
        data-edge="endTime"
        .value=${live(slot.endTime)}
        aria-invalid=${endError ? 'true' : 'false'}
        aria-describedby=${error ? `${id}-error` : nothing}
        @change=${this.handleTime}
      />
      <button
        class="remove"
        type="button"
        data-day=${day}
        data-n=${n}
        aria-label=${m.removeHours(name, slot.startTime, slot.endTime)}
        @click=${this.handleRemove}
      >
        ×
      </button>
      ${error ? html`<p class="error-text" id=${`${id}-error`}>${issueText(error, m)}</p>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'booking-admin-hours': BookingAdminHours;
  }
}
