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
