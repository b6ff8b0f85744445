import { css } from 'lit';
import { adminStyles } from '../booking-admin/admin.styles.js';

export const styles = [
  adminStyles,
  css`
    .editor h3 {
      font-size: 1.2rem;
      margin-bottom: calc(var(--_space) * 2);
    }
    .question {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px calc(var(--_space) * 3);
      padding: 6px 0;
      border-bottom: 1px solid var(--_border);
    }
    .question:last-child {
      border-bottom: none;
    }
    .question .check {
      flex: 1 1 260px;
    }
    .reminder {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: calc(var(--_space) * 1.5);
      margin-bottom: var(--_space);
    }
    .reminder-top {
      display: flex;
      justify-content: space-between;
      align-items: center;
      gap: var(--_space);
      margin-bottom: var(--_space);
    }
    .catalogue {
      margin-top: calc(var(--_space) * 3);
    }
    .questions {
      list-style: none;
      margin: 0 0 var(--_space);
      padding: 0;
      display: grid;
      gap: 6px;
    }
    .questions li {
      display: flex;
      justify-content: space-between;
      align-items: center;
      gap: var(--_space);
      padding: 6px 0 6px calc(var(--_space) * 1.25);
      border-inline-start: 3px solid var(--_border);
    }
    .questions .what {
      font-weight: 600;
    }
    .question-form {
      border-top: 1px dashed var(--_border);
      padding-top: calc(var(--_space) * 1.5);
    }
    .copy-row {
      display: flex;
      gap: var(--_space);
      align-items: center;
    }
    .copy-row input,
    .copy-row textarea {
      flex: 1;
      font-family: ui-monospace, SFMono-Regular, Menlo, monospace;
      font-size: 0.85rem;
    }
    .copy-row textarea {
      min-height: 64px;
    }
  `,
];
