import { css } from 'lit';
import { adminStyles } from '../booking-admin/admin.styles.js';

export const styles = [
  adminStyles,
  css`
    .days {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
    }
    .day {
      display: grid;
      grid-template-columns: minmax(130px, 160px) minmax(0, 1fr);
      gap: var(--_space) calc(var(--_space) * 2);
      align-items: start;
      padding: var(--_space) 0;
      border-bottom: 1px solid var(--_border);
    }
    .day:last-child {
      border-bottom: none;
    }
    .day .check {
      font-weight: 600;
      padding-top: 8px;
    }
    .slots {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space) calc(var(--_space) * 2);
      min-height: 40px;
    }
    .slot {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 6px;
    }
    .slot input {
      width: 9.5em;
    }
    .slot .error-text {
      flex-basis: 100%;
    }
    .remove {
      min-width: 32px;
      min-height: 32px;
      border-radius: 50%;
      border: 1px solid var(--_border);
      background: var(--_surface);
      color: var(--_text);
      line-height: 1;
    }
    .closed {
      color: var(--_muted);
      padding-top: 8px;
    }
    .readonly-day {
      display: grid;
      grid-template-columns: minmax(110px, 160px) 1fr;
      gap: var(--_space);
      padding: 4px 0;
    }
    .readonly-day dt {
      color: var(--_muted);
    }
    .readonly-day dd {
      margin: 0;
    }
    @container (max-width: 520px) {
      .day {
        grid-template-columns: minmax(0, 1fr);
      }
    }
  `,
];
