import { css } from 'lit';

/**
 * Layer 1 → 2 of theming: the public global tokens (`--booking-*`, set by the host page) resolved
 * once into private variables (`--_*`) with light and dark defaults. Elements use only the private
 * ones, so every element reacts to the same tokens and `bookingPageColorCode` maps to the accent.
 *
 * @cssprop --booking-color-accent - Brand colour: buttons, selection, focus ring.
 * @cssprop --booking-color-on-accent - Text on the accent colour.
 * @cssprop --booking-color-surface - Background of cards and panels.
 * @cssprop --booking-color-text - Main text colour.
 * @cssprop --booking-color-muted - Secondary text colour.
 * @cssprop --booking-color-border - Borders and separators.
 * @cssprop --booking-color-danger - Errors.
 * @cssprop --booking-color-success - Confirmation.
 * @cssprop --booking-radius - Corner radius.
 * @cssprop --booking-font-family - Font family (inherits by default).
 * @cssprop --booking-space - Base spacing unit.
 */
export const tokens = css`
  :host {
    --_accent: var(--booking-color-accent, var(--booking-page-color, light-dark(#0f6cbd, #62abf5)));
    --_on-accent: var(--booking-color-on-accent, var(--booking-page-on-color, light-dark(#ffffff, #0b1a2a)));
    --_surface: var(--booking-color-surface, light-dark(#ffffff, #1f1f1f));
    --_surface-2: light-dark(#f5f6f8, #2a2a2a);
    --_text: var(--booking-color-text, light-dark(#1b1b1f, #f0f0f2));
    --_muted: var(--booking-color-muted, light-dark(#55585f, #b4b7bf));
    --_border: var(--booking-color-border, light-dark(#c9ccd2, #4a4c52));
    --_danger: var(--booking-color-danger, light-dark(#b3261e, #ffb4ab));
    --_success: var(--booking-color-success, light-dark(#0b6a37, #7fdca4));
    --_radius: var(--booking-radius, 8px);
    --_space: var(--booking-space, 8px);
    --_accent-soft: color-mix(in srgb, var(--_accent) 14%, transparent);
    /* A selected control under the mouse: the accent moved towards the text colour, so the text on
       it (on-accent) keeps its contrast in light and dark alike. */
    --_accent-strong: color-mix(in srgb, var(--_accent) 85%, var(--_text));
    color-scheme: light dark;
    font-family: var(--booking-font-family, inherit);
    color: var(--_text);
  }
`;

/** Shared control styles: buttons, focus ring, visually hidden text, reduced motion. */
export const controls = css`
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  button {
    font: inherit;
    cursor: pointer;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_space) * 0.75);
    min-height: 44px;
    padding: 0 calc(var(--_space) * 2);
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    background: var(--_surface);
    color: var(--_text);
    text-decoration: none;
    font-weight: 600;
  }
  .button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  .button.primary:hover {
    background: var(--_accent-strong);
    border-color: var(--_accent-strong);
  }
  /* Disabled buttons stay readable (4.5:1): a neutral fill and the muted text, never a faded colour. */
  .button[disabled],
  .button[aria-disabled='true'],
  .button.primary[disabled],
  .button.primary[aria-disabled='true'] {
    background: var(--_surface-2);
    border: 1px dashed var(--_border);
    color: var(--_muted);
    cursor: not-allowed;
  }
  .link-button {
    background: none;
    border: none;
    padding: 0;
    min-height: 24px;
    color: var(--_accent);
    text-decoration: underline;
    font: inherit;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    .button.primary {
      border: 2px solid ButtonText;
    }
  }
`;
