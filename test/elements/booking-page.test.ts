import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { BookingError } from '../../src/contract/errors.js';
import type { BookingPage } from '../../src/elements/booking-page/booking-page.js';
import type { BookingManage } from '../../src/elements/booking-manage/booking-manage.js';
import type { BookingConfirmedEvent } from '../../src/events/booking-confirmed.js';
import {
  accessibleText,
  BookingPagePage,
  deepActiveElement,
  deepQuery,
  deepQueryAll,
} from '../helpers/booking-page.page.js';
import { deleteDatabases, loadContoso, makeAdapter } from '../helpers/fixtures.js';

// Monday 30 November 2026, 08:00 in Copenhagen.
const NOW = Date.parse('2026-11-30T07:00:00Z');
const ZONE = 'Europe/Copenhagen';
const EVENTS = [
  'booking-service-selected',
  'booking-staff-selected',
  'booking-slot-selected',
  'booking-confirm',
  'booking-confirmed',
  'booking-failed',
  'booking-rescheduled',
  'booking-cancelled',
] as const;

function recordEvents(target: EventTarget): Record<string, Event[]> {
  const seen: Record<string, Event[]> = {};
  for (const name of EVENTS) {
    seen[name] = [];
    target.addEventListener(name, (e) => seen[name].push(e));
  }
  return seen;
}

async function mount(config: unknown, now = NOW, zone = ZONE, adapter = makeAdapter(config, now), lang = 'en-GB') {
  const el = await fixture<BookingPage>(
    html`<booking-page lang=${lang} time-zone=${zone} .adapter=${adapter} .clock=${() => now}></booking-page>`,
  );
  return { page: new BookingPagePage(el), adapter };
}

describe('<booking-page>', () => {
  afterEach(deleteDatabases);

  it('books with the keyboard alone, then reschedules and cancels from the manage link', async () => {
    const config = await loadContoso();
    const { page, adapter } = await mount(config);
    const events = recordEvents(page.el);
    await page.waitForHeading('Choose a service');

    // Service
    await page.tabTo((el) => el.getAttribute('data-service') === 'cleaning');
    await page.press('Enter');
    await page.waitForHeading('Choose a time');
    expect(deepActiveElement()?.matches('h3.step'), 'focus moves to the step heading').to.equal(true);

    // Staff: "Anyone" comes first and is chosen
    expect(page.staffLabels()[0]).to.equal('Anyone');
    await page.tabTo((el) => el instanceof HTMLInputElement && el.name === 'staff');
    expect((deepActiveElement() as HTMLInputElement).value).to.equal('');

    // Day: the first free day is chosen already; its times show
    const times = await page.waitForTimes();
    expect(times.length).to.be.greaterThan(0);
    await page.tabTo((el) => el.getAttribute('part')?.includes('day') === true);
    await page.press('Enter');
    await page.tabTo((el) => el.getAttribute('part')?.includes('slot') === true);
    const firstLabel = accessibleText(deepActiveElement()!);
    expect(firstLabel).to.match(/^\d{2}:\d{2}, \w+, \d+ \w+ 2026, CET$/);
    await page.press('ArrowRight');
    const secondLabel = accessibleText(deepActiveElement()!);
    expect(secondLabel).not.to.equal(firstLabel);
    await page.press('Enter');
    await page.waitForHeading('Your details');
    expect(deepActiveElement()?.matches('h3.step')).to.equal(true);

    // Details
    await page.tabTo((el) => el.getAttribute('name') === 'name');
    await page.type('name', 'Mette Hansen');
    await page.tabTo((el) => el.getAttribute('name') === 'emailAddress');
    await page.type('emailAddress', 'mette@example.com');
    await page.tabTo((el) => el.getAttribute('name') === 'answer:first-visit');
    await page.press('Space');
    await page.tabTo((el) => el.getAttribute('name') === 'consent');
    await page.press('Space');
    await page.tabTo((el) => el.getAttribute('type') === 'submit');
    await page.press('Enter');
    await page.waitForHeading('You’re booked');

    const shown = page.confirmation();
    expect(shown.What).to.equal('Dental cleaning');
    expect(shown.Where).to.contain('København');
    expect(page.link('Add to calendar (.ics)')!.href).to.match(/^data:text\/calendar/);
    // A download adds the event to one's own calendar: a PUBLISH, with nobody asked to reply.
    const download = decodeURIComponent(page.link('Add to calendar (.ics)')!.href);
    expect(download).to.contain('METHOD:PUBLISH');
    expect(download).not.to.contain('ATTENDEE');
    expect(download).not.to.contain('METHOD:REQUEST');
    expect(page.link('Add to Google Calendar')!.href).to.contain('calendar.google.com');
    // Outlook.com and Microsoft 365, the same event as the e-mail's links (core/calendar-links.ts).
    const outlook = new URL(page.link('Add to Outlook.com')!.href);
    expect(outlook.origin + outlook.pathname).to.equal('https://outlook.live.com/calendar/0/deeplink/compose');
    expect(outlook.searchParams.get('subject')).to.equal('Dental cleaning — Contoso Clinic');
    expect(outlook.searchParams.get('startdt')).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00Z$/);
    const work = new URL(page.link('Add to Microsoft 365')!.href);
    expect(work.origin).to.equal('https://outlook.office.com');
    expect(work.searchParams.get('startdt')).to.equal(outlook.searchParams.get('startdt'));

    // Events: once each, on user action
    expect(events['booking-service-selected'].length).to.equal(1);
    expect(events['booking-slot-selected'].length).to.equal(1);
    expect(events['booking-confirm'].length).to.equal(1);
    expect(events['booking-confirmed'].length).to.equal(1);
    expect(events['booking-failed'].length).to.equal(0);
    const confirmed = events['booking-confirmed'][0] as BookingConfirmedEvent;
    const { appointment, manageToken, manageUrl } = confirmed.detail;
    expect(appointment.customer.name).to.equal('Mette Hansen');
    expect(manageUrl).to.contain(`appointment=${appointment.id}`);

    // Manage: reschedule, then cancel, with the keyboard
    const manage = await fixture<BookingManage>(html`
      <booking-manage
        lang="en-GB"
        time-zone=${ZONE}
        appointment-id=${appointment.id}
        token=${manageToken}
        .adapter=${adapter}
        .clock=${() => NOW}
      ></booking-manage>
    `);
    const manageEvents = recordEvents(manage);
    const mroot = manage.shadowRoot!;
    await waitUntil(() => mroot.querySelector('h3')?.textContent === 'Your booking', 'manage page loads', {
      timeout: 10000,
    });
    expect(mroot.textContent).to.contain('Dental cleaning');
    // Its heading once, the business (named by the page around it) not repeated above it, and the
    // change-or-cancel deadline with its zone.
    expect(mroot.querySelectorAll('h3').length).to.equal(1);
    expect(mroot.textContent).not.to.contain('Contoso Clinic');
    expect(mroot.querySelector('.hint')?.textContent?.replace(/\s+/g, ' ').trim()).to.match(
      /^You can change or cancel this booking until .+ (CET|GMT\+1)\.$/,
    );
    await expect(manage).to.be.accessible();
    const mpage = new BookingPagePage(manage as unknown as BookingPage);
    await mpage.tabTo((el) => el.textContent?.trim() === 'Change the time');
    await mpage.press('Enter');
    await waitUntil(() => mroot.querySelector('h3')?.textContent === 'Choose a new time');
    await waitUntil(() => deepQueryAll(mroot, 'button[part~="slot"]').length > 0, 'times for rescheduling', {
      timeout: 10000,
    });
    await expect(manage).to.be.accessible();
    await mpage.tabTo((el) => el.getAttribute('part')?.includes('slot') === true);
    await mpage.press('End');
    await mpage.press('Enter');
    await mpage.tabTo((el) => el.textContent?.trim().startsWith('Move to') === true);
    await mpage.press('Enter');
    await waitUntil(() => mroot.querySelector('h3')?.textContent === 'Your booking has moved', 'rescheduled', {
      timeout: 10000,
    });
    expect(manageEvents['booking-rescheduled'].length).to.equal(1);
    await expect(manage).to.be.accessible();
    await mpage.tabTo((el) => el.textContent?.trim() === 'Cancel the booking');
    await mpage.press('Enter');
    await waitUntil(() => mroot.querySelector('h3')?.textContent === 'Cancel this booking?');
    await expect(manage).to.be.accessible();
    await mpage.tabTo((el) => el.id === 'reason');
    await mpage.press('S');
    await mpage.tabTo((el) => el.textContent?.trim() === 'Yes, cancel it');
    await mpage.press('Enter');
    await waitUntil(() => mroot.querySelector('h3')?.textContent === 'Your booking is cancelled', 'cancelled', {
      timeout: 10000,
    });
    expect(manageEvents['booking-cancelled'].length).to.equal(1);
    await expect(manage).to.be.accessible();
    const after = await adapter.getBooking({ appointmentId: appointment.id, manageToken });
    expect(after.status).to.equal('cancelled');
  });

  it('books with the mouse, with no axe violations in any state', async () => {
    const config = await loadContoso();
    const { page } = await mount(config);
    await page.waitForHeading('Choose a service');
    await expect(page.el).to.be.accessible();

    page.serviceButton('Video consultation').click();
    await page.waitForHeading('Choose a time');
    const times = await page.waitForTimes();
    await expect(page.el).to.be.accessible();
    times[0].click();
    await page.waitForHeading('Your details');
    await expect(page.el).to.be.accessible();

    // Nothing filled in: specific messages, focus on the first, nothing lost
    page.bookButton.click();
    await waitUntil(() => page.errorOf('name') !== '');
    expect(page.errorOf('name')).to.equal('Enter your name.');
    expect(page.errorOf('emailAddress')).to.equal('Enter your email address: the meeting link is sent there.');
    expect(page.errorOf('answer:health-notes')).to.equal('Answer this question.');
    expect(page.errorOf('consent')).to.equal('Tick the box to agree before booking.');
    expect(deepActiveElement()?.getAttribute('name')).to.equal('name');
    expect(page.announcement).to.contain('Please correct 4 fields');
    await expect(page.el).to.be.accessible();

    await page.type('name', 'Ole');
    await page.type('emailAddress', 'not-an-email');
    page.bookButton.click();
    await waitUntil(() => page.errorOf('emailAddress') === 'Enter an email address like name@example.com.');
    expect((page.field('name') as HTMLInputElement).value).to.equal('Ole');
    expect(page.errorOf('name')).to.equal('');

    const email = page.field('emailAddress') as HTMLInputElement;
    email.select();
    await page.type('emailAddress', 'ole@example.com');
    await page.type('answer:health-notes', 'None');
    (page.field('consent') as HTMLInputElement).click();
    page.bookButton.click();
    await page.waitForHeading('You’re booked');
    const shown = page.confirmation();
    expect(shown.What).to.equal('Video consultation');
    expect(page.link('Join the online meeting')?.href).to.match(/^https:/);
    await expect(page.el).to.be.accessible();
  });

  it('R12: with email optional ("Dental cleaning"), a booking needs an email address or a phone number', async () => {
    const config = await loadContoso();
    const { page, adapter } = await mount(config);
    await page.waitForHeading('Choose a service');
    page.serviceButton('Dental cleaning').click();
    await page.waitForHeading('Choose a time');
    (await page.waitForTimes())[0].click();
    await page.waitForHeading('Your details');
    const hint = deepQuery(page.root, '#contact-hint')!;
    expect(hint.textContent).to.equal(
      'An email address or a phone number, or both, so we can reach you about this booking.',
    );
    // Neither field is marked optional on its own, and both point at the hint.
    for (const name of ['emailAddress', 'phone']) {
      expect(page.field(name).getAttribute('aria-describedby')).to.contain('contact-hint');
      expect(page.field(name).labels![0].textContent).not.to.contain('optional');
    }
    await page.type('name', 'Only A Name');
    deepQuery<HTMLInputElement>(page.root, 'input[name="answer:first-visit"]')!.click();
    (page.field('consent') as HTMLInputElement).click();
    page.bookButton.click();
    await waitUntil(() => page.errorOf('emailAddress') !== '');
    expect(page.errorOf('emailAddress')).to.equal(
      'Enter an email address or a phone number, so we can reach you about this booking.',
    );
    expect(deepActiveElement()?.getAttribute('name')).to.equal('emailAddress');
    await expect(page.el).to.be.accessible();
    // The adapter refuses it too, whatever the form does (R12).
    const [free] = await adapter.getAvailability({
      serviceId: 'cleaning',
      start: '2026-12-01T00:00:00Z',
      end: '2026-12-03T00:00:00Z',
    });
    const refused = await adapter
      .book({
        serviceId: 'cleaning',
        start: free.start,
        customer: { name: 'Only A Name', timeZone: ZONE },
        answers: [{ questionId: 'first-visit', answer: 'Yes' }],
        consent: { accepted: true },
        idempotencyKey: 'contact-check',
      })
      .then(
        () => undefined,
        (e: unknown) => e as BookingError,
      );
    expect(refused?.code).to.equal('invalid-input');
    expect(refused?.issues.map((i) => i.path)).to.deep.equal(['customer.emailAddress']);
    await page.type('phone', '+45 12 34 56 78');
    page.bookButton.click();
    await page.waitForHeading('You’re booked');
  });

  it('R11: two customers book the same time at once: one confirmation, one clear "just taken" with fresh times', async () => {
    const config = await loadContoso();
    // One-to-one service with a single staff member, so the two bookings truly collide.
    config.services[0].staffMemberIds = ['anna'];
    const db = `race-${Date.now()}`;
    const a = await mount(config, NOW, ZONE, makeAdapter(config, NOW, db));
    const b = await mount(config, NOW, ZONE, makeAdapter(config, NOW, db));
    for (const p of [a.page, b.page]) {
      await p.waitForHeading('Choose a service');
      p.serviceButton('Dental cleaning').click();
      await p.waitForHeading('Choose a time');
      const times = await p.waitForTimes();
      // A time in the middle of the day, so there are free times on both sides of it.
      times[4].click();
      await p.waitForHeading('Your details');
      await p.type('name', 'Same Time');
      await p.type('emailAddress', 'same@example.com');
      deepQuery<HTMLInputElement>(p.root, 'input[name="answer:first-visit"]')!.click();
      (p.field('consent') as HTMLInputElement).click();
    }
    const takenTime = a.page.el.shadowRoot!.querySelector('.choice-summary')!.textContent;
    const takenStart = (a.page.el as unknown as { chosenSlot: { start: string } }).chosenSlot.start;
    const takenDay = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(Date.parse(takenStart));
    a.page.bookButton.click();
    b.page.bookButton.click();
    await waitUntil(
      () => [a.page, b.page].every((p) => p.heading === 'You’re booked' || p.heading === 'Choose a time'),
      'both bookings finish',
      { timeout: 15000 },
    );
    const winners = [a.page, b.page].filter((p) => p.heading === 'You’re booked');
    const losers = [a.page, b.page].filter((p) => p.heading === 'Choose a time');
    expect(winners.length).to.equal(1);
    expect(losers.length).to.equal(1);
    const loser = losers[0];
    expect(loser.notice).to.equal('That time was just taken. Here are the nearest times still free that day.');
    const fresh = await loser.waitForTimes();
    expect(fresh.length).to.be.greaterThan(0);
    expect(takenTime).to.be.a('string');
    // It stays on the day that was chosen, and offers that day's nearest free times first.
    const chosenDay = deepQuery(loser.root, '[part~="day"][part~="selected"]')!.dataset.day!;
    expect(chosenDay).to.equal(takenDay);
    const nearestList = deepQuery(loser.root, '.nearest booking-slot-list')!;
    await (nearestList as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const nearest = [...nearestList.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part~="slot"]')].map((b) =>
      Date.parse(b.dataset.start!),
    );
    expect(nearest.length).to.be.within(1, 3);
    expect(nearest).not.to.include(Date.parse(takenStart));
    const others = fresh.map((b) => Date.parse(b.dataset.start!)).filter((t) => !nearest.includes(t));
    const gap = (t: number) => Math.abs(t - Date.parse(takenStart));
    expect(Math.max(...nearest.map(gap))).to.be.at.most(Math.min(...others.map(gap)));
    // The details are kept: choosing another time returns to a filled form.
    fresh[0].click();
    await loser.waitForHeading('Your details');
    expect((loser.field('name') as HTMLInputElement).value).to.equal('Same Time');
    expect((loser.field('consent') as HTMLInputElement).checked).to.equal(true);
  });

  it('R2: a New York viewer of a Copenhagen business sees the right times while only the US is on summer time', async () => {
    const config = await loadContoso();
    // 15 March 2027: New York has switched (EDT, UTC−4), Copenhagen not yet (CET, UTC+1): 5 hours apart.
    const now = Date.parse('2027-03-15T12:00:00Z');
    const { page } = await mount(config, now, 'America/New_York', undefined, 'en-US');
    await page.waitForHeading('Choose a service');
    page.serviceButton('Dental cleaning').click();
    await page.waitForHeading('Choose a time');
    const day = page.calendarDay('2027-03-16')!;
    day.click();
    await page.waitForTimes();
    await waitUntil(() => page.timeLabels()[0]?.includes('March 16'));
    // Copenhagen opens at 08:00 CET = 07:00 UTC = 3:00 AM EDT.
    expect(page.timeLabels()[0]).to.equal('3:00 AM, Tuesday, March 16, 2027, EDT');
    expect(page.root.textContent).to.not.contain('undefined');
    const note = deepQuery(page.root, '.zone-note')!.textContent;
    expect(note).to.contain('Eastern Daylight Time');
  });

  it('R17: an unpublished page says it is not taking bookings', async () => {
    const config = await loadContoso();
    config.bookingPageSettings.isPublished = false;
    const { page } = await mount(config);
    await waitUntil(() => page.root.textContent.includes('isn’t taking online bookings'), 'unpublished message', {
      timeout: 10000,
    });
    expect(page.serviceButtons().length).to.equal(0);
    await expect(page.el).to.be.accessible();
  });

  it('R17: an organisation-only page asks the customer to sign in', async () => {
    const config = await loadContoso();
    config.bookingPageSettings.accessControl = 'restrictedToOrganization';
    const { page } = await mount(config);
    await waitUntil(() => page.root.textContent.includes('Only people signed in'), 'sign-in message', {
      timeout: 10000,
    });
    expect(page.serviceButtons().length).to.equal(0);
    await expect(page.el).to.be.accessible();
  });

  it('jumps to the next free day when this month has none, and explains an empty month', async () => {
    const config = await loadContoso();
    config.schedulingPolicy.customAvailabilities.push({
      startDate: '2026-12-20',
      endDate: '2026-12-31',
      availabilityType: 'notBookable',
    });
    const now = Date.parse('2026-12-20T08:00:00Z');
    const { page } = await mount(config, now);
    await page.waitForHeading('Choose a service');
    page.serviceButton('Dental cleaning').click();
    await page.waitForHeading('Choose a time');
    // December is closed from the 20th and 1 January is a closure: the first free day is Saturday the 2nd.
    await page.waitForTimes();
    expect(page.timeLabels()[0]).to.contain('2 January 2027');
    const prev = deepQueryAll<HTMLButtonElement>(page.root, '.nav button')[0];
    prev.click();
    await waitUntil(() => deepQuery(page.root, '.empty')?.textContent?.includes('Next free day'), 'empty month', {
      timeout: 10000,
    });
    const empty = deepQuery(page.root, '.empty')!;
    expect(empty.textContent).to.contain('No free times this month.');
    expect(empty.textContent).to.contain('Next free day: Saturday, 2 January 2027');
    await expect(page.el).to.be.accessible();
    (empty.querySelector('button') as HTMLButtonElement).click();
    await page.waitForTimes();
    expect(page.timeLabels()[0]).to.contain('2 January 2027');
  });

  it('a one-service page shows only that service and starts at the time step', async () => {
    const config = await loadContoso();
    const adapter = makeAdapter(config, NOW);
    const el = await fixture<BookingPage>(
      html`<booking-page
        lang="en-GB"
        time-zone=${ZONE}
        service="back-care-class"
        .adapter=${adapter}
        .clock=${() => NOW}
      ></booking-page>`,
    );
    const page = new BookingPagePage(el);
    await page.waitForHeading('Choose a time');
    await page.waitForTimes();
    // R8: a class shows seats; R10: the class's policy hides the staff picker
    expect(page.timeLabels()[0]).to.contain('8 seats left');
    expect(page.staffLabels().length).to.equal(0);
  });

  describe('one-service links (?service= and ?staff= in the page URL)', () => {
    let original = '';
    beforeEach(() => {
      original = location.href;
    });
    afterEach(() => history.replaceState(null, '', original));
    const withQuery = (query: string) => {
      const url = new URL(location.href);
      for (const [k, v] of new URLSearchParams(query)) url.searchParams.set(k, v);
      history.replaceState(null, '', url);
    };
    const checkedStaff = (page: BookingPagePage) => page.staffOptions().find((o) => o.checked)?.value ?? '(none)';

    it('a link with ?service=…&staff=… opens that service with that staff member chosen', async () => {
      withQuery('service=video-consultation&staff=carl');
      const { page } = await mount(await loadContoso());
      await page.waitForHeading('Choose a time');
      await page.waitForTimes();
      expect(checkedStaff(page)).to.equal('carl');
      // Only that service: no way back to a list of others, and two steps instead of three.
      expect(page.root.querySelector('.step-top .back')).to.equal(null);
      expect(page.root.querySelector('.step-top .count')?.textContent).to.contain('1 of 2');
    });

    it('the link in the confirmation e-mail opens the booking on the manage page (also an older ?appointment-id= link)', async () => {
      const config = await loadContoso();
      const { page, adapter } = await mount(config);
      await page.waitForHeading('Choose a service');
      const slots = await adapter.getAvailability({
        serviceId: 'cleaning',
        start: '2026-12-01T00:00:00Z',
        end: '2026-12-02T00:00:00Z',
      });
      const { appointment, manageToken } = await adapter.book({
        serviceId: 'cleaning',
        start: slots[0].start,
        customer: { name: 'Link Follower', emailAddress: 'link@example.com', timeZone: ZONE },
        answers: [{ questionId: 'first-visit', selectedOptions: ['Yes'] }],
        consent: { accepted: true },
        idempotencyKey: 'email-link-1',
      });
      const outbox = await adapter.asStaff('anna').listOutbox({ appointmentId: appointment.id });
      const mail = outbox.find((m) => m.recipient.role === 'customer' && m.kind === 'confirmation')!;
      const link = /(#appointment=\S+)/.exec(mail.body)?.[1] ?? '';
      expect(link).to.equal(`#appointment=${appointment.id}&token=${manageToken}`);

      for (const url of [link, `?appointment-id=${appointment.id}&token=${manageToken}`]) {
        history.replaceState(null, '', new URL(url, original));
        const manage = await fixture<BookingManage>(
          html`<booking-manage
            lang="en-GB"
            time-zone=${ZONE}
            .adapter=${adapter}
            .clock=${() => NOW}
          ></booking-manage>`,
        );
        await waitUntil(() => manage.shadowRoot!.querySelector('h3')?.textContent === 'Your booking', url, {
          timeout: 10000,
        });
        expect(manage.shadowRoot!.textContent).to.contain('Tuesday, 1 December 2026 at 08:00');
      }
    });

    it('an unknown ?service= is ignored: every service is offered', async () => {
      withQuery('service=no-such-service');
      const { page } = await mount(await loadContoso());
      await page.waitForHeading('Choose a service');
      expect(page.serviceButton('Dental cleaning')).to.exist;
      expect(page.serviceButton('Video consultation')).to.exist;
    });

    it('the staff attribute preselects on a multi-service page, only for services they perform', async () => {
      const config = await loadContoso();
      const el = await fixture<BookingPage>(
        html`<booking-page
          lang="en-GB"
          time-zone=${ZONE}
          staff="dora"
          .adapter=${makeAdapter(config, NOW)}
          .clock=${() => NOW}
        ></booking-page>`,
      );
      const page = new BookingPagePage(el);
      await page.waitForHeading('Choose a service');
      page.serviceButton('Dental cleaning').click();
      await page.waitForHeading('Choose a time');
      await page.waitForTimes();
      expect(checkedStaff(page)).to.equal('dora');
      // Back, and a service Dora doesn't perform: "Anyone".
      page.root.querySelector<HTMLButtonElement>('.step-top .back')!.click();
      await page.waitForHeading('Choose a service');
      page.serviceButton('Video consultation').click();
      await page.waitForHeading('Choose a time');
      await page.waitForTimes();
      expect(checkedStaff(page)).to.equal('');
    });
  });

  it('the page styles nested parts with ::part(), state words included (exportparts)', async () => {
    const style = document.createElement('style');
    style.textContent = `
      booking-page::part(slot) { outline: 3px solid rgb(1, 2, 3); }
      booking-page::part(day selected) { outline: 3px solid rgb(4, 5, 6); }
      booking-page::part(option selected) { outline: 3px solid rgb(7, 8, 9); }
      booking-page::part(select) { outline: 3px solid rgb(10, 11, 12); }
      booking-page::part(field consent) { outline: 3px solid rgb(13, 14, 15); }`;
    document.head.append(style);
    try {
      const config = await loadContoso();
      const { page } = await mount(config);
      await page.waitForHeading('Choose a service');
      page.serviceButton('Dental cleaning').click();
      await page.waitForHeading('Choose a time');
      const times = await page.waitForTimes();
      const outline = (el: Element | null | undefined) => (el ? getComputedStyle(el).outlineColor : 'missing');
      expect(outline(times[0])).to.equal('rgb(1, 2, 3)');
      expect(outline(deepQuery(page.root, '[part~="day"][part~="selected"]'))).to.equal('rgb(4, 5, 6)');
      expect(outline(deepQuery(page.root, '[part~="option"][part~="selected"]'))).to.equal('rgb(7, 8, 9)');
      expect(outline(deepQuery(page.root, '[part~="select"]'))).to.equal('rgb(10, 11, 12)');
      // A day that is not selected doesn't take the selected style.
      const other = deepQueryAll(page.root, '[part~="day"]').find((d) => !d.part.contains('selected'));
      expect(outline(other)).not.to.equal('rgb(4, 5, 6)');
      times[0].click();
      await page.waitForHeading('Your details');
      await waitUntil(() => deepQuery(page.root, '[part~="field"][part~="consent"]'), 'details form');
      expect(outline(deepQuery(page.root, '[part~="field"][part~="consent"]'))).to.equal('rgb(13, 14, 15)');
    } finally {
      style.remove();
    }
  });

  it('fires no events when properties are set', async () => {
    const config = await loadContoso();
    const { page } = await mount(config);
    const events = recordEvents(page.el);
    await page.waitForHeading('Choose a service');
    page.el.service = 'cleaning';
    page.el.timeZone = 'America/New_York';
    await page.el.updateComplete;
    await page.waitForHeading('Choose a time');
    expect(Object.values(events).flat().length).to.equal(0);
  });
});
