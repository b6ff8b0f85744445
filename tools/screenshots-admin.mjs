// Walks the demo's back office in headless Chromium and saves a screenshot of every section (and
// the booking dialogs) at desktop and tablet widths into .tmp/screenshots/ — for people to look
// at, not a test. A booking is made on the booking page first, so the calendar has something.
/* global window */
// Usage: node tools/screenshots-admin.mjs [--widths 1280,768] [--schemes light,dark]
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';
import { findChromium } from './find-chromium.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return (i > 0 ? process.argv[i + 1] : fallback).split(',');
};
const widths = arg('widths', '1280,768').map(Number);
const schemes = arg('schemes', 'light');
const out = '.tmp/screenshots';
mkdirSync(out, { recursive: true });

const server = await createServer({
  configFile: new URL('../vite.config.ts', import.meta.url).pathname,
  mode: 'demo',
  server: { port: 5198, strictPort: false },
  logLevel: 'error',
});
await server.listen();
const base = server.resolvedUrls.local[0];
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

// Runs in the page: the first element matching `selector` (and, if given, whose text or label is `label`)
// through every open shadow root.
const FIND = `(selector, label) => {
  const norm = (s) => (s ?? '').replace(/\\s+/g, ' ').trim();
  const ok = (el) => label === undefined || norm(el.textContent) === label || el.getAttribute('aria-label') === label || norm(el.textContent).startsWith(label);
  const walk = (root) => {
    for (const el of root.querySelectorAll(selector)) if (ok(el)) return el;
    for (const el of root.querySelectorAll('*')) {
      const found = el.shadowRoot && walk(el.shadowRoot);
      if (found) return found;
    }
    return null;
  };
  return walk(document);
}`;

const find = (page, selector, label) =>
  page.evaluateHandle(
    `(${FIND})(${JSON.stringify(selector)}, ${label === undefined ? 'undefined' : JSON.stringify(label)})`,
  );

const wait = async (page, selector, label, name = 'wait') => {
  try {
    await page.waitForFunction(
      `!!(${FIND})(${JSON.stringify(selector)}, ${label === undefined ? 'undefined' : JSON.stringify(label)})`,
      {
        timeout: 20000,
      },
    );
  } catch (e) {
    await page.screenshot({ path: `${out}/admin-failed-${name}.png`, fullPage: true });
    throw new Error(`${selector} ${label ?? ''} never appeared (see ${out}/admin-failed-${name}.png)`, { cause: e });
  }
};

/** Waits until no panel shows a loading skeleton or a busy task. */
const settle = async (page) => {
  await page.waitForFunction(
    `!(${FIND})('.loading, [aria-busy="true"]') && !(${FIND})('booking-time-picker:state(loading)')`,
    { timeout: 20000 },
  );
  await new Promise((r) => setTimeout(r, 300));
};

const click = async (page, selector, label) => {
  const handle = (await find(page, selector, label)).asElement();
  if (!handle) throw new Error(`nothing matches ${selector} ${label ?? ''}`);
  await handle.click();
};

const type = async (page, selector, text) => {
  await click(page, selector);
  await page.keyboard.type(text);
};

const shot = async (page, name, width, scheme) => {
  await page.evaluate(() => window.scrollTo(0, 0));
  await new Promise((r) => setTimeout(r, 250));
  const path = `${out}/admin-${name}-${width}-${scheme}.png`;
  await page.screenshot({ path, fullPage: true });
  console.log(path);
};

// Warm-up visit: lets Vite pre-bundle dependencies (which may reload the page once) before we drive it.
{
  const page = await browser.newPage();
  await page.goto(`${base}admin.html`, { waitUntil: 'networkidle0' });
  await wait(page, 'nav button', undefined, 'warmup');
  await new Promise((r) => setTimeout(r, 2000));
  await page.close();
}

try {
  for (const scheme of schemes) {
    for (const width of widths) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      page.on('pageerror', (e) => console.error('page error:', e.message));
      page.on('console', (msg) => msg.type() === 'error' && console.error('console:', msg.text()));
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      await page.emulateTimezone('Europe/Copenhagen');
      await page.setViewport({ width, height: 900 });

      // A customer books a cleaning on the booking page.
      await page.goto(base, { waitUntil: 'networkidle0' });
      await wait(page, '[part~="service"]', undefined, 'services');
      await click(page, '[part~="service"]');
      await wait(page, 'button[data-start]', undefined, 'slots');
      await click(page, 'button[data-start]');
      await wait(page, 'booking-details-form', undefined, 'details');
      await type(page, 'input[name="name"]', 'Mette Hansen');
      await type(page, 'input[name="emailAddress"]', 'mette@example.com');
      await click(page, 'input[name="answer:first-visit"]');
      await click(page, 'input[name="consent"]');
      await click(page, 'button[type="submit"]');
      await wait(page, '.done-mark', undefined, 'booked');

      // The back office, as the administrator.
      await page.goto(`${base}admin.html`, { waitUntil: 'networkidle0' });
      await wait(page, 'nav button', 'Calendar', 'admin');
      await settle(page);
      await shot(page, '01-calendar-today', width, scheme);
      await click(page, '.segmented button', 'Week');
      await settle(page);
      await shot(page, '02-calendar-week', width, scheme);
      // The week's staff-by-day layout: open the booked day from it, and the booking in it.
      await click(page, '.segmented button', 'By staff member');
      await settle(page);
      await click(page, 'button.chip');
      await settle(page);
      await shot(page, '03-calendar-week-details', width, scheme);
      // The day with the booking: the first column whose cell has one.
      await page.evaluate(`(() => {
        const find = ${FIND};
        const chip = find('button.chip');
        const cell = chip.closest('td');
        const index = [...cell.parentElement.children].indexOf(cell);
        const head = cell.closest('table').querySelectorAll('thead th')[index];
        head.querySelector('button').click();
      })()`);
      await settle(page);
      const hasSession = (await find(page, 'button.session')).asElement();
      if (hasSession) await hasSession.click();
      await settle(page);
      await shot(page, '04-calendar-day-details', width, scheme);

      // A booking on a customer's behalf.
      await click(page, '.toolbar button', '+ New booking');
      await wait(page, 'dialog[open]', undefined, 'dialog');
      await wait(page, 'button[data-start]', undefined, 'dialog-slots');
      await settle(page);
      await shot(page, '05-new-booking-dialog', width, scheme);
      await click(page, 'dialog button[type="submit"]');
      await settle(page);
      await shot(page, '06-new-booking-errors', width, scheme);
      await click(page, 'button[data-start]');
      await type(page, 'input[name="name"]', 'Lars Bo');
      await click(page, 'input[name="answer:first-visit"]');
      await click(page, 'dialog button[type="submit"]');
      await page.waitForFunction(`!(${FIND})('dialog[open]')`, { timeout: 20000 });
      await settle(page);
      await shot(page, '07-after-booking', width, scheme);
      await click(page, '.details button', 'Cancel booking');
      await wait(page, 'dialog[open]', undefined, 'cancel');
      await shot(page, '08-cancel-dialog', width, scheme);
      await click(page, 'dialog button', 'Keep it');

      for (const [n, name] of [
        ['09', 'Services'],
        ['10', 'Staff'],
        ['11', 'Business and booking page'],
        ['12', 'Customers'],
        ['13', 'Outbox'],
        ['14', 'Reports and data'],
        ['15', 'Why not bookable?'],
      ]) {
        await click(page, 'nav button', name);
        await settle(page);
        await shot(
          page,
          `${n}-${name
            .toLowerCase()
            .replace(/[^a-z]+/g, '-')
            .replace(/-$/, '')}`,
          width,
          scheme,
        );
      }
      await click(page, 'button[type="submit"]', 'Check');
      await wait(page, '.verdict', undefined, 'explain');
      await shot(page, '16-why-not-result', width, scheme);
      // A broken R5 policy, explained inline.
      await click(page, 'nav button', 'Business and booking page');
      await settle(page);
      const advance = (await find(page, 'input[id="schedulingPolicy.maximumAdvance"]')).asElement();
      await advance.click({ clickCount: 3 });
      await page.keyboard.type('1');
      await advance.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await page.screenshot({ path: `${out}/admin-17-policy-rule-${width}-${scheme}.png` });
      console.log(`${out}/admin-17-policy-rule-${width}-${scheme}.png`);

      // The same back office for a team member: their own calendar and availability only.
      await page.select('#sign-in-as', 'carl');
      await wait(page, 'header', 'Back office Contoso Clinic Signed in as Carl Madsen (Team member)', 'carl').catch(
        () => undefined,
      );
      await settle(page);
      await click(page, 'nav button', 'Calendar');
      await settle(page);
      await shot(page, '18-team-member-calendar', width, scheme);
      await click(page, 'nav button', 'Staff');
      await settle(page);
      await shot(page, '19-team-member-staff', width, scheme);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
