import { css } from 'lit';
import { controls, tokens } from '../../styles/tokens.js';

export const styles = [
  tokens,
  controls,
  css`
    :host {
      display: block;
    }
    [part~='container'] {
      container-type: inline-size;
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) * 1.5);
      overflow: hidden;
      line-height: 1.45;
    }
    header[part~='header'] {
      display: flex;
      align-items: center;
      gap: calc(var(--_space) * 1.5);
      padding: calc(var(--_space) * 2) calc(var(--_space) * 2.5);
      border-bottom: 1px solid var(--_border);
      border-top: 4px solid var(--_accent);
    }
    header img {
      width: 48px;
      height: 48px;
      border-radius: var(--_radius);
      object-fit: cover;
      flex: none;
    }
    header h2 {
      margin: 0;
      font-size: 1.25rem;
    }
    .contact {
      display: flex;
      flex-wrap: wrap;
      gap: 2px 14px;
      color: var(--_muted);
      font-size: 0.9rem;
    }
    .contact a {
      display: inline-flex;
      align-items: center;
      /* WCAG 2.5.8: at least 24 px tall, though they read as text. */
      min-height: 24px;
      color: inherit;
    }
    [part~='body'] {
      padding: calc(var(--_space) * 2.5);
    }
    .step-top {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: var(--_space);
      margin-bottom: calc(var(--_space) * 1.5);
    }
    .step-top .count {
      color: var(--_muted);
      font-size: 0.85rem;
    }
    h3.step {
      margin: 0 0 calc(var(--_space) * 2);
      font-size: 1.2rem;
    }
    /* The back arrow points to where "back" is: left in LTR, right in RTL. */
    :host(:dir(rtl)) .back .arrow {
      display: inline-block;
      transform: scaleX(-1);
    }
    h3.step:focus {
      outline: none;
    }
    h3.step:focus-visible {
      outline: 3px solid var(--_accent);
      outline-offset: 4px;
    }
    .services {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: var(--_space);
    }
    [part~='service'] {
      display: grid;
      grid-template-columns: 1fr auto;
      gap: 4px calc(var(--_space) * 2);
      width: 100%;
      text-align: start;
      padding: calc(var(--_space) * 1.75) calc(var(--_space) * 2);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
    }
    [part~='service']:hover {
      border-color: var(--_accent);
      background: var(--_accent-soft);
    }
    .service-name {
      font-weight: 700;
      font-size: 1.05rem;
    }
    .service-price {
      font-weight: 600;
      text-align: end;
    }
    .service-meta {
      grid-column: 1 / -1;
      display: flex;
      flex-wrap: wrap;
      gap: 4px 12px;
      color: var(--_muted);
      font-size: 0.9rem;
    }
    .service-desc {
      grid-column: 1 / -1;
      color: var(--_muted);
      font-size: 0.92rem;
      margin: 0;
    }
    .badge {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      padding: 0 8px;
      border-radius: 999px;
      background: var(--_surface-2);
      color: var(--_text);
      font-size: 0.8rem;
    }
    .choice-summary {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 4px 12px;
      margin-bottom: calc(var(--_space) * 2);
      padding: var(--_space) calc(var(--_space) * 1.5);
      border-radius: var(--_radius);
      background: var(--_surface-2);
    }
    .choice-summary strong {
      font-weight: 700;
    }
    booking-staff-picker {
      display: block;
      margin-bottom: calc(var(--_space) * 2.5);
    }
    /* Its chunk loads with the page's data: its room (a heading and one row of choices) is kept meanwhile. */
    booking-staff-picker:not(:defined) {
      min-height: 77px;
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
    [part~='notice'] {
      display: flex;
      gap: var(--_space);
      align-items: flex-start;
      padding: calc(var(--_space) * 1.5);
      margin-bottom: calc(var(--_space) * 2);
      border-radius: var(--_radius);
      border: 1px solid var(--_danger);
      background: color-mix(in srgb, var(--_danger) 8%, var(--_surface));
    }
    [part~='notice'] p {
      margin: 0;
    }
    .state {
      padding: calc(var(--_space) * 4) calc(var(--_space) * 2);
      text-align: center;
    }
    .state p {
      margin: 0 0 calc(var(--_space) * 2);
    }
    .skeleton {
      border-radius: var(--_radius);
      background: var(--_surface-2);
      animation: pulse 1.2s ease-in-out infinite;
    }
    /* Placeholders as tall as what replaces them (no layout shift when the page arrives). */
    .skeleton.text {
      display: inline-block;
      max-width: 100%;
      color: transparent;
    }
    .header-skeleton {
      flex: 1;
    }
    .header-skeleton .contact {
      min-height: 24px;
      align-items: center;
    }
    .skeleton.card {
      height: 105px;
    }
    @container (max-width: 480px) {
      .skeleton.card {
        height: 150px;
      }
      /* Address, phone and website wrap to a second line on a phone. */
      .header-skeleton .contact {
        min-height: 48px;
      }
    }
    @keyframes pulse {
      50% {
        opacity: 0.5;
      }
    }
    @media (forced-colors: active) {
      /* Forced colours drop the grey fill: outline the placeholders so the loading state stays visible. */
      .skeleton {
        border: 1px dashed GrayText;
      }
    }
    a {
      color: var(--_accent);
    }
  `,
];
