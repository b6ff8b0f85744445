// Walks the demo's booking flow in headless Chromium and saves a screenshot of every step at phone
// and desktop widths, light and dark, into .tmp/screenshots/ — for people to look at, not a test.
// Usage: node tools/screenshots.mjs [--widths 375,1280] [--schemes light,dark]
import { cliList, click, find as deepFind, openDemo, type, wait as waitFor } from './screenshot-kit.mjs';

const widths = cliList('widths', '375,1280').map(Number);
const schemes = cliList('schemes', 'light,dark');
const { base, browser, close, out } = await openDemo({ port: 5199 });
const wait = (page, selector) => waitFor(page, selector, undefined, { name: 'booking', out });
const shot = async (page, name, width, scheme) => {
  await new Promise((r) => setTimeout(r, 250));
  await page.screenshot({ path: `${out}/${name}-${width}-${scheme}.png`, fullPage: true });
  console.log(`${out}/${name}-${width}-${scheme}.png`);
};

// Warm-up visit: lets Vite pre-bundle dependencies (which may reload the page once) before we drive it.
{
  const page = await browser.newPage();
  await page.goto(base, { waitUntil: 'networkidle0' });
  await wait(page, '[part~="service"]');
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
      await page.goto(base, { waitUntil: 'networkidle0' });
      await wait(page, '[part~="service"]');
      await shot(page, '1-services', width, scheme);
      await click(page, '[part~="service"]');
      await wait(page, 'button[data-start]');
      await shot(page, '2-time', width, scheme);
      await click(page, 'button[data-start]');
      await wait(page, 'booking-details-form');
      await click(page, 'button[type="submit"]');
      await wait(page, '.error');
      await shot(page, '3-details-errors', width, scheme);
      await type(page, 'input[name="name"]', 'Mette Hansen');
      await type(page, 'input[name="emailAddress"]', 'mette@example.com');
      await click(page, 'input[name="answer:first-visit"]');
      await click(page, 'input[name="consent"]');
      await click(page, 'button[type="submit"]');
      await wait(page, '.done-mark');
      await shot(page, '4-confirmation', width, scheme);
      const manage = await (await deepFind(page, 'a.button.primary')).evaluate((a) => a.href);
      await page.goto(manage, { waitUntil: 'networkidle0' });
      await wait(page, 'dl');
      await shot(page, '5-manage', width, scheme);
      await context.close();
    }
  }
} finally {
  await close();
}
