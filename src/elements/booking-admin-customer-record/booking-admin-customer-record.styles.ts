import { css } from 'lit';
import { adminStyles } from '../booking-admin/admin.styles.js';

export const styles = [
  adminStyles,
  css`
    .back {
      margin-bottom: var(--_space);
    }
    .link-button {
      font: inherit;
      background: none;
      border: none;
      padding: 4px 0;
      color: var(--_accent);
      text-decoration: underline;
      cursor: pointer;
      min-height: 2.75rem;
    }
    .counts {
      display: grid;
      grid-template-columns: repeat(3, minmax(0, 1fr));
      gap: var(--_space);
      margin: var(--_space) 0 calc(var(--_space) * 2);
      max-width: 480px;
    }
    .counts div {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: var(--_space);
    }
    .counts dt {
      color: var(--_muted);
      font-size: 0.875em;
    }
    .counts dd {
      margin: 0;
      font-size: 1.4em;
      font-weight: 600;
      font-variant-numeric: tabular-nums;
    }
    .card {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: calc(var(--_space) * 2);
      margin-bottom: calc(var(--_space) * 2);
    }
    .card .actions {
      margin-top: calc(var(--_space) * 1.5);
    }
    .fields {
      max-width: 720px;
    }
    .table-wrap {
      margin-bottom: calc(var(--_space) * 2);
    }
    select {
      font: inherit;
      min-height: 2.75rem;
      max-width: 100%;
    }
    .log {
      margin: 0;
      padding-inline-start: 1.2em;
      color: var(--_muted);
    }
    .empty {
      color: var(--_muted);
    }
    .duplicates {
      margin: 0 0 calc(var(--_space) * 2);
    }
    .merge h5 {
      margin: 0 0 calc(var(--_space) / 2);
      font-size: 1rem;
    }
    .merge .field {
      margin: var(--_space) 0;
    }
    .merge-results {
      list-style: none;
      padding: 0;
      margin: 0 0 var(--_space);
    }
    .merge-results .muted {
      color: var(--_muted);
    }
  `,
];
