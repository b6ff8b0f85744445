import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { deepQuery, deepQueryAll, mountAdmin, text, type AdminPanel } from '../helpers/booking-admin.page.js';
import { deleteDatabases, loadContoso } from '../helpers/fixtures.js';

// Monday 30 November 2026, 08:00 in Copenhagen (CET, UTC+1).
const NOW = Date.parse('2026-11-30T07:00:00Z');

async function open(staffMember = 'anna') {
  const { page, adapter } = await mountAdmin({
    config: await loadContoso(),
    staffMember,
    now: NOW,
    section: 'business',
  });
  const panel = await page.panel('business');
  return { panel, adapter, admin: adapter.asStaff('anna') };
}

const items = (panel: AdminPanel) => deepQueryAll(panel.root, '[part="exception"] .text').map((el) => text(el));
const kind = async (panel: AdminPanel, value: 'closed' | 'hours' | 'recurring') => {
  deepQuery<HTMLInputElement>(panel.root, `input[name="kind"][value="${value}"]`)!.click();
  await panel.el.updateComplete;
};
const add = async (panel: AdminPanel) => {
  deepQuery<HTMLButtonElement>(panel.root, '.add-button')!.click();
  await new Promise((r) => requestAnimationFrame(r));
};
const freeOn = async (adapter: Awaited<ReturnType<typeof open>>['adapter'], day: string) =>
  (
    await adapter.getAvailability({
      serviceId: 'cleaning',
      start: `${day}T00:00:00+01:00`,
      end: `${day}T23:59:00+01:00`,
    })
  ).length;

describe('<booking-admin-exceptions> in the business settings', () => {
  afterEach(deleteDatabases);

  it('adds closed dates, special hours and recurring closures, and availability follows once saved', async () => {
    const { panel, adapter, admin } = await open();
    expect(items(panel)).to.deep.equal([
      'Thu 24 Dec – Sat 26 Dec: closed',
      "New Year's Day: Every year on 1 January, all day",
    ]);
    expect(await freeOn(adapter, '2026-12-31')).to.be.greaterThan(0);
    expect(await freeOn(adapter, '2027-01-12')).to.be.greaterThan(0);

    // Closed dates: the last day may not come before the first.
    await panel.set('from', '2027-01-11');
    await panel.set('to', '2027-01-10');
    await add(panel);
    expect(panel.errorOf('to')).to.equal('The end must be after the start.');
    await panel.set('to', '2027-01-12');
    await add(panel);
    expect(items(panel)).to.include('Mon 11 Jan – Tue 12 Jan: closed');

    // A recurring closure: every year on 31 December, all day, named.
    await kind(panel, 'recurring');
    await panel.set('month', '12');
    await panel.set('monthDay', '31');
    await panel.set('title', 'New Year’s Eve');
    await add(panel);
    expect(items(panel)).to.include('New Year’s Eve: Every year on 31 December, all day');

    // Every Friday afternoon: the end must follow the start.
    await panel.set('freq', 'WEEKLY');
    await panel.set('weekday', 'FR');
    await panel.set('allDay', false);
    await panel.set('startTime', '17:00');
    await panel.set('endTime', '12:00');
    await add(panel);
    expect(panel.errorOf('endTime')).to.not.equal('');
    await panel.set('startTime', '12:00');
    await panel.set('endTime', '17:00');
    await panel.set('title', 'Staff meeting');
    await add(panel);
    expect(items(panel)).to.include('Staff meeting: Every Friday, 12:00–17:00');

    // Special hours for the first week of January: Mondays 10–14 only.
    await kind(panel, 'hours');
    await panel.set('from', '2027-01-04');
    await panel.set('to', '2027-01-08');
    await add(panel);
    expect(items(panel).some((t) => t.endsWith(': special hours'))).to.equal(true);
    await expect(panel.el).to.be.accessible();

    await panel.click('Save changes');
    await panel.waitForAnnouncement(/saved/i);
    const policy = (await admin.getBusiness({})).schedulingPolicy;
    expect(policy.customAvailabilities).to.deep.include({
      startDate: '2027-01-11',
      endDate: '2027-01-12',
      availabilityType: 'notBookable',
    });
    expect(policy.customAvailabilities?.find((c) => c.availabilityType === 'customWeeklyHours')?.startDate).to.equal(
      '2027-01-04',
    );
    expect(policy.closures).to.deep.include({ rrule: 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31', title: 'New Year’s Eve' });
    expect(policy.closures).to.deep.include({
      rrule: 'FREQ=WEEKLY;BYDAY=FR',
      title: 'Staff meeting',
      startTime: '12:00',
      endTime: '17:00',
    });
    expect(await freeOn(adapter, '2026-12-31')).to.equal(0);
    expect(await freeOn(adapter, '2027-01-12')).to.equal(0);
  });

  it('removes an exception with its button, and refuses a day of the month that does not exist', async () => {
    const { panel, admin } = await open();
    await kind(panel, 'recurring');
    await panel.set('freq', 'MONTHLY');
    await panel.set('monthDay', '32');
    await add(panel);
    expect(panel.errorOf('monthDay')).to.equal('Enter a day from 1 to 31.');
    await panel.click("Delete closed dates New Year's Day: Every year on 1 January, all day");
    expect(items(panel)).to.deep.equal(['Thu 24 Dec – Sat 26 Dec: closed']);
    const live = deepQuery(panel.root, 'booking-admin-exceptions')!.shadowRoot!.querySelector('[aria-live="polite"]');
    expect(text(live)).to.match(
      /^Removed: New Year's Day: Every year on 1 January, all day\. Save to keep the change\./,
    );
    await panel.click('Save changes');
    await panel.waitForAnnouncement(/saved/i);
    expect((await admin.getBusiness({})).schedulingPolicy.closures).to.deep.equal([]);
  });

  it('shows the exceptions read-only to roles that may not change them', async () => {
    const { panel } = await open('ben');
    expect(items(panel)).to.deep.equal([
      'Thu 24 Dec – Sat 26 Dec: closed',
      "New Year's Day: Every year on 1 January, all day",
    ]);
    expect(deepQuery(panel.root, '.add')).to.equal(undefined);
  });
});
