import { css } from 'lit';
import { adminStyles } from './admin.styles.js';

export const styles = [
  adminStyles,
  css`
    :host {
      background: none;
    }
    [part~='container'] {
      container-type: inline-size;
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) * 1.5);
      overflow: clip;
    }
    header[part~='header'] {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: var(--_space) calc(var(--_space) * 3);
      padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2.5);
      border-bottom: 1px solid var(--_border);
      border-top: 4px solid var(--_accent);
    }
    .title {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px calc(var(--_space) * 1.5);
    }
    .eyebrow {
      color: var(--_muted);
      font-size: 0.85rem;
      text-transform: uppercase;
      letter-spacing: 0.04em;
      font-weight: 600;
    }
    .name {
      font-size: 1.2rem;
    }
    select.switcher {
      font-weight: 700;
      font-size: 1.05rem;
      width: auto;
      min-width: 200px;
    }
    .who {
      display: grid;
      justify-items: end;
      gap: 2px;
      font-size: 0.92rem;
      text-align: end;
    }
    .who .hint {
      max-width: 46ch;
    }
    .body {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
    }
    nav[part~='nav'] {
      border-bottom: 1px solid var(--_border);
      background: var(--_surface-2);
    }
    nav ul {
      list-style: none;
      margin: 0;
      padding: calc(var(--_space) * 0.75);
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
    }
    nav button {
      min-height: 40px;
      padding: 0 calc(var(--_space) * 1.5);
      border: 1px solid transparent;
      border-radius: var(--_radius);
      background: none;
      color: var(--_text);
      font-weight: 600;
      text-align: start;
      width: 100%;
    }
    nav button:hover {
      background: var(--_surface);
      border-color: var(--_border);
    }
    nav button[aria-current='page'] {
      background: var(--_surface);
      border-color: var(--_accent);
      color: var(--_accent);
      box-shadow: inset 3px 0 0 var(--_accent);
    }
    .section {
      min-width: 0;
      padding: calc(var(--_space) * 2.5);
    }
    @container (min-width: 1000px) {
      .body {
        grid-template-columns: 220px minmax(0, 1fr);
      }
      nav[part~='nav'] {
        border-bottom: none;
        border-inline-end: 1px solid var(--_border);
      }
      nav ul {
        flex-direction: column;
        flex-wrap: nowrap;
        padding: calc(var(--_space) * 1.5) var(--_space);
        position: sticky;
        top: 0;
      }
    }
    @container (max-width: 599px) {
      .who {
        justify-items: start;
        text-align: start;
      }
      .section {
        padding: calc(var(--_space) * 1.5);
      }
    }
  `,
];
