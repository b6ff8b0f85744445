import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { BookingError } from '../../src/contract/errors.js';
import { ReferenceAdapter } from '../../src/adapters/reference/reference-adapter.js';
import { MemoryStore } from '../../src/adapters/reference/memory-store.js';
import { mountAdmin, text, type AdminPanel } from '../helpers/booking-admin.page.js';
import { deleteDatabases, loadContoso } from '../helpers/fixtures.js';

// Monday 30 November 2026, 08:00 in Copenhagen (CET, UTC+1).
const NOW = Date.parse('2026-11-30T07:00:00Z');

async function seed(adapter: ReferenceAdapter) {
  const anna = adapter.asStaff('anna');
  await anna.createAppointment({
    serviceId: 'cleaning',
    staffMemberId: 'dora',
    start: '2026-12-01T08:00:00Z',
    customer: { name: 'Mette Hansen', emailAddress: 'mette@example.com', timeZone: 'Europe/Copenhagen' },
    answers: [{ questionId: 'first-visit', answer: 'No' }],
  });
  await anna.createAppointment({
    serviceId: 'video-consultation',
    staffMemberId: 'carl',
    start: '2026-12-01T09:00:00Z',
    customer: { name: 'Sofie Lund', emailAddress: 'sofie@example.com', timeZone: 'America/New_York' },
    answers: [{ questionId: 'health-notes', answer: 'Jaw pain' }],
  });
}

async function open(section: 'customers' | 'outbox' | 'reports' | 'explain', staffMember = 'anna') {
  const { page, adapter } = await mountAdmin({ config: await loadContoso(), staffMember, now: NOW });
  await seed(adapter);
  const panel = await page.open(section);
  return { page, panel, adapter };
}

const rows = (panel: AdminPanel) =>
  [...panel.root.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => text(c)));

describe('<booking-admin-customers>', () => {
  afterEach(deleteDatabases);

  it('lists and searches the customers', async () => {
    const { panel } = await open('customers');
    expect(rows(panel)).to.deep.equal([
      ['Mette Hansen', 'mette@example.com', '—', '1', '0', '—', 'Tue 1 Dec, 09:00 CET', 'Europe/Copenhagen'],
      ['Sofie Lund', 'sofie@example.com', '—', '1', '0', '—', 'Tue 1 Dec, 10:00 CET', 'America/New York'],
    ]);
    await expect(panel.el).to.be.accessible();
    await panel.type('search', 'sofie');
    await panel.settle();
    expect(rows(panel).map((r) => r[0])).to.deep.equal(['Sofie Lund']);
    await panel.set('search', 'zzz');
    await panel.settle();
    expect(text(panel.root.querySelector('.empty'))).to.equal('No customers match “zzz”.');
    await expect(panel.el).to.be.accessible();
  });

  it('says when the list cannot be loaded, and tries again', async () => {
    const { page, adapter } = await mountAdmin({ config: await loadContoso(), staffMember: 'anna', now: NOW });
    await seed(adapter);
    const admin = page.el.adapter!;
    const real = admin.listCustomers.bind(admin);
    let fail = true;
    admin.listCustomers = (input, options) =>
      fail ? Promise.reject(new BookingError('network', 'offline')) : real(input, options);
    const panel = await page.open('customers');
    await waitUntil(() => panel.error !== '', 'the failure shows');
    expect(panel.error).to.equal(
      'We couldn’t reach the booking service. Nothing was changed: check your connection and try again. Try again',
    );
    await expect(panel.el).to.be.accessible();
    fail = false;
    await panel.click('Try again');
    await panel.settle();
    expect(rows(panel).length).to.equal(2);
  });

  it('shows a team member only the customers of their own appointments (R18)', async () => {
    const { panel } = await open('customers', 'carl');
    expect(rows(panel).map((r) => r[0])).to.deep.equal(['Sofie Lund']);
    expect(text(panel.root.querySelector('.note'))).to.equal(
      'The customers of your own bookings (team members see those only).',
    );
  });
});

describe('<booking-admin-outbox>', () => {
  afterEach(deleteDatabases);

  it('lists what is sent, to whom, with the .ics, newest first, filtered by status (R15)', async () => {
    // A clock that moves, so the two bookings are made at different times.
    let now = NOW - 60 * 60_000;
    const adapter = new ReferenceAdapter({ config: await loadContoso(), storage: 'memory', now: () => now });
    const anna = adapter.asStaff('anna');
    await anna.createAppointment({
      serviceId: 'cleaning',
      staffMemberId: 'dora',
      start: '2026-12-01T08:00:00Z',
      customer: { name: 'Mette Hansen', emailAddress: 'mette@example.com', timeZone: 'Europe/Copenhagen' },
      answers: [{ questionId: 'first-visit', answer: 'No' }],
    });
    now = NOW;
    await anna.createAppointment({
      serviceId: 'video-consultation',
      staffMemberId: 'carl',
      start: '2026-12-01T09:00:00Z',
      customer: { name: 'Sofie Lund', emailAddress: 'sofie@example.com', timeZone: 'America/New_York' },
      answers: [{ questionId: 'health-notes', answer: 'Jaw pain' }],
    });
    const { page } = await mountAdmin({ config: null, staffMember: 'anna', now: NOW, adapter });
    const panel = await page.open('outbox');
    const messages = [...panel.root.querySelectorAll<HTMLDetailsElement>('details')];
    expect(messages.length).to.be.greaterThan(4);
    // The latest booking's messages come first, the confirmation before its reminders.
    expect(text(messages[0].querySelector('summary'))).to.match(/^Confirmation .*Sofie Lund/);
    const toMette = messages.find((d) => text(d).includes('To: Customer (Mette Hansen · mette@example.com)'))!;
    expect(toMette.dataset.kind).to.equal('confirmation');
    toMette.querySelector('summary')!.click();
    await panel.el.updateComplete;
    const ics = toMette.querySelector<HTMLAnchorElement>('a[download]')!;
    expect(text(ics)).to.equal('Download the calendar file (.ics)');
    expect(decodeURIComponent(ics.href)).to.contain('BEGIN:VCALENDAR');
    expect(ics.download).to.match(/^confirmation-.+\.ics$/);
    await expect(panel.el).to.be.accessible();
    await panel.set('status', 'sent');
    await panel.settle();
    expect(text(panel.root.querySelector('.empty'))).to.equal('No messages.');
  });

  it('shows how delivery went and sends a failed message again (administrators)', async () => {
    const store = new MemoryStore();
    const adapter = new ReferenceAdapter({ config: await loadContoso(), storage: store, now: () => NOW });
    await seed(adapter);
    // What the server's worker writes when it gives up on a text message.
    await store.run('readwrite', ['outbox'], async (tx) => {
      const [m] = (await tx.getAll('outbox')).filter((x) => x.recipient.role === 'customer');
      await tx.put('outbox', {
        ...m,
        status: 'failed',
        delivery: { attempts: 8, lastError: 'HTTP 503: gateway down', lastStatus: 503 },
      });
    });
    const { page } = await mountAdmin({ config: null, staffMember: 'anna', now: NOW, adapter });
    const panel = await page.open('outbox');
    await panel.set('status', 'failed');
    await panel.settle();
    const [failed] = [...panel.root.querySelectorAll<HTMLDetailsElement>('details')];
    expect(text(failed.querySelector('summary'))).to.contain('Failed (gave up)');
    expect(text(failed.querySelector('summary'))).to.contain('8 attempts');
    failed.querySelector('summary')!.click();
    await panel.el.updateComplete;
    expect(text(failed.querySelector('.delivery'))).to.equal('Last error HTTP 503: gateway down');
    await expect(panel.el).to.be.accessible();
    failed.querySelector<HTMLButtonElement>('button')!.click();
    await waitUntil(
      () => text(panel.root.querySelector('.empty')) === 'No messages.',
      'the message left the failed list',
    );
    const outbox = await adapter.asStaff('anna').listOutbox({ status: 'pending' });
    expect(outbox.find((m) => m.id === failed.dataset.id)?.delivery?.attempts).to.equal(0);
  });

  it('shows a team member only the messages about their own appointments (R18)', async () => {
    const { panel } = await open('outbox', 'carl');
    const summaries = [...panel.root.querySelectorAll('summary')].map((s) => text(s));
    expect(summaries.length).to.be.greaterThan(0);
    expect(summaries.every((s) => !s.includes('Mette Hansen'))).to.equal(true);
  });
});

describe('<booking-admin-reports>', () => {
  afterEach(deleteDatabases);

  it('downloads the last 120 days as TSV and CSV (R19)', async () => {
    const { panel } = await open('reports');
    await expect(panel.el).to.be.accessible();
    await panel.click('Download TSV');
    await waitUntil(() => panel.has('.notice.success a'), 'the report is ready');
    const link = panel.root.querySelector<HTMLAnchorElement>('.notice.success a')!;
    expect(link.download).to.equal('contoso-bookings-2026-11-30.tsv');
    expect(text(panel.root.querySelector('.notice.success'))).to.contain('2 bookings');
    const tsv = await (await fetch(link.href)).text();
    expect(tsv.split('\n')[0].split('\t').slice(0, 3)).to.deep.equal(['Appointment ID', 'Status', 'Service']);
    expect(tsv).to.contain('Mette Hansen');
    await panel.click('Download CSV');
    await waitUntil(
      () => panel.root.querySelector<HTMLAnchorElement>('.notice.success a')?.download.endsWith('.csv') === true,
      'the CSV is ready',
    );
    await expect(panel.el).to.be.accessible();
  });

  it('exports the configuration and imports it as a new calendar to switch to (R20)', async () => {
    const { panel, page, adapter } = await open('reports');
    await panel.click('Export configuration (JSON)');
    await waitUntil(() => panel.has('.notice.success a'), 'the export is ready');
    const link = panel.root.querySelector<HTMLAnchorElement>('.notice.success a')!;
    expect(link.download).to.equal('contoso.json');
    const exported = await (await fetch(link.href)).text();

    // A file that is not JSON is refused at the field.
    const file = panel.field<HTMLInputElement>('import-file');
    const choose = async (content: string) => {
      const dt = new DataTransfer();
      dt.items.add(new File([content], 'config.json', { type: 'application/json' }));
      file.files = dt.files;
      file.dispatchEvent(new Event('change', { bubbles: true }));
      await panel.el.updateComplete;
    };
    await choose('not json');
    await panel.click('Import');
    await waitUntil(() => text(panel.root.querySelector('#import-error')) !== '', 'the refusal shows');
    expect(text(panel.root.querySelector('#import-error'))).to.equal('This file isn’t a JSON configuration.');
    expect(file.getAttribute('aria-invalid')).to.equal('true');

    await choose(exported);
    await panel.set('import-name', 'Contoso Aarhus');
    await panel.click('Import');
    await waitUntil(() => panel.hasButton('Open Contoso Aarhus'), 'the import is done', { timeout: 10000 });
    expect(text(panel.root.querySelector('.imported'))).to.contain(
      'Imported as “Contoso Aarhus”. It stays unpublished until you publish it.',
    );
    const businesses = await adapter.asStaff('anna').listBusinesses({});
    expect(businesses.map((b) => b.displayName)).to.deep.equal(['Contoso Clinic', 'Contoso Aarhus']);

    await panel.click('Open Contoso Aarhus');
    await waitUntil(() => page.header.includes('Not published'), 'the switcher opens the new calendar');
    const switcher = page.root.querySelector<HTMLSelectElement>('#business')!;
    expect([...switcher.options].map((o) => o.text)).to.deep.equal(['Contoso Clinic', 'Contoso Aarhus']);
    expect(switcher.selectedOptions[0].text).to.equal('Contoso Aarhus');
    await expect(page.el).to.be.accessible();
  });

  it('is absent for roles other than administrator (R19)', async () => {
    const { page } = await mountAdmin({ config: await loadContoso(), staffMember: 'ben', now: NOW });
    expect(page.navItems()).not.to.include('Reports and data');
    const reports = document.createElement('booking-admin-reports');
    reports.adapter = page.el.adapter;
    reports.clock = () => NOW;
    document.body.append(reports);
    await waitUntil(() => text(reports.shadowRoot).includes('Your role doesn’t allow this.'), 'says so plainly');
    expect(reports.shadowRoot!.querySelectorAll('button').length).to.equal(0);
    reports.remove();
  });
});

describe('<booking-admin-customers> for a team member without bookings (R18)', () => {
  afterEach(deleteDatabases);

  it('says the list holds their own bookings’ customers, not that the business has none', async () => {
    const config = await loadContoso();
    config.staffMembers.push({
      id: 'erik',
      displayName: 'Erik Holm',
      emailAddress: 'erik@contoso.example',
      role: 'teamMember',
      useBusinessHours: true,
      availabilityIsAffectedByPersonalCalendar: false,
      isBookable: true,
    });
    const { page, adapter } = await mountAdmin({ config, staffMember: 'erik', now: NOW });
    await seed(adapter);
    const panel = await page.open('customers');
    await panel.settle();
    expect(text(panel.root.querySelector('.empty'))).to.equal(
      'None of your bookings has a customer yet. Team members see the customers of their own bookings only.',
    );
    await expect(panel.el).to.be.accessible();
  });
});

describe('<booking-admin-explain>', () => {
  afterEach(deleteDatabases);

  it('says in plain words why a time is not offered, and offers the nearest start times', async () => {
    const { panel } = await open('explain');
    await expect(panel.el).to.be.accessible();
    await panel.set('date', '2026-12-01');
    await panel.set('time', '09:05');
    await panel.click('Check');
    await waitUntil(() => panel.has('.verdict'), 'the answer shows');
    expect(text(panel.root.querySelector('.verdict'))).to.equal(
      'Not offered: customers can’t book Tuesday 1 December 2026, 09:05 CET.'.replace(
        'Tuesday 1',
        text(panel.root.querySelector('.verdict')).includes('Tuesday, 1') ? 'Tuesday, 1' : 'Tuesday 1',
      ),
    );
    const dora = text(panel.root.querySelector('[data-staff="dora"]'));
    expect(dora).to.contain('Not a start time: starts are every 15 min. The nearest are 09:00 and 09:15.');
    expect(dora).to.contain('Already booked 09:00–09:30 CET.');
    expect(text(panel.root.querySelector('[data-staff="anna"]'))).to.contain('Doesn’t work that day.');
    expect(text(panel.root.querySelector('[data-staff="carl"]'))).to.contain('Doesn’t provide this service.');
    expect(text(panel.root.querySelector('[data-staff="ben"]'))).to.contain('Can’t be booked: set up as not bookable.');
    await expect(panel.el).to.be.accessible();
    await panel.click('Check 09:15');
    await waitUntil(() => text(panel.root.querySelector('.verdict')).includes('09:15'), 'the next start is checked');
    expect(text(panel.root.querySelector('[data-staff="dora"]'))).to.equal(
      'Dora Jensen Already booked 09:00–09:30 CET.',
    );
    await panel.set('time', '09:30');
    await panel.click('Check');
    await waitUntil(() => text(panel.root.querySelector('.verdict')).includes('09:30'), 'the buffer case is checked');
    expect(text(panel.root.querySelector('[data-staff="dora"]'))).to.contain(
      'Too close to the appointment 09:00–09:30 CET: the buffer time around it would overlap.',
    );
    await panel.set('time', '10:00');
    await panel.click('Check');
    await waitUntil(() => text(panel.root.querySelector('.verdict')).startsWith('Offered'), 'a free time is offered');
    expect(text(panel.root.querySelector('[data-staff="dora"]'))).to.contain('Free: can take it.');
  });

  it('R7: names the business closure that closes a service with its own policy (back care class, 24 Dec)', async () => {
    const { panel } = await open('explain');
    await panel.set('service', 'back-care-class');
    await panel.set('date', '2026-12-24');
    await panel.set('time', '10:00');
    await panel.click('Check');
    await waitUntil(() => panel.has('.verdict'), 'the answer shows');
    expect(text(panel.root.querySelector('.verdict'))).to.match(/^Not offered/);
    expect(text(panel.root.querySelector('[data-staff="carl"]'))).to.contain(
      'The business is closed on these dates: Thu 24 Dec – Sat 26 Dec.',
    );
    await expect(panel.el).to.be.accessible();
  });

  it('explains lead times, and lets team members ask about themselves only (R5, R18)', async () => {
    const { panel } = await open('explain', 'carl');
    const staff = panel.field<HTMLSelectElement>('staff');
    expect([...staff.options].map((o) => o.value)).to.deep.equal(['carl']);
    await panel.set('service', 'video-consultation');
    await panel.set('date', '2026-11-30');
    await panel.set('time', '08:30');
    await panel.click('Check');
    await waitUntil(() => panel.has('.verdict'), 'the answer shows');
    expect(text(panel.root.querySelector('[data-staff="carl"]'))).to.contain(
      'Too soon: the minimum notice means the earliest start is Mon 30 Nov, 10:00 CET.',
    );
  });
});
