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
    fieldset {
      border: none;
      margin: 0;
      padding: 0;
      min-width: 0;
    }
    legend {
      font-weight: 600;
      margin-bottom: var(--_space);
      padding: 0;
    }
    .options {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
    }
    label[part~='option'] {
      display: inline-flex;
      align-items: center;
      gap: var(--_space);
      min-height: 44px;
      padding-block: 6px;
      padding-inline: 6px 14px;
      border: 1px solid var(--_border);
      border-radius: 999px;
      background: var(--_surface);
      cursor: pointer;
    }
    label[part~='selected'] {
      border-color: var(--_accent);
      background: var(--_accent-soft);
    }
    label:has(input:focus-visible) {
      outline: 3px solid var(--_accent);
      outline-offset: 2px;
    }
    input {
      position: absolute;
      opacity: 0;
      width: 1px;
      height: 1px;
    }
    .avatar {
      display: inline-grid;
      place-items: center;
      width: 32px;
      height: 32px;
      border-radius: 50%;
      background: var(--_surface-2);
      color: var(--_text);
      font-size: 0.8rem;
      font-weight: 700;
    }
    label[part~='selected'] .avatar {
      background: var(--_accent);
      color: var(--_on-accent);
    }
    .hint {
      color: var(--_muted);
      font-size: 0.85rem;
    }
    @media (forced-colors: active) {
      /* The radio itself is hidden and forced colours drop the tinted background: show the choice
         with the system highlight, like a selected list item. */
      label[part~='selected'] {
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
        border-color: HighlightText;
      }
      label[part~='selected'] .hint {
        color: HighlightText;
      }
      label:has(input:focus-visible) {
        outline-color: CanvasText;
      }
    }
  `,
];
