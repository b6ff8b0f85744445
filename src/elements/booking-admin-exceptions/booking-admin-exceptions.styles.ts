import { css } from 'lit';
import { adminStyles } from '../booking-admin/admin.styles.js';

export const styles = [
  adminStyles,
  css`
    :host {
      display: block;
    }
    .exceptions {
      list-style: none;
      margin: 0 0 calc(var(--_space) * 1.5);
      padding: 0;
      display: grid;
      gap: var(--_space);
    }
    .exceptions li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space);
      padding: var(--_space) calc(var(--_space) * 1.25);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .exceptions .text {
      flex: 1 1 240px;
    }
    .exceptions booking-admin-hours {
      flex-basis: 100%;
      font-size: 0.9em;
    }
    .add {
      border: 1px dashed var(--_border);
      border-radius: var(--_radius);
      padding: calc(var(--_space) * 1.5);
    }
    .add h3 {
      margin: 0 0 var(--_space);
      font-size: 1rem;
    }
    .kinds {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space) calc(var(--_space) * 2);
      margin-bottom: var(--_space);
    }
    .kind {
      display: flex;
      gap: 6px;
      align-items: center;
    }
    .add-button {
      margin-top: var(--_space);
    }
  `,
];
