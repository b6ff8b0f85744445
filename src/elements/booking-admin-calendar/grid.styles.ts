import { css } from 'lit';

/** The week time grid, the month view and the printable agenda (issue 19). */
export const gridStyles = css`
  /* A colour per staff member: a tint behind the text and a strong edge, in light and dark; the
     text stays the body colour (contrast), and the block names the person (not colour alone). */
  .staff-c0 {
    --_staff: light-dark(#0f6cbd, #62abf5);
    --_staff-bg: light-dark(#e3eefa, #13283f);
  }
  .staff-c1 {
    --_staff: light-dark(#107c10, #6ccb5f);
    --_staff-bg: light-dark(#e5f3e5, #15301a);
  }
  .staff-c2 {
    --_staff: light-dark(#7a3fb5, #c39be8);
    --_staff-bg: light-dark(#f1e9f8, #2c1f3d);
  }
  .staff-c3 {
    --_staff: light-dark(#b34700, #f7a35c);
    --_staff-bg: light-dark(#fbeadc, #3b2512);
  }
  .staff-c4 {
    --_staff: light-dark(#00776a, #4fc3b7);
    --_staff-bg: light-dark(#ddf1ee, #10302d);
  }
  .staff-c5 {
    --_staff: light-dark(#b0156b, #f37dba);
    --_staff-bg: light-dark(#fbe6f1, #3b1529);
  }
  .staff-c6 {
    --_staff: light-dark(#5f5f00, #d1cf5a);
    --_staff-bg: light-dark(#f1f1d8, #2f2f12);
  }
  .staff-c7 {
    --_staff: light-dark(#4a5a6a, #a7b7c7);
    --_staff-bg: light-dark(#eaedf1, #252c33);
  }

  .week-layout {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    margin-bottom: var(--_space);
  }
  .hint {
    color: var(--_muted);
    font-size: 0.875em;
    margin: 0 0 var(--_space);
  }
  .time-grid-wrap,
  .month-wrap {
    overflow-x: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  table.time-grid,
  table.month-grid {
    border-collapse: collapse;
    table-layout: fixed;
    width: 100%;
    min-width: 760px;
  }
  .time-grid th,
  .month-grid th {
    font-weight: 600;
    padding: 6px 4px;
    border-bottom: 1px solid var(--_border);
    text-align: center;
    background: var(--_surface-2);
  }
  .time-grid thead th {
    position: sticky;
    top: 0;
    z-index: 3;
  }
  .time-grid th .weekday,
  .time-grid th .date {
    display: block;
  }
  .time-grid th .date {
    font-weight: 400;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .time-grid th[aria-current='date'],
  .month-grid td[aria-current='date'] .m-num {
    color: var(--_accent);
  }
  .time-grid th[aria-current='date'] .date {
    color: var(--_accent);
    font-weight: 600;
  }
  .time-grid th .note {
    display: block;
    font-size: 0.78rem;
    font-weight: 600;
    color: var(--_danger);
  }
  .time-grid .g-corner {
    width: 56px;
  }
  .time-grid .g-hour,
  .time-grid .g-corner {
    position: sticky;
    inset-inline-start: 0;
    z-index: 3;
  }
  .time-grid .g-hour {
    vertical-align: top;
    text-align: end;
    font-weight: 400;
    font-size: 0.8125em;
    color: var(--_muted);
    background: var(--_surface);
    border-bottom: none;
    padding: 0 6px 0 0;
    transform: translateY(-0.6em);
  }
  .time-grid tbody tr:first-child .g-hour {
    transform: none;
  }
  .time-grid td.g-cell {
    position: relative;
    height: 56px;
    padding: 0;
    border-top: 1px solid var(--_border);
    border-inline-start: 1px solid var(--_border);
    background: var(--_surface-2);
    vertical-align: top;
  }
  .time-grid td.g-cell.open {
    background: var(--_surface);
  }
  .time-grid td.g-cell:focus-visible,
  .month-grid td:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: -3px;
    z-index: 2;
  }
  .g-appt {
    position: absolute;
    z-index: 1;
    box-sizing: border-box;
    display: block;
    overflow: hidden;
    padding: 2px 6px 2px 8px;
    margin: 0;
    border: 1px solid var(--_staff);
    border-inline-start: 5px solid var(--_staff);
    border-radius: 4px;
    background: var(--_staff-bg);
    color: var(--_text);
    font: inherit;
    font-size: 0.8125em;
    line-height: 1.25;
    text-align: start;
    cursor: pointer;
    user-select: none;
  }
  .g-appt.movable {
    cursor: grab;
    touch-action: none;
  }
  .g-appt strong,
  .g-appt .g-who {
    display: block;
    max-width: 100%;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .g-appt.short {
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .g-appt.short strong,
  .g-appt.short .g-who {
    display: inline;
  }
  .g-appt.short .g-who::before {
    content: ' · ';
  }
  .g-initials {
    float: inline-end;
    margin-inline-start: 3px;
    padding: 0 3px;
    border-radius: 3px;
    background: var(--_staff);
    color: var(--_surface);
    font-size: 0.75em;
    font-weight: 700;
  }
  .g-appt.selected {
    outline: 2px solid var(--_text);
    outline-offset: 1px;
  }
  .g-appt:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 1px;
    z-index: 4;
  }
  .g-appt.dragging {
    z-index: 5;
    cursor: grabbing;
    box-shadow: 0 4px 14px rgb(0 0 0 / 0.3);
    opacity: 0.92;
  }
  .g-appt.busy {
    z-index: 5;
    cursor: progress;
    background: repeating-linear-gradient(
      45deg,
      var(--_staff-bg),
      var(--_staff-bg) 6px,
      var(--_surface) 6px,
      var(--_surface) 12px
    );
  }
  .g-resize {
    position: absolute;
    inset-inline: 0;
    bottom: 0;
    height: 7px;
    cursor: ns-resize;
  }
  /* Time off and closures: bands behind the appointments, hatched, not focusable or clickable. */
  .g-band {
    position: absolute;
    inset-inline: 0;
    z-index: 1;
    box-sizing: border-box;
    overflow: hidden;
    padding: 2px 6px;
    font-size: 0.75em;
    line-height: 1.25;
    pointer-events: none;
  }
  .g-off {
    border-inline-start: 3px solid var(--_staff);
    background: repeating-linear-gradient(
      -45deg,
      color-mix(in srgb, var(--_staff) 22%, transparent) 0 6px,
      transparent 6px 12px
    );
  }
  .g-closed {
    border-inline-start: 3px solid var(--_muted);
    background: repeating-linear-gradient(
      -45deg,
      color-mix(in srgb, var(--_muted) 22%, transparent) 0 6px,
      transparent 6px 12px
    );
  }
  .g-band-label {
    display: inline-block;
    padding: 0 4px;
    border-radius: 3px;
    background: var(--_surface);
    color: var(--_text);
  }
  .g-now {
    position: absolute;
    inset-inline: 0;
    z-index: 2;
    height: 0;
    border-top: 2px solid var(--_danger);
    pointer-events: none;
  }
  .g-now::before {
    content: '';
    position: absolute;
    inset-inline-start: -5px;
    top: -6px;
    width: 10px;
    height: 10px;
    border-radius: 50%;
    background: var(--_danger);
  }
  .move-refused {
    margin-bottom: var(--_space);
  }

  /* Month */
  .month-grid td {
    height: 104px;
    padding: 4px;
    border: 1px solid var(--_border);
    vertical-align: top;
    cursor: pointer;
    overflow: hidden;
  }
  .month-grid td.outside {
    background: var(--_surface-2);
    color: var(--_muted);
  }
  .month-grid td[aria-selected='true'] {
    box-shadow: inset 0 0 0 2px var(--_accent);
  }
  .month-grid td:hover {
    background: var(--_accent-soft);
  }
  .month-grid abbr {
    text-decoration: none;
  }
  .m-num {
    font-weight: 600;
  }
  .m-count {
    float: inline-end;
    min-width: 1.5em;
    padding: 0 4px;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_on-accent);
    font-size: 0.75em;
    font-weight: 700;
    text-align: center;
  }
  .m-list {
    display: flex;
    flex-direction: column;
    gap: 2px;
    margin-top: 4px;
  }
  .m-entry {
    display: block;
    padding: 0 4px;
    border-inline-start: 4px solid var(--_staff);
    border-radius: 2px;
    background: var(--_staff-bg);
    color: var(--_text);
    font-size: 0.75em;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .m-more {
    font-size: 0.75em;
    color: var(--_muted);
  }
  @media (max-width: 600px) {
    table.month-grid {
      min-width: 0;
    }
    .month-grid td {
      height: 64px;
      padding: 2px;
    }
    /* Only the count fits: the day view lists them. */
    .m-list {
      display: none;
    }
    .m-count {
      float: none;
      display: block;
      width: fit-content;
      margin-top: 4px;
    }
  }

  /* Agenda */
  .agenda-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
  }
  .agenda-actions {
    display: inline-flex;
    gap: var(--_space);
  }
  .agenda-table {
    width: 100%;
    border-collapse: collapse;
    margin-bottom: calc(var(--_space) * 2);
  }
  .agenda-table th,
  .agenda-table td {
    padding: 6px 8px;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  .agenda-table .nowrap {
    white-space: nowrap;
  }
  @media print {
    .toolbar,
    .range-title .zone,
    .agenda-actions,
    .details,
    dialog,
    .visually-hidden,
    #heading {
      display: none !important;
    }
    .agenda {
      color: #000;
    }
    .agenda-table th,
    .agenda-table td {
      border-bottom: 1px solid #888;
    }
    .agenda-table tr {
      break-inside: avoid;
    }
  }
`;
