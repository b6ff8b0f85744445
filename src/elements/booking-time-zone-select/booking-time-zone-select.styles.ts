import { css } from 'lit';
import { controls, tokens } from '../../styles/tokens.js';

export const styles = [
  tokens,
  controls,
  css`
    :host {
      display: block;
    }
    label {
      display: block;
      font-size: 0.85rem;
      color: var(--_muted);
      margin-bottom: 4px;
    }
    select {
      width: 100%;
      min-height: 44px;
      padding: 0 var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
      font: inherit;
    }
  `,
];
