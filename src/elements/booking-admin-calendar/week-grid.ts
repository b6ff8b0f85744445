/**
 * The week as a time grid: days as columns, the business's opening hours as rows (wall time in
 * the business's zone, so a DST week keeps 10:00 on the 10:00 row), each appointment placed and
 * sized by its time, coloured per staff member and named in words (not colour alone).
 * Appointments of different staff that overlap share the day side by side.
 *
 * Keyboard: the WAI-ARIA APG grid pattern with one tab stop (roving tabindex). Arrow keys move
 * between hour cells and, within a cell, through the appointments starting in that hour;
 * Home/End go to the row's first/last day, Ctrl+Home/End to the grid's first/last cell,
 * PageUp/PageDown to the previous/next week. Enter or Space opens an appointment (or starts a
 * booking in an empty hour when the role may write).
 *
 * Mouse and touch: drag an appointment to another time or day, or its lower edge to change its
 * end (one-to-one services only: a class session's length is the class's). Every move goes
 * through `rescheduleAppointment`, so the rules check it; while it is checked the block is busy,
 * a refused move snaps back and the explainer's reasons are shown (R18: roles that may not write
 * an appointment cannot drag it).
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { BookingError } from '../../contract/errors.js';
import { epochToWall, wallToEpoch } from '../../core/time.js';
import type { StaffMember } from '../../core/types.js';
import { dayKey, formatDayShort } from '../../i18n/index.js';
import type { AdminMessages } from '../../i18n/en-admin.js';
import type { AvailabilityExplanationJson, StaffAppointment } from '../../schemas/admin.js';
import type { AdminSession } from '../booking-admin/admin-context.js';
import { rangeIn, timeIn, whenIn } from '../booking-admin/admin-format.js';
import { refusalReasons } from '../booking-admin/admin-reasons.js';
import type { Session } from './appointment-details.js';

/** Height of one hour row, in px (a quarter hour is 14 px). */
export const GRID_HOUR_PX = 56;
const SNAP_MIN = 15;
const MIN_BLOCK_PX = 18;
const DRAG_THRESHOLD_PX = 4;

interface Interval {
  start: number;
  end: number;
}

/** What the grid shows, from the calendar's loaded data. */
export interface WeekGridData {
  days: string[];
  sessions: Session[];
  /** Every staff member of the business (their order gives each one's colour). */
  allStaff: StaffMember[];
  /** The staff shown (the staff filter, or a team member's own). */
  staff: StaffMember[];
  /** Day → closures for everyone. */
  closed: Map<string, Absence[]>;
  /** Staff id → day → working windows and time off. */
  staffDays: Map<string, Map<string, { windows: Interval[]; timeOff?: Absence[] }>>;
}

/** Time off or a closure: drawn as a band, not an appointment. */
interface Absence extends Interval {
  title?: string | undefined;
}

/** A band of the grid: a staff member's time off (in their colour) or a closure for everyone. */
interface Band {
  col: number;
  row: number;
  from: number;
  to: number;
  /** The staff member's colour, or -1 for a closure. */
  colour: number;
  label: string;
  text: string;
}

export interface WeekGridOptions {
  session: () => AdminSession | undefined;
  messages: () => AdminMessages;
  language: () => string;
  now: () => number;
  selectedKey: () => string;
  /** R18: whether the signed-in role may change this staff member's appointments. */
  canWrite: (staffMemberId: string | undefined) => boolean;
  onOpen: (key: string) => void;
  /** Enter on an empty hour: start a booking there. */
  onCreate: (day: string, minutes: number) => void;
  /** `m` on an appointment the role may move: the Move… dialog (focus returns to `opener`). */
  onMove: (key: string, opener: HTMLElement | null) => void;
  /** PageUp/PageDown: another week. */
  onWeek: (delta: number) => void;
  announce: (text: string) => void;
  errorText: (error: unknown) => string;
  /** After a successful move: the calendar reloads and tells others. */
  onMoved: (appointment: StaffAppointment) => Promise<void>;
}

interface Cursor {
  col: number;
  row: number;
  /** -1: the hour cell itself; otherwise the index of an appointment starting in that hour. */
  item: number;
}

interface Drag {
  key: string;
  mode: 'move' | 'resize';
  pointerId: number;
  x0: number;
  y0: number;
  col: number;
  /** Left edge of every day column, for finding the day under the pointer. */
  lefts: number[];
  started: boolean;
  dayDelta: number;
  minuteDelta: number;
  dx: number;
}

interface Placed {
  session: Session;
  col: number;
  row: number;
  /** Wall minutes of the day, clamped to the shown hours. */
  from: number;
  to: number;
  lane: number;
  lanes: number;
}

/** Minutes after the day's midnight (business zone), clamped to the day. */
function minuteOf(ms: number, day: string, zone: string): number {
  const w = epochToWall(ms, zone);
  if (w.date < day) return 0;
  if (w.date > day) return 24 * 60;
  return w.minutes;
}

/** Side by side: overlapping sessions of a day get lanes; each cluster shares the column's width. */
function lanesOf(items: Placed[]): void {
  items.sort((a, b) => a.from - b.from || b.to - a.to);
  let cluster: Placed[] = [];
  let clusterEnd = -1;
  const close = () => {
    const lanes = Math.max(1, ...cluster.map((p) => p.lane + 1));
    for (const p of cluster) p.lanes = lanes;
    cluster = [];
  };
  for (const p of items) {
    if (cluster.length && p.from >= clusterEnd) close();
    const taken = new Set(cluster.filter((q) => q.to > p.from).map((q) => q.lane));
    let lane = 0;
    while (taken.has(lane)) lane++;
    p.lane = lane;
    cluster.push(p);
    clusterEnd = Math.max(clusterEnd, p.to);
  }
  close();
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return parts
    .slice(0, 2)
    .map((p) => p[0].toUpperCase())
    .join('');
}

export class WeekGrid implements ReactiveController {
  /** The focused cell or appointment (roving tabindex). */
  private cursor: Cursor = { col: 0, row: 0, item: -1 };
  private focusAfterRender = false;
  private drag: Drag | undefined;
  private suppressClick = false;
  /** The session whose move is being checked. */
  private busyKey = '';
  /** Where the busy block is shown while its move is checked. */
  private busyPreview: { dayDelta: number; minuteDelta: number; mode: 'move' | 'resize'; dx: number } | undefined;
  private refusal: { error: unknown; explanation: AvailabilityExplanationJson | undefined } | undefined;
  /** Hours shown and placed sessions of the last render, for the keyboard. */
  private first = 8;
  private rows = 9;
  private days: string[] = [];
  private placed: Placed[] = [];
  private cells = new Map<string, Placed[]>();
  private bands = new Map<string, Band[]>();
  private root: ParentNode | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: ParentNode },
    private readonly options: WeekGridOptions,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (!this.focusAfterRender) return;
    this.focusAfterRender = false;
    this.host.renderRoot.querySelector<HTMLElement>('.time-grid [tabindex="0"]')?.focus();
  }

  /** Clears what belongs to another week (called when the week changes). */
  reset(): void {
    this.refusal = undefined;
    this.drag = undefined;
  }

  get busy(): boolean {
    return this.busyKey !== '';
  }

  // ---------------------------------------------------------------- layout

  private layout(data: WeekGridData, zone: string): void {
    const shown = new Set(data.staff.map((s) => s.id));
    const sessions = data.sessions.filter((s) => shown.has(s.staffMemberId));
    let lo = 24 * 60;
    let hi = 0;
    for (const day of data.days) {
      for (const s of data.staff) {
        for (const w of data.staffDays.get(s.id)?.get(day)?.windows ?? []) {
          lo = Math.min(lo, minuteOf(w.start, day, zone));
          hi = Math.max(hi, minuteOf(w.end, day, zone));
        }
      }
    }
    const items: Placed[][] = data.days.map(() => []);
    for (const s of sessions) {
      const day = dayKey(s.start, zone);
      const col = data.days.indexOf(day);
      if (col < 0) continue;
      const from = minuteOf(s.start, day, zone);
      const to = Math.max(from + 1, minuteOf(s.end, day, zone));
      lo = Math.min(lo, from);
      hi = Math.max(hi, to);
      items[col].push({ session: s, col, row: 0, from, to, lane: 0, lanes: 1 });
    }
    if (hi <= lo) {
      lo = 8 * 60;
      hi = 17 * 60;
    }
    this.first = Math.floor(lo / 60);
    this.rows = Math.max(1, Math.ceil(hi / 60) - this.first);
    this.days = data.days;
    this.placed = [];
    this.cells = new Map();
    for (const list of items) {
      lanesOf(list);
      for (const p of list) {
        p.row = Math.min(this.rows - 1, Math.max(0, Math.floor(p.from / 60) - this.first));
        this.placed.push(p);
        const key = `${p.col}:${p.row}`;
        const cell = this.cells.get(key) ?? [];
        cell.push(p);
        this.cells.set(key, cell);
      }
    }
    for (const cell of this.cells.values()) cell.sort((a, b) => a.from - b.from || a.lane - b.lane);
    this.layoutBands(data, zone);
    // Keep the cursor inside the grid (a new week, fewer hours).
    const c = this.cursor;
    c.col = Math.min(Math.max(0, c.col), data.days.length - 1);
    c.row = Math.min(Math.max(0, c.row), this.rows - 1);
    c.item = Math.min(c.item, (this.cells.get(`${c.col}:${c.row}`)?.length ?? 0) - 1);
  }

  /**
   * Closures for everyone as neutral bands; with one staff member shown (the filter, or a team
   * member's own), their time off as hatched bands in their colour. Clamped to the hours shown.
   */
  private layoutBands(data: WeekGridData, zone: string): void {
    const m = this.options.messages();
    const lang = this.options.language();
    const lo = this.first * 60;
    const hi = (this.first + this.rows) * 60;
    const colours = new Map(data.allStaff.map((s, i) => [s.id, i % 8]));
    this.bands = new Map();
    const add = (day: string, col: number, a: Absence, colour: number, label: string, who: string) => {
      const from = Math.max(lo, minuteOf(a.start, day, zone));
      const to = Math.min(hi, minuteOf(a.end, day, zone));
      if (to <= from) return;
      const row = Math.floor(from / 60) - this.first;
      const wholeDay = minuteOf(a.start, day, zone) === 0 && minuteOf(a.end, day, zone) === 24 * 60;
      const range = wholeDay ? m.exceptions.allDay : rangeIn(a.start, a.end, lang, zone, m);
      const band: Band = { col, row, from, to, colour, label, text: `${who}${label} (${range})` };
      const key = `${col}:${row}`;
      this.bands.set(key, [...(this.bands.get(key) ?? []), band]);
    };
    data.days.forEach((day, col) => {
      for (const c of data.closed.get(day) ?? [])
        add(day, col, c, -1, c.title ? m.closedTitled(c.title) : m.closed, '');
      if (data.staff.length !== 1) return;
      const s = data.staff[0];
      for (const t of data.staffDays.get(s.id)?.get(day)?.timeOff ?? [])
        add(day, col, t, colours.get(s.id) ?? 0, t.title ? m.timeOffTitled(t.title) : m.timeOff, `${s.displayName} · `);
    });
  }

  /** Puts the cursor on a session (after the details close, or a move). */
  focusSession(key: string): void {
    const p = this.placed.find((x) => x.session.key === key);
    if (!p) return;
    const cell = this.cells.get(`${p.col}:${p.row}`) ?? [];
    this.cursor = { col: p.col, row: p.row, item: cell.indexOf(p) };
    this.focusAfterRender = true;
    this.host.requestUpdate();
  }

  // ---------------------------------------------------------------- keyboard (APG grid)

  private handleKeyDown = (e: KeyboardEvent) => {
    if (this.drag) return;
    const c = { ...this.cursor };
    const itemsAt = (col: number, row: number) => this.cells.get(`${col}:${row}`)?.length ?? 0;
    const lastCol = this.days.length - 1;
    const lastRow = this.rows - 1;
    switch (e.key) {
      case 'ArrowRight':
        if (c.col >= lastCol) return;
        c.col++;
        c.item = -1;
        break;
      case 'ArrowLeft':
        if (c.col <= 0) return;
        c.col--;
        c.item = -1;
        break;
      case 'ArrowDown':
        if (c.item < itemsAt(c.col, c.row) - 1) c.item++;
        else if (c.row < lastRow) {
          c.row++;
          c.item = -1;
        } else return;
        break;
      case 'ArrowUp':
        if (c.item >= 0) c.item--;
        else if (c.row > 0) {
          c.row--;
          c.item = itemsAt(c.col, c.row) - 1;
        } else return;
        break;
      case 'Home':
        c.col = 0;
        if (e.ctrlKey) c.row = 0;
        c.item = -1;
        break;
      case 'End':
        c.col = lastCol;
        if (e.ctrlKey) c.row = lastRow;
        c.item = -1;
        break;
      case 'PageUp':
      case 'PageDown':
        e.preventDefault();
        this.focusAfterRender = true;
        this.options.onWeek(e.key === 'PageUp' ? -1 : 1);
        return;
      case 'm':
      case 'M': {
        if (e.ctrlKey || e.metaKey || e.altKey) return;
        const p = this.cells.get(`${c.col}:${c.row}`)?.[c.item];
        if (!p || !this.draggable(p.session)) return;
        e.preventDefault();
        this.options.onMove(p.session.key, e.target instanceof HTMLElement ? e.target : null);
        return;
      }
      case 'Enter':
      case ' ': {
        e.preventDefault();
        const p = this.cells.get(`${c.col}:${c.row}`)?.[c.item];
        if (p) this.options.onOpen(p.session.key);
        else if (this.options.canWrite(undefined)) this.options.onCreate(this.days[c.col], (this.first + c.row) * 60);
        return;
      }
      default:
        return;
    }
    e.preventDefault();
    this.cursor = c;
    this.focusAfterRender = true;
    this.host.requestUpdate();
  };

  private handleFocusIn = (e: FocusEvent) => {
    // A click or Tab lands on a cell or block: it becomes the grid's tab stop.
    const target = e.target as HTMLElement;
    const col = Number(target.dataset.col);
    const row = Number(target.dataset.row);
    if (!Number.isInteger(col) || !Number.isInteger(row)) return;
    const item = target.dataset.item !== undefined ? Number(target.dataset.item) : -1;
    if (col === this.cursor.col && row === this.cursor.row && item === this.cursor.item) return;
    this.cursor = { col, row, item };
    this.host.requestUpdate();
  };

  private handleClick = (e: MouseEvent) => {
    const block = (e.target as HTMLElement).closest<HTMLElement>('.g-appt');
    if (!block) return;
    if (this.suppressClick) {
      this.suppressClick = false;
      return;
    }
    this.options.onOpen(block.dataset.key!);
  };

  // ---------------------------------------------------------------- drag

  private draggable(s: Session): boolean {
    return s.maximumAttendeesCount === 1 && s.appointments.length === 1 && this.options.canWrite(s.staffMemberId);
  }

  private handlePointerDown = (e: PointerEvent) => {
    if (e.button !== 0 || this.busyKey) return;
    const target = e.target as HTMLElement;
    const block = target.closest<HTMLElement>('.g-appt');
    const p = block && this.placed.find((x) => x.session.key === block.dataset.key);
    if (!block || !p || !this.draggable(p.session)) return;
    const table = block.closest('table')!;
    const lefts = [...table.querySelectorAll<HTMLElement>('thead th[data-day]')].map(
      (th) => th.getBoundingClientRect().left,
    );
    this.drag = {
      key: p.session.key,
      mode: target.closest('.g-resize') ? 'resize' : 'move',
      pointerId: e.pointerId,
      x0: e.clientX,
      y0: e.clientY,
      col: p.col,
      lefts,
      started: false,
      dayDelta: 0,
      minuteDelta: 0,
      dx: 0,
    };
    block.setPointerCapture(e.pointerId);
  };

  private handlePointerMove = (e: PointerEvent) => {
    const d = this.drag;
    if (!d || e.pointerId !== d.pointerId) return;
    if (!d.started && Math.hypot(e.clientX - d.x0, e.clientY - d.y0) < DRAG_THRESHOLD_PX) return;
    d.started = true;
    const minuteDelta = Math.round(((e.clientY - d.y0) / GRID_HOUR_PX) * (60 / SNAP_MIN)) * SNAP_MIN;
    let col = d.col;
    if (d.mode === 'move') {
      col = 0;
      for (let i = 0; i < d.lefts.length; i++) if (e.clientX >= d.lefts[i]) col = i;
    }
    const changed = minuteDelta !== d.minuteDelta || col - d.col !== d.dayDelta;
    d.minuteDelta = minuteDelta;
    d.dayDelta = col - d.col;
    d.dx = d.lefts[col] - d.lefts[d.col];
    if (changed) this.host.requestUpdate();
  };

  private handlePointerUp = (e: PointerEvent) => {
    const d = this.drag;
    if (!d || e.pointerId !== d.pointerId) return;
    this.drag = undefined;
    if (!d.started) return;
    // The click that follows a drag is not a click on the appointment.
    this.suppressClick = true;
    setTimeout(() => (this.suppressClick = false), 0);
    if (d.minuteDelta === 0 && d.dayDelta === 0) {
      this.host.requestUpdate();
      return;
    }
    const p = this.placed.find((x) => x.session.key === d.key);
    if (p) void this.move(p, d);
  };

  private handlePointerCancel = () => {
    if (!this.drag) return;
    this.drag = undefined;
    this.host.requestUpdate();
  };

  private async move(p: Placed, d: Drag) {
    const session = this.options.session();
    const s = p.session;
    const a = s.appointments[0];
    if (!session || !a) return;
    const zone = session.businessTimeZone;
    const m = this.options.messages();
    const wallStart = epochToWall(s.start, zone);
    const wallEnd = epochToWall(s.end, zone);
    let start = s.start;
    let end: number | undefined;
    if (d.mode === 'move') {
      const day = this.days[p.col + d.dayDelta];
      start = wallToEpoch(day ?? wallStart.date, wallStart.minutes + d.minuteDelta, zone);
    } else {
      end = wallToEpoch(wallEnd.date, wallEnd.minutes + d.minuteDelta, zone);
      if (end - start < SNAP_MIN * 60_000) end = start + SNAP_MIN * 60_000;
    }
    this.busyKey = s.key;
    this.busyPreview = { dayDelta: d.dayDelta, minuteDelta: d.minuteDelta, mode: d.mode, dx: d.dx };
    this.refusal = undefined;
    this.host.requestUpdate();
    this.options.announce(m.grid.checking);
    try {
      const moved = await session.admin.rescheduleAppointment({
        businessId: session.businessId,
        appointmentId: a.id,
        start: new Date(start).toISOString(),
        ...(end !== undefined ? { end: new Date(end).toISOString() } : {}),
        staffMemberId: s.staffMemberId,
      });
      const lang = this.options.language();
      this.options.announce(
        end !== undefined
          ? m.grid.resized(rangeIn(Date.parse(moved.start), Date.parse(moved.end), lang, zone, m))
          : m.rescheduledAnnouncement(whenIn(Date.parse(moved.start), lang, zone)),
      );
      await this.options.onMoved(moved);
      this.busyKey = '';
      this.busyPreview = undefined;
      this.focusSession(`${moved.serviceId}|${moved.staffMemberId}|${moved.start}`);
    } catch (error) {
      let explanation: AvailabilityExplanationJson | undefined;
      if (error instanceof BookingError && (error.code === 'slot-unavailable' || error.code === 'policy-violation')) {
        try {
          explanation = await session.admin.explainAvailability({
            businessId: session.businessId,
            serviceId: s.serviceId,
            staffMemberId: s.staffMemberId,
            start: new Date(start).toISOString(),
          });
        } catch {
          explanation = undefined;
        }
      }
      this.busyKey = '';
      this.busyPreview = undefined;
      this.refusal = { error, explanation };
      this.options.announce(this.refusalText(error));
      this.host.requestUpdate();
    }
  }

  private refusalText(error: unknown): string {
    const m = this.options.messages();
    if (error instanceof BookingError && (error.code === 'slot-unavailable' || error.code === 'policy-violation'))
      return m.grid.refused;
    return this.options.errorText(error);
  }

  private handleDismiss = () => {
    this.refusal = undefined;
    this.host.requestUpdate();
  };

  // ---------------------------------------------------------------- render

  render(data: WeekGridData, zone: string) {
    this.layout(data, zone);
    const m = this.options.messages();
    const lang = this.options.language();
    const now = this.options.now();
    const today = dayKey(now, zone);
    const nowMinute = minuteOf(now, today, zone);
    const colour = new Map(data.allStaff.map((s, i) => [s.id, i % 8]));
    const hours = Array.from({ length: this.rows }, (_, i) => this.first + i);
    const c = this.cursor;
    const writable = this.options.canWrite(undefined);
    const selected = this.options.selectedKey();
    const range = m.weekOf(formatDayShort(data.days[0], lang), formatDayShort(data.days[data.days.length - 1], lang));
    return html`${this.renderRefusal(zone)}
      <p class="hint" id="grid-hint">${writable ? m.grid.hint : m.grid.hintReadOnly}</p>
      <span class="visually-hidden" id="grid-move-key">${m.grid.keyMove}</span>
      <div class="time-grid-wrap" part="time-grid">
        <table
          class="time-grid"
          role="grid"
          aria-label=${m.grid.weekLabel(range)}
          aria-describedby="grid-hint"
          aria-busy=${this.busyKey ? 'true' : 'false'}
          @keydown=${this.handleKeyDown}
          @focusin=${this.handleFocusIn}
          @click=${this.handleClick}
          @pointerdown=${this.handlePointerDown}
          @pointermove=${this.handlePointerMove}
          @pointerup=${this.handlePointerUp}
          @pointercancel=${this.handlePointerCancel}
        >
          <thead>
            <tr>
              <th scope="col" class="g-corner"><span class="visually-hidden">${m.grid.hourColumn}</span></th>
              ${data.days.map(
                (d) =>
                  html`<th scope="col" data-day=${d} aria-current=${d === today ? 'date' : 'false'}>
                    <span class="weekday">${weekdayShort(d, lang)}</span>
                    <span class="date">${dayMonth(d, lang)}</span>
                    ${(data.closed.get(d) ?? []).map(
                      (c) =>
                        html`<span class="note closed-note">${c.title ? m.closedTitled(c.title) : m.closed}</span>`,
                    )}
                  </th>`,
              )}
            </tr>
          </thead>
          <tbody>
            ${hours.map(
              (h, row) =>
                html`<tr>
                  <th scope="row" class="g-hour">${timeIn(Date.UTC(2000, 0, 1, h), lang, 'UTC')}</th>
                  ${data.days.map((day, col) => {
                    const items = this.cells.get(`${col}:${row}`) ?? [];
                    const open = data.staff.some((s) =>
                      (data.staffDays.get(s.id)?.get(day)?.windows ?? []).some(
                        (w) => minuteOf(w.start, day, zone) < (h + 1) * 60 && minuteOf(w.end, day, zone) > h * 60,
                      ),
                    );
                    const isCursor = c.col === col && c.row === row;
                    return html`<td
                      role="gridcell"
                      class=${open ? 'g-cell open' : 'g-cell'}
                      tabindex=${isCursor && c.item === -1 ? 0 : -1}
                      data-col=${col}
                      data-row=${row}
                    >
                      ${(this.bands.get(`${col}:${row}`) ?? []).map((b) => this.renderBand(b, h))}
                      ${
                        day === today && nowMinute >= h * 60 && nowMinute < (h + 1) * 60
                          ? html`<div
                              class="g-now"
                              style=${`top:${((nowMinute - h * 60) / 60) * GRID_HOUR_PX}px`}
                              title=${m.grid.now(timeIn(now, lang, zone))}
                              aria-hidden="true"
                            ></div>`
                          : nothing
                      }
                      ${items.map((p, i) =>
                        this.renderBlock(p, i, isCursor && c.item === i, colour.get(p.session.staffMemberId) ?? 0, {
                          h,
                          lang,
                          zone,
                          selected,
                        }),
                      )}
                    </td>`;
                  })}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
  }

  private renderBlock(
    p: Placed,
    index: number,
    tabStop: boolean,
    colour: number,
    o: { h: number; lang: string; zone: string; selected: string },
  ) {
    const m = this.options.messages();
    const s = p.session;
    const top = ((p.from - o.h * 60) / 60) * GRID_HOUR_PX;
    const last = (this.first + this.rows) * 60;
    const height = Math.max(MIN_BLOCK_PX, ((Math.min(p.to, last) - p.from) / 60) * GRID_HOUR_PX);
    const drag = this.drag?.key === s.key && this.drag.started ? this.drag : undefined;
    const preview = drag ?? (this.busyKey === s.key ? this.busyPreview : undefined);
    let transform = '';
    let extra = 0;
    if (preview?.mode === 'move')
      transform = `transform:translate(${preview.dx}px, ${(preview.minuteDelta / 60) * GRID_HOUR_PX}px);`;
    if (preview?.mode === 'resize') extra = Math.max(MIN_BLOCK_PX - height, (preview.minuteDelta / 60) * GRID_HOUR_PX);
    const width = 100 / p.lanes;
    const who = whoOf(s, m);
    const day = formatDayShort(this.days[p.col], o.lang);
    const canDrag = this.draggable(s);
    const previewTime =
      preview && preview.mode === 'move'
        ? timeIn(Date.UTC(2000, 0, 1, 0, p.from + preview.minuteDelta), o.lang, 'UTC')
        : undefined;
    return html`<button
      type="button"
      class="g-appt staff-c${colour} ${s.key === o.selected ? 'selected' : ''} ${preview ? 'dragging' : ''} ${
        this.busyKey === s.key ? 'busy' : ''
      } ${canDrag ? 'movable' : ''} ${height < 44 ? 'short' : ''}"
      style=${`top:${top}px;height:${height + extra}px;left:calc(${p.lane * width}% + 2px);width:calc(${width}% - 4px);${transform}`}
      tabindex=${tabStop ? 0 : -1}
      data-key=${s.key}
      data-col=${p.col}
      data-row=${p.row}
      data-item=${index}
      aria-current=${s.key === o.selected ? 'true' : 'false'}
      aria-busy=${this.busyKey === s.key ? 'true' : 'false'}
      aria-describedby=${canDrag ? 'grid-move-key' : nothing}
    >
      <span class="g-initials" aria-hidden="true">${initials(s.staffMemberName)}</span
      ><span class="visually-hidden">${day}, </span
      ><strong
        >${previewTime ?? timeIn(s.start, o.lang, o.zone)}<span class="visually-hidden"
          >–${timeIn(s.end, o.lang, o.zone)}</span
        >
        ${s.serviceName}</strong
      ><span class="visually-hidden">, </span><span class="g-who">${who}</span
      ><span class="visually-hidden">, ${s.staffMemberName}</span>
      ${canDrag ? html`<span class="g-resize" aria-hidden="true"></span>` : nothing}
    </button>`;
  }

  private renderBand(b: Band, h: number) {
    const top = ((b.from - h * 60) / 60) * GRID_HOUR_PX;
    const height = ((b.to - b.from) / 60) * GRID_HOUR_PX;
    return html`<div
      class=${b.colour < 0 ? 'g-band g-closed' : `g-band g-off staff-c${b.colour}`}
      style=${`top:${top}px;height:${height}px`}
    >
      <span class="g-band-label" aria-hidden="true">${b.label}</span><span class="visually-hidden">${b.text}</span>
    </div>`;
  }

  private renderRefusal(zone: string) {
    const r = this.refusal;
    if (!r) return nothing;
    const m = this.options.messages();
    const ctx = { m, lang: this.options.language(), zone };
    return html`<div class="notice error move-refused" role="alert">
      <p>${this.refusalText(r.error)}</p>
      ${refusalReasons(r.explanation, ctx)}
      <button class="button small" type="button" @click=${this.handleDismiss}>${m.close}</button>
    </div>`;
  }
}

function ymd(date: string): number[] {
  const [y, mo, d] = date.split('-').map(Number);
  return [y, mo - 1, d];
}

/** "Mon" for a `yyyy-MM-dd` day. */
export function weekdayShort(day: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { timeZone: 'UTC', weekday: 'short' }).format(
    Date.UTC(...(ymd(day) as [number, number, number]), 12),
  );
}

/** "23 Nov" for a `yyyy-MM-dd` day. */
export function dayMonth(day: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { timeZone: 'UTC', day: 'numeric', month: 'short' }).format(
    Date.UTC(...(ymd(day) as [number, number, number]), 12),
  );
}

/** The customer (or the seats of a class), as the calendar's list says it. */
export function whoOf(s: Session, m: AdminMessages): string {
  if (s.maximumAttendeesCount > 1) return m.seatsTaken(s.appointments.length, s.maximumAttendeesCount);
  const a = s.appointments[0];
  const name = a?.customer.name ?? '';
  return a?.approval === 'pending' ? `${name} · ${m.pendingShort}` : name;
}
