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
    .combo {
      position: relative;
    }
    input {
      width: 100%;
      min-height: 44px;
      padding: 0 calc(var(--_space) + 40px) 0 var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
      font: inherit;
      text-overflow: ellipsis;
    }
    .toggle {
      position: absolute;
      inset-block: 1px;
      inset-inline-end: 1px;
      width: 42px;
      border: none;
      border-radius: var(--_radius);
      background: transparent;
      color: var(--_text);
    }
    .popup {
      position: absolute;
      z-index: 10;
      inset-inline: 0;
      top: calc(100% + 4px);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      box-shadow: 0 8px 24px rgb(0 0 0 / 18%);
    }
    .popup[hidden] {
      display: none;
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    /* The listbox itself scrolls: it is the combobox's popup, reached through the text field. */
    [role='listbox'] {
      max-height: min(22rem, 60vh);
      overflow: auto;
      border-radius: var(--_radius);
    }
    .group-label {
      position: sticky;
      top: 0;
      padding: 6px var(--_space);
      font-size: 0.8rem;
      font-weight: 600;
      color: var(--_muted);
      background: var(--_surface-2);
    }
    [role='option'] {
      padding: 8px var(--_space);
      min-height: 44px;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0 0.4em;
      cursor: pointer;
      overflow-wrap: anywhere;
    }
    .city {
      font-weight: 600;
    }
    .name {
      color: var(--_muted);
    }
    [role='option'][part~='active'] {
      background: var(--_accent-soft);
      outline: 2px solid var(--_accent);
      outline-offset: -2px;
    }
    [role='option'][part~='selected'] .city::after {
      content: ' ✓' / '';
    }
    .no-match {
      margin: 0;
      padding: var(--_space);
      color: var(--_muted);
    }
    @media (forced-colors: active) {
      [role='option'][part~='active'] {
        outline: 2px solid Highlight;
      }
    }
  `,
];
