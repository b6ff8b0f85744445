import { css } from 'lit';
import { adminStyles } from '../booking-admin/admin.styles.js';

export const styles = [
  adminStyles,
  css`
    .choose {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
      margin-bottom: var(--_space);
    }
    .editor {
      display: grid;
      gap: calc(var(--_space) * 1.5);
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
    @media (max-width: 800px) {
      .editor {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    textarea {
      min-height: 14em;
      font-family: ui-monospace, monospace;
    }
    .placeholders {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) / 2);
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .placeholders button {
      font-family: ui-monospace, monospace;
    }
    iframe {
      width: 100%;
      min-height: 560px;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: #fff;
    }
    pre {
      white-space: pre-wrap;
      max-height: 24em;
      overflow: auto;
    }
    .actions {
      display: flex;
      gap: var(--_space);
      align-items: center;
      flex-wrap: wrap;
    }
  `,
];
