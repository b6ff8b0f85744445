// Walks the demo's back office in headless Chromium and saves a screenshot of every section (and
// the booking dialogs) at desktop and tablet widths into .tmp/screenshots/ — for people to look
// at, not a test. A booking is made on the booking page first, so the calendar has something.
// Usage: node tools/screenshots-admin.mjs [--widths 1280,768] [--schemes light,dark]
import {
  cliList,
  click,
  find,
  openDemo,
  query,
  settle,
  shot as save,
  type,
  wait as waitFor,
} from './screenshot-kit.mjs';

const widths = cliList('widths', '1280,768').map(Number);
const schemes = cliList('schemes', 'light');
const { base, browser, out, close } = await openDemo({ port: 5198 });
const wait = (page, selector, label, name) => waitFor(page, selector, label, { name: `admin-${name}`, out });
const shot = (page, name, width, scheme) => save(page, out, `admin-${name}-${width}-${scheme}`);

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
        const chip = ${query('button.chip')};
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
      // Clicked in place: at narrow widths the dialog's sticky buttons cover the list's first row.
      await page.evaluate(`${query('button[data-start]')}.click()`);
      await type(page, 'input[name="name"]', 'Lars Bo');
      // Staff bookings need an e-mail address unless "The customer has no e-mail address" is ticked.
      await type(page, 'input[name="emailAddress"]', 'lars@example.com');
      await click(page, 'input[name="answer:first-visit"]');
      await click(page, 'dialog button[type="submit"]');
      await page.waitForFunction(`!${query('dialog[open]')}`, { timeout: 20000 }).catch(async (e) => {
        await page.screenshot({ path: `${out}/admin-failed-booking.png` });
        console.error(
          await page.evaluate(
            `(() => { const out = []; const walk = (r) => { for (const el of r.querySelectorAll('.error, .error-text, [role=alert], [aria-invalid=true]')) out.push(el.id + ': ' + el.textContent.trim()); for (const el of r.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot); }; walk(document); return out.join('\\n'); })()`,
          ),
        );
        throw e;
      });
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
  await close();
}
