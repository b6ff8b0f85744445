import { css } from 'lit';
import { adminStyles } from '../booking-admin/admin.styles.js';

export const styles = [
  adminStyles,
  css`
    .card {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: calc(var(--_space) * 2);
      margin-bottom: calc(var(--_space) * 2);
    }
    .card h3 {
      margin-bottom: 4px;
    }
    .filters {
      max-width: 320px;
      margin-block: var(--_space);
    }
    .totals {
      display: grid;
      grid-template-columns: repeat(3, minmax(0, 1fr));
      gap: var(--_space);
      margin: 0 0 calc(var(--_space) * 1.5);
    }
    .totals div {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: var(--_space) calc(var(--_space) * 1.25);
    }
    .totals dt {
      color: var(--_muted);
      font-size: 0.875em;
      overflow-wrap: anywhere;
      hyphens: auto;
    }
    .totals dd {
      margin: 0;
      font-size: 1.5em;
      font-weight: 600;
      font-variant-numeric: tabular-nums;
    }
    figure {
      margin: 0 0 calc(var(--_space) * 1.5);
    }
    .chart {
      overflow-x: auto;
    }
    svg {
      display: block;
      width: 100%;
      height: auto;
      max-height: 260px;
    }
    .axis {
      stroke: var(--_border);
    }
    .tick {
      fill: var(--_muted);
      font-size: 11px;
    }
    .booked {
      fill: var(--_accent);
    }
    .no-show {
      fill: var(--_danger);
    }
    .cancelled {
      fill: var(--_muted);
      opacity: 0.45;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 1.5);
      margin: var(--_space) 0 0;
      padding: 0;
      list-style: none;
      color: var(--_muted);
      font-size: 0.875em;
    }
    .legend span {
      display: inline-block;
      width: 0.8em;
      height: 0.8em;
      border-radius: 2px;
      margin-inline-end: 6px;
      vertical-align: -0.05em;
    }
    .legend .booked,
    .legend .no-show,
    .legend .cancelled {
      background: currentColor;
    }
    .legend .booked {
      color: var(--_accent);
    }
    .legend .no-show {
      color: var(--_danger);
    }
    .legend .cancelled {
      color: color-mix(in srgb, var(--_muted) 45%, transparent);
    }
    .tables {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 400px), 1fr));
      gap: calc(var(--_space) * 2);
    }
    td.number,
    th.number {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    @media (forced-colors: active) {
      .booked,
      .no-show,
      .cancelled {
        fill: CanvasText;
      }
      .cancelled {
        fill: GrayText;
      }
    }
  `,
];
