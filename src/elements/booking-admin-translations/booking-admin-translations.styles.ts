import { css } from 'lit';
import { adminStyles } from '../booking-admin/admin.styles.js';

export const styles = [
  adminStyles,
  css`
    .language {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: calc(var(--_space) * 2);
      margin-bottom: calc(var(--_space) * 2);
    }
    .language .count {
      margin: 0;
      flex: 1 1 16rem;
    }
    .language .add {
      display: flex;
      align-items: flex-end;
      gap: var(--_space);
    }
    .columns {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      gap: calc(var(--_space) * 2);
      font-size: 0.85rem;
      font-weight: 700;
      text-transform: uppercase;
      letter-spacing: 0.04em;
      color: var(--_muted);
      padding-bottom: var(--_space);
      border-bottom: 1px solid var(--_border);
    }
    .owner {
      padding-top: calc(var(--_space) * 1.5);
    }
    .owner + .owner {
      border-top: 1px solid var(--_border);
    }
    .owner h3 {
      margin: 0;
    }
    .text {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      gap: calc(var(--_space) * 2);
      padding: calc(var(--_space) * 1.5) 0;
      border-top: 1px solid var(--_border);
    }
    .owner .text,
    .text:first-of-type {
      border-top: 0;
    }
    .text.missing .translation {
      border-inline-start: 3px solid #b26a00;
      padding-inline-start: var(--_space);
    }
    .original .label {
      display: block;
      font-weight: 600;
    }
    .source {
      margin: 4px 0;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    @container (max-width: 40rem) {
      .text,
      .columns {
        grid-template-columns: minmax(0, 1fr);
      }
      .columns {
        display: none;
      }
    }
  `,
];
