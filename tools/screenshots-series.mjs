// Screenshots of repeat bookings (issue 20) for people to look at, not a test: the booking page's
// series step with a taken date and its alternatives, the manage link's series view, and the back
// office's series. Saves PNGs to the folder given (default .tmp/screenshots).
// Usage: node tools/screenshots-series.mjs [out-folder]
/* global document, window */
import { click as clickLabel, openDemo, query, shot as save, wait } from './screenshot-kit.mjs';

const {
  base,
  browser,
  close,
  out,
  src: SRC,
} = await openDemo({
  port: 5198,
  out: process.argv[2] ?? '.tmp/screenshots',
});

/** Runs `body` in the page with the library loaded, on an empty document. */
async function setUp(page) {
  await page.goto(`${base}`, { waitUntil: 'networkidle0' });
  await page.evaluate(async (src) => {
    document.body.innerHTML = '';
    document.body.style.cssText = 'margin:0;padding:24px;font-family:system-ui;max-width:760px';
    await import(`${src}/define.ts`);
    const { ReferenceAdapter } = await import(`${src}/adapters/index.ts`);
    const { contractConfig, cph, CONTRACT_NOW } = await import(`${src}/testing/index.ts`);
    const config = contractConfig();
    Object.assign(
      config[0].services.find((s) => s.id === 'consult'),
      { isRepeatBookingAllowed: true, maximumOccurrences: 6 },
    );
    const adapter = new ReferenceAdapter({ config, storage: 'memory', now: () => CONTRACT_NOW, random: () => 0.5 });
    const other = (start, name) => ({
      serviceId: 'consult',
      staffMemberId: 'ann',
      start,
      customer: { name, emailAddress: `${name.toLowerCase()}@example.com`, timeZone: 'Europe/Copenhagen' },
      answers: [{ questionId: 'insurance', answer: 'X-1' }],
      consent: { accepted: true },
      idempotencyKey: `k-${name}-${start}`,
    });
    await adapter.book(other(cph('2026-03-17', '09:00'), 'Other'));
    const { series, manageToken } = await adapter.bookSeries({
      ...other(cph('2026-03-04', '11:00'), 'Jane'),
      repeat: { frequency: 'weekly', count: 4 },
      occurrences: ['2026-03-04', '2026-03-11', '2026-03-18', '2026-03-25'].map((d) => ({
        occurrence: cph(d, '11:00'),
      })),
    });
    Object.assign(window, { adapter, cph, CONTRACT_NOW, series, manageToken });
  }, SRC);
}

const deep = (selector) => query(selector);
const waitFor = (page, selector) => wait(page, selector, undefined, { name: 'series', out });
const click = (page, selector) => clickLabel(page, selector);
const clickText = (page, selector, label) => clickLabel(page, selector, label);
const shot = async (page, name) => {
  await new Promise((r) => setTimeout(r, 100));
  await save(page, out, `series-${name}`);
};

try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.emulateTimezone('Europe/Copenhagen');
  await page.setViewport({ width: 760, height: 900 });

  // The booking page: Tuesday 3 March 09:00 with Ann, weekly; the third Tuesday is taken.
  await setUp(page);
  await page.evaluate(() => {
    const el = document.createElement('booking-page');
    el.setAttribute('lang', 'en-GB');
    el.setAttribute('time-zone', 'Europe/Copenhagen');
    el.adapter = window.adapter;
    el.clock = () => window.CONTRACT_NOW;
    document.body.append(el);
  });
  await click(page, '[data-service="consult"]');
  await click(page, 'input[name="staff"][value="ann"]');
  await click(page, '[data-day="2026-03-03"]').catch(() => undefined);
  await clickText(page, 'button[part~="slot"]', '09:00');
  await click(page, '.series input[type="checkbox"]');
  await waitFor(page, '[part~="series-dates"] li.taken');
  await shot(page, 'booking-conflict');

  // The manage link of the second date of Jane's series.
  await setUp(page);
  await page.evaluate(() => {
    const el = document.createElement('booking-manage');
    el.setAttribute('lang', 'en-GB');
    el.setAttribute('appointment-id', window.series.appointments[1].id);
    el.setAttribute('token', window.manageToken);
    el.adapter = window.adapter;
    el.clock = () => window.CONTRACT_NOW;
    document.body.append(el);
  });
  await waitFor(page, '[part~="series-dates"] li');
  await shot(page, 'manage');
  await clickText(page, 'button', 'Cancel this and all that follow');
  await waitFor(page, 'textarea#reason');
  await shot(page, 'manage-cancel-following');

  // The back office: the calendar on Wednesday 11 March, the series' second date selected.
  await setUp(page);
  await page.setViewport({ width: 1280, height: 900 });
  await page.evaluate(() => {
    document.body.style.maxWidth = 'none';
    const el = document.createElement('booking-admin');
    el.setAttribute('lang', 'en-GB');
    el.setAttribute('section', 'calendar');
    el.adapter = window.adapter.asStaff('ann');
    el.bookingAdapter = window.adapter;
    el.clock = () => window.CONTRACT_NOW;
    document.body.append(el);
  });
  await waitFor(page, 'booking-admin-calendar');
  await page.evaluate(
    `(async () => { const c = ${deep('booking-admin-calendar')}; c.date = '2026-03-11'; await c.updateComplete; c.refresh(); })()`,
  );
  await new Promise((r) => setTimeout(r, 1500));
  await clickText(page, 'button', '11:00');
  await waitFor(page, '[part~="series-dates"] li');
  await shot(page, 'backoffice');
} finally {
  await close();
}
