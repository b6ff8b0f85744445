import { css } from 'lit';
import { adminStyles } from '../booking-admin/admin.styles.js';

export const styles = [
  adminStyles,
  css`
    .filters {
      max-width: 320px;
      margin-bottom: calc(var(--_space) * 1.5);
    }
    .count {
      color: var(--_muted);
    }
    .messages {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: var(--_space);
    }
    details {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    summary {
      display: grid;
      grid-template-columns: auto minmax(0, 1fr);
      gap: 2px calc(var(--_space) * 1.5);
      padding: calc(var(--_space) * 1.25) calc(var(--_space) * 1.5);
      cursor: pointer;
      list-style-position: outside;
    }
    summary::marker {
      color: var(--_muted);
    }
    summary .subject {
      font-weight: 700;
      overflow-wrap: anywhere;
    }
    summary .meta {
      grid-column: 2;
      display: flex;
      flex-wrap: wrap;
      gap: 2px 12px;
      color: var(--_muted);
      font-size: 0.88rem;
    }
    .badge.cancellation {
      background: color-mix(in srgb, var(--_danger) 12%, var(--_surface));
      border-color: var(--_danger);
    }
    .status.failed {
      color: var(--_danger);
      font-weight: 700;
    }
    .delivery {
      display: grid;
      grid-template-columns: max-content minmax(0, 1fr);
      gap: 2px calc(var(--_space) * 1.5);
      margin: var(--_space) 0 0;
    }
    .delivery dt {
      font-weight: 700;
    }
    .delivery dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .badge.confirmation {
      background: color-mix(in srgb, var(--_success) 12%, var(--_surface));
      border-color: var(--_success);
    }
    .message-body {
      padding: 0 calc(var(--_space) * 1.5) calc(var(--_space) * 1.5);
      border-top: 1px solid var(--_border);
    }
    pre {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      font: inherit;
      margin: calc(var(--_space) * 1.5) 0;
    }
    .empty {
      padding: calc(var(--_space) * 2);
      border: 1px dashed var(--_border);
      border-radius: var(--_radius);
      color: var(--_muted);
    }
  `,
];
