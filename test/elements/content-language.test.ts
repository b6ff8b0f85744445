// Issue 17: the business's own texts in the customer's language, through the real elements and a
// real IndexedDB store. The clinic is written in English here (test/helpers/fixtures.ts) with a
// Danish translation; one Danish text is taken out to see the fallback to the business language.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { BookingManage } from '../../src/elements/booking-manage/booking-manage.js';
import type { BookingPage } from '../../src/elements/booking-page/booking-page.js';
import type { BookingConfirmedEvent } from '../../src/events/booking-confirmed.js';
import { BookingPagePage, deepQuery, deepQueryAll } from '../helpers/booking-page.page.js';
import { deleteDatabases, loadContoso, makeAdapter } from '../helpers/fixtures.js';

// Monday 30 November 2026, 08:00 in Copenhagen.
const NOW = Date.parse('2026-11-30T07:00:00Z');
const ZONE = 'Europe/Copenhagen';

async function clinic() {
  const config = await loadContoso();
  const da = (config.translations as unknown as Record<string, { customQuestions: Record<string, object> }>).da;
  // Untranslated in Danish: customers read the business's own (English) text.
  delete (da.customQuestions['health-notes'] as { displayName?: string }).displayName;
  return config;
}

const textOf = (root: ParentNode | null | undefined) => (root?.textContent ?? '').replace(/\s+/g, ' ');

describe('business texts in the customer’s language (issue 17)', () => {
  afterEach(deleteDatabases);

  it('books in Danish: questions, options and consent in Danish, the rest in the business language', async () => {
    const adapter = makeAdapter(await clinic(), NOW);
    const el = await fixture<BookingPage>(
      html`<booking-page lang="da" time-zone=${ZONE} .adapter=${adapter} .clock=${() => NOW}></booking-page>`,
    );
    const page = new BookingPagePage(el);
    await page.waitForHeading('Vælg en ydelse');
    expect(textOf(page.root)).to.contain('Fjernelse af tandsten og polering');
    expect(textOf(page.root)).not.to.contain('Dental cleaning');
    page.serviceButton('Tandrensning').click();
    const times = await page.waitForTimes();
    times[0].click();
    await page.waitForHeading('Dine oplysninger');
    const form = deepQuery(page.root, 'booking-details-form')!.shadowRoot!;
    const formText = textOf(form);
    expect(formText).to.contain('Er det dit første besøg hos Contoso Clinic?');
    expect(formText).to.contain('Jeg accepterer, at Contoso Clinic gemmer mit navn');
    // The fallback: no Danish for this question, so the business's own text.
    expect(formText).to.contain('Medication, allergies or anything else we should know');
    expect(formText).not.to.contain('Is this your first visit');
    const options = deepQueryAll<HTMLInputElement>(form, 'input[name="answer:first-visit"]').map((i) => i.value);
    expect(options).to.deep.equal(['Ja', 'Nej']);
    expect(deepQuery<HTMLAnchorElement>(form, 'a[href*="privatliv"]')?.href).to.equal(
      'https://contoso.example/da/privatliv',
    );

    await page.type('name', 'Mette Hansen');
    await page.type('emailAddress', 'mette@example.com');
    deepQueryAll<HTMLInputElement>(form, 'input[name="answer:first-visit"]')[1].click();
    (page.field('consent') as HTMLInputElement).click();
    const confirmed = new Promise<BookingConfirmedEvent>((resolve) =>
      el.addEventListener('booking-confirmed', resolve, { once: true }),
    );
    page.bookButton.click();
    const { appointment, manageToken } = (await confirmed).detail;
    expect(appointment.serviceName).to.equal('Tandrensning');

    // Stored: the language booked in, and the answer in the business's own option.
    const staff = adapter.asStaff('anna');
    const [stored] = (
      await staff.listAppointments({ start: '2026-11-30T00:00:00Z', end: '2026-12-01T00:00:00Z' })
    ).filter((a) => a.id === appointment.id);
    expect(stored.customer.languageTag).to.equal('da');
    expect(stored.answers).to.deep.include({ questionId: 'first-visit', answer: 'No' });
    expect(stored.serviceName).to.equal('Dental cleaning');
    // The customer's confirmation names the service in Danish; staff read the business's own.
    const outbox = await staff.listOutbox({ appointmentId: appointment.id });
    const mine = outbox.find((m) => m.recipient.role === 'customer' && m.channel === 'email')!;
    expect(mine.languageTag).to.equal('da');
    expect(mine.subject).to.contain('Tandrensning');
    expect(outbox.find((m) => m.recipient.role === 'staff')!.subject).to.contain('Dental cleaning');

    // The manage page, with no language named, speaks the language the customer booked in.
    const manage = await fixture<BookingManage>(
      html`<booking-manage
        time-zone=${ZONE}
        appointment-id=${appointment.id}
        token=${manageToken}
        .adapter=${adapter}
        .clock=${() => NOW}
      ></booking-manage>`,
    );
    await waitUntil(() => textOf(manage.shadowRoot).includes('Tandrensning'), 'manage page in Danish', {
      timeout: 10000,
    });
    expect(textOf(manage.shadowRoot)).not.to.contain('Dental cleaning');
  });

  it('fetches the texts again when the page’s language changes', async () => {
    const adapter = makeAdapter(await clinic(), NOW);
    const el = await fixture<BookingPage>(
      html`<booking-page lang="da" time-zone=${ZONE} .adapter=${adapter} .clock=${() => NOW}></booking-page>`,
    );
    const page = new BookingPagePage(el);
    await page.waitForHeading('Vælg en ydelse');
    expect(textOf(page.root)).to.contain('Tandrensning');
    el.setAttribute('lang', 'de');
    await waitUntil(() => textOf(page.root).includes('Professionelle Zahnreinigung'), 'German texts', {
      timeout: 10000,
    });
    expect(textOf(page.root)).not.to.contain('Tandrensning');
    el.removeAttribute('lang');
    // No language named: the business's own (English here).
    await waitUntil(() => textOf(page.root).includes('Dental cleaning'), 'the business language', { timeout: 10000 });
  });

  it('a language without any translation reads the business’s own texts', async () => {
    const adapter = makeAdapter(await clinic(), NOW);
    const data = await adapter.getBookingPage({ languageTag: 'sv' });
    expect(data.services.map((s) => s.displayName)).to.include('Dental cleaning');
    const nl = await adapter.getBookingPage({ languageTag: 'nl-BE' });
    expect(nl.services.map((s) => s.displayName)).to.include('Gebitsreiniging');
    expect(nl.customQuestions.find((q) => q.id === 'pain-areas')?.answerOptions).to.deep.equal([
      'Nek',
      'Bovenrug',
      'Onderrug',
      'Schouders',
    ]);
    expect(nl.bookingPageSettings.termsAndConditionsWebUrl).to.equal('https://contoso.example/nl/voorwaarden');
  });
});
