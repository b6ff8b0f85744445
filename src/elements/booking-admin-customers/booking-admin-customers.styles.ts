import { css } from 'lit';
import { adminStyles } from '../booking-admin/admin.styles.js';

export const styles = [
  adminStyles,
  css`
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      justify-content: space-between;
      gap: var(--_space) calc(var(--_space) * 2);
      margin-bottom: calc(var(--_space) * 1.5);
    }
    .toolbar-actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
    }
    .import .count {
      margin: var(--_space) 0 calc(var(--_space) / 2);
    }
    .import .columns {
      margin-top: var(--_space);
    }
    .preview caption {
      text-align: start;
      padding: 4px 8px;
      color: var(--_muted);
    }
    .import-result {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: var(--_space);
      margin-bottom: calc(var(--_space) * 2);
    }
    .search {
      flex: 1 1 260px;
      max-width: 420px;
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
    .name-button {
      font: inherit;
      font-weight: 600;
      background: none;
      border: none;
      padding: 0;
      min-height: 2.75rem;
      color: var(--_accent);
      text-decoration: underline;
      text-align: start;
      cursor: pointer;
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
    td a[href^='tel:'] {
      white-space: nowrap;
    }
    .empty {
      padding: calc(var(--_space) * 2);
      border: 1px dashed var(--_border);
      border-radius: var(--_radius);
      color: var(--_muted);
    }
  `,
];
