import { Task } from '@lit/task';
import { html, nothing, svg } from 'lit';
import { state } from 'lit/decorators.js';
import { wallToEpochDay, zonedDayNumber } from '../../core/time.js';
import type { FigureRow, Figures, WeekFigure } from '../../schemas/admin.js';
import { AdminElement } from '../booking-admin/admin-element.js';
import { selectField } from '../booking-admin/admin-fields.js';
import { styles } from './booking-admin-figures.styles.js';

/** The periods offered: whole weeks (Monday to Sunday) of the business's zone. */
export const FIGURE_PERIODS = ['past4', 'past12', 'next4'] as const;
export type FigurePeriod = (typeof FIGURE_PERIODS)[number];

/** The Monday (a day number) of the week holding day number `day`. */
function mondayOf(day: number): number {
  const weekday = (((day + 4) % 7) + 7) % 7; // 0 = Sunday; day 0 was a Thursday
  return day - ((weekday + 6) % 7);
}

/** The instants `[start, end)` of `period` around the week holding `now`, in `zone`. */
export function periodRange(period: FigurePeriod, now: number, zone: string): { start: string; end: string } {
  const monday = mondayOf(zonedDayNumber(now, zone));
  const [first, weeks] =
    period === 'next4' ? [monday, 4] : [monday - 7 * (period === 'past4' ? 3 : 11), period === 'past4' ? 4 : 12];
  return {
    start: new Date(wallToEpochDay(zone, first, 0)).toISOString(),
    end: new Date(wallToEpochDay(zone, first + 7 * weeks, 0)).toISOString(),
  };
}

/** A round number at least `n` for the chart's scale: 1, 2, 5 × 10ᵏ. */
function niceCeiling(n: number): number {
  if (n <= 4) return 4;
  const p = 10 ** Math.floor(Math.log10(n));
  for (const f of [1, 2, 5, 10]) if (f * p >= n) return f * p;
  return 10 * p;
}

/**
 * The figures beside the report downloads (administrators, R19): bookings, cancellations and
 * no-shows by the week they start in, as a small bar chart (plain SVG, with the same numbers as
 * a table), and per service and staff member.
 *
 * @summary Back office: booking figures with a chart.
 * @csspart chart - The chart's figure.
 */
export class BookingAdminFigures extends AdminElement {
  static override styles = styles;

  @state() private period: FigurePeriod = 'past12';

  private figuresTask = new Task(this, {
    task: async ([session, period], { signal }) => {
      if (!session || !this.perms.report) return undefined;
      const range = periodRange(period, this.now, session.businessTimeZone);
      return session.admin.getFigures({ businessId: session.businessId, ...range }, { signal });
    },
    args: () => [this.session, this.period, this.reload] as const,
  });

  private handlePeriod(e: Event) {
    this.period = (e.target as HTMLSelectElement).value as FigurePeriod;
  }

  override render() {
    return html`<section class="card" aria-labelledby="heading">
      <h3 id="heading" tabindex="-1">${this.m.figuresHeading}</h3>
      ${this.renderGate(() => this.renderBody())} ${this.renderLiveRegion()}
    </section>`;
  }

  private renderBody() {
    const m = this.m;
    if (!this.perms.report) return html`<p class="notice" role="status">${m.forbidden}</p>`;
    return html`<p class="intro">${m.figuresIntro}</p>
      <div class="filters">
        ${selectField({
          id: 'period',
          label: m.figuresPeriod,
          value: this.period,
          options: FIGURE_PERIODS.map((p) => ({ value: p, label: m.figuresPeriods[p] })),
          onChange: this.handlePeriod,
        })}
      </div>
      ${this.renderTask(this.figuresTask, (figures) => (figures ? this.renderFigures(figures) : nothing))}`;
  }

  private renderFigures(f: Figures) {
    const m = this.m;
    const empty = f.totals.booked + f.totals.cancelled === 0;
    return html`<dl class="totals">
        <div>
          <dt>${m.figuresBooked}</dt>
          <dd>${f.totals.booked}</dd>
        </div>
        <div>
          <dt>${m.figuresCancelled}</dt>
          <dd>${f.totals.cancelled}</dd>
        </div>
        <div>
          <dt>${m.figuresNoShows}</dt>
          <dd>${f.totals.noShow}</dd>
        </div>
      </dl>
      ${empty ? html`<p class="empty" role="status">${m.figuresEmpty}</p>` : this.renderChart(f)}
      ${
        empty
          ? nothing
          : html`<div class="tables">
              ${this.renderRows(m.figuresByService, m.service, f.services)}
              ${this.renderRows(m.figuresByStaff, m.staffMember, f.staff)}
            </div>`
      }`;
  }

  private weekLabel(w: WeekFigure): string {
    return new Intl.DateTimeFormat(this.language, { timeZone: 'UTC', day: 'numeric', month: 'short' }).format(
      Date.parse(`${w.weekStart}T12:00:00Z`),
    );
  }

  private renderChart(f: Figures) {
    const m = this.m;
    const n = f.weeks.length;
    // About 80 units a week: a few weeks stay legible on a phone, many scroll sideways there.
    const W = Math.max(320, Math.min(720, 32 + n * 80));
    const H = 220;
    const left = 32;
    const bottom = 24;
    const top = 8;
    const plotH = H - top - bottom;
    const max = niceCeiling(Math.max(1, ...f.weeks.map((w) => Math.max(w.booked, w.cancelled))));
    const y = (v: number) => top + plotH - (v / max) * plotH;
    const slot = (W - left) / n;
    const bar = Math.min(18, slot * 0.32);
    const labelEvery = n > 8 ? 2 : 1;
    const summary = m.figuresChartLabel(f.totals.booked, f.totals.cancelled, f.totals.noShow, n);
    return html`<figure part="chart">
      <div class="chart">
        <svg
          viewBox="0 0 ${W} ${H}"
          style=${`min-width: ${Math.round(W * 0.7)}px`}
          role="img"
          aria-labelledby="chart-title"
        >
          <title id="chart-title">${summary}</title>
          ${[0, max / 2, max].map(
            (v) =>
              svg`<line class="axis" x1=${left} x2=${W} y1=${y(v)} y2=${y(v)}></line>
              <text class="tick" x=${left - 6} y=${y(v) + 4} text-anchor="end">${v}</text>`,
          )}
          ${f.weeks.map((w, i) => {
            const x = left + i * slot + slot / 2;
            const kept = w.booked - w.noShow;
            return svg`<g>
            <title>${this.weekLabel(w)}: ${w.booked} ${m.figuresBooked}, ${w.noShow} ${m.figuresNoShows}, ${w.cancelled} ${m.figuresCancelled}</title>
            <rect class="booked" x=${x - bar - 1} y=${y(kept)} width=${bar} height=${y(0) - y(kept)}></rect>
            <rect class="no-show" x=${x - bar - 1} y=${y(w.booked)} width=${bar} height=${y(kept) - y(w.booked)}></rect>
            <rect class="cancelled" x=${x + 1} y=${y(w.cancelled)} width=${bar} height=${y(0) - y(w.cancelled)}></rect>
            ${i % labelEvery === 0 ? svg`<text class="tick" x=${x} y=${H - 6} text-anchor="middle">${this.weekLabel(w)}</text>` : nothing}
          </g>`;
          })}
        </svg>
      </div>
      <figcaption>
        <ul class="legend">
          <li><span class="booked"></span>${m.figuresBooked}</li>
          <li><span class="no-show"></span>${m.figuresNoShows}</li>
          <li><span class="cancelled"></span>${m.figuresCancelled}</li>
        </ul>
      </figcaption>
      <details>
        <summary>${m.figuresAsTable}</summary>
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">${m.figuresWeek}</th>
                <th scope="col" class="number">${m.figuresBooked}</th>
                <th scope="col" class="number">${m.figuresNoShows}</th>
                <th scope="col" class="number">${m.figuresCancelled}</th>
              </tr>
            </thead>
            <tbody>
              ${f.weeks.map(
                (w) =>
                  html`<tr>
                    <th scope="row">${this.weekLabel(w)}</th>
                    <td class="number">${w.booked}</td>
                    <td class="number">${w.noShow}</td>
                    <td class="number">${w.cancelled}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>
      </details>
    </figure>`;
  }

  private renderRows(heading: string, column: string, rows: FigureRow[]) {
    const m = this.m;
    return html`<div>
      <h4>${heading}</h4>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">${column}</th>
              <th scope="col" class="number">${m.figuresBooked}</th>
              <th scope="col" class="number">${m.figuresNoShows}</th>
              <th scope="col" class="number">${m.figuresCancelled}</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (r) =>
                html`<tr>
                  <th scope="row">${r.name}</th>
                  <td class="number">${r.booked}</td>
                  <td class="number">${r.noShow}</td>
                  <td class="number">${r.cancelled}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'booking-admin-figures': BookingAdminFigures;
  }
}
