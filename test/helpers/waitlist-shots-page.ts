// The scenes tools/screenshots-waitlist.mjs photographs (issue 20): a studio whose Wednesday class is
// full, on the reference adapter in memory with a fixed clock. Loaded into a demo page by the script.
import '../../src/define.js';
import { ReferenceAdapter } from '../../src/adapters/index.js';
import type { BookResult } from '../../src/schemas/booking.js';
import { CLASS_START, FULL_DAY, WAITLIST_NOW, studioConfig } from './waitlist-fixture.js';

const adapter = new ReferenceAdapter({ config: studioConfig(), storage: 'memory', now: () => WAITLIST_NOW });
const seats: BookResult[] = [];
for (const name of ['Ada', 'Ben']) {
  seats.push(
    await adapter.book({
      serviceId: 'yoga',
      start: CLASS_START,
      customer: { name, emailAddress: `${name.toLowerCase()}@example.com`, timeZone: 'Europe/Copenhagen' },
      consent: { accepted: true },
      idempotencyKey: `seat-${name}-key`,
    }),
  );
}

function stage(markup: string): HTMLElement {
  document.body.innerHTML = `<main style="max-width: 960px; margin: 24px auto; padding: 0 16px">${markup}</main>`;
  return document.querySelector('main')!.firstElementChild as HTMLElement;
}

const clock = () => WAITLIST_NOW;

Object.assign(window, {
  wl: {
    FULL_DAY,
    page() {
      const el = stage('<booking-page lang="en-GB"></booking-page>');
      Object.assign(el, { adapter, clock });
    },
    async others() {
      for (const name of ['Eve Holm', 'Finn Dahl']) {
        await adapter.joinWaitlist({
          serviceId: 'yoga',
          date: FULL_DAY,
          customer: {
            name,
            emailAddress: `${name.split(' ')[0].toLowerCase()}@example.com`,
            timeZone: 'Europe/Copenhagen',
          },
          consent: { accepted: true },
        });
      }
    },
    manage(hash: string) {
      history.replaceState(null, '', `${location.pathname}#${hash}`);
      const el = stage('<booking-manage lang="en-GB"></booking-manage>');
      Object.assign(el, { adapter, clock });
    },
    async cancelSeat() {
      const seat = seats[0];
      await adapter.cancel({ appointmentId: seat.appointment.id, manageToken: seat.manageToken });
    },
    admin() {
      const el = stage('<booking-admin lang="en-GB" section="waitlist"></booking-admin>');
      Object.assign(el, { adapter: adapter.asStaff('mia'), bookingAdapter: adapter, clock });
    },
  },
});
