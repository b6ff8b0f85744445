import { css } from 'lit';
import { adminStyles } from '../booking-admin/admin.styles.js';

export const styles = [
  adminStyles,
  css`
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: var(--_space) calc(var(--_space) * 1.5);
      margin-bottom: calc(var(--_space) * 2);
    }
    .toolbar .field {
      width: auto;
    }
    .toolbar .field input,
    .toolbar .field select {
      width: auto;
    }
    .segmented {
      display: inline-flex;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      overflow: hidden;
    }
    .segmented button {
      min-height: 40px;
      padding: 0 calc(var(--_space) * 1.5);
      border: none;
      background: var(--_surface);
      color: var(--_text);
      font-weight: 600;
    }
    .segmented button + button {
      border-inline-start: 1px solid var(--_border);
    }
    .segmented button[aria-pressed='true'] {
      background: var(--_accent);
      color: var(--_on-accent);
    }
    .nav {
      display: inline-flex;
      gap: 4px;
    }
    .nav .button {
      min-height: 40px;
    }
    .icon {
      min-width: 40px;
      padding: 0 10px;
    }
    .spacer {
      flex: 1;
    }
    .range-title {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 4px calc(var(--_space) * 1.5);
      margin-bottom: var(--_space);
    }
    .range-title h3 {
      margin: 0;
    }
    .zone {
      color: var(--_muted);
      font-size: 0.9rem;
    }
    .layout {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: calc(var(--_space) * 2);
      align-items: start;
    }
    @container (min-width: 1060px) {
      .layout.with-details {
        grid-template-columns: minmax(0, 1fr) 340px;
      }
      .details {
        position: sticky;
        top: var(--_space);
      }
    }
    .notes {
      list-style: none;
      margin: 0 0 var(--_space);
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
    }
    .notes li {
      font-size: 0.85rem;
      padding: 2px 8px;
      border-radius: 999px;
      border: 1px solid var(--_border);
      background: var(--_surface-2);
    }
    .notes li.closed-note {
      border-color: var(--_danger);
      background: color-mix(in srgb, var(--_danger) 10%, var(--_surface));
    }

    /* Day grid (visual; the day's list below is the accessible way in) */
    .grid-wrap {
      overflow-x: auto;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      margin-bottom: calc(var(--_space) * 2);
    }
    .grid {
      display: grid;
      min-width: min-content;
    }
    .col-head {
      position: sticky;
      top: 0;
      z-index: 3;
      padding: 6px 8px;
      font-weight: 700;
      font-size: 0.9rem;
      background: var(--_surface-2);
      border-bottom: 1px solid var(--_border);
      border-inline-start: 1px solid var(--_border);
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    .corner {
      background: var(--_surface-2);
      border-bottom: 1px solid var(--_border);
    }
    .gutter,
    .col {
      position: relative;
    }
    .col {
      border-inline-start: 1px solid var(--_border);
      background: repeating-linear-gradient(
        -45deg,
        var(--_surface-2),
        var(--_surface-2) 6px,
        color-mix(in srgb, var(--_surface-2) 60%, var(--_surface)) 6px,
        color-mix(in srgb, var(--_surface-2) 60%, var(--_surface)) 12px
      );
    }
    .writable .col {
      cursor: cell;
    }
    .hour-line {
      position: absolute;
      inset-inline: 0;
      border-top: 1px solid color-mix(in srgb, var(--_border) 60%, transparent);
      z-index: 1;
      pointer-events: none;
    }
    .hour-label {
      position: absolute;
      white-space: nowrap;
      inset-inline-end: 6px;
      transform: translateY(-50%);
      font-size: 0.75rem;
      color: var(--_muted);
    }
    .block {
      position: absolute;
      inset-inline: 3px;
      border-radius: 6px;
      overflow: hidden;
      font-size: 0.78rem;
      line-height: 1.25;
      padding: 2px 6px;
    }
    .work {
      inset-inline: 0;
      border-radius: 0;
      background: var(--_surface);
      padding: 0;
    }
    .off {
      z-index: 2;
      background: repeating-linear-gradient(
        45deg,
        color-mix(in srgb, var(--_muted) 22%, var(--_surface)),
        color-mix(in srgb, var(--_muted) 22%, var(--_surface)) 5px,
        color-mix(in srgb, var(--_muted) 12%, var(--_surface)) 5px,
        color-mix(in srgb, var(--_muted) 12%, var(--_surface)) 10px
      );
      color: var(--_text);
      border: 1px solid color-mix(in srgb, var(--_muted) 50%, transparent);
    }
    .shut {
      z-index: 2;
      inset-inline: 0;
      border-radius: 0;
      background: color-mix(in srgb, var(--_danger) 12%, var(--_surface));
      color: var(--_text);
      border-block: 1px solid var(--_danger);
    }
    .appt {
      z-index: 4;
      cursor: pointer;
      background: color-mix(in srgb, var(--_accent) 16%, var(--_surface));
      border: 1px solid var(--_accent);
      border-inline-start: 4px solid var(--_accent);
      color: var(--_text);
    }
    .appt.selected {
      background: var(--_accent);
      color: var(--_on-accent);
    }
    .appt strong,
    .appt span {
      display: block;
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    .appt.short {
      display: flex;
      gap: 6px;
      align-items: center;
    }
    .appt.short strong {
      flex: none;
      max-width: 60%;
    }

    /* The day's list */
    .day-list {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 6px;
    }
    .session {
      display: grid;
      grid-template-columns: 8.5em minmax(0, 1fr);
      gap: 2px calc(var(--_space) * 1.5);
      width: 100%;
      text-align: start;
      padding: var(--_space) calc(var(--_space) * 1.5);
      border: 1px solid var(--_border);
      border-inline-start: 4px solid var(--_accent);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
    }
    .session:hover {
      background: var(--_accent-soft);
    }
    .session[aria-current='true'] {
      background: var(--_accent-soft);
      outline: 2px solid var(--_accent);
    }
    .session .time {
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }
    .session .who {
      grid-column: 2;
      color: var(--_muted);
      font-size: 0.9rem;
    }
    .empty {
      padding: calc(var(--_space) * 2);
      border: 1px dashed var(--_border);
      border-radius: var(--_radius);
      color: var(--_muted);
    }
    .empty p:last-child {
      margin: 0;
    }

    /* Week table */
    .week th[scope='row'] {
      white-space: nowrap;
    }
    .week td {
      min-width: 84px;
    }
    .week thead .day-button {
      display: grid;
      font-weight: 700;
      text-align: start;
    }
    .week thead .day-button .date {
      font-weight: 400;
      white-space: nowrap;
    }
    .week .chip {
      display: block;
      width: 100%;
      text-align: start;
      margin-bottom: 4px;
      padding: 3px 6px;
      border-radius: 6px;
      border: 1px solid var(--_accent);
      border-inline-start: 3px solid var(--_accent);
      background: color-mix(in srgb, var(--_accent) 12%, var(--_surface));
      color: var(--_text);
      font-size: 0.8rem;
      line-height: 1.3;
    }
    .week .chip[aria-current='true'] {
      background: var(--_accent);
      color: var(--_on-accent);
    }
    .week .note {
      display: block;
      font-size: 0.78rem;
      color: var(--_muted);
      margin-bottom: 4px;
    }
    .week .note.closed-note {
      color: var(--_danger);
      font-weight: 600;
    }
    .week td.off-day {
      background: var(--_surface-2);
    }

    /* Details */
    .details {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: calc(var(--_space) * 2);
      background: var(--_surface);
    }
    .details-top {
      display: flex;
      justify-content: space-between;
      align-items: start;
      gap: var(--_space);
    }
    .details dl {
      display: grid;
      grid-template-columns: max-content minmax(0, 1fr);
      gap: 6px calc(var(--_space) * 1.5);
      margin: var(--_space) 0;
    }
    .details dt {
      color: var(--_muted);
    }
    .details dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .attendees {
      list-style: none;
      padding: 0;
      margin: 0 0 var(--_space);
      display: grid;
      gap: 6px;
    }
    .attendees li {
      padding: 6px 8px;
      border: 1px solid var(--_border);
      border-radius: 6px;
    }
    .attendees .contact {
      display: block;
      font-size: 0.85rem;
      color: var(--_muted);
    }

    /* Dialogs */
    dialog {
      width: min(920px, calc(100vw - 32px));
      max-height: calc(100vh - 32px);
      padding: 0;
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) * 1.5);
      background: var(--_surface);
      color: var(--_text);
    }
    dialog.narrow {
      width: min(520px, calc(100vw - 32px));
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 45%);
    }
    .dialog-head {
      display: flex;
      justify-content: space-between;
      align-items: center;
      gap: var(--_space);
      padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
      border-bottom: 1px solid var(--_border);
    }
    .dialog-head h3 {
      margin: 0;
    }
    .dialog-body {
      padding: calc(var(--_space) * 2);
    }
    .dialog-foot {
      position: sticky;
      bottom: 0;
      display: flex;
      flex-wrap: wrap;
      justify-content: flex-end;
      gap: var(--_space);
      padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
      border-top: 1px solid var(--_border);
      background: var(--_surface);
    }
    .time-section {
      margin: calc(var(--_space) * 2) 0;
    }
    /* Booking for a customer: the free times and the customer's details side by side when there is room. */
    .create-columns {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 320px), 1fr));
      gap: 0 calc(var(--_space) * 3);
      align-items: start;
    }
    .create-customer > h4 {
      margin-top: calc(var(--_space) * 2);
    }
    .dialog-body > h4 {
      margin-top: calc(var(--_space) * 2);
    }
    .chosen {
      font-weight: 700;
      margin: var(--_space) 0 0;
    }
    .mode {
      margin: var(--_space) 0;
    }
    .customer-search {
      position: relative;
    }
    .customer-search [role='listbox'] {
      list-style: none;
      margin: 4px 0 0;
      padding: 4px 0;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      box-shadow: 0 6px 18px rgb(0 0 0 / 12%);
      max-height: 16rem;
      overflow-y: auto;
    }
    .customer-search [role='option'] {
      display: flex;
      flex-wrap: wrap;
      gap: 2px 10px;
      padding: 8px 12px;
      cursor: pointer;
    }
    .customer-search [role='option'] span {
      color: var(--_muted);
    }
    .customer-search [role='option'][aria-selected='true'],
    .customer-search [role='option']:hover {
      background: var(--_accent-soft);
      outline: 2px solid var(--_accent);
      outline-offset: -2px;
    }
    .customer-search .no-match {
      color: var(--_muted);
      cursor: default;
    }
    /* Issue 20: a series' dates beside the appointment and in the cancel dialog. */
    .series-list {
      margin: 6px 0 0;
      padding-left: 1.4em;
      font-weight: 400;
      font-size: 0.9rem;
    }
    .series-list li.cancelled {
      color: var(--_muted);
    }
  `,
];
