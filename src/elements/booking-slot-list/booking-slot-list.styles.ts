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
    .group + .group {
      margin-top: calc(var(--_space) * 2);
    }
    h4 {
      margin: 0 0 var(--_space);
      font-size: 0.85rem;
      font-weight: 600;
      color: var(--_muted);
    }
    .slots {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(var(--booking-slot-list-min-width, 104px), 1fr));
      gap: var(--_space);
    }
    [part~='slot'] {
      min-height: 44px;
      padding: 6px 8px;
      border-radius: var(--_radius);
      border: 1px solid var(--_accent);
      background: var(--_surface);
      color: var(--_accent);
      font-weight: 600;
      font-variant-numeric: tabular-nums;
      display: flex;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      line-height: 1.2;
    }
    [part~='slot']:hover {
      background: var(--_accent-soft);
      color: var(--_accent-strong);
    }
    /* Selected stays selected under the mouse: on-accent text on the accent, a shade stronger. */
    [part~='slot'][part~='selected'] {
      background: var(--_accent);
      color: var(--_on-accent);
    }
    [part~='slot'][part~='selected']:hover {
      background: var(--_accent-strong);
      border-color: var(--_accent-strong);
    }
    .seats {
      font-size: 0.75rem;
      font-weight: 400;
    }
    .skeleton {
      height: 44px;
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
      .skeleton {
        border: 1px dashed GrayText;
      }
      [part~='selected'] {
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
      }
    }
  `,
];
