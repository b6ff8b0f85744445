// Photographs the waitlist's screens (issue 20) in headless Chromium: a full day with its "Join the
// waiting list", the join form, the joined screen, the private link's place, the offer to claim,
// and the staff's list. For people to look at, not a test.
// Usage: node tools/screenshots-waitlist.mjs [out-dir]   (default .tmp/screenshots)
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';
import { findChromium } from './find-chromium.mjs';

const out = process.argv[2] ?? '.tmp/screenshots';
mkdirSync(out, { recursive: true });
const scenes = fileURLToPath(new URL('../test/helpers/waitlist-shots-page.ts', import.meta.url));

const server = await createServer({
  configFile: new URL('../vite.config.ts', import.meta.url).pathname,
  mode: 'demo',
  server: { port: 5197, strictPort: false },
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

const FIND = `(selector, label) => {
  const norm = (s) => (s ?? '').replace(/\\s+/g, ' ').trim();
  const ok = (el) => label === undefined || norm(el.textContent) === label || norm(el.textContent).startsWith(label);
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
const q = (s, l) => `(${FIND})(${JSON.stringify(s)}, ${l === undefined ? 'undefined' : JSON.stringify(l)})`;
const find = (page, s, l) => page.evaluateHandle(q(s, l));
const wait = (page, s, l) => page.waitForFunction(`!!${q(s, l)}`, { timeout: 20000 });
const settle = (page) => page.waitForFunction(`!${q('[aria-busy="true"]')}`, { timeout: 20000 });
const shot = async (page, name) => {
  await settle(page);
  await new Promise((r) => setTimeout(r, 300));
  await page.screenshot({ path: `${out}/${name}.png`, fullPage: true });
  console.log(`${out}/${name}.png`);
};

try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1024, height: 900 });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`${base}manage.html`);
  await page.evaluate(`import('/@fs${scenes}')`);
  await page.waitForFunction('!!window.wl', { timeout: 30000 });

  // The booking page: Wednesday is full; its waiting list is offered.
  await page.evaluate('window.wl.page()');
  await wait(page, 'button[part~="slot"]');
  await (await find(page, `[data-day="${'2026-03-04'}"][part~="day"]`)).click();
  await wait(page, 'button[slot="waitlist"]');
  await shot(page, 'waitlist-1-full-day');
  await (await find(page, 'button[slot="waitlist"]')).click();
  await wait(page, 'h3.step', 'Join the waiting list');
  await (await find(page, 'input[name="name"]')).type('Dee Lane');
  await (await find(page, 'input[name="emailAddress"]')).type('dee@example.com');
  await (await find(page, 'input[name="consent"]')).click();
  await shot(page, 'waitlist-2-join-form');
  await (await find(page, 'button[type="submit"]')).click();
  await wait(page, 'h3.step', 'You are on the waiting list');
  await shot(page, 'waitlist-3-joined');
  const href = await page.evaluate(`${q('.actions a')}.href`);
  const hash = new URL(href).hash.slice(1);

  // Two more people join; the private link shows Dee's place.
  await page.evaluate('window.wl.others()');
  await page.evaluate(`window.wl.manage(${JSON.stringify(hash)})`);
  await wait(page, '.status');
  await shot(page, 'waitlist-4-place');

  // A seat is cancelled: Dee is offered it, held for two hours.
  await page.evaluate('window.wl.cancelSeat()');
  await page.evaluate(`window.wl.manage(${JSON.stringify(hash)})`);
  await wait(page, 'h3', 'A place is free for you');
  await shot(page, 'waitlist-5-claim');

  // The staff's list.
  await page.evaluate('window.wl.admin()');
  await wait(page, '[part~="entry"]');
  await shot(page, 'waitlist-6-staff-list');

  // Dee claims the place.
  await page.evaluate(`window.wl.manage(${JSON.stringify(hash)})`);
  await wait(page, 'button', 'Claim this place');
  await (await find(page, 'button', 'Claim this place')).click();
  await wait(page, '.status', 'You claimed the place');
  await shot(page, 'waitlist-7-claimed');
} finally {
  await browser.close();
  await server.close();
}
