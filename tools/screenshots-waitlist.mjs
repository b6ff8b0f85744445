// Photographs the waitlist's screens (issue 20) in headless Chromium: a full day with its "Join the
// waiting list", the join form, the joined screen, the private link's place, the offer to claim,
// and the staff's list. For people to look at, not a test.
// Usage: node tools/screenshots-waitlist.mjs [out-dir]   (default .tmp/screenshots)
import { fileURLToPath } from 'node:url';
import { find, openDemo, query as q, settle, shot as save, wait } from './screenshot-kit.mjs';

const { base, browser, close, out } = await openDemo({ port: 5197, out: process.argv[2] ?? '.tmp/screenshots' });
const scenes = fileURLToPath(new URL('../test/helpers/waitlist-shots-page.ts', import.meta.url));
const shot = async (page, name) => {
  await settle(page);
  await save(page, out, name);
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
  await close();
}
