import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { ReferenceAdapter } from '../../src/adapters/reference/reference-adapter.js';
import type { BookingAdminCalendar } from '../../src/elements/booking-admin-calendar/booking-admin-calendar.js';
import {
  deepActiveElement,
  deepQuery,
  deepQueryAll,
  mountAdmin,
  text,
  type AdminPanel,
} from '../helpers/booking-admin.page.js';
import { deleteDatabases, loadContoso, withViewer } from '../helpers/fixtures.js';

// Monday 30 November 2026, 08:00 in Copenhagen (CET, UTC+1).
const NOW = Date.parse('2026-11-30T07:00:00Z');

/** Tuesday 1 December: a back care class at 07:30 with two attendees (Carl), a cleaning at 09:00 (Dora). */
async function seed(adapter: ReferenceAdapter) {
  const anna = adapter.asStaff('anna');
  const customer = (name: string, email: string) => ({ name, emailAddress: email, timeZone: 'Europe/Copenhagen' });
  await anna.createAppointment({
    serviceId: 'back-care-class',
    staffMemberId: 'carl',
    start: '2026-12-01T06:30:00Z',
    customer: customer('Ida Holm', 'ida@example.com'),
    answers: [{ questionId: 'pain-areas', selectedOptions: ['Neck'] }],
  });
  await anna.createAppointment({
    serviceId: 'back-care-class',
    staffMemberId: 'carl',
    start: '2026-12-01T06:30:00Z',
    customer: customer('Jon Berg', 'jon@example.com'),
    answers: [{ questionId: 'pain-areas', selectedOptions: ['Lower back'] }],
  });
  const { appointment } = await anna.createAppointment({
    serviceId: 'cleaning',
    staffMemberId: 'dora',
    start: '2026-12-01T08:00:00Z',
    customer: { ...customer('Mette Hansen', 'mette@example.com'), notes: 'Sensitive gums' },
    answers: [{ questionId: 'first-visit', answer: 'No' }],
  });
  return appointment;
}

async function openCalendar(staffMember = 'anna') {
  const config = await loadContoso();
  const { page, adapter } = await mountAdmin({ config, staffMember, now: NOW });
  const cleaning = await seed(adapter);
  const panel = await page.panel('calendar');
  const calendar = panel.el as unknown as BookingAdminCalendar;
  calendar.date = '2026-12-01';
  await panel.settle();
  calendar.refresh();
  await panel.settle();
  return { page, panel, adapter, calendar, cleaning };
}

const listItems = (panel: AdminPanel) => [...panel.root.querySelectorAll('.day-list button')].map((b) => text(b));

async function waitForSlots(panel: AdminPanel): Promise<HTMLButtonElement[]> {
  await waitUntil(() => deepQueryAll(panel.root, 'button[part~="slot"]').length > 0, 'no free times shown', {
    timeout: 10000,
  });
  return deepQueryAll<HTMLButtonElement>(panel.root, 'button[part~="slot"]');
}

describe('<booking-admin-calendar>', () => {
  afterEach(deleteDatabases);

  it('shows the day per staff member with the day’s list, and a class session’s attendees and seats (R8)', async () => {
    const { panel } = await openCalendar();
    expect(text(panel.root.querySelector('.range-title'))).to.match(/Tuesday,? 1 December 2026/);
    expect(text(panel.root.querySelector('.range-title'))).to.contain('Central European Standard Time');
    expect(listItems(panel)).to.deep.equal([
      '07:30–08:30 Back care class · 2 of 8 seats taken Carl Madsen',
      '09:00–09:30 Dental cleaning · Mette Hansen Dora Jensen',
    ]);
    // The grid has a column per bookable staff member and a block per session.
    expect([...panel.root.querySelectorAll('.col-head')].map((h) => text(h))).to.deep.equal([
      'Anna Larsen',
      'Carl Madsen',
      'Dora Jensen',
    ]);
    expect(panel.root.querySelectorAll('.grid .appt').length).to.equal(2);
    await expect(panel.el).to.be.accessible();

    await panel.click(/^07:30–08:30 Back care class/);
    await panel.settle();
    const details = text(panel.root.querySelector('.details'));
    expect(details).to.contain('Class session');
    expect(details).to.contain('2 of 8 seats taken');
    expect(details).to.contain('Ida Holm');
    expect(details).to.contain('Jon Berg');
    expect(deepActiveElement()?.id).to.equal('details-heading');
    expect(panel.hasButton('+ Add an attendee')).to.equal(true);
    expect(panel.hasButton('Cancel the whole session')).to.equal(true);
    await expect(panel.el).to.be.accessible();

    // One attendee cancels: only they leave the session (R8).
    await panel.click('Cancel for Jon Berg only');
    await waitUntil(() => panel.dialog?.open === true, 'the cancel dialog opens');
    expect(panel.field<HTMLInputElement>('scope-attendee').checked).to.equal(true);
    await expect(panel.el).to.be.accessible();
    await panel.click('Cancel the booking');
    await panel.waitForAnnouncement(/Cancelled/);
    await panel.settle();
    expect(text(panel.root.querySelector('.details'))).to.contain('1 of 8 seats taken');
    expect(text(panel.root.querySelector('.details'))).not.to.contain('Jon Berg');
  });

  it('opens on today, and an empty day points to the next day with appointments', async () => {
    const { panel, calendar } = await openCalendar();
    calendar.date = '';
    await panel.settle();
    expect(calendar.date).to.equal('2026-11-30');
    expect(text(panel.root.querySelector('.empty'))).to.match(
      /^No appointments\. Next appointments: Tuesday,? 1 December 2026$/,
    );
    await expect(panel.el).to.be.accessible();
    await panel.click(/^Next appointments/);
    await panel.settle();
    expect(calendar.date).to.equal('2026-12-01');
    expect(listItems(panel).length).to.equal(2);
  });

  it('shows time off and closures, in the day and in the week (R7)', async () => {
    const { panel, calendar } = await openCalendar();
    // Wednesday: Dora's repeating afternoons off.
    calendar.date = '2026-12-02';
    await panel.settle();
    expect(text(panel.root.querySelector('.notes'))).to.contain(
      'Dora Jensen · Time off: Wednesday afternoons off (13:00–16:00 CET)',
    );
    expect(text(panel.root.querySelector('.grid'))).to.contain('Time off: Wednesday afternoons off');
    // Christmas: closed for everyone, in the week view.
    calendar.date = '2026-12-24';
    await panel.click('Week');
    await panel.settle();
    // The time grid marks the closed days in its headings too.
    expect([...panel.root.querySelectorAll('.time-grid thead th[data-day]')].map((th) => text(th))).to.include.members([
      'Thu 24 Dec Closed',
      'Fri 25 Dec Closed',
    ]);
    await panel.click('By staff member');
    await panel.settle();
    const week = panel.root.querySelector('table.week')!;
    expect([...week.querySelectorAll('thead th')].map((th) => text(th))).to.include.members([
      'Thu 24 Dec Closed',
      'Fri 25 Dec Closed',
      'Sat 26 Dec Closed',
    ]);
    expect(text(week)).to.contain('Not working');
    await expect(panel.el).to.be.accessible();
    // A day heading opens that day.
    const friday = [...week.querySelectorAll<HTMLButtonElement>('.day-button')].find((b) => text(b) === 'Fri 25 Dec')!;
    friday.click();
    await panel.settle();
    expect(calendar.view).to.equal('day');
    expect(text(panel.root.querySelector('.range-title h3'))).to.match(/^Friday,? 25 December 2026$/);
    expect(text(panel.root.querySelector('.notes'))).to.contain('Closed');
  });

  it('books on a customer’s behalf from the free times, and the customer gets the confirmation', async () => {
    const { panel, adapter } = await openCalendar();
    await panel.click('+ New booking');
    await waitUntil(() => panel.dialog?.open === true, 'the dialog opens');
    expect(deepActiveElement()?.id).to.equal('dialog-heading');
    await panel.set('dialog-service', 'video-consultation');
    await panel.set('dialog-staff', 'carl');
    const slots = await waitForSlots(panel);
    await expect(panel.el).to.be.accessible();
    slots[0].click();
    await panel.el.updateComplete;
    expect(text(panel.root.querySelector('.chosen'))).to.match(/^Chosen: /);
    // Submitting with missing details names the fields and keeps the chosen time.
    await panel.click('Book');
    await panel.el.updateComplete;
    const form = deepQuery(panel.root, 'booking-details-form')!;
    await waitUntil(() => text(form.shadowRoot).includes('Enter your name.'), 'field errors show');
    const name = deepQuery<HTMLInputElement>(form.shadowRoot!, 'input[name="name"]')!;
    expect(deepActiveElement()).to.equal(name);
    await sendKeys({ type: 'Sofie Lund' });
    const email = deepQuery<HTMLInputElement>(form.shadowRoot!, 'input[name="emailAddress"]')!;
    email.focus();
    await sendKeys({ type: 'sofie@example.com' });
    const notes = deepQuery<HTMLTextAreaElement>(form.shadowRoot!, 'textarea[name="answer:health-notes"]')!;
    notes.focus();
    await sendKeys({ type: 'Jaw pain when chewing' });
    await panel.click('Book');
    await panel.waitForAnnouncement(/^Booked Video consultation for Sofie Lund/);
    await panel.settle();
    expect(panel.dialog).to.equal(null);
    const details = text(panel.root.querySelector('.details'));
    expect(details).to.contain('Sofie Lund');
    expect(details).to.contain('Carl Madsen');
    expect(details).to.contain('Staff (Anna Larsen)');
    expect(details).to.match(/https:\/\/meet\.jit\.si\/[0-9a-f]{32}/);
    const outbox = await adapter.asStaff('anna').listOutbox({});
    const mine = outbox.filter((m) => m.recipient.emailAddress === 'sofie@example.com');
    expect(mine.map((m) => m.kind)).to.include('confirmation');
    expect(mine.find((m) => m.kind === 'confirmation')!.ics).to.contain('BEGIN:VCALENDAR');
  });

  it('starts a booking at the time clicked in a staff member’s column', async () => {
    const { panel } = await openCalendar();
    const dora = panel.root.querySelector<HTMLElement>('.col[data-staff="dora"]')!;
    const first = Number(dora.dataset.firstHour);
    const rect = dora.getBoundingClientRect();
    // 10:00: the grid starts at `first` o'clock, 64 px an hour, below a 10 px margin.
    const y = rect.top + 10 + (10 - first) * 64 + 5;
    dora.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: rect.left + 20, clientY: y }));
    await waitUntil(() => panel.dialog?.open === true, 'the dialog opens');
    expect(panel.field<HTMLSelectElement>('dialog-staff').value).to.equal('dora');
    expect(panel.field<HTMLInputElement>('manual-date').value).to.equal('2026-12-01');
    expect(panel.field<HTMLInputElement>('manual-time').value).to.equal('10:00');
  });

  it('asks staff for an e-mail by default, says when the customer has none, and speaks of SMS in the staff’s voice', async () => {
    const { panel, adapter } = await openCalendar();
    await panel.click('+ New booking');
    await waitUntil(() => panel.dialog?.open === true, 'the dialog opens');
    const slots = await waitForSlots(panel);
    // The free times and the customer's details side by side in a wide dialog.
    const time = panel.root.querySelector('.create-time')!.getBoundingClientRect();
    const customer = panel.root.querySelector('.create-customer')!.getBoundingClientRect();
    expect(customer.left).to.be.greaterThan(time.right - 1);
    slots[0].click();
    await panel.el.updateComplete;
    const form = deepQuery(panel.root, 'booking-details-form')!;
    expect([...form.shadowRoot!.querySelectorAll('label.check')].map((l) => text(l))).to.include(
      'Send the customer text message updates about this booking',
    );
    deepQuery<HTMLInputElement>(form.shadowRoot!, 'input[name="name"]')!.focus();
    await sendKeys({ type: 'Walk In' });
    deepQuery<HTMLInputElement>(form.shadowRoot!, 'input[name="phone"]')!.focus();
    await sendKeys({ type: '+45 20 30 40 50' });
    deepQuery<HTMLInputElement>(form.shadowRoot!, 'input[name="answer:first-visit"]')!.click();
    await panel.click('Book');
    await waitUntil(() => !!deepQuery(form.shadowRoot!, '#emailAddress-error'), 'the e-mail is asked for');
    expect(deepQuery(form.shadowRoot!, 'input[name="emailAddress"]')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(panel.el).to.be.accessible();
    await panel.set('no-email', true);
    expect(deepQuery(form.shadowRoot!, '#emailAddress-error')).to.equal(undefined);
    await panel.click('Book');
    await panel.waitForAnnouncement(/^Booked Dental cleaning for Walk In/);
    const booked = await adapter.asStaff('anna').listAppointments({
      start: '2026-11-30T00:00:00Z',
      end: '2026-12-31T00:00:00Z',
    });
    const walkIn = booked.find((a) => a.customer.name === 'Walk In');
    expect(walkIn?.customer.phone).to.equal('+45 20 30 40 50');
    expect(walkIn?.customer.emailAddress).to.equal(undefined);
  });

  it('says why a typed time cannot be booked, and keeps what was typed', async () => {
    const { panel } = await openCalendar();
    await panel.click('+ New booking');
    await waitUntil(() => panel.dialog?.open === true, 'the dialog opens');
    await waitForSlots(panel);
    await panel.click('Type a time instead');
    await panel.set('manual-date', '2026-12-01');
    await panel.set('manual-time', '09:00');
    const form = deepQuery(panel.root, 'booking-details-form')!;
    const name = deepQuery<HTMLInputElement>(form.shadowRoot!, 'input[name="name"]')!;
    name.focus();
    await sendKeys({ type: 'Lars Bo' });
    deepQuery<HTMLInputElement>(form.shadowRoot!, 'input[name="phone"]')!.focus();
    await sendKeys({ type: '+45 20 30 40 50' });
    deepQuery<HTMLInputElement>(form.shadowRoot!, 'input[name="emailAddress"]')!.focus();
    await sendKeys({ type: 'lars@example.com' });
    const firstVisit = deepQuery<HTMLInputElement>(form.shadowRoot!, 'input[name="answer:first-visit"]')!;
    firstVisit.click();
    await panel.click('Book');
    await waitUntil(() => panel.error.includes('That time can’t be booked.'), 'the refusal shows', { timeout: 10000 });
    await waitUntil(() => panel.error.includes('Dora Jensen'), 'with the reasons', { timeout: 10000 });
    expect(panel.error).to.contain('Already booked 09:00–09:30 CET.');
    expect(panel.error).to.contain('Anna Larsen: Doesn’t work that day.');
    expect(panel.dialog?.open).to.equal(true);
    expect(deepQuery<HTMLInputElement>(form.shadowRoot!, 'input[name="name"]')!.value).to.equal('Lars Bo');
    await expect(panel.el).to.be.accessible();
    // Inside the minimum notice: refused, unless an administrator books outside the booking window (R5).
    await panel.set('manual-date', '2026-11-30');
    await panel.set('manual-time', '09:00');
    await panel.click('Book');
    await waitUntil(() => panel.error.includes('Too soon'), 'the lead time is explained', { timeout: 10000 });
    expect(panel.error).to.contain('the earliest start is Mon 30 Nov, 10:00 CET');
    await panel.set('override', true);
    await panel.click('Book');
    await panel.waitForAnnouncement(/^Booked Dental cleaning for Lars Bo/);
  });

  it('moves a booking to another free time, and cancels one with a message to the customer', async () => {
    const { panel, adapter, cleaning } = await openCalendar();
    await panel.click(/^09:00–09:30 Dental cleaning/);
    await panel.settle();
    await panel.click('Reschedule');
    await waitUntil(() => panel.dialog?.open === true, 'the dialog opens');
    expect(text(panel.dialog)).to.contain('Move Dental cleaning for Mette Hansen');
    expect(panel.field<HTMLSelectElement>('dialog-staff').value).to.equal('dora');
    const slots = await waitForSlots(panel);
    const target = slots[0].getAttribute('data-start')!;
    slots[0].click();
    await panel.el.updateComplete;
    await panel.click('Move the booking');
    await panel.waitForAnnouncement(/^Moved to /);
    await panel.settle();
    // The move is announced before the calendar has reloaded and shown it; the next dialog opened
    // meanwhile would still see the move at work. Its end is the moved booking's heading in focus.
    await waitUntil(() => deepActiveElement()?.matches('.details h3') === true, 'the moved booking is shown', {
      timeout: 10000,
    });
    const moved = (
      await adapter.asStaff('anna').listAppointments({
        start: '2026-11-30T00:00:00Z',
        end: '2027-01-31T00:00:00Z',
      })
    ).find((a) => a.id === cleaning.id)!;
    expect(moved.start).to.equal(new Date(Date.parse(target)).toISOString());

    await panel.click('Cancel booking');
    await waitUntil(() => panel.dialog?.open === true, 'the cancel dialog opens');
    await panel.type('cancel-message', 'The clinic is closed for repairs, sorry.');
    await panel.click('Cancel the booking');
    await panel.waitForAnnouncement(/Cancelled/);
    await panel.settle();
    expect(panel.root.querySelector('.details')).to.equal(null);
    expect(deepActiveElement()?.matches('.range-title h3')).to.equal(true);
    const outbox = await adapter.asStaff('anna').listOutbox({ appointmentId: cleaning.id });
    const cancellation = outbox.find((m) => m.kind === 'cancellation' && m.recipient.role === 'customer')!;
    expect(cancellation.body).to.contain('The clinic is closed for repairs, sorry.');
  });

  it('works with the keyboard: list, details, dialog and back', async () => {
    const { panel } = await openCalendar();
    const item = panel.button(/^09:00–09:30 Dental cleaning/);
    item.focus();
    await sendKeys({ press: 'Enter' });
    await panel.settle();
    expect(deepActiveElement()?.id).to.equal('details-heading');
    const reschedule = panel.button('Reschedule');
    reschedule.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => panel.dialog?.open === true, 'the dialog opens');
    expect(deepActiveElement()?.id).to.equal('dialog-heading');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => panel.dialog === null, 'Escape closes the dialog');
    expect(deepActiveElement()).to.equal(panel.button('Reschedule'));
    panel.button('Close').focus();
    await sendKeys({ press: 'Enter' });
    await panel.el.updateComplete;
    await waitUntil(
      () => deepActiveElement() === panel.button(/^09:00–09:30 Dental cleaning/),
      'focus returns to the list',
    );
  });

  it('lets a team member see and change only their own appointments (R18)', async () => {
    const { panel, page } = await openCalendar('carl');
    expect(page.header).to.contain('Signed in as Carl Madsen (Team member)');
    expect(listItems(panel)).to.deep.equal(['07:30–08:30 Back care class · 2 of 8 seats taken Carl Madsen']);
    expect(panel.has('#staff-filter')).to.equal(false);
    await panel.click('+ New booking');
    await waitUntil(() => panel.dialog?.open === true, 'the dialog opens');
    const staff = panel.field<HTMLSelectElement>('dialog-staff');
    expect([...staff.options].map((o) => o.value)).to.deep.equal(['carl']);
    const services = panel.field<HTMLSelectElement>('dialog-service');
    expect([...services.options].map((o) => o.value)).to.deep.equal(['video-consultation', 'back-care-class']);
    expect(panel.has('#override')).to.equal(false);
  });

  it('lets a viewer look without any booking controls (R18)', async () => {
    const config = withViewer(await loadContoso());
    const { page, adapter } = await mountAdmin({ config, staffMember: 'vera', now: NOW });
    await seed(adapter);
    const panel = await page.panel('calendar');
    (panel.el as unknown as BookingAdminCalendar).date = '2026-12-01';
    await panel.settle();
    expect(listItems(panel).length).to.equal(2);
    expect(panel.hasButton('+ New booking')).to.equal(false);
    await panel.click(/^09:00–09:30 Dental cleaning/);
    await panel.settle();
    expect(text(panel.root.querySelector('.details'))).to.contain('Mette Hansen');
    expect(panel.hasButton('Reschedule')).to.equal(false);
    expect(panel.hasButton('Cancel booking')).to.equal(false);
    await expect(panel.el).to.be.accessible();
  });
});
