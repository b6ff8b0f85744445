import { css } from 'lit';
import { adminStyles } from '../booking-admin/admin.styles.js';

export const styles = [
  adminStyles,
  css`
    .publish {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: var(--_space) calc(var(--_space) * 2);
      padding: calc(var(--_space) * 1.5);
      margin-bottom: calc(var(--_space) * 2);
      border-radius: var(--_radius);
      border: 1px solid var(--_border);
    }
    .publish.on {
      border-color: var(--_success);
      background: color-mix(in srgb, var(--_success) 8%, var(--_surface));
    }
    .publish.off {
      border-color: color-mix(in srgb, #b26a00 70%, var(--_border));
      background: color-mix(in srgb, #f0a000 10%, var(--_surface));
    }
    .publish p {
      margin: 0;
      font-weight: 600;
    }
    .color-row {
      display: flex;
      gap: var(--_space);
      align-items: center;
    }
    .color-row input[type='text'] {
      flex: 1;
    }
    .rule {
      margin: 4px 0 0;
      padding: var(--_space) calc(var(--_space) * 1.25);
      border-inline-start: 4px solid var(--_danger);
      background: color-mix(in srgb, var(--_danger) 7%, var(--_surface));
      border-radius: 4px;
      font-size: 0.9rem;
    }
    .dates {
      list-style: none;
      margin: 0 0 var(--_space);
      padding: 0;
      display: grid;
      gap: 4px;
    }
    .dates li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: var(--_space);
      padding: 4px 0 4px calc(var(--_space) * 1.25);
      border-inline-start: 3px solid var(--_border);
    }
    .dates .error-text {
      flex-basis: 100%;
    }
    .add-dates {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: var(--_space);
    }
    .add-dates .field {
      width: 11em;
    }
    .outside ul {
      margin: var(--_space) 0 0;
      padding-inline-start: calc(var(--_space) * 2.5);
    }
    .outside li {
      margin-bottom: 4px;
    }
    .outside .why {
      color: var(--_muted);
      font-size: 0.9rem;
    }
  `,
];
