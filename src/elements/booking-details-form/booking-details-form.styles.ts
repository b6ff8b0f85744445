import { css } from 'lit';
import { controls, tokens } from '../../styles/tokens.js';

export const styles = [
  tokens,
  controls,
  css`
    :host {
      display: block;
      /* Its own surface: colours follow the reader's light or dark preference, which the page
         around a standalone part may not (inside <booking-page> it is the card's own surface). */
      background: var(--_surface);
    }
    .field {
      margin-bottom: calc(var(--_space) * 2);
    }
    .row {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 220px), 1fr));
      gap: 0 calc(var(--_space) * 2);
    }
    label,
    legend {
      display: block;
      font-weight: 600;
      margin-bottom: 4px;
      padding: 0;
    }
    .optional {
      font-weight: 400;
      color: var(--_muted);
    }
    .hint {
      margin: calc(var(--_space) * -1) 0 calc(var(--_space) * 2);
      color: var(--_muted);
      font-size: 0.9rem;
    }
    input[type='text'],
    input[type='email'],
    input[type='tel'],
    textarea {
      width: 100%;
      min-height: 44px;
      padding: 8px 10px;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
      font: inherit;
    }
    textarea {
      min-height: 88px;
      resize: vertical;
    }
    [aria-invalid='true'] {
      border-color: var(--_danger);
      box-shadow: 0 0 0 1px var(--_danger);
    }
    .error::before {
      content: '⚠' / '';
    }
    .error {
      display: flex;
      gap: 6px;
      margin-top: 4px;
      color: var(--_danger);
      font-size: 0.9rem;
    }
    fieldset {
      border: none;
      margin: 0 0 calc(var(--_space) * 2);
      padding: 0;
      min-width: 0;
    }
    .check {
      display: flex;
      align-items: flex-start;
      gap: 10px;
      font-weight: 400;
      min-height: 44px;
      padding: 8px 0;
      cursor: pointer;
    }
    .check input {
      width: 22px;
      height: 22px;
      margin: 1px 0 0;
      flex: none;
      accent-color: var(--_accent);
    }
    .consent {
      padding: calc(var(--_space) * 1.5);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface-2);
    }
    .consent .message {
      white-space: pre-line;
    }
    .links {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      margin-top: 4px;
      font-size: 0.9rem;
    }
    .links a {
      display: inline-flex;
      align-items: center;
      min-height: 24px; /* WCAG 2.5.8 */
      color: var(--_accent);
    }
  `,
];
