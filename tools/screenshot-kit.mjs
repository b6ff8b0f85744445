// What the screenshot tools share (tools/screenshots*.mjs): the demo served by Vite in demo mode on a
// free port, Debian's Chromium through puppeteer-core, and finding elements through every open shadow
// root by selector and, optionally, their text or accessible label (puppeteer's >>> misses some nested
// ones). For people to look at, not tests.
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';
import { findChromium } from './find-chromium.mjs';

/** `--name a,b` from the command line, else `fallback`, as a list. */
export function cliList(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return (i > 0 ? process.argv[i + 1] : fallback).split(',');
}

/** The demo (Vite, demo mode, the first free port from `port`) and a headless Chromium; `close()` ends both. */
export async function openDemo({ port = 5198, out = '.tmp/screenshots' } = {}) {
  mkdirSync(out, { recursive: true });
  const server = await createServer({
    configFile: new URL('../vite.config.ts', import.meta.url).pathname,
    mode: 'demo',
    server: { port, strictPort: false },
    logLevel: 'error',
  });
  await server.listen();
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
  return {
    base: server.resolvedUrls.local[0],
    /** The library's sources as the demo page imports them (the demo's root is demo/). */
    src: `/@fs${new URL('../src', import.meta.url).pathname}`,
    browser,
    out,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

// Runs in the page: the first element matching `selector` (and, if given, whose text starts with `label`
// or whose aria-label is `label`) through every open shadow root.
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

/** An expression, evaluated in the page, for the element `find` would return. */
export const query = (selector, label) =>
  `(${FIND})(${JSON.stringify(selector)}, ${label === undefined ? 'undefined' : JSON.stringify(label)})`;

export const find = (page, selector, label) => page.evaluateHandle(query(selector, label));

/** Waits for `selector` (with `label`); on a timeout, saves the page as `failed-<name>.png` in `out`. */
export async function wait(page, selector, label, { name = 'wait', out = '.tmp/screenshots' } = {}) {
  try {
    await page.waitForFunction(`!!${query(selector, label)}`, { timeout: 20000 });
  } catch (e) {
    const path = `${out}/failed-${name}.png`;
    await page.screenshot({ path, fullPage: true }).catch(() => undefined);
    throw new Error(`${selector} ${label ?? ''} never appeared (see ${path})`, { cause: e });
  }
}

/** Waits until nothing shows a loading skeleton or a busy task, then lets the page paint. */
export async function settle(page) {
  await page.waitForFunction(
    `!${query('.loading, [aria-busy="true"]')} && !${query('booking-time-picker:state(loading)')}`,
    { timeout: 20000 },
  );
  await new Promise((r) => setTimeout(r, 300));
}

export async function click(page, selector, label) {
  await wait(page, selector, label, { name: 'click' });
  const handle = (await find(page, selector, label)).asElement();
  if (!handle) throw new Error(`nothing matches ${selector} ${label ?? ''}`);
  await handle.click();
}

export async function type(page, selector, text) {
  await click(page, selector);
  await page.keyboard.type(text);
}

/** Saves the whole page as `<out>/<name>.png` (scrolled to the top) and prints the path. */
export async function shot(page, out, name) {
  await page.evaluate('window.scrollTo(0, 0)');
  await new Promise((r) => setTimeout(r, 300));
  const path = `${out}/${name}.png`;
  await page.screenshot({ path, fullPage: true });
  console.log(path);
  return path;
}
