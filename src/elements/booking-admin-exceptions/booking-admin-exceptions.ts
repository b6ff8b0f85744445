import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Closure, CustomAvailability, WorkHours } from '../../core/types.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { formatDayShort, weekdayNames } from '../../i18n/format.js';
import type { AdminMessages } from '../../i18n/en-admin.js';
import { closureSchema } from '../../schemas/business.js';
import { validate } from '../../schemas/validate.js';
import { focusFirstInvalid, inputField, selectField } from '../booking-admin/admin-fields.js';
import { issuesByPath } from '../booking-admin/admin-format.js';
import { adminMessagesFor } from '../booking-admin/admin-messages.js';
import type { BookingAdminHours } from '../booking-admin-hours/booking-admin-hours.js';
import { styles } from './booking-admin-exceptions.styles.js';

/** The opening exceptions of a business: date ranges (closed, or special hours) and recurring closures. */
export interface OpeningExceptions {
  customAvailabilities: CustomAvailability[];
  closures: Closure[];
}

type Kind = 'closed' | 'hours' | 'recurring';
type Freq = 'WEEKLY' | 'MONTHLY' | 'YEARLY';

const BYDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
const SPECIAL_HOURS: WorkHours[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'].map((day) => ({
  day: day as WorkHours['day'],
  timeSlots: [{ startTime: '10:00', endTime: '14:00' }],
}));

interface Draft {
  kind: Kind;
  from: string;
  to: string;
  hours: WorkHours[];
  freq: Freq;
  weekday: string;
  monthDay: string;
  month: string;
  allDay: boolean;
  startTime: string;
  endTime: string;
  title: string;
}

const EMPTY: Draft = {
  kind: 'closed',
  from: '',
  to: '',
  hours: SPECIAL_HOURS,
  freq: 'YEARLY',
  weekday: 'FR',
  monthDay: '1',
  month: '1',
  allDay: true,
  startTime: '12:00',
  endTime: '17:00',
  title: '',
};

/** The RRULE a recurring closure's choices make. */
export function closureRule(d: Pick<Draft, 'freq' | 'weekday' | 'monthDay' | 'month'>): string {
  if (d.freq === 'WEEKLY') return `FREQ=WEEKLY;BYDAY=${d.weekday}`;
  if (d.freq === 'MONTHLY') return `FREQ=MONTHLY;BYMONTHDAY=${Number(d.monthDay)}`;
  return `FREQ=YEARLY;BYMONTH=${Number(d.month)};BYMONTHDAY=${Number(d.monthDay)}`;
}

/** A recurring closure in words ("Every year on 24 December, all day"); a rule of another shape as written. */
export function describeClosure(c: Closure, m: AdminMessages, lang: string): string {
  const e = m.exceptions;
  const parts = Object.fromEntries(c.rrule.split(';').map((p) => p.split('=') as [string, string]));
  const keys = Object.keys(parts).sort().join(',');
  let when: string;
  if (keys === 'BYDAY,FREQ' && parts.FREQ === 'WEEKLY' && BYDAY.includes(parts.BYDAY as (typeof BYDAY)[number])) {
    when = e.everyWeek(weekdayNames(lang, 0)[BYDAY.indexOf(parts.BYDAY as (typeof BYDAY)[number])].long);
  } else if (keys === 'BYMONTHDAY,FREQ' && parts.FREQ === 'MONTHLY') {
    when = e.everyMonth(Number(parts.BYMONTHDAY));
  } else if (keys === 'BYMONTH,BYMONTHDAY,FREQ' && parts.FREQ === 'YEARLY') {
    const date = new Date(Date.UTC(2024, Number(parts.BYMONTH) - 1, Number(parts.BYMONTHDAY)));
    when = e.everyYear(new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(date));
  } else {
    when = e.rule(c.rrule);
  }
  const time = c.startTime && c.endTime ? e.timeRange(c.startTime, c.endTime) : e.allDay;
  return `${c.title ? `${c.title}: ` : ''}${when}, ${time}`;
}

/**
 * When a business is not open as usual (R4): closed date ranges, date ranges with special opening
 * hours (a week of hours that applies between two dates), and recurring closures (every week,
 * month or year, all day or between two times, e.g. a public holiday or a weekly staff meeting).
 * A controlled value control like `<booking-admin-hours>`: the owner keeps `value` and the
 * field `errors` (schema paths relative to the scheduling policy, e.g. `closures[0].rrule`).
 *
 * @summary Back office: closed dates, special opening hours and recurring closures.
 * @fires change - An exception was added or removed; read `value`.
 * @csspart exception - Each exception in the list.
 * @csspart add - The form that adds one.
 */
export class BookingAdminExceptions extends LitElement {
  static override styles = styles;

  private locale = new LocaleController(this);

  @property({ attribute: false }) value: OpeningExceptions = { customAvailabilities: [], closures: [] };
  /** Field errors by schema path relative to the scheduling policy (`customAvailabilities[0].endDate`). */
  @property({ attribute: false }) errors: Record<string, string> = {};
  /** Shows the exceptions as text, with no controls. */
  @property({ type: Boolean }) readonly = false;

  @state() private draft: Draft = EMPTY;
  @state() private formErrors: Record<string, string> = {};

  private get m(): AdminMessages {
    return adminMessagesFor(this.locale.lang);
  }

  private emit(next: OpeningExceptions) {
    this.value = next;
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private set(patch: Partial<Draft>) {
    this.draft = { ...this.draft, ...patch };
    const errors = { ...this.formErrors };
    for (const k of Object.keys(patch)) delete errors[k];
    this.formErrors = errors;
  }

  private handleInput(e: Event) {
    const input = e.target as HTMLInputElement;
    const key = input.name as keyof Draft;
    this.set({ [key]: input.type === 'checkbox' ? input.checked : input.value });
    if (key === 'from' && (!this.draft.to || this.draft.to < input.value)) this.set({ to: input.value });
  }

  private handleKind(e: Event) {
    this.draft = { ...this.draft, kind: (e.target as HTMLInputElement).value as Kind };
    this.formErrors = {};
  }

  private handleHours(e: Event) {
    this.set({ hours: (e.target as BookingAdminHours).value });
  }

  private async handleAdd() {
    const m = this.m;
    const d = this.draft;
    const errors: Record<string, string> = {};
    const v = this.value;
    if (d.kind === 'recurring') {
      const closure: Closure = {
        rrule: closureRule(d),
        ...(d.title.trim() ? { title: d.title.trim() } : {}),
        ...(d.allDay ? {} : { startTime: d.startTime, endTime: d.endTime }),
      };
      const day = Number(d.monthDay);
      if (d.freq !== 'WEEKLY' && !(Number.isInteger(day) && day >= 1 && day <= 31))
        errors.monthDay = m.exceptions.dayOfMonthInvalid;
      const r = validate(closureSchema, closure);
      if (!r.ok) {
        const paths: Record<string, string> = {
          startTime: 'startTime',
          endTime: 'endTime',
          title: 'title',
          rrule: 'monthDay',
        };
        for (const [path, message] of Object.entries(issuesByPath(r.issues, m)))
          errors[paths[path] ?? 'monthDay'] ??= message;
      }
      if (!Object.keys(errors).length) {
        this.emit({ ...v, closures: [...v.closures, closure] });
        this.announce(m.exceptions.added(describeClosure(closure, m, this.locale.lang)));
      }
    } else {
      if (!d.from) errors.from = m.dateInvalid;
      else if (d.to && d.to < d.from) errors.to = m.endAfterStart;
      if (d.kind === 'hours' && d.hours.length === 0) errors.hours = m.exceptions.hoursRequired;
      if (!Object.keys(errors).length) {
        const range: CustomAvailability =
          d.kind === 'closed'
            ? { startDate: d.from, endDate: d.to || d.from, availabilityType: 'notBookable' }
            : {
                startDate: d.from,
                endDate: d.to || d.from,
                availabilityType: 'customWeeklyHours',
                businessHours: d.hours,
              };
        this.emit({ ...v, customAvailabilities: [...v.customAvailabilities, range] });
        this.announce(m.exceptions.added(this.rangeText(range)));
      }
    }
    this.formErrors = errors;
    if (Object.keys(errors).length) {
      await this.updateComplete;
      focusFirstInvalid(this.renderRoot);
      return;
    }
    this.draft = { ...EMPTY, kind: d.kind };
  }

  private handleRemove(e: Event) {
    const el = e.currentTarget as HTMLElement;
    const i = Number(el.dataset.index);
    const v = this.value;
    const text = el.dataset.text ?? '';
    if (el.dataset.list === 'closures') this.emit({ ...v, closures: v.closures.filter((_, k) => k !== i) });
    else this.emit({ ...v, customAvailabilities: v.customAvailabilities.filter((_, k) => k !== i) });
    this.announce(this.m.exceptions.removed(text));
  }

  @state() private announcement = '';
  private announce(text: string) {
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  private rangeText(c: CustomAvailability): string {
    const lang = this.locale.lang;
    const range =
      c.startDate === c.endDate
        ? formatDayShort(c.startDate, lang)
        : `${formatDayShort(c.startDate, lang)} – ${formatDayShort(c.endDate, lang)}`;
    return c.availabilityType === 'customWeeklyHours'
      ? this.m.customHoursRange(range)
      : this.m.exceptions.closedRange(range);
  }

  override render() {
    const m = this.m;
    const v = this.value;
    const empty = v.customAvailabilities.length === 0 && v.closures.length === 0;
    return html`${
        empty
          ? html`<p class="muted">${m.noClosedDates}</p>`
          : html`<ul class="exceptions">
              ${v.customAvailabilities.map((c, i) => {
                const text = this.rangeText(c);
                const error =
                  this.errors[`customAvailabilities[${i}].endDate`] ??
                  this.errors[`customAvailabilities[${i}].startDate`];
                return this.renderItem(
                  text,
                  'customAvailabilities',
                  i,
                  error,
                  c.availabilityType === 'customWeeklyHours' ? c.businessHours : undefined,
                );
              })}
              ${v.closures.map((c, i) =>
                this.renderItem(
                  describeClosure(c, m, this.locale.lang),
                  'closures',
                  i,
                  this.errors[`closures[${i}].rrule`],
                ),
              )}
            </ul>`
      }
      ${this.readonly ? nothing : this.renderForm()}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`;
  }

  private renderItem(text: string, list: string, i: number, error: string | undefined, hours?: WorkHours[]) {
    return html`<li part="exception" data-list=${list} data-index=${i}>
      <span class="text">${text}</span>
      ${
        hours
          ? html`<booking-admin-hours lang=${this.locale.lang} readonly .value=${hours}></booking-admin-hours>`
          : nothing
      }
      ${
        this.readonly
          ? nothing
          : html`<button
              class="button small"
              type="button"
              data-list=${list}
              data-index=${i}
              data-text=${text}
              aria-label=${this.m.removeClosedDates(text)}
              @click=${this.handleRemove}
            >
              ${this.m.delete}
            </button>`
      }
      ${error ? html`<p class="error-text">${error}</p>` : nothing}
    </li>`;
  }

  private renderForm() {
    const m = this.m;
    const e = m.exceptions;
    const d = this.draft;
    const err = this.formErrors;
    const kinds: [Kind, string][] = [
      ['closed', e.kindClosed],
      ['hours', e.kindHours],
      ['recurring', e.kindRecurring],
    ];
    const range = html`${inputField({ id: 'from', label: m.closedFrom, type: 'date', value: d.from, error: err.from, onInput: this.handleInput })}
    ${inputField({ id: 'to', label: m.closedTo, type: 'date', value: d.to, min: d.from || undefined, error: err.to, onInput: this.handleInput })}`;
    const weekdays = weekdayNames(this.locale.lang, 1);
    const months = Array.from({ length: 12 }, (_, i) =>
      new Intl.DateTimeFormat(this.locale.lang, { month: 'long', timeZone: 'UTC' }).format(
        new Date(Date.UTC(2024, i, 1)),
      ),
    );
    return html`<div part="add" class="add" role="group" aria-labelledby="add-heading">
      <h3 id="add-heading">${e.addHeading}</h3>
      <div class="kinds" role="radiogroup" aria-label=${e.kindLabel}>
        ${kinds.map(
          ([k, label]) =>
            html`<label class="kind"
              ><input type="radio" name="kind" value=${k} .checked=${d.kind === k} @change=${this.handleKind} />
              ${label}</label
            >`,
        )}
      </div>
      <div class="fields">
        ${
          d.kind === 'recurring'
            ? html`${selectField({
                  id: 'freq',
                  label: e.repeats,
                  value: d.freq,
                  options: [
                    { value: 'WEEKLY', label: e.weekly },
                    { value: 'MONTHLY', label: e.monthly },
                    { value: 'YEARLY', label: e.yearly },
                  ],
                  onChange: this.handleInput,
                })}
                ${
                  d.freq === 'WEEKLY'
                    ? selectField({
                        id: 'weekday',
                        label: e.weekday,
                        value: d.weekday,
                        options: weekdays.map((w, i) => ({ value: BYDAY[(i + 1) % 7], label: w.long })),
                        onChange: this.handleInput,
                      })
                    : html`${
                        d.freq === 'YEARLY'
                          ? selectField({
                              id: 'month',
                              label: e.month,
                              value: d.month,
                              options: months.map((name, i) => ({ value: String(i + 1), label: name })),
                              onChange: this.handleInput,
                            })
                          : nothing
                      }
                      ${inputField({
                        id: 'monthDay',
                        label: e.dayOfMonth,
                        type: 'number',
                        min: '1',
                        max: '31',
                        step: '1',
                        inputmode: 'numeric',
                        value: d.monthDay,
                        error: err.monthDay,
                        onInput: this.handleInput,
                      })}`
                }
                ${inputField({ id: 'title', label: e.title, hint: e.titleHint, value: d.title, error: err.title, onInput: this.handleInput })}
                <div class="field wide">
                  <div class="check">
                    <input type="checkbox" id="allDay" name="allDay" .checked=${d.allDay} @change=${this.handleInput} />
                    <label for="allDay">${e.allDayLabel}</label>
                  </div>
                </div>
                ${
                  d.allDay
                    ? nothing
                    : html`${inputField({ id: 'startTime', label: e.from, type: 'time', value: d.startTime, error: err.startTime, onInput: this.handleInput })}
                      ${inputField({ id: 'endTime', label: e.until, type: 'time', value: d.endTime, error: err.endTime, onInput: this.handleInput })}`
                }`
            : range
        }
      </div>
      ${
        d.kind === 'hours'
          ? html`<p class="hint">${e.hoursIntro}</p>
              <booking-admin-hours
                lang=${this.locale.lang}
                .value=${d.hours}
                @change=${this.handleHours}
              ></booking-admin-hours>
              ${err.hours ? html`<p class="error-text">${err.hours}</p>` : nothing}`
          : nothing
      }
      <button class="button add-button" type="button" @click=${this.handleAdd}>
        ${d.kind === 'closed' ? m.addClosedDates : d.kind === 'hours' ? e.addHours : e.addRecurring}
      </button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'booking-admin-exceptions': BookingAdminExceptions;
  }
}
