import { css } from 'lit';
import { adminStyles } from '../booking-admin/admin.styles.js';

export const styles = [
  adminStyles,
  css`
    :host {
      display: block;
    }
    .webhooks,
    .deliveries {
      list-style: none;
      margin: 0 0 calc(var(--_space) * 1.5);
      padding: 0;
      display: grid;
      gap: var(--_space);
    }
    .webhook,
    .form {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      padding: calc(var(--_space) * 1.5);
    }
    .webhook header {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space);
    }
    .webhook h3,
    .form h3 {
      margin: 0;
      font-size: 1rem;
      overflow-wrap: anywhere;
    }
    .badge.on {
      border-color: var(--_success);
      background: color-mix(in srgb, var(--_success) 12%, var(--_surface));
    }
    .badge.off {
      border-color: var(--_muted);
    }
    .description {
      margin: calc(var(--_space) * 0.5) 0 0;
      color: var(--_muted);
    }
    .events {
      display: flex;
      flex-wrap: wrap;
      gap: 4px var(--_space);
      margin: var(--_space) 0;
    }
    .events .label {
      font-weight: 700;
    }
    .event {
      border: 1px solid var(--_border);
      border-radius: 999px;
      padding: 0 8px;
      font-size: 0.88rem;
    }
    .secret label {
      display: block;
      font-weight: 700;
      margin-bottom: 4px;
    }
    .copy-row {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
      align-items: center;
    }
    .copy-row input {
      flex: 1 1 260px;
      min-width: 0;
      font-family: ui-monospace, monospace;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
      margin-top: var(--_space);
    }
    .confirm {
      margin-top: var(--_space);
      padding: var(--_space);
      border: 1px solid var(--_danger);
      border-radius: var(--_radius);
    }
    .confirm p {
      margin: 0 0 var(--_space);
    }
    .log {
      margin-top: calc(var(--_space) * 1.5);
    }
    .log > summary {
      cursor: pointer;
      font-weight: 700;
    }
    .deliveries {
      margin-top: var(--_space);
    }
    .delivery {
      border-top: 1px solid var(--_border);
      padding-top: var(--_space);
    }
    .delivery-head {
      display: flex;
      flex-wrap: wrap;
      gap: 2px 12px;
      align-items: baseline;
    }
    .delivery p {
      margin: 4px 0;
    }
    .status.failed,
    .last-error {
      color: var(--_danger);
      font-weight: 700;
    }
    .status.sent {
      color: var(--_success);
    }
    .muted {
      color: var(--_muted);
      font-size: 0.88rem;
    }
    .payload summary {
      cursor: pointer;
      font-size: 0.88rem;
    }
    pre {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      font-size: 0.82rem;
      margin: var(--_space) 0;
    }
    .event-choice {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      margin: var(--_space) 0;
      padding: var(--_space) calc(var(--_space) * 1.5);
      display: grid;
      gap: 6px;
    }
    .event-choice[aria-invalid='true'] {
      border-color: var(--_danger);
    }
    .event-choice .check {
      display: flex;
      gap: 8px;
      align-items: center;
    }
    .event-choice code {
      color: var(--_muted);
      font-size: 0.82rem;
    }
    .empty {
      padding: calc(var(--_space) * 2);
      border: 1px dashed var(--_border);
      border-radius: var(--_radius);
      color: var(--_muted);
    }
  `,
];
