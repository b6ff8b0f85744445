import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { ReferenceCustomerAdapter } from '../../src/adapters/reference/reference-adapter.js';
import { ReferenceAdapter } from '../../src/adapters/reference/reference-adapter.js';
import { resolveAdapter } from '../../src/adapters/resolve-adapter.js';
import type { BookingAdmin } from '../../src/elements/booking-admin/booking-admin.js';
import type { BookingAdminCalendar } from '../../src/elements/booking-admin-calendar/booking-admin-calendar.js';
import type { BookingPage } from '../../src/elements/booking-page/booking-page.js';
import type { BookingAdminChangedEvent } from '../../src/events/booking-admin-changed.js';
import { BookingAdminPage, deepActiveElement, mountAdmin, text } from '../helpers/booking-admin.page.js';
import { BookingPagePage } from '../helpers/booking-page.page.js';
import { deleteDatabases, loadContoso, makeAdapter, type SampleConfig } from '../helpers/fixtures.js';

// Monday 30 November 2026, 08:00 in Copenhagen.
const NOW = Date.parse('2026-11-30T07:00:00Z');
const ALL = [
  'Calendar',
  'Services',
  'Staff',
  'Business and booking page',
  'Translations',
  'Customers',
  'Waiting lists',
  'Outbox',
  'Message templates',
  'Webhooks',
  'Reports and data',
  'Why not bookable?',
];

function addStaff(config: SampleConfig, id: string, role: string, email = `${id}@contoso.example`): SampleConfig {
  config.staffMembers.push({
    id,
    displayName: `${id[0].toUpperCase()}${id.slice(1)} Test`,
    emailAddress: email,
    role,
    useBusinessHours: true,
    availabilityIsAffectedByPersonalCalendar: false,
    isBookable: false,
  });
  return config;
}

describe('<booking-admin>', () => {
  afterEach(deleteDatabases);

  it('shows every section to an administrator, each accessible, and moves focus to the section opened', async () => {
    const { page } = await mountAdmin({ config: await loadContoso(), staffMember: 'anna', now: NOW });
    expect(page.navItems()).to.deep.equal(ALL);
    expect(page.header).to.contain('Contoso Clinic');
    expect(page.header).to.contain('Signed in as Anna Larsen (Administrator)');
    expect(page.root.querySelector('nav button[aria-current="page"]')?.textContent?.trim()).to.equal('Calendar');
    await expect(page.el).to.be.accessible();
    for (const name of [
      'services',
      'staff',
      'business',
      'customers',
      'waitlist',
      'outbox',
      'templates',
      'webhooks',
      'reports',
      'explain',
    ] as const) {
      const panel = await page.open(name);
      await panel.settle();
      expect(page.el.section).to.equal(name);
      await waitUntil(() => deepActiveElement()?.tagName === 'H2', 'focus moves to the section heading');
      expect(text(deepActiveElement())).to.equal(panel.heading);
      await expect(page.el).to.be.accessible();
    }
  });

  it('gives each role only the sections and controls it may use (R18)', async () => {
    const config = addStaff(addStaff(await loadContoso(), 'vera', 'viewer'), 'gus', 'guest');
    const adapter = makeAdapter(config, NOW);
    const expectations = [
      ['ben', 'Scheduler', 'You manage bookings and customers. Settings are read-only for you.', true],
      ['carl', 'Team member', 'You manage your own bookings, working hours and time off.', true],
      ['vera', 'Viewer', 'You can look at everything. Changes need another role.', false],
    ] as const;
    for (const [who, role, hint, books] of expectations) {
      const { page } = await mountAdmin({ config, staffMember: who, now: NOW, adapter });
      expect(page.navItems(), who).to.deep.equal(ALL.filter((s) => s !== 'Reports and data' && s !== 'Webhooks'));
      expect(page.header).to.contain(`(${role})`);
      expect(page.header).to.contain(hint);
      const calendar = await page.panel('calendar');
      expect(calendar.hasButton('+ New booking'), `${who} books`).to.equal(books);
      const services = await page.open('services');
      expect(services.hasButton('+ New service')).to.equal(false);
      expect(services.hasButton('Save changes')).to.equal(false);
      await expect(page.el).to.be.accessible();
      page.el.remove();
    }
    const { page } = await mountAdmin({ config, staffMember: 'gus', now: NOW, adapter });
    await waitUntil(() => page.state !== '', 'the refusal shows');
    expect(page.state).to.equal('You don’t have access to this business. Ask one of its administrators to add you.');
    expect(page.root.querySelector('nav')).to.equal(null);
    await expect(page.el).to.be.accessible();
  });

  it('says what is missing when it has no backend or no staff member to act as', async () => {
    const bare = await fixture<BookingAdmin>(html`<booking-admin lang="en-GB"></booking-admin>`);
    const empty = new BookingAdminPage(bare);
    await empty.ready();
    expect(empty.state).to.contain('This back office has no backend');
    await expect(bare).to.be.accessible();
    const unsigned = await fixture<BookingAdmin>(
      html`<booking-admin lang="en-GB" config-src="/demo/data/contoso.json"></booking-admin>`,
    );
    const page = new BookingAdminPage(unsigned);
    await page.ready();
    expect(page.state).to.equal('Choose whom to act as: set the staff-member attribute to a staff member’s id.');
  });

  it('shares one store with <booking-page> on the same config-src (the demo’s setup)', async () => {
    // A blob URL: the test server turns .json files into modules.
    const src = URL.createObjectURL(new Blob([JSON.stringify(await loadContoso())], { type: 'application/json' }));
    // The page's adapter is the reference adapter's customer side; the admin side joins its store.
    const reference = (await resolveAdapter({ configSrc: src })) as ReferenceCustomerAdapter;
    try {
      const el = await fixture<BookingAdmin>(
        html`<booking-admin lang="en-GB" config-src=${src} staff-member="anna" .clock=${() => NOW}></booking-admin>`,
      );
      const page = new BookingAdminPage(el);
      await page.ready();
      await page.panel('calendar');
      // A booking made through the page's adapter shows in the back office: same instance, same store.
      const { appointment } = await ReferenceAdapter.staffOf(reference, 'anna').createAppointment({
        serviceId: 'cleaning',
        staffMemberId: 'anna',
        start: '2026-12-02T09:00:00Z',
        customer: { name: 'Shared Store', phone: '+45 20 30 40 50', timeZone: 'Europe/Copenhagen' },
        answers: [{ questionId: 'first-visit', answer: 'Yes' }],
        overrideLeadTime: true,
      });
      const calendar = await page.panel('calendar');
      (calendar.el as unknown as BookingAdminCalendar).date = '2026-12-02';
      await calendar.settle();
      expect(text(calendar.root.querySelector('.day-list'))).to.contain('Shared Store');
      await ReferenceAdapter.staffOf(reference, 'anna').cancelAppointment({ appointmentId: appointment.id });
    } finally {
      reference.close();
      await new Promise<void>((resolve) => {
        const r = indexedDB.deleteDatabase('booking-elements');
        r.onsuccess = r.onerror = r.onblocked = () => resolve();
      });
    }
  });

  it('switches between the businesses the staff member belongs to (R20)', async () => {
    const contoso = await loadContoso();
    const aarhus = { ...(await loadContoso()), id: 'contoso-aarhus', displayName: 'Contoso Aarhus' };
    aarhus.staffMembers = aarhus.staffMembers.map((s) =>
      s.id === 'anna' ? { ...s, id: 'anna-aarhus', role: 'viewer' } : s,
    );
    aarhus.services = aarhus.services.map((s) => ({
      ...s,
      staffMemberIds: s.staffMemberIds.map((id) => (id === 'anna' ? 'anna-aarhus' : id)),
    }));
    aarhus.timeOff = aarhus.timeOff.map((t) =>
      t.staffMemberId === 'anna' ? { ...t, staffMemberId: 'anna-aarhus' } : t,
    );
    const adapter = new ReferenceAdapter({ config: [contoso, aarhus], storage: 'memory', now: () => NOW });
    const { page } = await mountAdmin({ config: null, staffMember: 'anna', now: NOW, adapter });
    const switcher = page.root.querySelector<HTMLSelectElement>('#business')!;
    expect([...switcher.options].map((o) => o.text)).to.deep.equal(['Contoso Clinic', 'Contoso Aarhus']);
    expect(switcher.labels[0].textContent).to.equal('Business');
    switcher.value = 'contoso-aarhus';
    switcher.dispatchEvent(new Event('change'));
    await waitUntil(() => page.header.includes('(Viewer)'), 'the role there applies');
    expect(page.navItems()).not.to.include('Reports and data');
    const calendar = await page.panel('calendar');
    expect(calendar.hasButton('+ New booking')).to.equal(false);
    await expect(page.el).to.be.accessible();
  });

  it('creates a service, which a customer books on <booking-page>, which staff cancel from the calendar, and the outbox has the cancellation', async () => {
    const adapter = makeAdapter(await loadContoso(), NOW);
    const { page } = await mountAdmin({ config: null, staffMember: 'anna', now: NOW, adapter, section: 'services' });
    const changes: BookingAdminChangedEvent[] = [];
    page.el.addEventListener('booking-admin-changed', (e) => changes.push(e));

    // 1. Staff create the service.
    const services = await page.panel('services');
    await services.click('+ New service');
    await services.type('displayName', 'Whitening');
    await services.set('defaultDuration', '45');
    await services.set('defaultPriceType', 'fixedPrice');
    await services.set('defaultPrice', '900');
    await services.set('staff-anna', true);
    await services.click('Create');
    await services.waitForAnnouncement(/^Whitening: created\./);
    expect(changes.map((c) => c.detail)).to.deep.equal([
      { businessId: 'contoso', entity: 'service', action: 'created', id: 'whitening' },
    ]);

    // 2. A customer books it on the booking page (same adapter).
    const bookingPage = await fixture<BookingPage>(
      html`<booking-page
        lang="en-GB"
        time-zone="Europe/Copenhagen"
        .adapter=${adapter}
        .clock=${() => NOW}
      ></booking-page>`,
    );
    const customer = new BookingPagePage(bookingPage);
    await customer.waitForHeading('Choose a service');
    customer.serviceButton('Whitening').click();
    await customer.waitForHeading('Choose a time');
    const times = await customer.waitForTimes();
    const start = times[0].dataset.start!;
    times[0].click();
    await customer.waitForHeading('Your details');
    await customer.type('name', 'Mette Hansen');
    await customer.type('emailAddress', 'mette@example.com');
    customer.field('consent').click();
    customer.bookButton.click();
    await customer.waitForHeading('You’re booked');
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(Date.parse(start));

    // 3. Staff see it in the calendar, and cancel it with a message.
    await page.open('calendar');
    const calendar = await page.panel('calendar');
    (calendar.el as unknown as BookingAdminCalendar).date = day;
    await calendar.settle();
    const item = calendar.button(/Whitening · Mette Hansen/);
    expect(text(item)).to.contain('Anna Larsen');
    item.click();
    await calendar.settle();
    await calendar.click('Cancel booking');
    await waitUntil(() => calendar.dialog?.open === true, 'the cancel dialog opens');
    await calendar.type('cancel-message', 'Anna is ill today, sorry. Please book another day.');
    await calendar.click('Cancel the booking');
    await calendar.waitForAnnouncement(/Cancelled/);
    await calendar.settle();
    expect(calendar.hasButton(/Whitening · Mette Hansen/)).to.equal(false);

    // 4. The outbox has the cancellation for the customer, with the message and the .ics.
    const outbox = await page.open('outbox');
    await outbox.settle();
    const cancellation = [
      ...outbox.root.querySelectorAll<HTMLDetailsElement>('details[data-kind="cancellation"]'),
    ].find((d) => text(d.querySelector('summary')).includes('To: Customer (Mette Hansen'))!;
    expect(cancellation, 'the customer’s cancellation is in the outbox').to.not.equal(undefined);
    expect(text(cancellation)).to.contain('Anna is ill today, sorry. Please book another day.');
    expect(decodeURIComponent(cancellation.querySelector<HTMLAnchorElement>('a[download]')!.href)).to.contain(
      'METHOD:CANCEL',
    );
    expect(changes.map((c) => `${c.detail.entity} ${c.detail.action}`)).to.deep.equal([
      'service created',
      'appointment cancelled',
    ]);
  });
});
