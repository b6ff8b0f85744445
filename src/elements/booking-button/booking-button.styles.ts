import { css } from 'lit';
import { controls, tokens } from '../../styles/tokens.js';

export const styles = [
  tokens,
  controls,
  css`
    :host {
      display: inline-block;
    }
    .floating {
      position: fixed;
      inset-block-end: calc(var(--_space) * 2.5);
      z-index: 2147483000;
      border-radius: 999px;
      padding-inline: calc(var(--_space) * 2.5);
      box-shadow:
        0 2px 6px rgb(0 0 0 / 0.2),
        0 8px 24px rgb(0 0 0 / 0.18);
    }
    .floating.right {
      inset-inline-end: calc(var(--_space) * 2.5);
    }
    .floating.left {
      inset-inline-start: calc(var(--_space) * 2.5);
    }
    .error {
      color: var(--_danger);
      margin: var(--_space) 0 0;
    }
    dialog {
      width: min(var(--booking-button-dialog-width, 760px), calc(100vw - 32px));
      max-height: calc(100dvh - 32px);
      padding: 0;
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) * 1.5);
      background: var(--_surface);
      color: var(--_text);
      overflow: auto;
      overscroll-behavior: contain;
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 0.5);
    }
    .popup-header {
      position: sticky;
      inset-block-start: 0;
      z-index: 1;
      display: flex;
      justify-content: flex-end;
      height: 0;
    }
    .close {
      margin: var(--_space);
      inline-size: 44px;
      block-size: 44px;
      border-radius: 999px;
      border: 1px solid var(--_border);
      background: var(--_surface);
      color: var(--_text);
      font-size: 1.5rem;
      line-height: 1;
    }
    booking-page {
      display: block;
    }
    /* A phone: the popup is the whole screen. */
    @media (max-width: 600px) {
      dialog {
        width: 100vw;
        max-width: 100vw;
        height: 100dvh;
        max-height: 100dvh;
        margin: 0;
        border: none;
        border-radius: 0;
      }
    }
    @media (forced-colors: active) {
      dialog {
        border: 2px solid CanvasText;
      }
    }
  `,
];
