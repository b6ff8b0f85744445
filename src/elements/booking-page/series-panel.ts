// Repeat bookings (issue 20) on the booking page's details step: the customer makes the chosen time
// a series (every week, every 2 weeks or every month; a number of times or until a date), sees
// every date checked by the adapter, picks an alternative or skips a date that is not free, and
// books the chosen dates in one step. Loaded by later-steps.ts only for services that allow series.
import { css, html, nothing, type TemplateResult } from 'lit';
import type { BookingAdapter } from '../../contract/adapter.js';
import { formatDateTime, zoneShort, type Messages } from '../../i18n/index.js';
import type { HourCycle } from '../../i18n/format.js';
import type { BookRequest, BookSeriesRequest, PublicService, Repeat, SeriesCheck } from '../../schemas/index.js';
import { enSeries } from '../../i18n/en-series.js';
import { completeEnglish } from '../../i18n/index.js';

// English's repeat-booking strings (en-series.ts): in place before anything of a series renders.
completeEnglish(enSeries);

export const seriesStyles = css`
  .series {
    margin: 0 0 calc(var(--_space) * 2);
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .series legend {
    font-weight: 600;
    padding: 0 0.25em;
  }
  .series label {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .series-options {
    display: grid;
    gap: var(--_space);
    margin-top: var(--_space);
  }
  .series-options select,
  .series-options input[type='number'],
  .series-options input[type='date'] {
    font: inherit;
    padding: 0.3em 0.4em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    color: var(--_text);
  }
  .series-options input[type='number'] {
    width: 4.5em;
  }
  .series-ends {
    display: grid;
    gap: calc(var(--_space) / 2);
    border: 0;
    padding: 0;
    margin: 0;
  }
  .series-hint {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9rem;
  }
  .series-dates {
    list-style: none;
    margin: var(--_space) 0 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .series-dates li {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: calc(var(--_space) / 2) var(--_space);
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface-2);
  }
  .series-dates li.taken {
    background: color-mix(in srgb, var(--_danger) 8%, var(--_surface));
  }
  .series-dates .date-state {
    font-weight: 600;
    color: var(--_success);
  }
  .series-dates li.taken .date-state {
    color: var(--_danger);
  }
  .series-toggle {
    font-weight: 600;
  }
  .series-dates .alternatives {
    grid-column: 1 / -1;
    display: grid;
    justify-items: start;
    gap: calc(var(--_space) / 2);
    border: 0;
    padding: 0;
    margin: 0;
  }
  .series-dates .alternatives legend {
    font-weight: 400;
    color: var(--_muted);
    padding: 0;
    margin-bottom: calc(var(--_space) / 2);
  }
  .series-summary {
    margin: var(--_space) 0 0;
    font-weight: 600;
  }
  .series-booked {
    list-style: none;
    padding: 0;
    margin: 0 0 calc(var(--_space) * 2);
    display: grid;
    gap: calc(var(--_space) / 2);
  }
`;

/** What the panel needs from the details step. */
export interface SeriesPanelHost {
  readonly adapter: BookingAdapter | undefined;
  readonly service: PublicService;
  readonly start: string;
  readonly staffId: string;
  readonly businessId: string;
  readonly lang: string;
  readonly zone: string;
  readonly hourCycle: HourCycle | undefined;
  readonly messages: Messages;
  update(): void;
  announce(text: string): void;
}

const SKIP = 'skip';

/** The series choice of one details step: the plan, the adapter's check, and the customer's picks. */
export class SeriesPanel {
  enabled = false;
  private frequency: Repeat['frequency'] = 'weekly';
  private ends: 'count' | 'until' = 'count';
  private count: number;
  private until = '';
  private check: SeriesCheck | undefined;
  private checking = false;
  private failed = false;
  /** Planned start → the start chosen for it (an alternative) or `skip`, for dates that are not free. */
  private picks = new Map<string, string>();
  private run = 0;

  constructor(private readonly host: SeriesPanelHost) {
    this.count = Math.min(4, host.service.maximumOccurrences ?? 4);
  }

  /** The time or the service changed: the check is stale. */
  reset(): void {
    this.check = undefined;
    this.picks.clear();
    if (this.enabled) void this.runCheck();
  }

  get repeat(): Repeat {
    return this.ends === 'until' && this.until
      ? { frequency: this.frequency, until: this.until }
      : { frequency: this.frequency, count: this.count };
  }

  /** The dates to book: free ones at their time, taken ones at the alternative picked. */
  get choices(): BookSeriesRequest['occurrences'] {
    if (!this.check) return [];
    return this.check.occurrences.flatMap((o) => {
      if (o.available) return [{ occurrence: o.occurrence }];
      const pick = this.picks.get(o.occurrence) ?? SKIP;
      return pick === SKIP ? [] : [{ occurrence: o.occurrence, start: pick }];
    });
  }

  get ready(): boolean {
    return this.check !== undefined && !this.checking;
  }

  /** The series request for the details the form holds. */
  request(base: BookRequest): BookSeriesRequest {
    const { holdId: _hold, ...rest } = base;
    return { ...rest, repeat: this.repeat, occurrences: this.choices };
  }

  /** A date was taken meanwhile (the booking's 409): check again and say which. */
  async recheck(): Promise<void> {
    await this.runCheck();
  }

  private async runCheck(): Promise<void> {
    const adapter = this.host.adapter;
    if (!adapter?.checkSeries) return;
    const run = ++this.run;
    this.checking = true;
    this.failed = false;
    this.host.update();
    try {
      const check = await adapter.checkSeries({
        ...(this.host.businessId ? { businessId: this.host.businessId } : {}),
        serviceId: this.host.service.id,
        ...(this.host.staffId ? { staffMemberId: this.host.staffId } : {}),
        start: this.host.start,
        repeat: this.repeat,
      });
      if (run !== this.run) return;
      this.check = check;
      // A date that is not free takes its nearest alternative unless the customer picked otherwise.
      const picks = new Map<string, string>();
      for (const o of check.occurrences) {
        if (o.available) continue;
        const previous = this.picks.get(o.occurrence);
        const keep = previous && (previous === SKIP || o.alternatives.some((a) => a.start === previous));
        picks.set(o.occurrence, keep ? previous : (o.alternatives[0]?.start ?? SKIP));
      }
      this.picks = picks;
      const m = this.host.messages;
      this.host.announce(m.seriesSummary(this.choices.length, check.occurrences.length));
    } catch {
      if (run !== this.run) return;
      this.check = undefined;
      this.failed = true;
    } finally {
      if (run === this.run) {
        this.checking = false;
        this.host.update();
      }
    }
  }

  private handleToggle = (e: Event) => {
    this.handleToggleTo((e.target as HTMLInputElement).checked);
  };

  /** Turns the series on or off (kept on when the panel is rebuilt for another time). */
  handleToggleTo(enabled: boolean): void {
    this.enabled = enabled;
    if (this.enabled && !this.check) void this.runCheck();
    this.host.update();
  }

  private handleFrequency = (e: Event) => {
    this.frequency = (e.target as HTMLSelectElement).value as Repeat['frequency'];
    this.reset();
  };

  private handleEnds = (e: Event) => {
    this.ends = (e.target as HTMLInputElement).value === 'until' ? 'until' : 'count';
    this.reset();
  };

  private handleCount = (e: Event) => {
    const max = this.host.service.maximumOccurrences ?? 2;
    const n = Math.round(Number((e.target as HTMLInputElement).value));
    this.count = Math.max(2, Math.min(max, Number.isFinite(n) ? n : 2));
    (e.target as HTMLInputElement).value = String(this.count);
    this.ends = 'count';
    this.reset();
  };

  private handleUntil = (e: Event) => {
    this.until = (e.target as HTMLInputElement).value;
    this.ends = 'until';
    this.reset();
  };

  private handlePick = (e: Event) => {
    const input = e.target as HTMLInputElement;
    this.picks.set(input.dataset.occurrence ?? '', input.value);
    const m = this.host.messages;
    if (this.check) this.host.announce(m.seriesSummary(this.choices.length, this.check.occurrences.length));
    this.host.update();
  };

  private when(iso: string): string {
    const ms = Date.parse(iso);
    const { lang, zone, hourCycle } = this.host;
    return `${formatDateTime(ms, lang, zone, hourCycle)} ${zoneShort(zone, lang, ms)}`;
  }

  render(): TemplateResult {
    const m = this.host.messages;
    const max = this.host.service.maximumOccurrences ?? 2;
    const day = Number(this.host.start.slice(8, 10));
    return html`<fieldset class="series" part="series" aria-label=${m.repeatToggle}>
      <label class="series-toggle"
        ><input type="checkbox" .checked=${this.enabled} @change=${this.handleToggle} /> ${m.repeatToggle}</label
      >
      ${
        this.enabled
          ? html`<div class="series-options">
                <label
                  >${m.repeatEvery}
                  <select @change=${this.handleFrequency}>
                    <option value="weekly" ?selected=${this.frequency === 'weekly'}>${m.repeatWeekly}</option>
                    <option value="biweekly" ?selected=${this.frequency === 'biweekly'}>${m.repeatBiweekly}</option>
                    <option value="monthly" ?selected=${this.frequency === 'monthly'}>${m.repeatMonthly}</option>
                  </select></label
                >
                <fieldset class="series-ends">
                  <legend>${m.repeatEnds}</legend>
                  <span>
                    <label
                      ><input
                        type="radio"
                        name="series-ends"
                        value="count"
                        .checked=${this.ends === 'count'}
                        @change=${this.handleEnds}
                      />
                      ${m.repeatAfter}</label
                    >
                    <input
                      type="number"
                      min="2"
                      max=${max}
                      .value=${String(this.count)}
                      aria-label=${m.repeatCount}
                      @change=${this.handleCount}
                    />
                  </span>
                  <span>
                    <label
                      ><input
                        type="radio"
                        name="series-ends"
                        value="until"
                        .checked=${this.ends === 'until'}
                        @change=${this.handleEnds}
                      />
                      ${m.repeatUntil}</label
                    >
                    <input
                      type="date"
                      min=${this.host.start.slice(0, 10)}
                      .value=${this.until}
                      aria-label=${m.repeatUntilDate}
                      @change=${this.handleUntil}
                    />
                  </span>
                </fieldset>
                <p class="series-hint">
                  ${m.repeatLimit(max)} ${this.frequency === 'monthly' && day >= 29 ? m.repeatMonthEnd : nothing}
                </p>
              </div>
              ${this.renderDates(m)}`
          : nothing
      }
    </fieldset>`;
  }

  private renderDates(m: Messages): TemplateResult {
    if (this.checking) return html`<p class="series-hint" role="status">${m.checkingDates}</p>`;
    if (this.failed || !this.check) {
      return html`<p class="series-hint">${this.failed ? m.unknownError : nothing}</p>
        <button class="button" type="button" @click=${() => void this.runCheck()}>${m.checkDates}</button>`;
    }
    const check = this.check;
    return html`<h4>${m.seriesDatesHeading}</h4>
      <ol class="series-dates" part="series-dates">
        ${check.occurrences.map((o) => {
          const when = this.when(o.occurrence);
          const state = o.available ? m.dateFree : o.reason === 'policy-violation' ? m.dateTooFar : m.dateNotFree;
          return html`<li class=${o.available ? 'free' : 'taken'}>
            <span>${when}</span>
            <span class="date-state">${o.available ? '✓' : '✕'} ${state}</span>
            ${
              o.available
                ? nothing
                : html`<fieldset class="alternatives">
                    <legend>${o.alternatives.length > 0 ? m.alternativesFor(when) : m.noAlternatives}</legend>
                    ${o.alternatives.map(
                      (a) =>
                        html`<label
                          ><input
                            type="radio"
                            name=${`alt-${o.occurrence}`}
                            data-occurrence=${o.occurrence}
                            value=${a.start}
                            .checked=${this.picks.get(o.occurrence) === a.start}
                            @change=${this.handlePick}
                          />
                          ${this.when(a.start)}</label
                        >`,
                    )}
                    <label
                      ><input
                        type="radio"
                        name=${`alt-${o.occurrence}`}
                        data-occurrence=${o.occurrence}
                        value=${SKIP}
                        .checked=${this.picks.get(o.occurrence) === SKIP}
                        @change=${this.handlePick}
                      />
                      ${m.skipDate}</label
                    >
                  </fieldset>`
            }
          </li>`;
        })}
      </ol>
      <p class="series-summary">${m.seriesSummary(this.choices.length, check.occurrences.length)}</p>`;
  }
}
