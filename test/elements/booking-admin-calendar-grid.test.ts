import { expect, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define.js';
import type { BookingAdminAdapter } from '../../src/contract/adapter.js';
import type { ReferenceAdapter } from '../../src/adapters/reference/reference-adapter.js';
import type { BookingAdminCalendar } from '../../src/elements/booking-admin-calendar/booking-admin-calendar.js';
import { GRID_HOUR_PX } from '../../src/elements/booking-admin-calendar/week-grid.js';
import {
  deepActiveElement,
  gridBlock,
  gridBlocks,
  mountAdmin,
  nameOf,
  openCalendarWeek,
  text,
  type AdminPanel,
} from '../helpers/booking-admin.page.js';
import { emulateMedia } from '../helpers/emulate-media.js';
import { clinicCustomer, deleteDatabases, loadContoso, seedBackCareClass, withViewer } from '../helpers/fixtures.js';

// Monday 30 November 2026, 08:00 in Copenhagen (CET, UTC+1).
const NOW = Date.parse('2026-11-30T07:00:00Z');

const customer = clinicCustomer;

/**
 * Tuesday 1 December: Carl's back care class 07:30–08:30 (two attendees), Dora's cleanings at
 * 08:00 (overlapping the class), 09:00 and 10:00; Wednesday 2 December: Anna's cleaning at 10:00.
 */
async function seed(adapter: ReferenceAdapter) {
  await seedBackCareClass(adapter);
  const anna = adapter.asStaff('anna');
  const made: Record<string, string> = {};
  for (const [key, staff, start, name] of [
    ['early', 'dora', '2026-12-01T07:00:00Z', 'Eva Lund'],
    ['cleaning', 'dora', '2026-12-01T08:00:00Z', 'Mette Hansen'],
    ['late', 'dora', '2026-12-01T09:00:00Z', 'Ole Dahl'],
    ['wednesday', 'anna', '2026-12-02T09:00:00Z', 'Pia Krog'],
  ]) {
    const { appointment } = await anna.createAppointment({
      serviceId: 'cleaning',
      staffMemberId: staff,
      start,
      customer: { ...customer(name), notes: `Notes for ${name}` },
      answers: [{ questionId: 'first-visit', answer: 'No' }],
    });
    made[key] = appointment.id;
  }
  return made;
}

async function openWeek(o: { staffMember?: string; config?: Awaited<ReturnType<typeof loadContoso>> } = {}) {
  const config = o.config ?? (await loadContoso());
  const { seeded: ids, ...rest } = await openCalendarWeek(seed, {
    config,
    staffMember: o.staffMember ?? 'anna',
    now: NOW,
  });
  return { ...rest, ids };
}

const blocks = gridBlocks;
const block = gridBlock;
/** A block's top and height in px from the grid's first hour row. */
function geometry(panel: AdminPanel, b: HTMLElement) {
  const body = panel.root.querySelector('.time-grid tbody tr')!.getBoundingClientRect();
  const r = b.getBoundingClientRect();
  return { top: r.top - body.top, height: r.height, left: r.left, width: r.width };
}
const hourLabels = (panel: AdminPanel) => [...panel.root.querySelectorAll('.time-grid .g-hour')].map((h) => text(h));
const active = () => deepActiveElement() as HTMLElement | null;

async function drag(from: HTMLElement, dx: number, dy: number, at: 'middle' | 'bottom' = 'middle') {
  from.scrollIntoView({ block: 'center', inline: 'center' });
  const r = from.getBoundingClientRect();
  const x = Math.round(r.left + r.width / 2);
  const y = Math.round(at === 'middle' ? r.top + Math.min(10, r.height / 2) : r.bottom - 2);
  await sendMouse({ type: 'move', position: [x, y] });
  await sendMouse({ type: 'down' });
  for (let i = 1; i <= 4; i++)
    await sendMouse({ type: 'move', position: [Math.round(x + (dx * i) / 4), Math.round(y + (dy * i) / 4)] });
  await sendMouse({ type: 'up' });
}

async function listStarts(adapter: ReferenceAdapter) {
  const all = await adapter.asStaff('anna').listAppointments({
    start: '2026-11-01T00:00:00Z',
    end: '2027-01-31T00:00:00Z',
  });
  return new Map(all.map((a) => [a.id, { start: a.start, end: a.end, staff: a.staffMemberId }]));
}

describe('<booking-admin-calendar> week grid, month and moves', () => {
  afterEach(async () => {
    await resetMouse();
    await emulateMedia({ colorScheme: 'light', media: 'screen' });
    await deleteDatabases();
  });

  it('places and sizes appointments by time, side by side when they overlap, coloured and named per staff member', async () => {
    const { panel } = await openWeek();
    const grid = panel.root.querySelector('table.time-grid')!;
    expect(grid.getAttribute('role')).to.equal('grid');
    expect([...grid.querySelectorAll('thead th[data-day]')].map((th) => text(th))).to.deep.equal([
      'Mon 30 Nov',
      'Tue 1 Dec',
      'Wed 2 Dec',
      'Thu 3 Dec',
      'Fri 4 Dec',
      'Sat 5 Dec',
      'Sun 6 Dec',
    ]);
    // The week's opening span, 07:00–19:00: Carl starts at 07:30 on Tuesday, Anna works late on Thursday.
    expect(hourLabels(panel)).to.deep.equal(
      Array.from({ length: 12 }, (_, i) => `${String(7 + i).padStart(2, '0')}:00`),
    );
    const cls = block(panel, /^Tue 1 Dec, 07:30–08:30 .*Back care class, 2 of 8 seats taken, Carl Madsen$/);
    const early = block(panel, /08:00–08:30 .*Eva Lund, Dora Jensen$/);
    const cleaning = block(panel, /09:00–09:30 .*Mette Hansen, Dora Jensen$/);
    const wednesday = block(panel, /^Wed 2 Dec, 10:00–10:30 .*Pia Krog, Anna Larsen$/);
    expect(blocks(panel).length).to.equal(5);
    const g = (b: HTMLElement) => geometry(panel, b);
    // 07:30 is half an hour into the first row; an hour tall. (Cell borders add a pixel or so per row.)
    expect(g(cls).top).to.be.closeTo(0.5 * GRID_HOUR_PX, 3);
    expect(g(cls).height).to.be.closeTo(GRID_HOUR_PX, 3);
    expect(g(cleaning).top).to.be.closeTo(2 * GRID_HOUR_PX, 4);
    expect(g(cleaning).height).to.be.closeTo(0.5 * GRID_HOUR_PX, 3);
    expect(g(wednesday).top).to.be.closeTo(3 * GRID_HOUR_PX, 5);
    // The class and Eva's cleaning overlap: they share Tuesday side by side; Mette's has it alone.
    expect(g(cls).width).to.be.closeTo(g(early).width, 1);
    expect(g(early).left).to.be.greaterThan(g(cls).left + g(cls).width - 2);
    expect(g(cleaning).width).to.be.greaterThan(g(cls).width * 1.8);
    // A colour per staff member, and the initials in the block (not colour alone).
    const edge = (b: HTMLElement) => getComputedStyle(b).borderInlineStartColor;
    expect(edge(cls)).not.to.equal(edge(cleaning));
    expect(edge(early)).to.equal(edge(cleaning));
    expect(text(cls.querySelector('.g-initials'))).to.equal('CM');
    expect(text(cleaning)).to.contain('Mette Hansen');
    // The now line: Monday 08:00, on the 08:00 row of Monday.
    const now = panel.root.querySelector<HTMLElement>('.g-now')!;
    const cell = now.closest('td')!;
    expect([cell.dataset.col, cell.dataset.row]).to.deep.equal(['0', '1']);
    expect(now.getAttribute('title')).to.equal('Now, 08:00');
    await expect(panel.el).to.be.accessible();

    // Dark: the blocks keep their colours apart, with the text readable on them.
    await emulateMedia({ colorScheme: 'dark' });
    expect(edge(cls)).not.to.equal(edge(cleaning));
    await expect(panel.el).to.be.accessible();
  });

  it('filters by staff member, and a click opens the appointment’s details', async () => {
    const { panel } = await openWeek();
    await panel.set('staff-filter', 'dora');
    await panel.settle();
    expect(blocks(panel).map((b) => nameOf(b).split(', ').at(-1))).to.deep.equal([
      'Dora Jensen',
      'Dora Jensen',
      'Dora Jensen',
    ]);
    block(panel, /Mette Hansen/).click();
    await panel.settle();
    expect(text(panel.root.querySelector('.details'))).to.contain('Mette Hansen');
    expect(active()?.id).to.equal('details-heading');
    panel.button('Close').click();
    await panel.settle();
    await waitUntil(() => active() === block(panel, /Mette Hansen/), 'focus returns to the block');
  });

  it('keeps wall-clock rows through a DST change (Europe/Copenhagen, 28 March 2027)', async () => {
    const config = await loadContoso();
    // Open on Sundays too, so the week has a day on each side of the change with the switch in it.
    config.businessHours.push({ day: 'sunday', timeSlots: [{ startTime: '08:00', endTime: '16:00' }] });
    const now = Date.parse('2027-03-22T07:00:00Z');
    const { page, adapter } = await mountAdmin({ config, staffMember: 'anna', now });
    const anna = adapter.asStaff('anna');
    // 10:00 CET on Friday is 09:00Z; 10:00 CEST on Sunday (after 02:00 → 03:00) is 08:00Z.
    for (const [start, name] of [
      ['2027-03-26T09:00:00Z', 'Before Change'],
      ['2027-03-28T08:00:00Z', 'After Change'],
    ])
      await anna.createAppointment({
        serviceId: 'cleaning',
        staffMemberId: 'dora',
        start,
        customer: customer(name),
        answers: [{ questionId: 'first-visit', answer: 'No' }],
      });
    const panel = await page.panel('calendar');
    const calendar = panel.el as unknown as BookingAdminCalendar;
    calendar.date = '2027-03-24';
    calendar.view = 'week';
    await panel.settle();
    expect(text(panel.root.querySelector('.range-title'))).to.contain('Mon 22 Mar – Sun 28 Mar');
    const before = block(panel, /^Fri 26 Mar, 10:00–10:30 .*Before Change/);
    const after = block(panel, /^Sun 28 Mar, 10:00–10:30 .*After Change/);
    expect(before.dataset.row).to.equal(after.dataset.row);
    expect(geometry(panel, before).top).to.be.closeTo(geometry(panel, after).top, 1);
    expect(geometry(panel, after).height).to.be.closeTo(0.5 * GRID_HOUR_PX, 3);
    expect(hourLabels(panel)[0]).to.equal('07:00');
    expect(hourLabels(panel)[Number(after.dataset.row)]).to.equal('10:00');
  });

  it('moves an appointment by dragging it, and changes its end by dragging its lower edge', async () => {
    const { panel, adapter, ids } = await openWeek();
    // Mette's cleaning: Tuesday 09:00 → Wednesday 11:00 (one column right, two hours down).
    const b = block(panel, /Mette Hansen/);
    const heads = [...panel.root.querySelectorAll('thead th[data-day]')].map((th) => th.getBoundingClientRect());
    await drag(b, heads[2].left - heads[1].left, 2 * GRID_HOUR_PX);
    await panel.waitForAnnouncement(/^Moved to Wed 2 Dec, 11:00/);
    await panel.settle();
    expect((await listStarts(adapter)).get(ids.cleaning)).to.deep.equal({
      start: '2026-12-02T10:00:00.000Z',
      end: '2026-12-02T10:30:00.000Z',
      staff: 'dora',
    });
    const moved = block(panel, /^Wed 2 Dec, 11:00–11:30 .*Mette Hansen/);
    expect(active()).to.equal(moved);
    // No details opened by the drop.
    expect(panel.root.querySelector('.details')).to.equal(null);

    // Its lower edge half an hour down: 11:00–12:00.
    await drag(moved, 0, 0.5 * GRID_HOUR_PX, 'bottom');
    await panel.waitForAnnouncement(/^Now 11:00–12:00/);
    await panel.settle();
    expect((await listStarts(adapter)).get(ids.cleaning)?.end).to.equal('2026-12-02T11:00:00.000Z');
    expect(geometry(panel, block(panel, /Mette Hansen/)).height).to.be.closeTo(GRID_HOUR_PX, 3);
  });

  it('snaps a refused drop back and says why (the explainer’s reason)', async () => {
    const { panel, adapter, ids } = await openWeek();
    const before = await listStarts(adapter);
    const b = block(panel, /Mette Hansen/);
    const top = geometry(panel, b).top;
    // 09:00 → 12:00: Dora's lunch break (12:00–12:30).
    await drag(b, 0, 3 * GRID_HOUR_PX);
    await panel.waitForAnnouncement(/^The appointment was not moved/);
    await panel.settle();
    const notice = panel.root.querySelector('.move-refused')!;
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(text(notice)).to.contain('The appointment was not moved: that time can’t be booked.');
    expect(text(notice)).to.match(/Dora Jensen: .*08:00–12:00, 12:30–16:00/);
    expect(await listStarts(adapter)).to.deep.equal(before);
    const back = block(panel, /Mette Hansen/);
    expect(back.style.transform).to.equal('');
    expect(geometry(panel, back).top).to.be.closeTo(top, 1);
    expect(before.get(ids.cleaning)?.start).to.equal('2026-12-01T08:00:00.000Z');
    await expect(panel.el).to.be.accessible();
    panel.button('Close').click();
    await panel.settle();
    expect(panel.root.querySelector('.move-refused')).to.equal(null);
  });

  it('moves with the keyboard only: grid, details, the move dialog with date, time and staff', async () => {
    const { panel, adapter, ids } = await openWeek();
    // Tab into the grid: one tab stop, on the first cell.
    panel.root.querySelector<HTMLElement>('#grid-hint')!.setAttribute('tabindex', '-1');
    panel.root.querySelector<HTMLElement>('#grid-hint')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(active()?.matches('td[data-col="0"][data-row="0"]')).to.equal(true);
    // Tuesday (right); down through each hour cell and the appointments starting in it.
    await sendKeys({ press: 'ArrowRight' });
    expect(active()?.matches('td[data-col="1"][data-row="0"]')).to.equal(true);
    await sendKeys({ press: 'ArrowDown' });
    expect(nameOf(active())).to.match(/Back care class/);
    await sendKeys({ press: 'ArrowDown' });
    expect(active()?.matches('td[data-col="1"][data-row="1"]')).to.equal(true);
    await sendKeys({ press: 'ArrowDown' });
    expect(nameOf(active())).to.match(/Eva Lund/);
    await sendKeys({ press: 'ArrowUp' });
    expect(active()?.matches('td[data-col="1"][data-row="1"]')).to.equal(true);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(nameOf(active())).to.match(/Mette Hansen/);
    await sendKeys({ press: 'Enter' });
    await panel.settle();
    expect(active()?.id).to.equal('details-heading');
    // Tab to "Reschedule" (the move dialog).
    for (let i = 0; i < 10 && text(active()) !== 'Reschedule'; i++) await sendKeys({ press: 'Tab' });
    expect(text(active())).to.equal('Reschedule');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => panel.dialog?.open === true, 'the move dialog opens');
    await waitUntil(() => panel.hasButton('Type a time instead'), 'free times or typed time');
    panel.button('Type a time instead').focus();
    await sendKeys({ press: 'Enter' });
    await panel.el.updateComplete;
    panel.field<HTMLSelectElement>('dialog-staff').focus();
    await sendKeys({ press: 'ArrowUp' }); // Dora → Anna (a select moves with the arrows)
    await panel.el.updateComplete;
    expect(panel.field<HTMLSelectElement>('dialog-staff').value).to.equal('anna');
    // (The native date and time fields' segments follow the browser's locale: their values are set
    // as typing them would, with input events.)
    await panel.set('manual-date', '2026-12-02');
    await panel.set('manual-time', '11:30');
    expect(panel.field<HTMLInputElement>('manual-date').value).to.equal('2026-12-02');
    expect(panel.field<HTMLInputElement>('manual-time').value).to.equal('11:30');
    panel.button('Move the booking').focus();
    await sendKeys({ press: 'Enter' });
    await panel.waitForAnnouncement(/^Moved to /);
    await waitUntil(() => active()?.matches('.details h3') === true, 'the moved appointment is shown', {
      timeout: 10000,
    });
    expect((await listStarts(adapter)).get(ids.cleaning)).to.deep.equal({
      start: '2026-12-02T10:30:00.000Z',
      end: '2026-12-02T11:00:00.000Z',
      staff: 'anna',
    });
    // Still the week grid, with the appointment in its new place.
    expect((panel.el as unknown as BookingAdminCalendar).view).to.equal('week');
    block(panel, /^Wed 2 Dec, 11:30–12:00 .*Mette Hansen, Anna Larsen$/);
  });

  it('follows the APG grid keys: arrows, Home/End, Ctrl+Home/End, PageUp/PageDown', async () => {
    const { panel, calendar } = await openWeek();
    const first = panel.root.querySelector<HTMLElement>('.time-grid [tabindex="0"]')!;
    expect(panel.root.querySelectorAll('.time-grid [tabindex="0"]').length).to.equal(1);
    first.focus();
    await sendKeys({ press: 'End' });
    expect(active()?.matches('td[data-col="6"][data-row="0"]')).to.equal(true);
    await sendKeys({ press: 'ArrowRight' }); // the edge: stays
    expect(active()?.matches('td[data-col="6"][data-row="0"]')).to.equal(true);
    await sendKeys({ press: 'Home' });
    expect(active()?.matches('td[data-col="0"][data-row="0"]')).to.equal(true);
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'End' });
    await sendKeys({ up: 'Control' });
    expect(active()?.matches('td[data-col="6"][data-row="11"]')).to.equal(true);
    await sendKeys({ press: 'ArrowUp' });
    expect(active()?.matches('td[data-col="6"][data-row="10"]')).to.equal(true);
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'Home' });
    await sendKeys({ up: 'Control' });
    expect(active()?.matches('td[data-col="0"][data-row="0"]')).to.equal(true);
    expect(panel.root.querySelectorAll('.time-grid [tabindex="0"]').length).to.equal(1);
    await sendKeys({ press: 'PageDown' });
    await waitUntil(() => calendar.date === '2026-12-08', 'next week');
    await panel.settle();
    await waitUntil(
      () => active()?.matches('.time-grid td[data-col="0"][data-row="0"]') === true,
      'focus stays in the grid',
    );
    expect(text(panel.root.querySelector('.range-title h3'))).to.equal('Mon 7 Dec – Sun 13 Dec');
    await sendKeys({ press: 'PageUp' });
    await waitUntil(() => calendar.date === '2026-12-01', 'back');
    // Enter on an empty hour starts a booking at that hour.
    await panel.settle();
    await waitUntil(() => active()?.matches('.time-grid td') === true, 'focus in the grid');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => panel.dialog?.open === true, 'the booking dialog opens');
    expect(panel.field<HTMLInputElement>('manual-date').value).to.equal('2026-11-30');
    expect(panel.field<HTMLInputElement>('manual-time').value).to.equal('07:00');
  });

  it('lets a viewer look at the grid but not drag (R18)', async () => {
    const config = withViewer(await loadContoso());
    const { panel, adapter } = await openWeek({ config, staffMember: 'vera' });
    const before = await listStarts(adapter);
    expect(blocks(panel).length).to.equal(5);
    expect(panel.root.querySelectorAll('.g-appt.movable, .g-resize').length).to.equal(0);
    expect(text(panel.root.querySelector('#grid-hint'))).not.to.contain('Drag');
    await drag(block(panel, /Mette Hansen/), 0, 2 * GRID_HOUR_PX);
    await panel.settle();
    expect(await listStarts(adapter)).to.deep.equal(before);
    expect(panel.root.querySelector('.g-appt.dragging, .g-appt.busy')).to.equal(null);
    // A click opens the details, read-only.
    block(panel, /Mette Hansen/).click();
    await panel.settle();
    expect(text(panel.root.querySelector('.details'))).to.contain('Mette Hansen');
    expect(panel.hasButton('Reschedule')).to.equal(false);
  });

  it('keeps the keyboard focus when an arrow crosses into a month whose bookings arrive late', async () => {
    const { page, panel, calendar } = await openWeek();
    calendar.view = 'month';
    calendar.date = '2026-12-07';
    await panel.settle();
    // November's appointments wait until the test lets them through: December's grid is drawn meanwhile.
    const staff = page.el.adapter as BookingAdminAdapter;
    const list = staff.listAppointments.bind(staff);
    let open = () => {};
    const gate = new Promise<void>((resolve) => (open = resolve));
    let waited = false;
    staff.listAppointments = async (input, options) => {
      if (input.start?.startsWith('2026-10')) {
        waited = true;
        await gate;
      }
      return list(input, options);
    };
    panel.root.querySelector<HTMLElement>('td[data-day="2026-12-07"]')!.focus();
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => waited, 'November asked for', { timeout: 10000 });
    await panel.el.updateComplete;
    open();
    await waitUntil(() => text(panel.root.querySelector('.range-title h3')) === 'November 2026', 'November shown', {
      timeout: 10000,
    });
    await panel.settle();
    expect(active()?.dataset.day).to.equal('2026-11-30');
  });

  it('shows the month with each day’s bookings, keyboard as an APG grid, a day opening the day view', async () => {
    const { panel, calendar } = await openWeek();
    calendar.view = 'month';
    await panel.settle();
    expect(text(panel.root.querySelector('.range-title h3'))).to.equal('December 2026');
    const grid = panel.root.querySelector('table.month-grid')!;
    expect(grid.getAttribute('role')).to.equal('grid');
    const cells = [...grid.querySelectorAll<HTMLElement>('td[data-day]')];
    // Whole weeks, Monday first: 30 Nov – 3 Jan.
    expect(cells.length).to.equal(35);
    expect(cells[0].dataset.day).to.equal('2026-11-30');
    expect(cells.at(-1)!.dataset.day).to.equal('2027-01-03');
    const tuesday = cells[1];
    expect(text(tuesday.querySelector('.visually-hidden'))).to.match(/^Tuesday,? 1 December 2026, 5 appointments$/);
    expect([...tuesday.querySelectorAll('.m-entry')].map((e) => text(e))).to.deep.equal([
      '07:30 Back care class · 2 of 8 seats taken',
      '08:00 Dental cleaning · Eva Lund',
      '09:00 Dental cleaning · Mette Hansen',
    ]);
    expect(text(tuesday.querySelector('.m-more'))).to.equal('+1 more');
    expect(text(cells[2].querySelector('.m-count'))).to.equal('1');
    expect(cells[3].querySelector('.m-count')).to.equal(null);
    await expect(panel.el).to.be.accessible();

    // One tab stop, on the chosen day; arrows by day and week, Home/End, PageDown a month, with Shift a year.
    expect(grid.querySelectorAll('[tabindex="0"]').length).to.equal(1);
    tuesday.focus();
    await sendKeys({ press: 'ArrowRight' });
    await panel.el.updateComplete;
    expect(active()?.dataset.day).to.equal('2026-12-02');
    await sendKeys({ press: 'ArrowDown' });
    await panel.el.updateComplete;
    expect(active()?.dataset.day).to.equal('2026-12-09');
    await sendKeys({ press: 'End' });
    await panel.el.updateComplete;
    expect(active()?.dataset.day).to.equal('2026-12-13');
    await sendKeys({ press: 'Home' });
    await panel.el.updateComplete;
    expect(active()?.dataset.day).to.equal('2026-12-07');
    await sendKeys({ press: 'PageDown' });
    await waitUntil(() => text(panel.root.querySelector('.range-title h3')) === 'January 2027', 'next month', {
      timeout: 10000,
    });
    await waitUntil(() => active()?.dataset.day === '2027-01-07', 'focus on the same day next month', {
      timeout: 10000,
    });
    await sendKeys({ press: 'PageUp' });
    await waitUntil(() => active()?.dataset.day === '2026-12-07', 'back to December', { timeout: 10000 });
    // Shift+Page Down/Up: a year, as in the booking page's calendar.
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'PageDown' });
    await sendKeys({ up: 'Shift' });
    await waitUntil(() => active()?.dataset.day === '2027-12-07', 'a year on', { timeout: 10000 });
    expect(text(panel.root.querySelector('.range-title h3'))).to.equal('December 2027');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'PageUp' });
    await sendKeys({ up: 'Shift' });
    await waitUntil(() => active()?.dataset.day === '2026-12-07', 'a year back', { timeout: 10000 });
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => active()?.dataset.day === '2026-11-30', 'into November', { timeout: 10000 });
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => active()?.dataset.day === '2026-12-01', 'back into December', { timeout: 10000 });
    await panel.settle();
    expect(active()?.dataset.day).to.equal('2026-12-01');
    await sendKeys({ press: 'Enter' });
    await panel.settle();
    expect(calendar.view).to.equal('day');
    expect(calendar.date).to.equal('2026-12-01');
    expect(text(panel.root.querySelector('.range-title h3'))).to.match(/Tuesday,? 1 December 2026/);
  });

  it('prints an agenda of the shown week: time, staff, customer, service, notes', async () => {
    const { panel } = await openWeek();
    await panel.click('Agenda');
    await panel.settle();
    expect(active()?.id).to.equal('agenda-heading');
    const agenda = panel.root.querySelector('.agenda')!;
    expect(text(agenda.querySelector('h3'))).to.equal('Agenda, Mon 30 Nov – Sun 6 Dec');
    const days = [...agenda.querySelectorAll('h4')].map((h) => text(h));
    expect(days.length).to.equal(2);
    expect(days[0]).to.match(/^Tuesday,? 1 December 2026$/);
    expect(days[1]).to.match(/^Wednesday,? 2 December 2026$/);
    const rows = [...agenda.querySelectorAll('tbody tr')].map((r) =>
      [...r.querySelectorAll('td')].map((td) => text(td)),
    );
    expect(rows[0]).to.deep.equal([
      '07:30–08:30',
      'Carl Madsen',
      'Ida Holm Jon Berg',
      'Back care class 2 of 8 seats taken',
      '',
    ]);
    expect(rows[2]).to.deep.equal([
      '09:00–09:30',
      'Dora Jensen',
      'Mette Hansen',
      'Dental cleaning',
      'Notes for Mette Hansen',
    ]);
    await expect(panel.el).to.be.accessible();
    // Printed, only the agenda shows.
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(panel.root.querySelector('.toolbar')!).display).to.equal('none');
    expect(getComputedStyle(panel.root.querySelector('.agenda-actions')!).display).to.equal('none');
    expect(getComputedStyle(agenda).display).to.equal('block');
    await emulateMedia({ media: 'screen' });
    await panel.click('Back to the calendar');
    await panel.settle();
    expect(panel.root.querySelector('table.time-grid')).not.to.equal(null);
    expect(active()?.textContent?.trim()).to.equal('Agenda');
  });

  it('keeps the staff-by-day table reachable in the week', async () => {
    const { panel } = await openWeek();
    await panel.click('By staff member');
    await panel.settle();
    expect(panel.root.querySelector('table.week')).not.to.equal(null);
    expect(panel.root.querySelector('table.time-grid')).to.equal(null);
    await panel.click('By time');
    await panel.settle();
    expect(panel.root.querySelector('table.time-grid')).not.to.equal(null);
  });
});
