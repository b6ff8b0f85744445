// The front desk's views on the reference adapter: a customer's record (edit, history, attendance,
// export, erasure), adding a customer, and the figures with their chart; roles (R18) and axe.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { ReferenceAdapter } from '../../src/adapters/reference/reference-adapter.js';
import { deepQueryAll, mountAdmin, openRecord, text, type AdminPanel } from '../helpers/booking-admin.page.js';
import { loadContoso } from '../helpers/fixtures.js';

// Monday 30 November 2026, 08:00 in Copenhagen (CET, UTC+1); the back office looks on Wednesday.
const BOOKED_AT = Date.parse('2026-11-30T07:00:00Z');
const NOW = Date.parse('2026-12-02T12:00:00Z');

/** Two appointments for Mette (one on Tuesday, past by NOW, one next week) and one for Sofie. */
async function setUp(staffMember = 'anna') {
  const clock = { now: BOOKED_AT };
  const adapter = new ReferenceAdapter({ config: await loadContoso(), storage: 'memory', now: () => clock.now });
  const anna = adapter.asStaff('anna');
  const mette = { name: 'Mette Hansen', emailAddress: 'mette@example.com', timeZone: 'Europe/Copenhagen' };
  await anna.createAppointment({
    serviceId: 'cleaning',
    staffMemberId: 'dora',
    start: '2026-12-01T08:00:00Z',
    customer: mette,
    answers: [{ questionId: 'first-visit', answer: 'No' }],
  });
  await anna.createAppointment({
    serviceId: 'cleaning',
    staffMemberId: 'dora',
    start: '2026-12-08T08:00:00Z',
    customer: mette,
    answers: [{ questionId: 'first-visit', answer: 'No' }],
  });
  await anna.createAppointment({
    serviceId: 'video-consultation',
    staffMemberId: 'carl',
    start: '2026-12-01T09:00:00Z',
    customer: { name: 'Sofie Lund', emailAddress: 'sofie@example.com', timeZone: 'America/New_York' },
    answers: [{ questionId: 'health-notes', answer: 'Jaw pain' }],
  });
  clock.now = NOW;
  const { page } = await mountAdmin({ config: null, adapter, staffMember, now: NOW });
  return { page, adapter, clock };
}

const historyRows = (record: AdminPanel) =>
  [...record.root.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => text(c)));

describe('<booking-admin-customer-record>', () => {
  it('opens from the list, shows the history and counts, and saves edited details and notes', async () => {
    const { page, adapter } = await setUp();
    const panel = await page.open('customers');
    expect(text(panel.root.querySelector('thead tr'))).to.include('No-shows');
    const record = await openRecord(panel, 'Mette Hansen');
    expect(text(record.root.querySelector('h3'))).to.equal('Mette Hansen');
    await record.waitFor(() => record.root.activeElement?.id === 'record-heading', 'focus moves to the record');
    expect(text(record.root.querySelector('.counts'))).to.equal('Bookings 2 Cancellations 0 No-shows 0');
    expect(historyRows(record).map((r) => r.slice(1, 4))).to.deep.equal([
      ['Dental cleaning', 'Dora Jensen', 'Booked'],
      ['Dental cleaning', 'Dora Jensen', 'Booked'],
    ]);
    await expect(record.el).to.be.accessible();

    await record.set('notes', 'Prefers mornings.');
    await record.set('emailAddress', 'not an email');
    await record.click('Save changes');
    await record.waitFor(() => record.errorOf('emailAddress') !== '', 'the field error');
    expect(record.errorOf('emailAddress')).to.not.equal('');
    const id = (await adapter.asStaff('anna').listCustomers({ query: 'Mette' }))[0].id;
    expect((await adapter.asStaff('anna').getCustomer({ customerId: id })).customer.notes).to.equal(
      undefined,
      'nothing saved from a rejected form',
    );
    await record.set('emailAddress', 'mette.h@example.com');
    await record.click('Save changes');
    await record.waitForAnnouncement(/saved/);
    const saved = (await adapter.asStaff('anna').getCustomer({ customerId: id })).customer;
    expect([saved.emailAddress, saved.notes]).to.deep.equal(['mette.h@example.com', 'Prefers mornings.']);
  });

  it('in a narrow panel the list and the history become cards whose cells say what they are', async () => {
    const { page } = await setUp();
    page.el.style.cssText = 'display: block; width: 360px';
    const panel = await page.open('customers');
    const cell = (root: ShadowRoot, i: number) => root.querySelectorAll<HTMLElement>('tbody tr:first-child td')[i];
    const label = (td: HTMLElement) => getComputedStyle(td, '::before').content;
    expect(label(cell(panel.root, 0))).to.equal('"Email"');
    expect(getComputedStyle(panel.root.querySelector('thead')!).position).to.equal('absolute');
    expect(panel.root.querySelector('.table-wrap')!.scrollWidth).to.be.at.most(
      panel.root.querySelector<HTMLElement>('.table-wrap')!.clientWidth,
      'nothing to scroll sideways',
    );
    const record = await openRecord(panel, 'Mette Hansen');
    expect(label(cell(record.root, 0))).to.equal('"Service"');
    expect(record.root.querySelector('.table-wrap')!.scrollWidth).to.be.at.most(
      record.root.querySelector<HTMLElement>('.table-wrap')!.clientWidth,
    );
    await expect(record.el).to.be.accessible();
    // Wide again: a table with its column headings.
    page.el.style.cssText = 'display: block; width: 1100px';
    await record.el.updateComplete;
    expect(label(cell(record.root, 0))).to.equal('none');
  });

  it('marks attendance once an appointment has started; a no-show is counted', async () => {
    const { page } = await setUp();
    const panel = await page.open('customers');
    const record = await openRecord(panel, 'Mette Hansen');
    const selects = [...record.root.querySelectorAll<HTMLSelectElement>('tbody select')];
    expect(selects.length).to.equal(1, 'only the past appointment can be marked');
    expect(text(record.root.querySelector(`label[for="${selects[0].id}"]`))).to.match(/^Attendance: Dental cleaning/);
    selects[0].value = 'noShow';
    selects[0].dispatchEvent(new Event('change', { bubbles: true }));
    await record.waitForAnnouncement(/Attendance saved/);
    await record.waitFor(
      () => text(record.root.querySelector('.counts')) === 'Bookings 2 Cancellations 0 No-shows 1',
      'the no-show is counted',
    );
    await expect(record.el).to.be.accessible();
  });

  it('exports the data and erases only once nothing is upcoming; both are logged (administrators)', async () => {
    const { page, adapter } = await setUp();
    const panel = await page.open('customers');
    let record = await openRecord(panel, 'Mette Hansen');
    await record.click('Export data (JSON)');
    await record.waitForAnnouncement(/Exported to customer-/);
    await record.waitFor(
      () => text(record.root.querySelector('.log')).startsWith('Data exported by Anna Larsen'),
      'logged',
    );
    await record.click('Erase customer…');
    expect(text(record.root.querySelector('.notice.warning'))).to.match(/^Erase Mette Hansen\?/);
    await expect(record.el).to.be.accessible();
    await record.click('Erase for good');
    await record.waitFor(() => record.error !== '', 'refused: a booking is upcoming');
    expect(record.error).to.include('1 upcoming appointment');
    // The upcoming one is cancelled; now the erasure goes through and the list no longer has her.
    const anna = adapter.asStaff('anna');
    const upcoming = (await anna.listAppointments({ start: '2026-12-07T00:00:00Z', end: '2026-12-09T00:00:00Z' }))[0];
    await anna.cancelAppointment({ appointmentId: upcoming.id });
    (record.el as unknown as { refresh(): void }).refresh();
    record = await openRecordAgain(record);
    await record.click('Erase customer…');
    await record.click('Erase for good');
    await panel.waitFor(() => !panel.root.querySelector('booking-admin-customer-record'), 'back to the list');
    await panel.settle();
    expect([...panel.root.querySelectorAll('.name-button')].map((b) => text(b))).to.deep.equal(['Sofie Lund']);
    expect((await anna.listAuditLog({})).map((e) => e.action).sort()).to.deep.equal([
      'customerErased',
      'customerExported',
    ]);
  });

  it('adds a customer and opens the new record; a bad email is shown at its field', async () => {
    const { page } = await setUp();
    const panel = await page.open('customers');
    await panel.click('+ Add customer');
    await panel.set('new-name', 'Eva Nielsen');
    await panel.set('new-emailAddress', 'eva@');
    await expect(panel.el).to.be.accessible();
    await panel.click('Add customer');
    await panel.waitFor(() => panel.errorOf('new-emailAddress') !== '', 'the field error');
    await panel.set('new-emailAddress', 'eva@example.com');
    await panel.click('Add customer');
    await panel.waitForAnnouncement(/Eva Nielsen was added/);
    const record = await openRecordAfterCreate(panel);
    expect(text(record.root.querySelector('h3'))).to.equal('Eva Nielsen');
    expect(text(record.root.querySelector('.empty'))).to.equal('No appointments yet.');
  });

  it('R18: a team member reads their own customers’ records, without editing or privacy actions', async () => {
    const { page } = await setUp('carl');
    const panel = await page.open('customers');
    expect(panel.hasButton('+ Add customer')).to.equal(false);
    const record = await openRecord(panel, 'Sofie Lund');
    expect(record.hasButton('Save changes')).to.equal(false);
    expect(record.hasButton('Export data (JSON)')).to.equal(false);
    expect(record.root.querySelector('input, textarea')).to.equal(null);
    await expect(record.el).to.be.accessible();
  });
});

describe('<booking-admin-figures>', () => {
  it('shows the totals, a chart with a text alternative, and the rows per service and staff member', async () => {
    const { page, adapter } = await setUp();
    const anna = adapter.asStaff('anna');
    const sofie = (await anna.listAppointments({ start: '2026-12-01T00:00:00Z', end: '2026-12-02T00:00:00Z' })).find(
      (a) => a.staffMemberId === 'carl',
    )!;
    await anna.markAttendance({ appointmentId: sofie.id, attendance: 'noShow' });
    const panel = await page.open('reports');
    const figures = panel.root.querySelector('booking-admin-figures')!;
    await waitUntil(() => !!figures.shadowRoot?.querySelector('svg'), 'the chart', { timeout: 10000 });
    const root = figures.shadowRoot!;
    // The last 12 weeks end with this one: next week's booking is not in them.
    expect(text(root.querySelector('.totals'))).to.equal('Bookings 2 Cancellations 0 No-shows 1');
    expect(text(root.querySelector('svg > title'))).to.equal(
      'Bar chart by week: 2 bookings, 1 of them no-shows, and 0 cancellations over 12 weeks.',
    );
    expect(root.querySelectorAll('svg g').length).to.equal(12);
    const services = [...root.querySelectorAll('.tables tbody tr')].map((tr) => text(tr));
    expect(services).to.deep.equal([
      'Dental cleaning 1 0 0',
      'Video consultation 1 1 0',
      'Carl Madsen 1 1 0',
      'Dora Jensen 1 0 0',
    ]);
    await expect(figures).to.be.accessible();
    const select = root.querySelector<HTMLSelectElement>('select#period')!;
    select.value = 'past4';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => root.querySelectorAll('svg g').length === 4, 'four weeks', { timeout: 10000 });
    select.value = 'next4';
    select.dispatchEvent(new Event('change'));
    await waitUntil(
      () => text(root.querySelector('.totals')) === 'Bookings 3 Cancellations 0 No-shows 1',
      'this week and the next three: next week’s cleaning too',
      { timeout: 10000 },
    );
  });
});

/** After a refresh the record re-renders; wait for it again. */
async function openRecordAgain(record: AdminPanel): Promise<AdminPanel> {
  await waitUntil(
    () => !!record.root.querySelector('h3#record-heading') && !record.root.querySelector('[aria-busy="true"]'),
    'the record reloads',
    { timeout: 10000 },
  );
  return record;
}

async function openRecordAfterCreate(panel: AdminPanel): Promise<AdminPanel> {
  let el: (HTMLElement & { updateComplete: Promise<boolean> }) | null = null;
  await waitUntil(() => (el = panel.root.querySelector('booking-admin-customer-record')) !== null, 'the record opens');
  const record = new (panel.constructor as new (e: typeof el) => AdminPanel)(el);
  await openRecordAgain(record);
  return record;
}

describe('<booking-admin-calendar> requests waiting for approval (R23)', () => {
  async function withRequests() {
    const clock = { now: BOOKED_AT };
    const adapter = new ReferenceAdapter({ config: await loadContoso(), storage: 'memory', now: () => clock.now });
    await adapter.asStaff('anna').updateService({ serviceId: 'cleaning', patch: { isApprovalRequired: true } });
    const request = (start: string, name: string, key: string) =>
      adapter.book({
        serviceId: 'cleaning',
        staffMemberId: 'dora',
        start,
        customer: { name, emailAddress: `${key}@example.com`, timeZone: 'Europe/Copenhagen' },
        answers: [{ questionId: 'first-visit', answer: 'No' }],
        consent: { accepted: true },
        idempotencyKey: `request-${key}`,
      });
    const first = await request('2026-12-01T08:00:00Z', 'Mette Hansen', 'mette');
    const second = await request('2026-12-01T09:00:00Z', 'Sofie Lund', 'sofie');
    const { page } = await mountAdmin({ config: null, adapter, staffMember: 'anna', now: BOOKED_AT });
    const panel = await page.panel('calendar');
    (panel.el as unknown as { date: string }).date = '2026-12-01';
    await panel.settle();
    return { panel, adapter, first: first.appointment, second: second.appointment };
  }

  it('shows a request as waiting, and approves it', async () => {
    const { panel, adapter, first } = await withRequests();
    const items = [...panel.root.querySelectorAll('.day-list button')].map((b) => text(b));
    expect(items[0]).to.contain('Mette Hansen · awaiting approval');
    await panel.click(/^09:00–09:30 Dental cleaning/);
    await panel.settle();
    expect(text(panel.root.querySelector('.details'))).to.contain('Waiting for approval until Tue 1 Dec, 08:00 CET');
    await expect(panel.el).to.be.accessible();
    await panel.click('Approve');
    await panel.waitForAnnouncement(/^Approved/);
    const listed = await adapter
      .asStaff('anna')
      .listAppointments({ start: '2026-12-01T00:00:00Z', end: '2026-12-02T00:00:00Z' });
    expect(listed.find((a) => a.id === first.id)?.approval).to.equal('approved');
    await panel.settle();
    expect(panel.hasButton('Approve')).to.equal(false);
  });

  it('declines a request with a message the customer receives; the keyboard reaches every step', async () => {
    const { panel, adapter, second } = await withRequests();
    await panel.click(/^10:00–10:30 Dental cleaning/);
    await panel.settle();
    panel.button('Decline…').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => panel.dialog?.open === true, 'the dialog opens');
    expect(text(panel.dialog?.querySelector('h3'))).to.equal('Decline this request');
    await panel.type('cancel-message', 'Dora is away that morning.');
    await panel.click('Decline request');
    await panel.waitForAnnouncement(/^Declined/);
    const outbox = await adapter.asStaff('anna').listOutbox({ appointmentId: second.id });
    const told = outbox.find((m) => m.kind === 'declined' && m.recipient.role === 'customer');
    expect(told?.body).to.contain('Dora is away that morning.');
  });
});

describe('settings for the front desk: approval per service, a daily limit per staff member', () => {
  it('a service requires approval, with how long a request waits', async () => {
    const { page, adapter } = await setUp();
    const panel = await page.open('services');
    await panel.select('Dental cleaning');
    expect(panel.has('[id="approvalExpiresAfter"]')).to.equal(false, 'asked only when approval is on');
    await panel.set('isApprovalRequired', true);
    expect(panel.field('approvalExpiresAfter').value).to.equal('24');
    await panel.set('approvalExpiresAfter', '0');
    await panel.click('Save changes');
    await panel.waitFor(() => panel.errorOf('approvalExpiresAfter') !== '', 'a refused number');
    await panel.set('approvalExpiresAfter', '48');
    await expect(panel.el).to.be.accessible();
    await panel.click('Save changes');
    await panel.waitForAnnouncement(/^Dental cleaning: saved\./);
    const cleaning = (await adapter.asStaff('anna').listServices({})).find((s) => s.id === 'cleaning')!;
    expect(cleaning.isApprovalRequired).to.equal(true);
    expect(cleaning.approvalExpiresAfter).to.be.oneOf(['PT48H', 'P2D']);
  });

  it('a staff member takes at most so many bookings a day; empty means no limit', async () => {
    const { page, adapter } = await setUp();
    const panel = await page.open('staff');
    await panel.select('Dora Jensen');
    expect(panel.field('maximumBookingsPerDay').value).to.equal('');
    await panel.set('maximumBookingsPerDay', '2.5');
    await panel.click('Save changes');
    await panel.waitFor(() => panel.errorOf('maximumBookingsPerDay') !== '', 'a refused number');
    await panel.set('maximumBookingsPerDay', '6');
    await panel.click('Save changes');
    await panel.waitForAnnouncement(/^Dora Jensen: saved\./);
    const dora = async () =>
      (await adapter.asStaff('anna').listStaffMembers({})).find((s) => s.id === 'dora')!.maximumBookingsPerDay;
    expect(await dora()).to.equal(6);
    await panel.settle();
    await panel.set('maximumBookingsPerDay', '');
    await panel.click('Save changes');
    await panel.waitForAnnouncement(/^Dora Jensen: saved\./);
    expect((await dora()) ?? null).to.equal(null, 'no limit');
  });
});

describe('<booking-admin-calendar> booking on behalf: the customer type-ahead', () => {
  it('suggests existing customers as staff type, by keyboard, and links the booking to the chosen record', async () => {
    const { page, adapter } = await setUp();
    const panel = await page.panel('calendar');
    (panel.el as unknown as { date: string }).date = '2026-12-03';
    await panel.settle();
    await panel.click('+ New booking');
    await waitUntil(() => panel.dialog?.open === true, 'the dialog opens');
    await panel.set('dialog-service', 'cleaning');
    await panel.set('dialog-staff', 'dora');
    const combo = panel.field('customer-search');
    expect(combo.getAttribute('role')).to.equal('combobox');
    combo.focus();
    await sendKeys({ type: 'sof' });
    await waitUntil(() => combo.getAttribute('aria-expanded') === 'true', 'suggestions open', { timeout: 5000 });
    const options = () => [...panel.root.querySelectorAll('#customer-options [role="option"]')].map((o) => text(o));
    expect(options()).to.deep.equal(['Sofie Lund sofie@example.com']);
    await expect(panel.el).to.be.accessible();
    await sendKeys({ press: 'ArrowDown' });
    await panel.el.updateComplete;
    expect(combo.getAttribute('aria-activedescendant')).to.equal('customer-option-0');
    await sendKeys({ press: 'Enter' });
    await panel.el.updateComplete;
    expect(panel.dialog?.open).to.equal(true, 'Enter chose, it did not submit');
    expect(combo.getAttribute('aria-expanded')).to.equal('false');
    const form = panel.root.querySelector('booking-details-form')!;
    await waitUntil(
      () =>
        form.shadowRoot?.querySelector<HTMLInputElement>('input[name="emailAddress"]')?.value === 'sofie@example.com',
      'the details are filled in',
    );
    expect(panel.field<HTMLSelectElement>('customer-zone').value).to.equal('America/New_York');
    const answer = form.shadowRoot!.querySelector<HTMLInputElement>('input[name="answer:first-visit"][value="No"]');
    answer?.click();
    await waitUntil(() => deepQueryAll(panel.root, 'button[part~="slot"]').length > 0, 'free times', {
      timeout: 10000,
    });
    const slots = deepQueryAll<HTMLButtonElement>(panel.root, 'button[part~="slot"]');
    slots[0].click();
    await panel.el.updateComplete;
    await panel.click('Book');
    await panel.waitForAnnouncement(/^Booked Dental cleaning for Sofie Lund/);
    const sofie = (await adapter.asStaff('anna').listCustomers({ query: 'sofie' }))[0];
    expect(sofie.appointmentCount).to.equal(2, 'the same record');
    expect((await adapter.asStaff('anna').listCustomers({})).length).to.equal(2, 'no new record');
  });
});
