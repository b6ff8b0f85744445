import { css } from 'lit';
import { controls, tokens } from '../../styles/tokens.js';

/**
 * What every back-office panel looks like: headings, states, notices, form fields, lists,
 * tables, the list-and-editor split and the sticky save bar. Panels add their own rules after it.
 */
export const adminStyles = [
  tokens,
  controls,
  css`
    :host {
      display: block;
      /* Its own surface: colours follow the reader's light or dark preference, which the page
         around a standalone panel may not. <booking-admin> draws its card instead (below). */
      background: var(--_surface);
    }
    .panel,
    [part~='container'] {
      line-height: 1.45;
    }
    [hidden] {
      display: none !important;
    }
    .panel {
      container-type: inline-size;
    }
    h2 {
      margin: 0 0 calc(var(--_space) * 2);
      font-size: 1.35rem;
    }
    h3 {
      margin: 0 0 var(--_space);
      font-size: 1.1rem;
    }
    h4 {
      margin: 0 0 var(--_space);
      font-size: 1rem;
    }
    h2:focus,
    h3:focus {
      outline: none;
    }
    h2:focus-visible,
    h3:focus-visible {
      outline: 3px solid var(--_accent);
      outline-offset: 4px;
    }
    p {
      margin: 0 0 var(--_space);
    }
    .intro,
    .hint,
    .muted {
      color: var(--_muted);
    }
    .hint {
      font-size: 0.875rem;
      margin: 2px 0 0;
    }
    a {
      color: var(--_accent);
    }
    form.sign-in {
      display: grid;
      gap: calc(var(--_space) * 2);
      max-width: 26rem;
      margin: calc(var(--_space) * 4) auto;
      padding: calc(var(--_space) * 3);
    }
    form.sign-in .fields {
      grid-template-columns: minmax(0, 1fr);
    }
    .state {
      padding: calc(var(--_space) * 4) calc(var(--_space) * 2);
      text-align: center;
    }
    .state p {
      margin: 0 0 calc(var(--_space) * 2);
    }
    .loading span {
      display: block;
      color: var(--_muted);
      margin-bottom: var(--_space);
    }
    .skeleton {
      height: 44px;
      margin-bottom: var(--_space);
      border-radius: var(--_radius);
      background: var(--_surface-2);
      animation: pulse 1.2s ease-in-out infinite;
    }
    @keyframes pulse {
      50% {
        opacity: 0.5;
      }
    }
    .task[aria-busy='true'] {
      opacity: 0.75;
      transition: opacity 0.2s 0.3s;
    }
    .notice {
      padding: calc(var(--_space) * 1.5);
      margin: 0 0 calc(var(--_space) * 2);
      border-radius: var(--_radius);
      border: 1px solid var(--_border);
      background: var(--_surface-2);
    }
    .notice p:last-child,
    .notice ul:last-child {
      margin-bottom: 0;
    }
    .notice ul {
      margin: var(--_space) 0;
      padding-inline-start: calc(var(--_space) * 2.5);
    }
    .notice.error {
      border-color: var(--_danger);
      background: color-mix(in srgb, var(--_danger) 8%, var(--_surface));
    }
    .notice.warning {
      border-color: color-mix(in srgb, #b26a00 70%, var(--_border));
      background: color-mix(in srgb, #f0a000 10%, var(--_surface));
    }
    .notice.success {
      border-color: var(--_success);
      background: color-mix(in srgb, var(--_success) 8%, var(--_surface));
    }
    .badge {
      display: inline-flex;
      align-items: center;
      padding: 0 8px;
      border-radius: 999px;
      background: var(--_surface-2);
      border: 1px solid var(--_border);
      color: var(--_text);
      font-size: 0.78rem;
      font-weight: 600;
      white-space: nowrap;
    }
    .badge.warn {
      background: color-mix(in srgb, #f0a000 18%, var(--_surface));
    }
    .badge.accent {
      background: var(--_accent-soft);
      border-color: var(--_accent);
    }

    /* Forms */
    form {
      margin: 0;
    }
    fieldset {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: calc(var(--_space) * 2);
      margin: 0 0 calc(var(--_space) * 2);
      min-width: 0;
    }
    legend {
      font-weight: 700;
      padding: 0 4px;
    }
    .fields {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 220px), 1fr));
      gap: calc(var(--_space) * 2);
    }
    .field {
      display: flex;
      flex-direction: column;
      gap: 4px;
      min-width: 0;
    }
    .field.wide {
      grid-column: 1 / -1;
    }
    .field > label,
    .field > .label {
      font-weight: 600;
      font-size: 0.92rem;
    }
    :where(input:not([type='checkbox'], [type='radio'], [type='color'], [type='file'])),
    select,
    textarea {
      font: inherit;
      color: var(--_text);
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) * 0.75);
      min-height: 40px;
      padding: 6px 10px;
      width: 100%;
      min-width: 0;
    }
    textarea {
      min-height: 88px;
      resize: vertical;
    }
    input[type='color'] {
      width: 56px;
      height: 40px;
      padding: 2px;
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) * 0.75);
      background: var(--_surface);
    }
    input[type='checkbox'],
    input[type='radio'] {
      width: 18px;
      height: 18px;
      margin: 2px 0 0;
      accent-color: var(--_accent);
      flex: none;
    }
    [aria-invalid='true'] {
      border-color: var(--_danger) !important;
      box-shadow: 0 0 0 1px var(--_danger);
    }
    .error-text {
      color: var(--_danger);
      font-size: 0.875rem;
      font-weight: 600;
      margin: 0;
    }
    .check {
      display: flex;
      align-items: flex-start;
      gap: var(--_space);
      padding: 4px 0;
    }
    .check label {
      font-weight: 400;
    }
    .checks,
    .radios {
      display: grid;
      gap: 2px;
    }
    .radios {
      margin-bottom: calc(var(--_space) * 1.5);
    }
    .confirm {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space);
    }
    .confirm p {
      margin: 0;
      font-weight: 600;
    }
    .value {
      overflow-wrap: anywhere;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: var(--_space);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space);
      margin-top: calc(var(--_space) * 2);
    }
    .savebar {
      position: sticky;
      bottom: 0;
      z-index: 2;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space);
      padding: calc(var(--_space) * 1.5) 0;
      margin-top: calc(var(--_space) * 2);
      background: var(--_surface);
      border-top: 1px solid var(--_border);
    }
    .savebar .dirty {
      font-weight: 600;
      margin-inline-end: auto;
    }
    .button.small {
      min-height: 32px;
      padding: 0 calc(var(--_space) * 1.25);
      font-size: 0.875rem;
    }
    .button.danger {
      color: var(--_danger);
      border-color: var(--_danger);
    }
    .button.danger.primary {
      background: var(--_danger);
      color: var(--_surface);
    }
    .button.danger.primary:hover {
      background: color-mix(in srgb, var(--_danger) 85%, var(--_text));
      border-color: color-mix(in srgb, var(--_danger) 85%, var(--_text));
    }
    dl.readonly {
      display: grid;
      grid-template-columns: minmax(120px, max-content) 1fr;
      gap: var(--_space) calc(var(--_space) * 2);
      margin: 0 0 calc(var(--_space) * 2);
    }
    dl.readonly dt {
      color: var(--_muted);
    }
    dl.readonly dd {
      margin: 0;
      overflow-wrap: anywhere;
    }

    /* List and editor */
    .split {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: calc(var(--_space) * 3);
      align-items: start;
    }
    @container (min-width: 820px) {
      .split {
        grid-template-columns: minmax(220px, 280px) minmax(0, 1fr);
      }
    }
    .list {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 4px;
    }
    .list button {
      display: grid;
      gap: 2px;
      width: 100%;
      text-align: start;
      padding: calc(var(--_space) * 1.25) calc(var(--_space) * 1.5);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
    }
    .list button:hover {
      border-color: var(--_accent);
    }
    .list button[aria-current='true'] {
      border-color: var(--_accent);
      background: var(--_accent-soft);
      box-shadow: inset 3px 0 0 var(--_accent);
    }
    .list .name {
      font-weight: 700;
    }
    .list .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 8px;
      color: var(--_muted);
      font-size: 0.85rem;
    }
    .list-top {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: var(--_space);
      margin-bottom: var(--_space);
    }
    .editor {
      min-width: 0;
    }

    /* Tables */
    .table-wrap {
      overflow-x: auto;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    table {
      border-collapse: collapse;
      width: 100%;
      font-size: 0.92rem;
    }
    th,
    td {
      text-align: start;
      vertical-align: top;
      padding: calc(var(--_space) * 0.75) var(--_space);
      border-bottom: 1px solid var(--_border);
    }
    thead th {
      background: var(--_surface-2);
      font-weight: 700;
      white-space: nowrap;
    }
    tbody tr:last-child > * {
      border-bottom: none;
    }
    /* A table whose rows become cards in a narrow panel: each cell says what it is (data-label). */
    @container (max-width: 559px) {
      .stack-table thead {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
      .stack-table,
      .stack-table tbody,
      .stack-table tr,
      .stack-table th,
      .stack-table td {
        display: block;
      }
      .stack-table tr {
        padding: calc(var(--_space) * 0.75) var(--_space);
        border-bottom: 1px solid var(--_border);
      }
      .stack-table tbody tr:last-child {
        border-bottom: none;
      }
      .stack-table th,
      .stack-table td {
        padding: 2px 0;
        border-bottom: none;
      }
      .stack-table td[data-label] {
        display: grid;
        grid-template-columns: minmax(7em, 40%) minmax(0, 1fr);
        gap: var(--_space);
        text-align: start;
        overflow-wrap: anywhere;
      }
      .stack-table td[data-label]::before {
        content: attr(data-label);
        color: var(--_muted);
      }
    }
  `,
];
