// The one-script-tag promise (DESIGN, "Who uses it" 1): a plain HTML file holding only the script tag
// and <booking-page> books an appointment in headless Chromium. Once on the in-browser reference
// adapter (`config-src`), once over HTTP against the real server on PGlite (`api`). The bundle is
// built from source into a temporary folder (never dist/, which other processes use).
//
// Time is not real: the clinic's hours are relative to `now`, and the element has no `now`
// attribute (a clock is a property, which a plain HTML page cannot set). So an init script fixes
// `Date.now` before any page script runs; the library reads the clock only through `Date.now`
// (the `Clock` default), and the server gets the same fixed clock.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser } from 'puppeteer-core';
import { build } from 'vite';
import { serveFolder } from '../../tools/serve-folder.mjs';
import {
  bookAsCustomer,
  chromium,
  htmlPage,
  type InPage,
  openPage,
  TIMEOUT,
  waitForRequest,
  type Watched,
} from './browser-booking.js';
import { HttpAdapter } from '../../src/adapters/http/http-adapter.js';
import type { BusinessInput } from '../../src/schemas/business.js';
import { silentLogger } from '../../src/server/log.js';
import { createServer, type BookingServer } from '../../src/server/server.js';

const root = new URL('../..', import.meta.url).pathname;
const contosoPath = join(root, 'demo/data/contoso.json');

// Monday 30 November 2026, 08:00 in Copenhagen (the browser tests' clock). With a 2-hour minimum
// lead, the first free time of "Dental cleaning" is 10:00 that day.
const NOW = Date.parse('2026-11-30T07:00:00Z');
const FIRST_FREE = Date.parse('2026-11-30T09:00:00Z');

const STEPS_CHUNK = /\/chunks\/booking-steps-[\w-]+\.js$/;
const RULE_CHECKER = /\/chunks\/rrule-syntax-[\w-]+\.js$/;

type ClinicJson = {
  schedulingPolicy: { closures?: unknown };
  timeOff: { rrule?: string | null }[];
};

/**
 * Books as a customer, checking on the way that the details step's code (the booking-steps chunk)
 * is fetched while the times show, before a time is chosen: the details step never waits for it.
 */
async function bookWithLaterStepsAhead(watched: Watched): Promise<{ start: string; manageHref: string }> {
  const booked = await bookAsCustomer(watched.page, async () => {
    await waitForRequest(watched, (u) => STEPS_CHUNK.test(u));
  });
  assert.equal(watched.requests.filter((u) => STEPS_CHUNK.test(u)).length, 1, 'the later steps load once');
  return booked;
}

function assertCleanLoad({ problems, requests }: Watched): void {
  assert.deepEqual(problems, [], 'no page errors, console errors or failed requests');
  assert.ok(
    requests.some((u) => u.endsWith('/booking-elements.js')),
    'the page loaded the script-tag bundle',
  );
  assert.deepEqual(
    requests.filter((u) => /booking-admin/.test(u)),
    [],
    'the admin elements stay lazy: no admin chunk is fetched by a booking page',
  );
}

describe('the script tag on a plain HTML page', { skip: chromium ? false : 'no Chromium (set CHROME_PATH)' }, () => {
  let tmp: string;
  let bundle: string;
  let browser: Browser;

  before(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'booking-script-tag-'));
    bundle = join(tmp, 'bundle');
    await build({
      configFile: join(root, 'vite.config.ts'),
      root,
      mode: 'cdn',
      logLevel: 'warn',
      build: { outDir: bundle, emptyOutDir: true },
    });
    browser = await puppeteer.launch({
      executablePath: chromium,
      headless: true,
      args: ['--no-sandbox', '--disable-dev-shm-usage'],
    });
  });

  after(async () => {
    await browser?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  /** A site folder: the built bundle plus the given files. */
  function site(name: string, files: Record<string, string>): string {
    const dir = join(tmp, name);
    cpSync(bundle, dir, { recursive: true });
    for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
    return dir;
  }

  it('keeps the admin method list and the admin routes out of what a booking page downloads first', () => {
    // Everything the entry and each adapter's customer chunk import statically, by source module.
    const chunks = join(bundle, 'chunks');
    const staticClosure = (file: string, seen = new Set<string>()): Set<string> => {
      if (seen.has(file)) return seen;
      seen.add(file);
      for (const m of readFileSync(file, 'utf8').matchAll(
        /(?:^|[;}\s])import\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+)["']/g,
      )) {
        const dep = join(file, '..', m[1] ?? '');
        if (existsSync(dep)) staticClosure(dep, seen);
      }
      return seen;
    };
    const chunk = (prefix: string) => {
      const name = readdirSync(chunks).find((f) => f.startsWith(`${prefix}-`) && f.endsWith('.js'));
      assert.ok(name, `a ${prefix} chunk`);
      return join(chunks, name);
    };
    for (const adapter of ['http-customer', 'reference-customer']) {
      const files = new Set([...staticClosure(join(bundle, 'booking-elements.js')), ...staticClosure(chunk(adapter))]);
      // (The bundler's runtime helper has no source map, and no source of ours.)
      const sources = [...files]
        .filter((f) => existsSync(`${f}.map`))
        .flatMap((f) => (JSON.parse(readFileSync(`${f}.map`, 'utf8')) as { sources: string[] }).sources);

      for (const admin of [
        'src/contract/admin-methods.ts',
        'src/adapters/http/admin-routes.ts',
        'src/backend/admin/',
        'src/elements/booking-page/later-steps.ts',
        // The recurrence rule checker: loaded only for a configuration with a rule (schemas/rrule-checker.ts).
        'src/core/rrule-syntax.ts',
      ]) {
        assert.deepEqual(
          sources.filter((s) => s.includes(admin)),
          [],
          `the ${adapter} page's first download has no ${admin}`,
        );
      }
      assert.ok(
        sources.some((s) => s.includes('src/elements/booking-page/booking-page.ts')),
        'the source maps name modules',
      );
    }
  });

  it(
    'books with the reference adapter from config-src, resolved against the page',
    { timeout: 4 * TIMEOUT },
    async () => {
      const dir = site('reference', {
        'index.html': htmlPage('<booking-page lang="en" config-src="./contoso.json"></booking-page>'),
        'contoso.json': readFileSync(contosoPath, 'utf8'),
      });
      const { server, url } = await serveFolder(dir);
      const watched = await openPage(browser, NOW);
      try {
        await watched.page.goto(url);
        const { start, manageHref } = await bookWithLaterStepsAhead(watched);

        assert.equal(Date.parse(start), FIRST_FREE, 'the first free time follows the fixed clock');
        assert.match(manageHref, /#appointment=[^&]+&token=[\w-]+/);
        assert.ok(watched.requests.includes(`${url}contoso.json`), 'config-src is fetched relative to the page');
        assert.ok(
          watched.requests.some((u) => /\/chunks\/reference-customer-[\w-]+\.js$/.test(u)),
          'the reference adapter loads as its own chunk',
        );
        assert.ok(
          !watched.requests.some((u) => /http-(adapter|customer)/.test(u)),
          'a config-src page never loads the HTTP adapter',
        );
        assert.ok(
          !watched.requests.some((u) => /\/chunks\/(reference-adapter|admin-methods)-/.test(u)),
          'nor the reference adapter’s admin side',
        );
        assert.ok(
          watched.requests.some((u) => RULE_CHECKER.test(u)),
          'the clinic has rules: their checker loads',
        );
        assertCleanLoad(watched);
      } finally {
        await watched.page.browserContext().close();
        await new Promise((done) => server.close(done));
      }
    },
  );

  /** The sample clinic, changed by `edit`, as a config-src file. */
  const clinicFile = (edit: (config: ClinicJson) => void): string => {
    const config = JSON.parse(readFileSync(contosoPath, 'utf8')) as ClinicJson;
    edit(config);
    return JSON.stringify(config);
  };

  it(
    'books from a config-src without recurrence rules, never downloading their checker',
    { timeout: 4 * TIMEOUT },
    async () => {
      const dir = site('reference-no-rules', {
        'index.html': htmlPage('<booking-page lang="en" config-src="./clinic.json"></booking-page>'),
        'clinic.json': clinicFile((config) => {
          delete config.schedulingPolicy.closures;
          for (const timeOff of config.timeOff) delete timeOff.rrule;
        }),
      });
      const { server, url } = await serveFolder(dir);
      const watched = await openPage(browser, NOW);
      try {
        await watched.page.goto(url);
        const { start } = await bookWithLaterStepsAhead(watched);
        assert.equal(Date.parse(start), FIRST_FREE);
        assert.deepEqual(
          watched.requests.filter((u) => RULE_CHECKER.test(u)),
          [],
          'no rule, no checker (1.8 KB gzip less)',
        );
        assertCleanLoad(watched);
      } finally {
        await watched.page.browserContext().close();
        await new Promise((done) => server.close(done));
      }
    },
  );

  it(
    'refuses a config-src with a bad recurrence rule, naming the rule and what is wrong',
    { timeout: 2 * TIMEOUT },
    async () => {
      const dir = site('reference-bad-rule', {
        'index.html': htmlPage('<booking-page lang="en" config-src="./clinic.json"></booking-page>'),
        'clinic.json': clinicFile((config) => {
          config.timeOff[0].rrule = 'FREQ=WEEKLY;BYDAY=XX';
        }),
      });
      const { server, url } = await serveFolder(dir);
      const watched = await openPage(browser, NOW);
      try {
        await watched.page.goto(url);
        await watched.page.waitForFunction(() => {
          const { document } = globalThis as unknown as InPage;
          return /couldn’t load/.test(document.querySelector('booking-page')?.shadowRoot?.textContent ?? '');
        });
        await waitForRequest(watched, (u) => RULE_CHECKER.test(u));
        while (!watched.problems.some((p) => p.startsWith('console.error')))
          await new Promise((r) => setTimeout(r, 50));
        const logged = watched.problems.join('\n');
        assert.match(logged, /timeOff\[0\]\.rrule/);
        assert.match(logged, /BYDAY=XX: expected days such as MO,WE/);
        assert.doesNotMatch(logged, /not loaded/);
      } finally {
        await watched.page.browserContext().close();
        await new Promise((done) => server.close(done));
      }
    },
  );

  it('books over HTTP against the server on PGlite with api="/api"', { timeout: 4 * TIMEOUT }, async () => {
    const dir = site('server', {
      'index.html': htmlPage('<booking-page lang="en" api="/api"></booking-page>'),
    });
    const contoso = JSON.parse(readFileSync(contosoPath, 'utf8')) as BusinessInput;
    const server: BookingServer = await createServer({
      seed: [contoso],
      now: () => NOW,
      random: () => 0.5,
      logger: silentLogger,
      outboxIntervalMs: 0,
      rateLimits: false,
      static: [{ urlPath: '/', dir }],
    });
    const { url } = await server.listen(0);
    const watched = await openPage(browser, NOW);
    try {
      await watched.page.goto(`${url}/`);
      const { start, manageHref } = await bookWithLaterStepsAhead(watched);
      assert.equal(Date.parse(start), FIRST_FREE, 'the first free time follows the fixed clock');

      // The booking is on the server: the customer API answers the private link's token …
      const hash = new URLSearchParams(new URL(manageHref).hash.slice(1));
      const appointmentId = hash.get('appointment') ?? '';
      const manageToken = hash.get('token') ?? '';
      const api = new HttpAdapter({ baseUrl: `${url}/api`, retry: { retries: 0 } });
      const appointment = await api.getBooking({ appointmentId, manageToken });
      assert.equal(appointment.serviceId, 'cleaning');
      assert.equal(appointment.customer.name, 'Mette Hansen');
      assert.equal(Date.parse(appointment.start), FIRST_FREE);
      // The clinic speaks Danish first: the page (lang="en") showed its English texts, and the answer
      // "Yes" is stored as the clinic's own option (issue 17); the manage link reads the service in English.
      assert.equal(appointment.answers.find((a) => a.questionId === 'first-visit')?.answer, 'Ja');
      assert.equal(appointment.customer.languageTag, 'en');
      assert.equal(appointment.serviceName, 'Dental cleaning');
      assert.equal(
        appointment.consentAcceptedAt && Date.parse(appointment.consentAcceptedAt),
        NOW,
        'consent is stored',
      );

      // … and the store holds exactly that one appointment.
      const stored = await server.adapter.asStaff('anna').listAppointments({
        start: new Date(NOW).toISOString(),
        end: new Date(NOW + 7 * 86_400_000).toISOString(),
      });
      assert.deepEqual(
        stored.map((a) => a.id),
        [appointmentId],
      );

      assert.ok(
        watched.requests.some((u) => /\/chunks\/http-customer-[\w-]+\.js$/.test(u)),
        'the HTTP adapter’s customer side loads as its own chunk',
      );
      assert.ok(
        !watched.requests.some((u) => /\/chunks\/(http-adapter|admin-methods|admin-routes)-/.test(u)),
        'but not its admin side',
      );
      assert.ok(
        !watched.requests.some((u) => /reference-(adapter|customer)/.test(u)),
        'an api page never loads the reference adapter',
      );
      assertCleanLoad(watched);
    } finally {
      await watched.page.browserContext().close();
      await server.close(1000);
    }
  });
});
