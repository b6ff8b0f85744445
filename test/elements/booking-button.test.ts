import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { BookingButton } from '../../src/elements/booking-button/booking-button.js';
import type { BookingConfirmedEvent } from '../../src/events/booking-confirmed.js';
import { BookingButtonPage } from '../helpers/booking-button.page.js';
import { deepActiveElement } from '../helpers/booking-page.page.js';
import { deleteDatabases, loadContoso, makeAdapter } from '../helpers/fixtures.js';

// Monday 30 November 2026, 08:00 in Copenhagen.
const NOW = Date.parse('2026-11-30T07:00:00Z');
const ZONE = 'Europe/Copenhagen';

async function mount(template = html``) {
  const config = await loadContoso();
  const adapter = makeAdapter(config, NOW);
  const wrapper = await fixture<HTMLDivElement>(
    html`<div>
      <a id="outside" href="#elsewhere">Somewhere else</a>
      <booking-button id="book" lang="en-GB" time-zone=${ZONE} .adapter=${adapter} .clock=${() => NOW}></booking-button>
      ${template}
    </div>`,
  );
  const el = wrapper.querySelector<BookingButton>('booking-button')!;
  await el.updateComplete;
  return { wrapper, button: new BookingButtonPage(el), adapter };
}

describe('<booking-button>', () => {
  afterEach(async () => {
    document.documentElement.style.overflow = '';
    await setViewport({ width: 800, height: 600 });
    await deleteDatabases();
  });

  it('opens from its button in a modal dialog, moves focus in, and gives it back on Escape', async () => {
    const { button } = await mount();
    expect(button.button?.textContent?.trim()).to.equal('Book now');
    expect(button.dialog, 'the popup loads on first opening').to.equal(null);
    await expect(button.el).to.be.accessible();

    button.button!.focus();
    await button.press('Enter');
    await button.waitOpen();
    expect(button.dialog!.matches(':modal'), 'modal: the page behind is inert').to.equal(true);
    expect(button.el.matches(':state(open)')).to.equal(true);
    expect(button.button!.getAttribute('aria-expanded')).to.equal('true');
    expect(button.focusInside(), 'focus moved into the popup').to.equal(true);
    expect(document.documentElement.style.overflow, 'the page behind does not scroll').to.equal('hidden');
    await button.page.waitForHeading('Choose a service');
    await expect(button.el).to.be.accessible();

    await button.press('Escape');
    await button.waitClosed();
    expect(deepActiveElement(), 'focus returns to the button').to.equal(button.button);
    expect(document.documentElement.style.overflow).to.equal('');
    expect(button.el.matches(':state(open)')).to.equal(false);
    expect(button.button!.getAttribute('aria-expanded')).to.equal('false');
  });

  it('opens from any element with data-booking-open, and its close button returns focus there', async () => {
    const { button, wrapper } = await mount(
      html`<a id="header-link" href="/book" data-booking-open>Book an appointment</a>
        <button id="cleaning" type="button" data-booking-open="#book" data-booking-service="cleaning">
          Book a cleaning
        </button>`,
    );
    const link = wrapper.querySelector<HTMLAnchorElement>('#header-link')!;
    const before = location.href;
    link.focus();
    link.click();
    await button.waitOpen();
    expect(location.href, 'the link did not navigate').to.equal(before);
    await button.page.waitForHeading('Choose a service');
    button.closeButton!.click();
    await button.waitClosed();
    expect(deepActiveElement()).to.equal(link);

    // A named button, with a service chosen by the element that opens it.
    const cleaning = wrapper.querySelector<HTMLButtonElement>('#cleaning')!;
    cleaning.focus();
    cleaning.click();
    await button.waitOpen();
    await button.page.waitForHeading('Choose a time');
    expect(button.page.root.textContent).to.contain('Dental cleaning');
    await button.press('Escape');
    await button.waitClosed();
    expect(deepActiveElement()).to.equal(cleaning);
  });

  it('books through the popup; the events bubble out, and the next opening starts afresh', async () => {
    const { button, adapter } = await mount();
    const confirmed: BookingConfirmedEvent[] = [];
    const viewed: Event[] = [];
    button.el.addEventListener('booking-confirmed', (e) => confirmed.push(e));
    button.el.addEventListener('booking-viewed', (e) => viewed.push(e));
    await button.el.open({ service: 'video-consultation' });
    const page = button.page;
    await page.waitForHeading('Choose a time');
    expect(viewed.length, 'booking-viewed once').to.equal(1);
    (await page.waitForTimes())[0].click();
    await page.waitForHeading('Your details');
    await page.type('name', 'Ole Popup');
    await page.type('emailAddress', 'ole@example.com');
    await page.type('answer:health-notes', 'None');
    (page.field('consent') as HTMLInputElement).click();
    page.bookButton.click();
    await page.waitForHeading('You’re booked');
    expect(confirmed.length).to.equal(1);
    const stored = await adapter
      .asStaff('anna')
      .listAppointments({ start: '2026-11-01T00:00:00Z', end: '2027-03-01T00:00:00Z' });
    expect(stored.map((a) => a.customer.name)).to.include('Ole Popup');
    await expect(button.el).to.be.accessible();

    button.el.close();
    await button.waitClosed();
    await button.el.open({ service: 'video-consultation' });
    await button.page.waitForHeading('Choose a time');
  });

  it('keeps the flow where the customer left it when they close without booking', async () => {
    const { button } = await mount();
    await button.el.open();
    await button.page.waitForHeading('Choose a service');
    button.page.serviceButton('Video consultation').click();
    await button.page.waitForHeading('Choose a time');
    button.el.close();
    await button.waitClosed();
    await button.el.open();
    await button.page.waitForHeading('Choose a time');
  });

  it('floats in a corner, or shows no button of its own', async () => {
    const config = await loadContoso();
    const adapter = makeAdapter(config, NOW);
    const floating = await fixture<BookingButton>(
      html`<booking-button floating="bottom-left" .adapter=${adapter} .clock=${() => NOW}
        >Book a visit</booking-button
      >`,
    );
    const f = new BookingButtonPage(floating);
    expect(f.button!.getAttribute('part')).to.equal('button floating');
    const style = getComputedStyle(f.button!);
    expect(style.position).to.equal('fixed');
    expect(Number.parseFloat(style.left)).to.be.lessThan(40);
    expect(Number.parseFloat(style.bottom)).to.be.lessThan(40);
    await expect(floating).to.be.accessible();

    const hidden = await fixture<BookingButton>(
      html`<booking-button no-button .adapter=${adapter} .clock=${() => NOW}></booking-button>`,
    );
    expect(new BookingButtonPage(hidden).button).to.equal(null);
    await hidden.open();
    await new BookingButtonPage(hidden).waitOpen();
    hidden.close();
  });

  it('fills the screen on a phone', async () => {
    await setViewport({ width: 375, height: 700 });
    const { button } = await mount();
    await button.el.open();
    await button.waitOpen();
    const box = button.dialog!.getBoundingClientRect();
    expect(Math.round(box.width)).to.equal(375);
    expect(Math.round(box.height)).to.equal(700);
    await button.page.waitForHeading('Choose a service');
    await expect(button.el).to.be.accessible();
    button.el.close();
    await button.waitClosed();
  });

  it('fires no event when its properties are set', async () => {
    const { button } = await mount();
    const seen: string[] = [];
    for (const name of ['booking-viewed', 'booking-service-selected', 'booking-confirmed']) {
      button.el.addEventListener(name, () => seen.push(name));
    }
    button.el.service = 'cleaning';
    button.el.floating = 'bottom-right';
    await button.el.updateComplete;
    await waitUntil(() => true);
    expect(seen).to.deep.equal([]);
  });
});
