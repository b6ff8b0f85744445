import { css } from 'lit';
import { adminStyles } from '../booking-admin/admin.styles.js';

export const styles = [
  adminStyles,
  css`
    form .fields {
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 180px), 1fr));
      align-items: end;
    }
    .result {
      margin-top: calc(var(--_space) * 3);
    }
    .verdict {
      display: flex;
      gap: var(--_space);
      align-items: baseline;
      padding: calc(var(--_space) * 1.5);
      border-radius: var(--_radius);
      border: 1px solid var(--_border);
      margin-bottom: calc(var(--_space) * 2);
      font-weight: 700;
    }
    .verdict.yes {
      border-color: var(--_success);
      background: color-mix(in srgb, var(--_success) 8%, var(--_surface));
    }
    .verdict.no {
      border-color: var(--_danger);
      background: color-mix(in srgb, var(--_danger) 8%, var(--_surface));
    }
    .staff {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: var(--_space);
    }
    .staff > li {
      padding: calc(var(--_space) * 1.25) calc(var(--_space) * 1.5);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .staff h3 {
      margin: 0 0 4px;
      font-size: 1rem;
    }
    .staff ul {
      margin: 0;
      padding-inline-start: calc(var(--_space) * 2.5);
    }
    .free {
      color: var(--_success);
      font-weight: 600;
      margin: 0;
    }
    .try {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
      margin-top: var(--_space);
    }
  `,
];
