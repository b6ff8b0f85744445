import { css } from 'lit';
import { adminStyles } from '../booking-admin/admin.styles.js';

export const styles = [
  adminStyles,
  css`
    .editor h3 {
      font-size: 1.2rem;
      margin-bottom: calc(var(--_space) * 2);
    }
    .role-hint {
      color: var(--_muted);
      font-size: 0.875rem;
      margin: 2px 0 0;
    }
    .time-off {
      list-style: none;
      margin: 0 0 calc(var(--_space) * 1.5);
      padding: 0;
      display: grid;
      gap: var(--_space);
    }
    .time-off li {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: center;
      gap: var(--_space);
      padding: var(--_space) calc(var(--_space) * 1.5);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      border-inline-start: 4px solid var(--_muted);
    }
    .time-off .what {
      font-weight: 700;
    }
    .time-off .when {
      color: var(--_muted);
      font-size: 0.9rem;
    }
    .add-time-off {
      border-top: 1px dashed var(--_border);
      padding-top: calc(var(--_space) * 1.5);
    }
    .add-time-off h4 {
      margin-bottom: var(--_space);
    }
    .sync {
      margin: 0 0 calc(var(--_space) * 2);
    }
  `,
];
