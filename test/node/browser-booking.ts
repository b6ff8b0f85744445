// Booking through <booking-page> in headless Chromium, as a customer would, for the tests that load
// the elements in a real page: the script tag (script-tag.test.ts) and the installed package
// (test/package). Time is not real: each page gets a fixed `Date.now` before any script runs.
import assert from 'node:assert/strict';
import type { Browser, Locator, Page } from 'puppeteer-core';
import { locateChromium } from '../../tools/find-chromium.mjs';

/**
 * How long puppeteer waits for one step of the flow: a safety net against a hang, not a speed
 * limit. On a shared machine under load a step has taken over a minute.
 */
export const TIMEOUT = 5 * 60_000;

// Chromium as tools/find-chromium.mjs finds it, without installing one (a test should not).
export const chromium = locateChromium();

// Only the script tag and the element (with the title and language a valid document needs).
export const htmlPage = (element: string, src = './booking-elements.js') =>
  `<!doctype html>
<html lang="en">
<title>Book an appointment</title>
<script type="module" src="${src}"></script>
${element}
</html>
`;

/**
 * tsconfig.node.json has no DOM lib: the few members the in-page callbacks use, typed by shape.
 * (Casts, not helper functions: the callbacks run in the page and can't see this module.)
 */
export interface DomElement {
  readonly textContent: string | null;
  readonly shadowRoot: DomElement | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
}
export type InPage = { document: DomElement };

/** A locator inside <booking-page> (`>>>` pierces every shadow root below it), typed by shape. */
export const inPage = (page: Page, selector: string) =>
  page.locator(`booking-page >>> ${selector}`) as unknown as Locator<DomElement>;

export interface Watched {
  page: Page;
  /** Uncaught exceptions, console errors and failed requests, in order. */
  problems: string[];
  /** Every URL the page requested. */
  requests: string[];
}

/** A fresh incognito page with the fixed clock, recording errors and requests from the start. */
export async function openPage(browser: Browser, now: number): Promise<Watched> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${String(error)}`));
  page.on('console', (message) => {
    // The browser asks for /favicon.ico on its own; the page does not, and has none.
    if (message.type() === 'error' && !message.location().url?.endsWith('/favicon.ico')) {
      problems.push(`console.error: ${message.text()} (${message.location().url ?? ''})`);
    }
  });
  page.on('request', (request) => requests.push(request.url()));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  await page.evaluateOnNewDocument((fixed: number) => {
    Date.now = () => fixed;
  }, now);
  await page.emulateTimezone('Europe/Copenhagen');
  return { page, problems, requests };
}

/** The current step heading of <booking-page>. */
export function currentHeading(page: Page): Promise<string> {
  return page.evaluate(() => {
    const { document } = globalThis as unknown as InPage;
    const h = document.querySelector('booking-page')?.shadowRoot?.querySelector('h3.step');
    return h?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  });
}

/** Waits until the step heading reads `heading` (the page's own signal that a step is shown). */
export async function waitForHeading(page: Page, heading: string): Promise<void> {
  try {
    await page.waitForFunction(
      (text: string) => {
        const { document } = globalThis as unknown as InPage;
        const h = document.querySelector('booking-page')?.shadowRoot?.querySelector('h3.step');
        return h?.textContent?.replace(/\s+/g, ' ').trim() === text;
      },
      {},
      heading,
    );
  } catch (error) {
    throw new Error(`heading "${heading}" never showed; it is "${await currentHeading(page)}"`, { cause: error });
  }
}

/** Resolves once the page has requested a URL that passes `test` (the test's own timeout is the safety net). */
export async function waitForRequest(watched: Watched, test: (url: string) => boolean): Promise<void> {
  while (!watched.requests.some(test)) await new Promise((done) => setTimeout(done, 50));
}

/**
 * Books "Dental cleaning" as a customer would: service, the first free time ("Anyone"), details,
 * the required question, consent, Book. Returns the chosen start and the private manage link.
 */
export async function bookAsCustomer(
  page: Page,
  /** Runs while the times show, before one is chosen. */
  whileTimesShow?: () => Promise<void>,
): Promise<{ start: string; manageHref: string }> {
  await waitForHeading(page, 'Choose a service');
  const service = await page.waitForFunction(
    (name: string) => {
      const { document } = globalThis as unknown as InPage;
      const buttons = document.querySelector('booking-page')?.shadowRoot?.querySelectorAll('[part~="service"]') ?? [];
      return [...buttons].find((b) => b.querySelector('.service-name')?.textContent?.trim() === name);
    },
    {},
    'Dental cleaning',
  );
  const serviceButton = service.asElement();
  assert.ok(serviceButton, 'the service is a button');
  await serviceButton.click();
  await service.dispose();

  await waitForHeading(page, 'Choose a time');
  const start = await inPage(page, 'button[part~="slot"]')
    .map((b) => b.getAttribute('data-start') ?? '')
    .wait();
  await whileTimesShow?.();
  await inPage(page, `button[part~="slot"][data-start="${start}"]`).click();

  await waitForHeading(page, 'Your details');
  await inPage(page, '[name="name"]').fill('Mette Hansen');
  await inPage(page, '[name="emailAddress"]').fill('mette@example.com');
  await inPage(page, '[name="answer:first-visit"][value="Yes"]').click();
  await inPage(page, '[name="consent"]').click();
  await inPage(page, '::-p-aria([name="Book"][role="button"])').click();

  await waitForHeading(page, 'You’re booked');
  const manageHref = await inPage(page, 'a[href*="#appointment="]')
    .map((a) => a.getAttribute('href') ?? '')
    .wait();
  return { start, manageHref };
}
