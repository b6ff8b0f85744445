import { css } from 'lit';
import { adminStyles } from '../booking-admin/admin.styles.js';

export const styles = [
  adminStyles,
  css`
    .filters {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: calc(var(--_space) * 2);
      margin-bottom: calc(var(--_space) * 1.5);
    }
    .filters > :first-child {
      min-width: 240px;
    }
    .check {
      display: inline-flex;
      align-items: center;
      gap: var(--_space);
      min-height: 44px;
    }
    .lists {
      display: grid;
      gap: calc(var(--_space) * 2);
    }
    .list {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    h3 {
      display: flex;
      flex-wrap: wrap;
      gap: 0 calc(var(--_space) * 1.5);
      align-items: baseline;
      margin: 0;
      padding: calc(var(--_space) * 1.25) calc(var(--_space) * 1.5);
      border-bottom: 1px solid var(--_border);
      font-size: 1rem;
    }
    h3 .wish {
      font-weight: 400;
    }
    h3 .count,
    .muted {
      color: var(--_muted);
      font-weight: 400;
    }
    ol {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .entry {
      display: grid;
      grid-template-columns: 4em minmax(0, 1fr) auto auto;
      gap: var(--_space) calc(var(--_space) * 1.5);
      align-items: center;
      padding: var(--_space) calc(var(--_space) * 1.5);
    }
    .entry + .entry {
      border-top: 1px solid var(--_border);
    }
    .entry.offered {
      background: color-mix(in srgb, var(--_accent) 8%, transparent);
    }
    .place {
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }
    .who {
      display: grid;
      gap: 2px;
      overflow-wrap: anywhere;
    }
    .state {
      font-size: 0.875rem;
    }
    .state.offered {
      font-weight: 700;
    }
    .state.claimed,
    .state.left,
    .state.lapsed {
      color: var(--_muted);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      justify-content: end;
      gap: var(--_space);
    }
    .actions .button {
      width: auto;
      white-space: nowrap;
    }
    @media (max-width: 40rem) {
      .entry {
        grid-template-columns: 3em minmax(0, 1fr);
      }
      .state,
      .actions {
        grid-column: 2;
      }
    }
  `,
];
