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
    .card .actions {
      margin-top: calc(var(--_space) * 1.5);
    }
    .fields {
      max-width: 640px;
    }
    input[type='file'] {
      font: inherit;
      max-width: 100%;
    }
  `,
];
