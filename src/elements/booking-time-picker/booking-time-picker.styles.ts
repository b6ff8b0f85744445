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
      container-type: inline-size;
    }
    .schedule {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: calc(var(--_space) * 3);
    }
    @container (min-width: 640px) {
      .schedule {
        grid-template-columns: minmax(280px, 1.1fr) minmax(220px, 1fr);
      }
    }
    h4 {
      margin: 0 0 var(--_space);
      font-size: 1rem;
    }
    h5 {
      margin: calc(var(--_space) * 1.5) 0 var(--_space);
      font-size: 0.9rem;
    }
    .nearest {
      padding-bottom: calc(var(--_space) * 1.5);
      border-bottom: 1px solid var(--_border);
    }
    .zone-note {
      color: var(--_muted);
      font-size: 0.85rem;
      margin: 0 0 calc(var(--_space) * 1.5);
    }
    /* Its room is kept while its chunk loads, so nothing moves when it appears. */
    booking-time-zone-select:not(:defined) {
      display: block;
      min-height: 70px;
    }
    booking-time-zone-select {
      margin-top: calc(var(--_space) * 2);
    }
    .empty {
      padding: calc(var(--_space) * 2);
      border: 1px dashed var(--_border);
      border-radius: var(--_radius);
      color: var(--_muted);
    }
    .empty p {
      margin: 0 0 var(--_space);
    }
    .empty p:last-child {
      margin: 0;
    }
    .error {
      padding: calc(var(--_space) * 1.5);
      border-radius: var(--_radius);
      border: 1px solid var(--_danger);
    }
    .error p {
      margin: 0 0 var(--_space);
    }
  `,
];
