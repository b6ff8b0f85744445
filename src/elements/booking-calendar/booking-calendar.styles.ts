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
    .header {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: var(--_space);
      margin-bottom: var(--_space);
    }
    h3 {
      margin: 0;
      font-size: 1.05rem;
    }
    /* Month names are lower case in da, fr, nl, pl; a heading starts with a capital. Only the first
       letter: 'capitalize' would also raise words such as Portuguese "de". */
    h3::first-letter {
      text-transform: uppercase;
    }
    .nav {
      display: flex;
      gap: calc(var(--_space) / 2);
    }
    .nav button {
      width: 44px;
      height: 44px;
      border-radius: 50%;
      border: 1px solid var(--_border);
      background: var(--_surface);
      color: var(--_text);
      font-size: 1.2rem;
      line-height: 1;
    }
    .nav button:hover:not([disabled]) {
      background: var(--_accent-soft);
    }
    .nav button[disabled] {
      background: var(--_surface-2);
      border-style: dashed;
      color: var(--_muted);
      cursor: not-allowed;
    }
    :host(:dir(rtl)) .nav button span {
      display: inline-block;
      transform: scaleX(-1);
    }
    table {
      width: 100%;
      border-collapse: collapse;
      table-layout: fixed;
    }
    th {
      font-size: 0.8rem;
      font-weight: 600;
      color: var(--_muted);
      padding: 4px 0;
    }
    th abbr {
      text-decoration: none;
    }
    /* The cell stays a table cell (the grid's structure); the circle is its inner span. */
    [part~='day'] {
      height: var(--booking-calendar-day-size, 44px);
      padding: 2px 0;
      text-align: center;
      vertical-align: middle;
      cursor: pointer;
      user-select: none;
      font-variant-numeric: tabular-nums;
      outline: none;
    }
    [part~='day'] > span {
      position: relative;
      display: inline-flex;
      align-items: center;
      justify-content: center;
      width: var(--booking-calendar-day-size, 44px);
      max-width: 100%;
      aspect-ratio: 1;
      border-radius: 50%;
    }
    [part~='day']:focus-visible > span {
      outline: 3px solid var(--_accent);
      outline-offset: 1px;
    }
    [part~='available'] > span {
      font-weight: 700;
      background: var(--_accent-soft);
      color: var(--_text);
    }
    [part~='available'] > span::after {
      content: '';
      position: absolute;
      inset-block-end: 5px;
      inset-inline-start: calc(50% - 2px);
      width: 4px;
      height: 4px;
      border-radius: 50%;
      background: var(--_accent);
    }
    [part~='available']:hover > span {
      box-shadow: inset 0 0 0 2px var(--_accent);
    }
    [part~='unavailable'] {
      color: var(--_muted);
      cursor: default;
    }
    [part~='outside'] {
      visibility: hidden;
    }
    [part~='today'] > span {
      box-shadow: inset 0 0 0 1px var(--_text);
    }
    [part~='selected'] > span {
      background: var(--_accent);
      color: var(--_on-accent);
    }
    [part~='selected'] > span::after {
      background: var(--_on-accent);
    }
    :host(:state(loading)) [part~='day'] > span {
      animation: pulse 1.2s ease-in-out infinite;
    }
    @keyframes pulse {
      50% {
        opacity: 0.45;
      }
    }
    @media (forced-colors: active) {
      /* Backgrounds and box shadows are dropped in forced colours: borders and system colours carry
         the states instead (available: a border; today: a thicker one; unavailable: GrayText). */
      [part~='selected'] > span {
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
      }
      [part~='available'] > span {
        border: 1px solid CanvasText;
      }
      [part~='today'] > span {
        border: 3px double CanvasText;
      }
      [part~='unavailable'] {
        color: GrayText;
      }
    }
  `,
];
