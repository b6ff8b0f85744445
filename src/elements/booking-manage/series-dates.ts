// Repeat bookings (issue 20) on the manage link: the series' dates, the one open marked, each a link
// to its own view (the same token opens them all), and the "cancel this and all that follow" step.
import { css, html, nothing, type TemplateResult } from 'lit';
import { formatDateTime, zoneShort, type HourCycle, type Messages } from '../../i18n/index.js';
import type { CustomerAppointment, CustomerSeries } from '../../schemas/index.js';
import { enSeries } from '../../i18n/en-series.js';
import { completeEnglish } from '../../i18n/index.js';

// English's repeat-booking strings (en-series.ts): in place before anything of a series renders.
completeEnglish(enSeries);

export const seriesDatesStyles = css`
  .series-position {
    display: inline-block;
    margin: 0 0 var(--_space, 8px);
    padding: 0.15em 0.6em;
    border-radius: 999px;
    background: var(--_surface-2, #f3f3f3);
    font-size: 0.9rem;
    font-weight: 600;
  }
  .series-dates {
    list-style: none;
    margin: 0 0 calc(var(--_space, 8px) * 2);
    padding: 0;
    display: grid;
    gap: 4px;
  }
  .series-dates li {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: var(--_space, 8px);
    padding: 6px 10px;
    border-radius: calc(var(--_radius, 8px) / 2);
    background: var(--_surface-2, #f3f3f3);
  }
  .series-dates li.current {
    outline: 2px solid var(--_accent, #0f6cbd);
  }
  .series-dates li.cancelled .when {
    text-decoration: line-through;
    color: var(--_muted, #666);
  }
  .series-dates .tag {
    color: var(--_muted, #666);
    font-size: 0.9rem;
  }
`;

export interface SeriesDatesOptions {
  lang: string;
  zone: string;
  hourCycle: HourCycle | undefined;
  messages: Messages;
  currentId: string;
  /** Opens another date of the series. */
  open: (appointmentId: string) => void;
}

function when(a: CustomerAppointment, o: SeriesDatesOptions): string {
  const ms = Date.parse(a.start);
  return `${formatDateTime(ms, o.lang, o.zone, o.hourCycle)} ${zoneShort(o.zone, o.lang, ms)}`;
}

/** "2 of 4 in a series" and the list of dates. */
export function renderSeriesDates(series: CustomerSeries, o: SeriesDatesOptions): TemplateResult {
  const m = o.messages;
  const current = series.appointments.find((a) => a.id === o.currentId);
  return html`${
      current?.series
        ? html`<p class="series-position" part="series-position">
            ${m.seriesPosition(current.series.index, current.series.count)}
          </p>`
        : nothing
    }
    <ol class="series-dates" part="series-dates" aria-label=${m.seriesAll}>
      ${series.appointments.map(
        (a) =>
          html`<li class=${[a.status, a.id === o.currentId ? 'current' : ''].join(' ').trim()}>
            <span class="when">${when(a, o)}</span>
            ${
              a.id === o.currentId
                ? html`<span class="tag" aria-current="true">${m.seriesThis}</span>`
                : a.status === 'cancelled'
                  ? html`<span class="tag">${m.seriesCancelledDate}</span>`
                  : html`<button class="link-button" type="button" @click=${() => o.open(a.id)}>
                      ${m.seriesOpen}
                    </button>`
            }
          </li>`,
      )}
    </ol>`;
}

/** This date and the later ones still booked: what "cancel this and all that follow" cancels. */
export function following(series: CustomerSeries, current: CustomerAppointment): CustomerAppointment[] {
  return series.appointments.filter(
    (a) => a.status === 'booked' && Date.parse(a.start) >= Date.parse(current.start) && a.canManage,
  );
}

/** The dates a "cancel this and all that follow" would cancel, listed under its question. */
export function renderFollowing(dates: readonly CustomerAppointment[], o: SeriesDatesOptions): TemplateResult {
  return html`<ol class="series-dates" part="series-dates">
    ${dates.map((a) => html`<li><span class="when">${when(a, o)}</span></li>`)}
  </ol>`;
}
