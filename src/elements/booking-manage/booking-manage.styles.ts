import { css } from 'lit';
import { controls, tokens } from '../../styles/tokens.js';

export const styles = [
  tokens,
  controls,
  css`
    :host {
      display: block;
    }
    [part~='container'] {
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-top: 4px solid var(--_accent);
      border-radius: calc(var(--_radius) * 1.5);
      padding: calc(var(--_space) * 2.5);
      line-height: 1.45;
    }
    .eyebrow {
      margin: 0 0 var(--_space);
      color: var(--_muted);
      font-weight: 600;
    }
    h3 {
      margin: 0 0 calc(var(--_space) * 2);
      font-size: 1.2rem;
    }
    h3:focus {
      outline: none;
    }
    h3:focus-visible {
      outline: 3px solid var(--_accent);
      outline-offset: 4px;
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: var(--_space) calc(var(--_space) * 2);
      margin: 0 0 calc(var(--_space) * 2);
    }
    dt {
      color: var(--_muted);
    }
    dd {
      margin: 0;
      font-weight: 600;
    }
    dd .secondary {
      display: block;
      font-weight: 400;
      color: var(--_muted);
      font-size: 0.9rem;
    }
    .status {
      display: inline-block;
      padding: 2px 10px;
      border-radius: 999px;
      background: var(--_surface-2);
      font-weight: 600;
      margin-bottom: calc(var(--_space) * 2);
    }
    .status.cancelled {
      color: var(--_danger);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
      align-items: center;
      margin-top: calc(var(--_space) * 2);
    }
    .hint {
      color: var(--_muted);
      font-size: 0.92rem;
    }
    [part~='notice'] {
      padding: calc(var(--_space) * 1.5);
      margin-bottom: calc(var(--_space) * 2);
      border-radius: var(--_radius);
      border: 1px solid var(--_danger);
      background: color-mix(in srgb, var(--_danger) 8%, var(--_surface));
    }
    [part~='notice'] p {
      margin: 0;
    }
    label {
      display: block;
      font-weight: 600;
      margin-bottom: 4px;
    }
    .optional {
      font-weight: 400;
      color: var(--_muted);
    }
    textarea {
      width: 100%;
      min-height: 88px;
      padding: 8px 10px;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
      font: inherit;
    }
    .button.danger {
      background: var(--_danger);
      border-color: var(--_danger);
      color: var(--_surface);
    }
    .skeleton {
      height: 20px;
      margin-bottom: 12px;
      border-radius: var(--_radius);
      background: var(--_surface-2);
      animation: pulse 1.2s ease-in-out infinite;
    }
    @keyframes pulse {
      50% {
        opacity: 0.5;
      }
    }
    @media (forced-colors: active) {
      /* Forced colours drop the grey fill: outline the placeholders so the loading state stays visible. */
      .skeleton {
        border: 1px dashed GrayText;
      }
    }
    booking-staff-picker {
      margin-bottom: calc(var(--_space) * 2);
    }
    a {
      color: var(--_accent);
    }
  `,
];
