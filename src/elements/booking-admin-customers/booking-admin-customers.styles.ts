import { css } from 'lit';
import { adminStyles } from '../booking-admin/admin.styles.js';

export const styles = [
  adminStyles,
  css`
    .search {
      max-width: 420px;
      margin-bottom: calc(var(--_space) * 1.5);
    }
    .note {
      margin: 0 0 calc(var(--_space) / 2);
    }
    .count {
      color: var(--_muted);
      margin-bottom: var(--_space);
    }
    td.number {
      text-align: end;
    }
    .empty {
      padding: calc(var(--_space) * 2);
      border: 1px dashed var(--_border);
      border-radius: var(--_radius);
      color: var(--_muted);
    }
  `,
];
