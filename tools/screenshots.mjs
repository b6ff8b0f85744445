// Walks the demo's booking flow in headless Chromium and saves a screenshot of every step at phone
// and desktop widths, light and dark, into .tmp/screenshots/ — for people to look at, not a test.
/* global document */
// Usage: node tools/screenshots.mjs [--widths 375,1280] [--schemes light,dark]
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';
import { findChromium } from './find-chromium.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return (i > 0 ? process.argv[i + 1] : fallback).split(',');
};
const widths = arg('widths', '375,1280').map(Number);
const schemes = arg('schemes', 'light,dark');
const out = '.tmp/screenshots';
mkdirSync(out, { recursive: true });

const server = await createServer({
  configFile: new URL('../vite.config.ts', import.meta.url).pathname,
  mode: 'demo',
  server: { port: 5199, strictPort: false },
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

// Finds the first match through every open shadow root (puppeteer's >>> misses some nested ones).
const deepFind = (page, selector) =>
  page.evaluateHandle((sel) => {
    const walk = (root) => {
      const hit = root.querySelector(sel);
      if (hit) return hit;
      for (const el of root.querySelectorAll('*')) {
        const found = el.shadowRoot && walk(el.shadowRoot);
        if (found) return found;
      }
      return null;
    };
    return walk(document);
  }, selector);

const wait = async (page, selector) => {
  try {
    await page.waitForFunction(
      (sel) => {
        const walk = (root) =>
          !!root.querySelector(sel) ||
          [...root.querySelectorAll('*')].some((el) => el.shadowRoot && walk(el.shadowRoot));
        return walk(document);
      },
      { timeout: 20000 },
      selector,
    );
  } catch (e) {
    await page.screenshot({ path: `${out}/failed.png`, fullPage: true });
    console.error(
      await page.evaluate(() =>
        document
          .querySelector('booking-page')
          ?.shadowRoot.querySelector('booking-time-picker')
          ?.shadowRoot.querySelector('booking-slot-list')
          ?.shadowRoot?.innerHTML.replace(/<!--[^>]*-->/g, '')
          .replace(/\s+/g, ' ')
          .slice(0, 3000),
      ),
    );
    throw new Error(`${selector} never appeared (see ${out}/failed.png)`, { cause: e });
  }
};
const click = async (page, selector) => {
  const handle = (await deepFind(page, selector)).asElement();
  if (!handle) throw new Error(`nothing matches ${selector}`);
  await handle.click();
};
const type = async (page, selector, text) => {
  await click(page, selector);
  await page.keyboard.type(text);
};
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
  await browser.close();
  await server.close();
}
