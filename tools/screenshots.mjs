// Walks the demo's booking flow in headless Chromium and saves a screenshot of every step at phone
// and desktop widths, light and dark, into .tmp/screenshots/ — for people to look at, not a test.
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
  configFile: false,
  root: new URL('../demo', import.meta.url).pathname,
  server: { port: 5199, strictPort: false, fs: { allow: ['..'] } },
  logLevel: 'error',
});
await server.listen();
const base = server.resolvedUrls.local[0];
const browser = await puppeteer.launch({
  executablePath: findChromium(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'],
});

const wait = (page, selector) => page.waitForSelector(selector, { timeout: 20000 });
const shot = async (page, name, width, scheme) => {
  await new Promise((r) => setTimeout(r, 250));
  await page.screenshot({ path: `${out}/${name}-${width}-${scheme}.png`, fullPage: true });
  console.log(`${out}/${name}-${width}-${scheme}.png`);
};

try {
  for (const scheme of schemes) {
    for (const width of widths) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      page.on('pageerror', (e) => console.error('page error:', e.message));
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      await page.emulateTimezone('Europe/Copenhagen');
      await page.setViewport({ width, height: 900 });
      await page.goto(base, { waitUntil: 'networkidle0' });
      await wait(page, '>>> [part~="service"]');
      await shot(page, '1-services', width, scheme);
      await page.click('>>> [part~="service"]');
      await wait(page, '>>> [part~="slot"]');
      await shot(page, '2-time', width, scheme);
      await page.click('>>> [part~="slot"]');
      await wait(page, '>>> booking-details-form');
      await page.click('>>> button[type="submit"]');
      await wait(page, '>>> .error');
      await shot(page, '3-details-errors', width, scheme);
      await page.type('>>> input[name="name"]', 'Mette Hansen');
      await page.type('>>> input[name="emailAddress"]', 'mette@example.com');
      await page.click('>>> input[name="answer:first-visit"]');
      await page.click('>>> input[name="consent"]');
      await page.click('>>> button[type="submit"]');
      await wait(page, '>>> .done-mark');
      await shot(page, '4-confirmation', width, scheme);
      const manage = await page.$eval('>>> a.button.primary', (a) => a.href);
      await page.goto(manage, { waitUntil: 'networkidle0' });
      await wait(page, '>>> dl');
      await shot(page, '5-manage', width, scheme);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
