// The host page must not move when the booking page arrives (Core Web Vitals' cumulative layout
// shift, which search engines rank site owners by): while it loads, <booking-page> draws a
// placeholder of its first step's size (header, step line, heading, service cards), so the page
// that replaces it leaves what follows in place. Measured with the browser's own layout-shift
// entries, on a paragraph below the element, as Lighthouse would.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { BookingAdapter } from '../../src/contract/adapter.js';
import type { BookingPage } from '../../src/elements/booking-page/booking-page.js';
import { deleteDatabases, loadContoso, makeAdapter } from '../helpers/fixtures.js';

// Monday 30 November 2026, 08:00 in Copenhagen.
const NOW = Date.parse('2026-11-30T07:00:00Z');

interface Shift {
  value: number;
  hadRecentInput: boolean;
}

/** The layout shift recorded while `during` runs, summed as Lighthouse sums it (no recent input). */
async function layoutShift(during: () => Promise<void>): Promise<number> {
  const shifts: Shift[] = [];
  const observer = new PerformanceObserver((list) => shifts.push(...(list.getEntries() as unknown as Shift[])));
  observer.observe({ type: 'layout-shift' });
  await during();
  // Entries are delivered after the frame that shifted: let two frames pass.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  shifts.push(...(observer.takeRecords() as unknown as Shift[]));
  observer.disconnect();
  return shifts.filter((s) => !s.hadRecentInput).reduce((sum, s) => sum + s.value, 0);
}

describe('<booking-page>: no layout shift as it loads', () => {
  afterEach(deleteDatabases);

  for (const width of [1280, 375]) {
    it(`at ${width} px, what follows the element does not move when the page arrives`, async () => {
      const real = makeAdapter(await loadContoso(), NOW);
      let release!: () => void;
      const arrived = new Promise<void>((resolve) => (release = resolve));
      const delayed: BookingAdapter = {
        getBookingPage: async (i, o) => {
          await arrived;
          return real.getBookingPage(i, o);
        },
        getAvailability: (i, o) => real.getAvailability(i, o),
        book: (i, o) => real.book(i, o),
        getBooking: (i, o) => real.getBooking(i, o),
        reschedule: (i, o) => real.reschedule(i, o),
        cancel: (i, o) => real.cancel(i, o),
      };
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: ${width}px">
          <booking-page
            lang="en-GB"
            time-zone="Europe/Copenhagen"
            .adapter=${delayed}
            .clock=${() => NOW}
          ></booking-page>
          <p class="below">What the site has below the widget.</p>
        </div>`,
      );
      const element = wrapper.querySelector<BookingPage>('booking-page')!;
      const root = element.shadowRoot!;
      await waitUntil(() => root.querySelector('.skeleton.card'), 'the placeholder shows');
      const below = wrapper.querySelector('.below')!;
      const before = below.getBoundingClientRect().top;

      const shift = await layoutShift(async () => {
        release();
        await waitUntil(() => root.querySelector('[part~="service"]'), 'the services show');
        await element.updateComplete;
      });
      const after = below.getBoundingClientRect().top;
      // The contoso services' descriptions make each card a little taller or shorter than the
      // placeholder's; the total stays within a few pixels on a wide page, a card's line on a phone.
      expect(Math.abs(after - before), `moved from ${before} to ${after}`).to.be.at.most(width > 480 ? 8 : 64);
      expect(shift).to.be.at.most(0.02);
    });
  }
});
