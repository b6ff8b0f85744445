// Embedding: details the host site already knows (prefill), and where a booking came from
// (UTM parameters, source, metadata) reaching the stored appointment and the report.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { BookingPage } from '../../src/elements/booking-page/booking-page.js';
import { BookingPagePage } from '../helpers/booking-page.page.js';
import { deleteDatabases, loadContoso, makeAdapter } from '../helpers/fixtures.js';

// Monday 30 November 2026, 08:00 in Copenhagen.
const NOW = Date.parse('2026-11-30T07:00:00Z');
const ZONE = 'Europe/Copenhagen';
const RANGE = { start: '2026-11-01T00:00:00Z', end: '2027-03-01T00:00:00Z' };

/** Runs `body` with the page URL's query set to `search`, restoring it afterwards. */
async function withSearch<T>(search: string, body: () => Promise<T>): Promise<T> {
  const before = location.href;
  history.replaceState(null, '', `${location.pathname}${search}`);
  try {
    return await body();
  } finally {
    history.replaceState(null, '', before);
  }
}

async function toDetails(el: BookingPage): Promise<BookingPagePage> {
  const page = new BookingPagePage(el);
  await page.waitForHeading('Choose a time');
  (await page.waitForTimes())[0].click();
  await page.waitForHeading('Your details');
  await el.updateComplete;
  return page;
}

const value = (page: BookingPagePage, name: string) => (page.field(name) as HTMLInputElement).value;

describe('<booking-page> embedded: prefill and tracking', () => {
  afterEach(deleteDatabases);

  it('shows prefilled details to edit, from the property before the attributes before the URL, and never books by itself', async () => {
    const adapter = makeAdapter(await loadContoso(), NOW);
    const el = await withSearch('?name=From+URL&email=url%40example.com&phone=%2B4511111111&notes=Hi%00there', () =>
      fixture<BookingPage>(
        html`<booking-page
          lang="en-GB"
          time-zone=${ZONE}
          service="video-consultation"
          prefill-email="attribute@example.com"
          .prefill=${{ name: 'Eva Property', answers: [{ questionId: 'health-notes', answer: 'Knee' }] }}
          .adapter=${adapter}
          .clock=${() => NOW}
        ></booking-page>`,
      ),
    );
    const confirms: Event[] = [];
    el.addEventListener('booking-confirm', (e) => confirms.push(e));
    const page = await toDetails(el);
    // The prefill code loads with the details step.
    await waitUntil(() => value(page, 'name') !== '', 'the form is prefilled', { timeout: 10000 });
    expect(value(page, 'name'), 'the property wins').to.equal('Eva Property');
    expect(value(page, 'emailAddress'), 'then the attribute').to.equal('attribute@example.com');
    expect(value(page, 'phone'), 'then the URL').to.equal('+4511111111');
    expect(value(page, 'notes'), 'control characters are dropped').to.equal('Hithere');
    expect(value(page, 'answer:health-notes')).to.equal('Knee');
    expect(confirms.length, 'nothing is submitted by itself').to.equal(0);
    await expect(el).to.be.accessible();

    // Editable: what the customer types is what is booked.
    const name = page.field('name') as HTMLInputElement;
    name.select();
    await page.type('name', 'Eva Edited');
    (page.field('consent') as HTMLInputElement).click();
    page.bookButton.click();
    await page.waitForHeading('You’re booked');
    const [stored] = await adapter.asStaff('anna').listAppointments(RANGE);
    expect(stored.customer.name).to.equal('Eva Edited');
    expect(stored.customer.emailAddress).to.equal('attribute@example.com');
  });

  it('stores UTM parameters, the source and metadata with the booking; staff and the report see them', async () => {
    const adapter = makeAdapter(await loadContoso(), NOW);
    const long = 'x'.repeat(300);
    const el = await withSearch(
      `?utm_source=newsletter&utm_medium=email&utm_campaign=spring&utm_content=${long}&source=from-url`,
      () =>
        fixture<BookingPage>(
          html`<booking-page
            lang="en-GB"
            time-zone=${ZONE}
            service="video-consultation"
            source="header-button"
            metadata='{"patientPortal":"yes","bad key":"dropped"}'
            .adapter=${adapter}
            .clock=${() => NOW}
          ></booking-page>`,
        ),
    );
    const page = await toDetails(el);
    await page.type('name', 'Tracked Customer');
    await page.type('emailAddress', 'tracked@example.com');
    await page.type('answer:health-notes', 'None');
    (page.field('consent') as HTMLInputElement).click();
    page.bookButton.click();
    await page.waitForHeading('You’re booked');
    const staff = adapter.asStaff('anna');
    const [stored] = await staff.listAppointments(RANGE);
    expect(stored.tracking).to.deep.equal({
      source: 'header-button',
      utmSource: 'newsletter',
      utmMedium: 'email',
      utmCampaign: 'spring',
      utmContent: 'x'.repeat(200),
      metadata: { patientPortal: 'yes' },
    });
    const report = await staff.exportReport({ format: 'tsv' });
    const [header, row] = report.content.split('\r\n');
    const columns = header.split('\t');
    const cells = row.split('\t');
    expect(cells[columns.indexOf('UTM campaign')]).to.equal('spring');
    expect(cells[columns.indexOf('Source')]).to.equal('header-button');
    expect(cells[columns.indexOf('Metadata')]).to.equal('patientPortal=yes');
  });
});
