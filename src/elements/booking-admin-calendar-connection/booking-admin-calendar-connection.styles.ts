import { css } from 'lit';
import { adminStyles } from '../booking-admin/admin.styles.js';

export const styles = [
  adminStyles,
  css`
    :host {
      display: block;
    }
    .details {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 220px), 1fr));
      gap: var(--_space) calc(var(--_space) * 3);
      margin: 0 0 calc(var(--_space) * 1.5);
    }
    .details dt {
      font-size: 0.85em;
      color: var(--_muted);
    }
    .details dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .details .error-row {
      grid-column: 1 / -1;
    }
    .last-error {
      color: var(--_danger);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
      margin-top: calc(var(--_space) * 1.5);
    }
    .kinds {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space) calc(var(--_space) * 3);
      margin: var(--_space) 0 calc(var(--_space) * 1.5);
    }
    .kind {
      display: inline-flex;
      gap: var(--_space);
      align-items: center;
    }
    form .fields {
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 220px), 1fr));
    }
    .feed {
      margin-top: calc(var(--_space) * 3);
      padding-top: calc(var(--_space) * 2);
      border-top: 1px solid var(--_border);
    }
    .feed h4 {
      margin: 0 0 var(--_space);
      font-size: 1em;
    }
    .copy-row {
      display: flex;
      gap: var(--_space);
      margin-top: var(--_space);
    }
    .copy-row input {
      flex: 1;
      min-width: 0;
      font-family: ui-monospace, monospace;
    }
  `,
];
