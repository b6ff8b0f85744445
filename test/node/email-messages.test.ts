// Messages people want to read (issue 17): a booking made in Danish reaches a real SMTP sink as a
// Danish multipart e-mail (text/plain + text/html + the .ics); its HTML passes html-validate and
// axe in headless Chromium; what customers type is escaped; templates are checked on save (an
// unknown placeholder is a 422 naming it and its place) on the memory store and on the server,
// and a saved Danish template words the next Danish confirmation. PGlite in memory, fixed clock.
// EMAIL_SHOTS=<dir> also saves the HTML confirmation as light and dark screenshots there.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { HtmlValidate } from 'html-validate';
import puppeteer, { type Browser } from 'puppeteer-core';
import { SMTPServer } from 'smtp-server';
import { HttpAdapter } from '../../src/adapters/http/http-adapter.js';
import { ReferenceAdapter } from '../../src/adapters/reference/reference-adapter.js';
import { BookingError } from '../../src/contract/errors.js';
import type { Database } from '../../src/server/database.js';
import { silentLogger } from '../../src/server/log.js';
import { createServer, type BookingServer } from '../../src/server/server.js';
import { CLINIC, CONTRACT_NOW, contractConfig, cph } from '../../src/testing/fixture.js';
import type { BusinessInput } from '../../src/schemas/index.js';
import { chromium } from './browser-booking.js';
import { openTestDatabase, truncate } from './server-harness.js';

const require = createRequire(import.meta.url);

// ---------------------------------------------------------------- a small MIME reader

interface Part {
  headers: Record<string, string>;
  body: string;
  parts: Part[];
}

function unfold(head: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i > 0) out[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim();
  }
  return out;
}

function decode(body: string, encoding: string | undefined): string {
  if (encoding === 'base64')
    return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8').replace(/\r\n/g, '\n');
  if (encoding === 'quoted-printable') {
    const soft = body.replace(/=\r?\n/g, '');
    const bytes: number[] = [];
    for (let i = 0; i < soft.length; i++) {
      const hex = soft.slice(i + 1, i + 3);
      if (soft[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
        bytes.push(parseInt(hex, 16));
        i += 2;
      } else bytes.push(...Buffer.from(soft[i] ?? '', 'utf8'));
    }
    return Buffer.from(bytes).toString('utf8').replace(/\r\n/g, '\n');
  }
  return body.replace(/\r\n/g, '\n');
}

function parseMime(raw: string): Part {
  const split = raw.search(/\r?\n\r?\n/);
  const headers = unfold(raw.slice(0, split));
  const rest = raw.slice(split).replace(/^\r?\n\r?\n/, '');
  const boundary = /boundary="?([^";]+)"?/.exec(headers['content-type'] ?? '')?.[1];
  if (!boundary) return { headers, body: decode(rest, headers['content-transfer-encoding']), parts: [] };
  const chunks = rest.split(`--${boundary}`).slice(1, -1);
  return { headers, body: '', parts: chunks.map((c) => parseMime(c.replace(/^\r?\n/, ''))) };
}

function leaves(p: Part): Part[] {
  return p.parts.length === 0 ? [p] : p.parts.flatMap(leaves);
}

const partOf = (mail: Part, type: string) =>
  leaves(mail).find((p) => (p.headers['content-type'] ?? '').startsWith(type));

// ---------------------------------------------------------------- the server and the sink

let db: Database;
const clock = { now: CONTRACT_NOW };
const running: BookingServer[] = [];
let sink: SMTPServer;
let smtpUrl = '';
const received: { to: string[]; raw: string }[] = [];
let browser: Browser | undefined;

function seed(): BusinessInput[] {
  const [clinic, ...others] = contractConfig();
  return [
    {
      ...clinic,
      phone: '+45 33 12 34 56',
      webSiteUrl: 'https://clinic.example',
      defaultCurrencyIso: 'DKK',
      services: clinic.services!.map((s) => (s.id === 'consult' ? { ...s, defaultPrice: 450 } : s)),
    },
    ...others,
  ];
}

before(async () => {
  db = await openTestDatabase('pglite');
  sink = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
  smtpUrl = `smtp://127.0.0.1:${(sink.server.address() as AddressInfo).port}`;
});
after(async () => {
  while (running.length > 0) await running.pop()?.close(500);
  await browser?.close();
  await new Promise<void>((resolve) => sink.close(() => resolve()));
  await db.close();
});
beforeEach(async () => {
  clock.now = CONTRACT_NOW;
  received.length = 0;
  while (running.length > 0) await running.pop()?.close(500);
  await truncate(db);
});

async function start(): Promise<{ server: BookingServer; api: string }> {
  const server = await createServer({
    database: db,
    seed: seed(),
    now: () => clock.now,
    random: () => 0.5,
    logger: silentLogger,
    outboxIntervalMs: 0,
    rateLimits: false,
    smtpUrl,
    mailFrom: 'bookings@clinic.example',
    manageUrl: 'https://clinic.example/manage',
  });
  running.push(server);
  const { url } = await server.listen(0);
  return { server, api: `${url}/api` };
}

const booking = (key: string, customer: Record<string, string>, at = '09:00') => ({
  serviceId: 'consult',
  staffMemberId: 'ann',
  start: cph('2026-03-03', at),
  customer: { name: 'Jane Doe', emailAddress: 'jane@example.com', timeZone: 'America/New_York', ...customer },
  answers: [{ questionId: 'insurance', answer: 'X-1' }],
  consent: { accepted: true },
  idempotencyKey: key,
});

async function signIn(server: BookingServer, api: string): Promise<string> {
  await server.auth.setPassword('ann@clinic.example', 'correct horse battery');
  const res = await fetch(`${api}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'ann@clinic.example', password: 'correct horse battery' }),
  });
  return ((await res.json()) as { token: string }).token;
}

async function customerMail(server: BookingServer, to: string): Promise<Part> {
  const result = await server.deliverOutbox();
  assert.equal(result.failed, 0);
  const mail = received.find((m) => m.to.includes(to));
  assert.ok(mail, `${to} got an e-mail`);
  return parseMime(mail.raw);
}

async function axeViolations(html: string, shots?: { dir: string; name: string }): Promise<string[]> {
  assert.ok(chromium, 'Chromium is needed for the axe check (set CHROME_PATH)');
  browser ??= await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
  const page = await browser.newPage();
  try {
    // Nothing remote may load: any request but the document itself fails the test.
    const requests: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('data:') && r.url() !== 'about:blank') requests.push(r.url());
    });
    await page.setViewport({ width: 720, height: 900 });
    await page.setContent(html, { waitUntil: 'load' });
    assert.deepEqual(requests, [], 'the HTML loads nothing remote');
    await page.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
    const out: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      const violations = await page.evaluate(async () => {
        const axe = (
          globalThis as unknown as {
            axe: { run(): Promise<{ violations: { id: string; help: string; nodes: unknown[] }[] }> };
          }
        ).axe;
        const r = await axe.run();
        return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
      });
      out.push(...violations.map((v) => `${scheme}: ${v}`));
      if (shots) {
        await page.screenshot({ path: join(shots.dir, `${shots.name}-${scheme}.png`), fullPage: true });
      }
    }
    return out;
  } finally {
    await page.close();
  }
}

describe('e-mails people want to read (issue 17)', () => {
  it('a booking in Danish reaches the SMTP sink in Danish, text + HTML + .ics; the HTML validates and passes axe', async () => {
    const { server, api } = await start();
    const customer = new HttpAdapter({ baseUrl: api, retry: { retries: 0 } });
    const { appointment } = await customer.book(booking('mail-da-1', { languageTag: 'da', name: 'Åse Jensen' }));
    const mail = await customerMail(server, 'jane@example.com');

    assert.equal(mail.headers['content-language'], 'da');
    assert.match(mail.headers['content-type'] ?? '', /^multipart\/mixed/);
    const alternative = mail.parts.find((p) => (p.headers['content-type'] ?? '').startsWith('multipart/alternative'));
    assert.ok(alternative, 'text and HTML are alternatives of one message');
    assert.deepEqual(
      alternative.parts.map((p) => (p.headers['content-type'] ?? '').split(';')[0]),
      ['text/plain', 'text/html'],
    );
    const text = partOf(mail, 'text/plain')!.body;
    const html = partOf(mail, 'text/html')!.body;
    const ics = partOf(mail, 'text/calendar');
    assert.ok(ics, 'the .ics is attached');
    assert.match(ics.body, new RegExp(`UID:${appointment.id}@booking-elements`));

    // Danish, in the customer's zone (New York) and the business's, with every detail.
    assert.match(text, /^Hej Åse Jensen\n\nDin booking af Consultation hos Ann Admin er bekræftet\./);
    for (const line of [
      'Tidspunkt: tirsdag den 3. marts 2026, 3.00 – 3.30 Eastern-normaltid (America/New_York)',
      'Lokal tid hos virksomheden: tirsdag den 3. marts 2026, 9.00 – 9.30 Centraleuropæisk normaltid (Europe/Copenhagen)',
      'Varighed: 30 minutter',
      'Hos: Ann Admin',
      'Sted: 1 Main Street, Copenhagen',
      'Pris: 450,00\u00a0kr.',
      'Se, flyt eller aflys bookingen:',
      'Føj til din kalender:',
      '- Google Kalender: https://calendar.google.com/calendar/render?action=TEMPLATE',
      '- Outlook.com: https://outlook.live.com/calendar/0/deeplink/compose?',
      '- Microsoft 365: https://outlook.office.com/calendar/0/deeplink/compose?',
      'Invitationen er vedhæftet som en .ics-fil',
      'Telefon: +45 33 12 34 56',
      'E-mail: owner@clinic.example',
      'Venlig hilsen\nContract Clinic',
    ]) {
      assert.ok(text.includes(line), `text part has "${line}":\n${text}`);
    }
    assert.ok(
      text.includes(
        `Se, flyt eller aflys bookingen:\nhttps://clinic.example/manage#appointment=${appointment.id}&token=`,
      ),
      'the manage link',
    );
    assert.match(
      html,
      new RegExp(
        `<a href="https://clinic\\.example/manage#appointment=${appointment.id}&amp;token=[^"]+" class="button"`,
      ),
    );
    assert.match(html, /^<!DOCTYPE html>\n<html lang="da" dir="ltr">/);
    assert.match(html, /<h1[^>]*>Booking bekræftet: Consultation hos Contract Clinic<\/h1>/);
    assert.match(html, /<th scope="row"[^>]*>Tidspunkt<\/th>/);
    assert.match(html, /href="https:\/\/outlook\.office\.com\/calendar\/0\/deeplink\/compose\?/);
    assert.doesNotMatch(html, /<img|url\(|@import|<link/i, 'no images, no remote CSS');

    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      // E-mail clients drop <style> blocks and external CSS: inline styles are how e-mail is styled.
      rules: { 'no-inline-style': 'off' },
    });
    const report = await validator.validateString(html);
    assert.ok(
      report.valid,
      report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`)).join('\n'),
    );

    const shotsDir = process.env.EMAIL_SHOTS;
    if (shotsDir) writeFileSync(join(shotsDir, 'confirmation-da.html'), html);
    const violations = await axeViolations(html, shotsDir ? { dir: shotsDir, name: 'confirmation-da' } : undefined);
    assert.deepEqual(violations, []);
  });

  it('escapes what a customer typed: a name with <script> and quotes is text in the HTML', async () => {
    const { server, api } = await start();
    const name = `Eve <script>alert("x")</script> O'Hara & Co`;
    await new HttpAdapter({ baseUrl: api, retry: { retries: 0 } }).book(
      booking('mail-esc-1', { languageTag: 'da', name }),
    );
    const mail = await customerMail(server, 'jane@example.com');
    const html = partOf(mail, 'text/html')!.body;
    assert.ok(!html.includes('<script>'), 'no script element');
    assert.ok(html.includes('Eve &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; O&#39;Hara &amp; Co'));
    assert.ok(partOf(mail, 'text/plain')!.body.includes(name), 'the text part has the name as typed');
    const staffMail = received.find((m) => m.to.includes('ann@clinic.example'));
    assert.ok(staffMail);
    const staffHtml = partOf(parseMime(staffMail.raw), 'text/html')!.body;
    assert.ok(!staffHtml.includes('<script>') && staffHtml.includes('&lt;script&gt;'), 'staff notification too');
  });

  it('refuses an unknown placeholder with its position (422) on the server, and words the next Danish confirmation with a saved template', async () => {
    const { server, api } = await start();
    const token = await signIn(server, api);
    const patch = (messageTemplates: unknown) =>
      fetch(`${api}/admin/businesses/${CLINIC}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ patch: { messageTemplates } }),
      });
    const bad = await patch({
      confirmation: { da: { subject: 'Hej {customerName}', body: 'Hej\n\nVi ses {custmerName}!\n\n{details}' } },
    });
    assert.equal(bad.status, 422);
    const problem = (await bad.json()) as { issues: { path: string; message: string }[] };
    assert.deepEqual(problem.issues, [
      {
        path: 'patch.messageTemplates.confirmation.da.body',
        message: 'unknown placeholder {custmerName} at line 3, column 8',
      },
    ]);
    const control = await patch({ confirmation: { da: { subject: 'Hej\u0007', body: 'x' } } });
    assert.equal(control.status, 422, 'control characters are refused like in every text');

    const ok = await patch({
      confirmation: {
        da: {
          subject: 'Vi glæder os, {customerName}: {serviceName} {date}',
          body: 'Kære {customerName}\n\nTak for din booking hos {businessName}.\n\n{details}\n\nMed venlig hilsen\nKlinikken',
        },
      },
    });
    assert.equal(ok.status, 200);
    await new HttpAdapter({ baseUrl: api, retry: { retries: 0 } }).book(booking('mail-tpl-1', { languageTag: 'da' }));
    const mail = await customerMail(server, 'jane@example.com');
    assert.equal(
      decodeHeader(mail.headers['subject'] ?? ''),
      'Vi glæder os, Jane Doe: Consultation tirsdag den 3. marts 2026',
    );
    const text = partOf(mail, 'text/plain')!.body;
    assert.match(text, /^Kære Jane Doe\n\nTak for din booking hos Contract Clinic\.\n\nYdelse: Consultation\n/);
    assert.ok(text.includes('Med venlig hilsen\nKlinikken'));
    // Other languages keep the built-in wording.
    received.length = 0;
    await new HttpAdapter({ baseUrl: api, retry: { retries: 0 } }).book(
      booking('mail-tpl-2', { languageTag: 'en', emailAddress: 'joe@example.com', name: 'Joe' }, '10:00'),
    );
    const english = await customerMail(server, 'joe@example.com');
    assert.equal(decodeHeader(english.headers['subject'] ?? ''), 'Booking confirmed: Consultation at Contract Clinic');
  });

  it('refuses an unknown placeholder with its position on the memory store too', async () => {
    const adapter = new ReferenceAdapter({ config: seed()[0], storage: 'memory', now: () => CONTRACT_NOW });
    const admin = adapter.asStaff('ann');
    await assert.rejects(
      admin.updateBusiness({
        patch: { messageTemplates: { reminder: { de: { subject: 'Bis {morgen}', body: '{details}' } } } },
      }),
      (error: unknown) => {
        assert.ok(error instanceof BookingError);
        assert.equal(error.code, 'invalid-input');
        assert.deepEqual(
          error.issues.map((i) => [i.path, i.message]),
          [['patch.messageTemplates.reminder.de.subject', 'unknown placeholder {morgen} at line 1, column 5']],
        );
        return true;
      },
    );
    const saved = await admin.updateBusiness({
      patch: { messageTemplates: { reminder: { de: { subject: 'Bis morgen, {customerName}', body: '{details}' } } } },
    });
    assert.equal(saved.messageTemplates?.reminder?.['de']?.subject, 'Bis morgen, {customerName}');
    // The editor's preview: the saved template, the built-in one, both parts, the kind's placeholders.
    const preview = await admin.previewMessage({ kind: 'reminder', languageTag: 'de' });
    assert.equal(preview.isCustom, true);
    assert.equal(preview.template.subject, 'Bis morgen, {customerName}');
    assert.equal(preview.subject, 'Bis morgen, Jane Doe');
    assert.equal(preview.defaultTemplate.subject, 'Erinnerung: {serviceName} bei {businessName}');
    assert.match(preview.html, /^<!DOCTYPE html>\n<html lang="de"/);
    assert.match(preview.body, /^Leistung: /);
    assert.ok(preview.placeholders.includes('manageUrl'));
    await assert.rejects(
      admin.previewMessage({
        kind: 'timeOff',
        languageTag: 'da',
        template: { subject: 'x', body: 'Hej\n{customerName}' },
      }),
      (error: unknown) =>
        error instanceof BookingError &&
        error.issues[0]?.path === 'template.body' &&
        error.issues[0].message === 'unknown placeholder {customerName} at line 2, column 1',
    );
    const exported = await admin.exportConfig({});
    assert.deepEqual(exported.messageTemplates, saved.messageTemplates, 'export carries the templates');
  });
});

/** RFC 2047 encoded words (nodemailer's `=?UTF-8?Q?…?=` / `?B?`) to text. */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?([QB])\?([^?]*)\?=/gi, (_m, enc: string, data: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : decode(data.replace(/_/g, ' '), 'quoted-printable'),
    );
}
