import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { BookingAdminAdapter } from '../../src/contract/adapter.js';
import { BookingError } from '../../src/contract/errors.js';
import { deepActiveElement, mountAdmin, text, type AdminPanel } from '../helpers/booking-admin.page.js';
import { deleteDatabases, loadContoso, type SampleConfig } from '../helpers/fixtures.js';

// Monday 30 November 2026, 08:00 in Copenhagen (CET, UTC+1).
const NOW = Date.parse('2026-11-30T07:00:00Z');

function withStaff(config: SampleConfig, id: string, role: string): SampleConfig {
  config.staffMembers.push({
    id,
    displayName: `${id[0].toUpperCase()}${id.slice(1)} ${role}`,
    emailAddress: `${id}@contoso.example`,
    role,
    useBusinessHours: true,
    availabilityIsAffectedByPersonalCalendar: false,
    isBookable: false,
  });
  return config;
}

async function open(section: 'services' | 'staff' | 'business', staffMember = 'anna', config?: SampleConfig) {
  const { page, adapter } = await mountAdmin({
    config: config ?? (await loadContoso()),
    staffMember,
    now: NOW,
    section,
  });
  const panel = await page.panel(section);
  return { page, panel, adapter, admin: page.el.adapter! };
}

const invalidFields = (panel: AdminPanel) =>
  [...panel.root.querySelectorAll('[aria-invalid="true"]')].map((el) => el.id);

describe('<booking-admin-services>', () => {
  afterEach(deleteDatabases);

  it('creates a service, validating each field with the configuration’s schema and explaining R5 inline', async () => {
    const { panel, adapter } = await open('services');
    expect(panel.listNames()).to.deep.equal(['Dental cleaning', 'Video consultation', 'Back care class']);
    await panel.click('+ New service');
    await panel.el.updateComplete;
    expect(text(deepActiveElement())).to.equal('New service');
    await panel.set('defaultDuration', '0');
    await panel.click('Create');
    expect(invalidFields(panel)).to.include.members(['displayName', 'defaultDuration']);
    expect(panel.errorOf('displayName')).to.equal('Fill in this field.');
    expect(panel.errorOf('defaultDuration')).to.equal('Enter 1 or more.');
    expect(panel.announcement).to.match(/^Please correct 2 fields\./);
    expect(deepActiveElement()?.id).to.equal('displayName');
    await expect(panel.el).to.be.accessible();

    await panel.type('displayName', 'Whitening');
    await panel.set('defaultDuration', '45');
    await panel.set('postBuffer', '15');
    await panel.set('defaultPrice', '900');
    await panel.set('defaultPriceType', 'startingAt');
    await panel.set('staff-anna', true);
    await panel.set('ask-first-visit', true);
    await panel.set('required-first-visit', true);
    await panel.click('+ Add a reminder');
    expect(deepActiveElement()?.id).to.equal('defaultReminders[0].offset');
    await panel.set('defaultReminders[0].offset', '48');
    await panel.set('defaultReminders[0].message', 'Avoid coffee for a day before.');
    // Its own policy: 1 day ahead with 2 hours' notice breaks R5, and the form says so at once.
    await panel.set('policy-own', true);
    await panel.set('schedulingPolicy.maximumAdvance', '1');
    expect(panel.errorOf('schedulingPolicy.maximumAdvance')).to.contain('at least 24 hours');
    expect(panel.errorOf('schedulingPolicy.maximumAdvance')).to.contain('leaves 22 hours');
    await panel.click('Create');
    expect(invalidFields(panel)).to.deep.equal(['schedulingPolicy.maximumAdvance']);
    await panel.set('schedulingPolicy.minimumLeadTime', '0');
    expect(panel.errorOf('schedulingPolicy.maximumAdvance')).to.equal('');
    await panel.click('Create');
    await panel.waitForAnnouncement(/^Whitening: created\./);
    await panel.settle();
    expect(panel.listNames()).to.include('Whitening');

    const saved = (await adapter.asStaff('anna').listServices({})).find((s) => s.displayName === 'Whitening')!;
    expect(saved).to.deep.include({
      id: 'whitening',
      defaultDuration: 'PT45M',
      postBuffer: 'PT15M',
      defaultPrice: 900,
      defaultPriceType: 'startingAt',
      staffMemberIds: ['anna'],
      customQuestions: [{ questionId: 'first-visit', isRequired: true }],
    });
    expect(saved.defaultReminders).to.deep.equal([
      { offset: 'P2D', recipients: 'customer', message: 'Avoid coffee for a day before.' },
    ]);
    expect(saved.schedulingPolicy).to.deep.include({ minimumLeadTime: 'PT0S', maximumAdvance: 'P1D' });
    // The one-service link and embed code.
    expect(panel.field<HTMLTextAreaElement>('service-embed').value).to.contain('service="whitening"');
  });

  it('a new service with a price shows it to customers unless staff choose otherwise, and says which price customers see', async () => {
    const { panel, adapter } = await open('services');
    await panel.click('+ New service');
    await panel.el.updateComplete;
    const preview = () => text(panel.root.querySelector('.price-preview'));
    expect(panel.field<HTMLSelectElement>('defaultPriceType').value).to.equal('fixedPrice');
    expect(preview()).to.equal('Customers see no price for this service.');
    await panel.type('displayName', 'Whitening');
    await panel.set('staff-anna', true);
    await panel.type('defaultPrice', '900');
    expect(preview()).to.equal('Customers see the price: DKK 900');
    await panel.set('defaultPriceType', 'startingAt');
    expect(preview()).to.match(/^Customers see the price: From DKK\s900$/);
    await panel.set('defaultPriceType', 'fixedPrice');
    await panel.click('Create');
    await panel.waitForAnnouncement(/^Whitening: created\./);
    await panel.settle();
    const saved = (await adapter.asStaff('anna').listServices({})).find((s) => s.displayName === 'Whitening')!;
    expect(saved).to.deep.include({ defaultPrice: 900, defaultPriceType: 'fixedPrice' });
    // Customers see it on the booking page.
    const page = await adapter.getBookingPage({});
    expect(page.services.find((s) => s.displayName === 'Whitening')).to.deep.include({
      defaultPrice: 900,
      defaultPriceType: 'fixedPrice',
    });
    // A price the business chose to hide says so in the list.
    await panel.set('defaultPriceType', 'notSet');
    expect(preview()).to.equal('Customers see no price for this service.');
    await panel.click('Save changes');
    await panel.waitForAnnouncement(/^Whitening: saved\./);
    await panel.settle();
    const row = [...panel.root.querySelectorAll('ul.list li')].find((li) => text(li).startsWith('Whitening'))!;
    expect(text(row)).to.contain('Price not shown');
    await expect(panel.el).to.be.accessible();
  });

  it('keeps unsaved edits of several services, and keeps them when a save fails', async () => {
    const { panel, admin } = await open('services');
    await panel.set('displayName', 'Dental cleaning and polish');
    await panel.select('Video consultation');
    await panel.set('defaultDuration', '25');
    await panel.select('Dental cleaning');
    expect(panel.field<HTMLInputElement>('displayName').value).to.equal('Dental cleaning and polish');
    expect(text(panel.root.querySelector('.list'))).to.contain('Unsaved');

    // The backend is busy: nothing is lost, and the message says so.
    const real = admin.updateService.bind(admin);
    (admin as { updateService: BookingAdminAdapter['updateService'] }).updateService = () =>
      Promise.reject(new BookingError('busy', 'busy'));
    await panel.click('Save changes');
    await waitUntil(() => panel.error !== '', 'the failure shows');
    expect(panel.error).to.contain('The booking service is busy. Nothing was changed');
    expect(panel.announcement).to.contain('Not saved. Your changes are still here.');
    expect(panel.field<HTMLInputElement>('displayName').value).to.equal('Dental cleaning and polish');
    await expect(panel.el).to.be.accessible();

    (admin as { updateService: BookingAdminAdapter['updateService'] }).updateService = real;
    await panel.click('Save changes');
    await panel.waitForAnnouncement(/^Dental cleaning and polish: saved\./);
    await panel.settle();
    await panel.select('Video consultation');
    expect(panel.field<HTMLInputElement>('defaultDuration').value).to.equal('25');
  });

  it('refuses to delete a service with upcoming appointments and lists them (R18b)', async () => {
    const { panel, adapter } = await open('services');
    await adapter.asStaff('anna').createAppointment({
      serviceId: 'cleaning',
      staffMemberId: 'dora',
      start: '2026-12-01T08:00:00Z',
      customer: { name: 'Mette Hansen', phone: '+45 20 30 40 50', timeZone: 'Europe/Copenhagen' },
      answers: [{ questionId: 'first-visit', answer: 'No' }],
    });
    await panel.click('Delete service');
    expect(text(deepActiveElement())).to.equal('Keep');
    await panel.clickIn('.confirm', 'Delete');
    await waitUntil(() => panel.error !== '', 'the refusal shows');
    expect(panel.error).to.contain('It has 1 upcoming appointment: move or cancel it in the calendar first.');
    expect(panel.error).to.contain('Mette Hansen');
    expect(panel.listNames()).to.include('Dental cleaning');
  });

  it('adds custom questions to the business, which services can then ask', async () => {
    const { panel, adapter } = await open('services');
    await panel.click('+ Add a question');
    expect(deepActiveElement()?.id).to.equal('question-text');
    await sendKeys({ type: 'How did you hear about us?' });
    await panel.set('question-type', 'radioButton');
    await panel.click('Add a question');
    expect(panel.errorOf('question-options')).to.equal('Add at least one option, one per line.');
    await panel.set('question-options', 'A friend\nThe web\n\nA friend');
    await panel.click('Add a question');
    expect(panel.errorOf('question-options')).to.equal('“A friend” is listed twice.');
    await panel.set('question-options', 'A friend\nThe web');
    await panel.click('Add a question');
    await panel.waitForAnnouncement(/Question “How did you hear about us\?” added\./);
    await panel.settle();
    await panel.set('ask-how-did-you-hear-about-us', true);
    await panel.click('Save changes');
    await panel.waitForAnnouncement(/^Dental cleaning: saved\./);
    const cleaning = (await adapter.asStaff('anna').listServices({})).find((s) => s.id === 'cleaning')!;
    expect(cleaning.customQuestions?.map((q) => q.questionId)).to.include('how-did-you-hear-about-us');
    await expect(panel.el).to.be.accessible();
    await panel.click('Delete question “How did you hear about us?”');
    await panel.waitForAnnouncement(/deleted/);
    await panel.settle();
    expect(panel.has('[id="ask-how-did-you-hear-about-us"]')).to.equal(false);
  });

  it('adds and removes reminders in place, each message required, and gives the one-service embed code', async () => {
    const config = await loadContoso();
    for (const service of config.services) service.defaultReminders = [];
    const { panel, adapter } = await open('services', 'anna', config);
    expect(text(panel.root.querySelector('.editor'))).to.contain('No reminders.');
    await panel.click('+ Add a reminder');
    expect(deepActiveElement()?.id).to.equal('defaultReminders[0].offset');
    await panel.set('defaultReminders[0].offset', '48');
    await panel.click('+ Add a reminder');
    expect(deepActiveElement()?.id).to.equal('defaultReminders[1].offset');
    await panel.set('defaultReminders[1].offset', '-1');
    await panel.click('Save changes');
    expect(panel.errorOf('defaultReminders[0].message')).to.equal('Fill in this field.');
    expect(panel.errorOf('defaultReminders[1].offset')).to.equal('Enter 0 or more.');
    await panel.click('Delete reminder 2');
    expect(deepActiveElement()?.classList.contains('add-reminder')).to.equal(true);
    expect(panel.has('[id="defaultReminders[1].offset"]')).to.equal(false);
    await panel.set('defaultReminders[0].message', 'See you the day after tomorrow.');
    await panel.click('Save changes');
    await panel.waitForAnnouncement(/^Dental cleaning: saved\./);
    const cleaning = (await adapter.asStaff('anna').listServices({})).find((s) => s.id === 'cleaning')!;
    expect(cleaning.defaultReminders).to.deep.equal([
      { offset: 'P2D', recipients: 'customer', message: 'See you the day after tomorrow.' },
    ]);
    const embed = panel.root.querySelector<HTMLTextAreaElement>('[id="service-embed"]')!;
    expect(embed.value).to.match(/^<booking-page .*service="cleaning"><\/booking-page>$/);
    await expect(panel.el).to.be.accessible();
  });

  it('shows services read-only to a scheduler (R18)', async () => {
    const { panel } = await open('services', 'ben');
    expect(panel.hasButton('+ New service')).to.equal(false);
    expect(panel.hasButton('Save changes')).to.equal(false);
    const controls = [...panel.root.querySelectorAll<HTMLInputElement>('form input, form select, form textarea')];
    expect(controls.filter((c) => !c.readOnly).length, 'no editable control').to.equal(0);
    expect(text(panel.root.querySelector('.editor'))).to.contain('Dental cleaning');
    expect(text(panel.root.querySelector('.editor'))).to.contain('Anna Larsen, Dora Jensen');
    await expect(panel.el).to.be.accessible();
  });
});

describe('<booking-admin-staff>', () => {
  afterEach(deleteDatabases);

  it('lets an administrator change a staff member’s role and hours', async () => {
    const { panel, adapter } = await open('staff');
    await panel.select('Ben Nielsen');
    await panel.set('role', 'viewer');
    expect(panel.field<HTMLSelectElement>('role').value).to.equal('viewer');
    await panel.set('hours-own', true);
    await panel.set('monday-0-end', '11:00');
    await panel.click('Save changes');
    await panel.waitForAnnouncement(/^Ben Nielsen: saved\./);
    const ben = (await adapter.asStaff('anna').listStaffMembers({})).find((s) => s.id === 'ben')!;
    expect(ben.role).to.equal('viewer');
    expect(ben.useBusinessHours).to.equal(false);
    expect(ben.workingHours?.find((d) => d.day === 'monday')?.timeSlots[0]).to.deep.equal({
      startTime: '08:00',
      endTime: '11:00',
    });
  });

  it('adds a staff member, and refuses to remove one with upcoming appointments (R18b)', async () => {
    const { panel, adapter } = await open('staff');
    await panel.click('+ Add staff member');
    expect(text(deepActiveElement())).to.equal('New staff member');
    await panel.set('emailAddress', 'not-an-email');
    await panel.click('Create');
    expect(panel.errorOf('displayName')).to.equal('Fill in this field.');
    expect(panel.errorOf('emailAddress')).to.equal('Enter an email address like name@example.com.');
    await panel.type('displayName', 'Eva Holm');
    await panel.set('emailAddress', 'eva@contoso.example');
    await panel.set('role', 'viewer');
    await panel.set('isBookable', false);
    await panel.click('Create');
    await panel.waitForAnnouncement(/^Eva Holm: created\./);
    await panel.settle();
    expect(panel.listNames()).to.include('Eva Holm');
    const eva = (await adapter.asStaff('anna').listStaffMembers({})).find((s) => s.displayName === 'Eva Holm')!;
    expect(eva).to.deep.include({ role: 'viewer', isBookable: false, emailAddress: 'eva@contoso.example' });

    await adapter.asStaff('anna').createAppointment({
      serviceId: 'cleaning',
      staffMemberId: 'dora',
      start: '2026-12-01T08:00:00Z',
      customer: { name: 'Mette Hansen', phone: '+45 20 30 40 50', timeZone: 'Europe/Copenhagen' },
      answers: [{ questionId: 'first-visit', answer: 'No' }],
    });
    await panel.select('Dora Jensen');
    await panel.click('Remove staff member');
    await panel.clickIn('.confirm', 'Delete');
    await waitUntil(() => panel.error !== '', 'the refusal shows');
    expect(panel.error).to.contain('It has 1 upcoming appointment');
    expect(panel.listNames()).to.include('Dora Jensen');
  });

  it('shows hours that end before they start at the field, and needs one administrator', async () => {
    const { panel } = await open('staff');
    await panel.set('monday-0-end', '07:00');
    await panel.click('Save changes');
    await panel.el.updateComplete;
    await waitUntil(() => panel.errorOf('monday-0') !== '', 'the hours error shows');
    expect(panel.errorOf('monday-0')).to.equal('The end must be after the start.');
    expect(deepActiveElement()?.id).to.equal('monday-0-end');
    await panel.set('monday-0-end', '12:00');
    await panel.set('role', 'viewer');
    await panel.click('Save changes');
    await waitUntil(() => panel.error !== '', 'the refusal shows');
    expect(panel.error).to.equal('A business needs at least one administrator.');
    expect(panel.field<HTMLSelectElement>('role').value).to.equal('viewer');
  });

  it('lets a team member change their own hours and time off only, which notifies them (R18, R15)', async () => {
    const { panel, adapter } = await open('staff', 'carl');
    expect(text(panel.root.querySelector('.editor h3'))).to.equal('Carl Madsen');
    // Name, email, role and bookability are text for them; hours and zone are controls.
    expect(panel.has('#displayName')).to.equal(false);
    expect(panel.has('#role')).to.equal(false);
    expect(panel.has('#timeZone')).to.equal(true);
    expect(panel.hasButton('+ Add staff member')).to.equal(false);
    await panel.set('monday-0-start', '08:00');
    await panel.click('Save changes');
    await panel.waitForAnnouncement(/^Carl Madsen: saved\./);
    await panel.settle();

    await panel.click('+ Add time off');
    expect(deepActiveElement()?.id).to.equal('timeoff-title');
    await sendKeys({ type: 'Physio course' });
    await panel.set('timeoff-allDay', false);
    await panel.set('timeoff-startDate', '2026-12-03');
    await panel.set('timeoff-startTime', '14:00');
    await panel.set('timeoff-endDate', '2026-12-03');
    await panel.set('timeoff-endTime', '13:00');
    await panel.set('timeoff-repeat', 'weekly');
    await panel.set('timeoff-until', '2026-12-31');
    await panel.click('Add time off');
    expect(panel.errorOf('timeoff-endTime')).to.equal('The end must be after the start.');
    await panel.set('timeoff-endTime', '15:30');
    await panel.click('Add time off');
    await panel.waitForAnnouncement(/Time off added/);
    await panel.settle();
    expect(text(panel.root.querySelector('.time-off'))).to.contain(
      'Physio course Thu 3 Dec, 14:00–15:30 CET · Repeats: Every week until Thu 31 Dec',
    );
    await expect(panel.el).to.be.accessible();
    const outbox = await adapter.asStaff('anna').listOutbox({});
    const notice = outbox.find((m) => m.kind === 'timeOff' && m.recipient.staffMemberId === 'carl');
    expect(notice, 'the staff member is told').to.not.equal(undefined);

    // Someone else's record: read-only, no time-off controls.
    await panel.select('Dora Jensen');
    expect(panel.hasButton('Save changes')).to.equal(false);
    expect(panel.hasButton('+ Add time off')).to.equal(false);
    expect(panel.hasButton(/^Delete time off/)).to.equal(false);
    expect(text(panel.root.querySelector('.time-off'))).to.contain('Wednesday afternoons off');
  });
});

describe('<booking-admin-business>', () => {
  afterEach(deleteDatabases);

  it('explains R5 inline, validates links, and saves the policy', async () => {
    const { panel, adapter } = await open('business');
    await expect(panel.el).to.be.accessible();
    await panel.set('schedulingPolicy.maximumAdvance', '1');
    expect(panel.errorOf('schedulingPolicy.maximumAdvance')).to.match(
      /^Customers need a window of at least 24 hours to book in: “book up to” \(1 day\) minus “minimum notice” \(2 hours\) leaves 22 hours\./,
    );
    await panel.set('bookingPageSettings.privacyPolicyWebUrl', 'javascript:alert(1)');
    await panel.click('Save changes');
    expect(invalidFields(panel)).to.deep.equal([
      'bookingPageSettings.privacyPolicyWebUrl',
      'schedulingPolicy.maximumAdvance',
    ]);
    expect(panel.errorOf('bookingPageSettings.privacyPolicyWebUrl')).to.equal(
      'Enter a web address starting with https://',
    );
    expect(deepActiveElement()?.id).to.equal('bookingPageSettings.privacyPolicyWebUrl');
    await expect(panel.el).to.be.accessible();
    await panel.set('bookingPageSettings.privacyPolicyWebUrl', 'https://contoso.example/privacy-2027');
    await panel.set('schedulingPolicy.minimumLeadTime', '0');
    await panel.set('displayName', 'Contoso Dental & Physio');
    await panel.click('Save changes');
    await panel.waitForAnnouncement(/^Contoso Dental & Physio: saved\./);
    const business = await adapter.asStaff('anna').getBusiness({});
    expect(business.displayName).to.equal('Contoso Dental & Physio');
    expect(business.schedulingPolicy).to.deep.include({ minimumLeadTime: 'PT0S', maximumAdvance: 'P1D' });
    expect(business.bookingPageSettings.privacyPolicyWebUrl).to.equal('https://contoso.example/privacy-2027');
    expect(business.bookingPageSettings.isPublished).to.equal(true);
  });

  it('publishes and unpublishes the booking page (R17)', async () => {
    const { panel, adapter } = await open('business');
    await panel.click('Unpublish');
    await panel.waitForAnnouncement(/The booking page is unpublished\./);
    expect(text(panel.root.querySelector('[part="publish"], .publish'))).to.contain('Not published');
    let refusal: unknown;
    try {
      await adapter.getBookingPage({});
    } catch (error) {
      refusal = error;
    }
    expect((refusal as BookingError).code).to.equal('unpublished');
    await panel.click('Publish');
    await panel.waitForAnnouncement(/The booking page is published\./);
    expect((await adapter.getBookingPage({})).bookingPageSettings.isPublished).to.equal(true);
  });

  it('lists the bookings that new hours no longer cover, without dropping them (R18b)', async () => {
    const { panel, adapter } = await open('business');
    await adapter.asStaff('anna').createAppointment({
      serviceId: 'cleaning',
      staffMemberId: 'dora',
      start: '2026-12-01T08:00:00Z',
      customer: { name: 'Mette Hansen', phone: '+45 20 30 40 50', timeZone: 'Europe/Copenhagen' },
      answers: [{ questionId: 'first-visit', answer: 'No' }],
    });
    await panel.set('open-tuesday', false);
    await panel.click('Save changes');
    await panel.waitForAnnouncement(/saved/);
    await waitUntil(() => panel.has('.outside'), 'the outside-rules list shows', { timeout: 10000 });
    const outside = text(panel.root.querySelector('.outside'));
    expect(outside).to.contain('1 booked appointment no longer fits the rules');
    expect(outside).to.contain('Tue 1 Dec, 09:00 CET · Dental cleaning · Mette Hansen (Dora Jensen)');
    expect(outside).to.contain('Doesn’t work that day.');
    const still = await adapter.asStaff('anna').listAppointments({
      start: '2026-12-01T00:00:00Z',
      end: '2026-12-02T00:00:00Z',
    });
    expect(still.length).to.equal(1);
  });

  it('shows the adapter’s refusal plainly when a role changed meanwhile, and keeps the edit (R18)', async () => {
    const config = await loadContoso();
    config.staffMembers.find((s) => s.id === 'dora')!.role = 'administrator';
    const { panel, adapter } = await open('business', 'anna', config);
    await panel.set('displayName', 'Contoso Clinic ApS');
    // Another administrator makes Anna a viewer in another tab.
    await adapter.asStaff('dora').updateStaffMember({ staffMemberId: 'anna', patch: { role: 'viewer' } });
    await panel.click('Save changes');
    await waitUntil(() => panel.error !== '', 'the refusal shows');
    expect(panel.error).to.equal('Your role doesn’t allow this. Ask an administrator.');
    expect(panel.field<HTMLInputElement>('displayName').value).to.equal('Contoso Clinic ApS');
  });

  it('is read-only for viewers and schedulers, with no publish button (R18)', async () => {
    for (const [who, config] of [
      ['vera', withStaff(await loadContoso(), 'vera', 'viewer')],
      ['ben', await loadContoso()],
    ] as const) {
      const { panel, page } = await open('business', who, config);
      expect(panel.hasButton('Save changes')).to.equal(false);
      expect(panel.hasButton('Unpublish')).to.equal(false);
      expect(panel.root.querySelectorAll('input, select, textarea').length).to.equal(0);
      expect(text(panel.root.querySelector('booking-admin-hours')?.shadowRoot ?? null)).to.contain(
        '08:00–12:00, 12:30–18:00',
      );
      await expect(panel.el).to.be.accessible();
      page.el.remove();
    }
  });
});
