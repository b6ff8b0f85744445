import { css } from 'lit';
import { controls, tokens } from '../../styles/tokens.js';

export const styles = [
  tokens,
  controls,
  css`
    :host {
      display: block;
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
      text-transform: capitalize;
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
    .nav button[disabled] {
      opacity: 0.4;
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
    td {
      padding: 2px;
      text-align: center;
    }
    [part~='day'] {
      position: relative;
      display: flex;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      height: var(--booking-calendar-day-size, 44px);
      margin: 0 auto;
      max-width: var(--booking-calendar-day-size, 44px);
      border-radius: 50%;
      cursor: pointer;
      user-select: none;
      font-variant-numeric: tabular-nums;
    }
    [part~='available'] {
      font-weight: 700;
      background: var(--_accent-soft);
      color: var(--_text);
    }
    [part~='available']::after {
      content: '';
      position: absolute;
      bottom: 5px;
      width: 4px;
      height: 4px;
      border-radius: 50%;
      background: var(--_accent);
    }
    [part~='unavailable'] {
      color: var(--_muted);
      cursor: default;
    }
    [part~='unavailable'] span {
      text-decoration: line-through;
      text-decoration-color: color-mix(in srgb, var(--_muted) 50%, transparent);
    }
    [part~='outside'] {
      visibility: hidden;
    }
    [part~='today'] {
      box-shadow: inset 0 0 0 1px var(--_text);
    }
    [part~='selected'] {
      background: var(--_accent);
      color: var(--_on-accent);
    }
    [part~='selected']::after {
      background: var(--_on-accent);
    }
    :host(:state(loading)) [part~='day'] {
      animation: pulse 1.2s ease-in-out infinite;
    }
    @keyframes pulse {
      50% {
        opacity: 0.45;
      }
    }
    @media (forced-colors: active) {
      [part~='selected'] {
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
      }
      [part~='available'] {
        border: 1px solid CanvasText;
      }
    }
  `,
];
