// Screenshots of repeat bookings (issue 20) for people to look at, not a test: the booking page's
// series step with a taken date and its alternatives, the manage link's series view, and the back
// office's series. Saves PNGs to the folder given (default .tmp/screenshots).
// Usage: node tools/screenshots-series.mjs [out-folder]
/* global document, window */
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';
import { findChromium } from './find-chromium.mjs';

const out = process.argv[2] ?? '.tmp/screenshots';
mkdirSync(out, { recursive: true });

const server = await createServer({
  configFile: new URL('../vite.config.ts', import.meta.url).pathname,
  mode: 'demo',
  server: { port: 5198, strictPort: false },
  logLevel: 'error',
});
await server.listen();
const base = server.resolvedUrls.local[0];
// The demo's root is demo/: the library's sources are reached through Vite's /@fs/ prefix.
const SRC = `/@fs${new URL('../src', import.meta.url).pathname}`;
const browser = await puppeteer.launch({
  executablePath: findChromium(),
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--no-first-run',
    '--disable-background-networking',
  ],
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

const deep = (selector) => `(() => {
  const walk = (root) => {
    const hit = root.querySelector(${JSON.stringify(selector)});
    if (hit) return hit;
    for (const el of root.querySelectorAll('*')) { const f = el.shadowRoot && walk(el.shadowRoot); if (f) return f; }
    return null;
  };
  return walk(document);
})()`;
const waitFor = (page, selector) => page.waitForFunction(`!!${deep(selector)}`, { timeout: 20000 });
const click = async (page, selector) => {
  await waitFor(page, selector);
  await (await page.evaluateHandle(deep(selector))).asElement().click();
};
const clickText = async (page, selector, label) => {
  await page.waitForFunction(
    `(() => { const all = []; const walk = (r) => { all.push(...r.querySelectorAll(${JSON.stringify(selector)})); for (const el of r.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot); }; walk(document); const b = all.find((x) => x.textContent.trim().startsWith(${JSON.stringify(label)})); if (b) { b.click(); return true; } return false; })()`,
    { timeout: 20000 },
  );
};
const shot = async (page, name) => {
  await new Promise((r) => setTimeout(r, 400));
  const path = `${out}/series-${name}.png`;
  await page.screenshot({ path, fullPage: true });
  console.log(path);
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
  await browser.close();
  await server.close();
}
