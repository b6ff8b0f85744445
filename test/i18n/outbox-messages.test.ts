import { expect } from '@open-wc/testing';
import { BookingError } from '../../src/contract/errors.js';
import { BUILT_IN_MESSAGE_CATALOGUES, formatWhen } from '../../src/backend/messages/index.js';
import { ReferenceAdapter } from '../../src/adapters/reference/reference-adapter.js';
import type { BookRequest } from '../../src/schemas/index.js';
import { loadContoso, serviceNameIn } from '../helpers/fixtures.js';

// Monday 30 November 2026, 08:00 in Copenhagen.
const NOW = Date.parse('2026-11-30T07:00:00Z');
const LANGS = ['en', 'da', 'de', 'fr', 'nl', 'pl'] as const;

async function setup(businessLanguage = 'en') {
  const config = await loadContoso();
  config.languageTag = businessLanguage;
  const adapter = new ReferenceAdapter({ config, storage: 'memory', now: () => NOW });
  const slots = await adapter.getAvailability({
    serviceId: 'cleaning',
    start: '2026-12-01T00:00:00Z',
    end: '2026-12-05T00:00:00Z',
  });
  // Two hours apart, so earlier bookings in a test never take a later one's staff.
  return { adapter, slots: slots.filter((_, i) => i % 8 === 0), admin: adapter.asStaff('anna') };
}

function request(start: string, customer: Partial<BookRequest['customer']>, key: string): BookRequest {
  return {
    serviceId: 'cleaning',
    start,
    customer: { name: 'Ola Nowak', emailAddress: 'ola@example.com', timeZone: 'Europe/Warsaw', ...customer },
    answers: [{ questionId: 'first-visit', answer: 'Yes' }],
    consent: { accepted: true },
    idempotencyKey: `idempotency-${key}`,
  };
}

describe('R15: outbox messages in the customer’s language', () => {
  it('writes the customer’s confirmation, reminder, reschedule and cancellation in the language they booked in', async () => {
    const { adapter, slots, admin } = await setup('da');
    const { appointment, manageToken } = await adapter.book(request(slots[0].start, { languageTag: 'pl-PL' }, 'pl-1'));
    await adapter.reschedule({ appointmentId: appointment.id, manageToken, start: slots[3].start });
    await adapter.cancel({ appointmentId: appointment.id, manageToken });
    const outbox = await admin.listOutbox({ appointmentId: appointment.id });
    const toCustomer = outbox.filter((m) => m.recipient.role === 'customer');
    expect(toCustomer.map((m) => m.kind).sort()).to.deep.equal([
      'cancellation',
      'confirmation',
      'reminder',
      'reschedule',
    ]);
    for (const m of toCustomer) {
      expect(m.languageTag, m.kind).to.equal('pl-PL');
      expect(m.timeZone).to.equal('Europe/Warsaw');
      expect(m.body, m.kind).to.match(/^Dzień dobry,/);
    }
    const confirmation = toCustomer.find((m) => m.kind === 'confirmation')!;
    // The service in Polish too (issue 17): the clinic translates its texts.
    expect(confirmation.subject).to.equal('Potwierdzenie rezerwacji: Higienizacja zębów – Contoso Clinic');
    // The time in Polish, in the customer's zone, naming it.
    expect(confirmation.body).to.contain('Termin: wtorek, 1 grudnia 2026');
    expect(confirmation.body).to.contain('(Europe/Warsaw)');
    expect(toCustomer.find((m) => m.kind === 'reminder')!.subject).to.match(/^Przypomnienie: /);
    expect(toCustomer.find((m) => m.kind === 'reschedule')!.body).to.contain('Poprzedni termin: ');
    expect(toCustomer.find((m) => m.kind === 'cancellation')!.subject).to.match(/^Rezerwacja odwołana: /);
    // Staff and the owner read the business's language (Danish here).
    const toStaff = outbox.filter((m) => m.recipient.role !== 'customer');
    expect(toStaff.length).to.be.greaterThan(0);
    for (const m of toStaff) expect(m.languageTag, `${m.recipient.role} ${m.kind}`).to.equal('da');
    expect(toStaff.find((m) => m.kind === 'confirmation')!.subject).to.equal(
      'Ny booking: Dental cleaning med Ola Nowak',
    );
  });

  it('every built-in language writes the customer’s confirmation itself, never English', async () => {
    const { adapter, slots, admin } = await setup('en');
    for (const [i, lang] of LANGS.entries()) {
      const { appointment } = await adapter.book(
        request(slots[i].start, { languageTag: lang, name: `C ${lang}` }, `k-${lang}`),
      );
      const [mail] = (await admin.listOutbox({ appointmentId: appointment.id })).filter(
        (m) => m.recipient.role === 'customer' && m.kind === 'confirmation',
      );
      const when = formatWhen(Date.parse(appointment.start), Date.parse(appointment.end), lang, 'Europe/Warsaw');
      const fill = (subject: string, service = serviceNameIn(lang)) =>
        subject.replace('{serviceName}', service).replace('{businessName}', 'Contoso Clinic');
      expect(mail.languageTag).to.equal(lang);
      expect(mail.subject, lang).to.equal(fill(BUILT_IN_MESSAGE_CATALOGUES[lang].email.templates.confirmation.subject));
      if (lang !== 'en')
        expect(mail.subject, lang).not.to.equal(
          fill(BUILT_IN_MESSAGE_CATALOGUES.en.email.templates.confirmation.subject, 'Dental cleaning'),
        );
      expect(mail.body, lang).to.contain(when);
      // The .ics carries the configuration's names only: nothing for a catalogue to translate.
      expect(mail.ics).to.contain('SUMMARY:Dental cleaning – Contoso Clinic');
    }
  });

  it('falls back to the business’s language without a customer language, and to English for an unknown one', async () => {
    const { adapter, slots, admin } = await setup('de');
    const a = await adapter.book(request(slots[0].start, {}, 'none'));
    const b = await adapter.book(request(slots[1].start, { languageTag: 'sv' }, 'sv'));
    const [mailA] = (await admin.listOutbox({ appointmentId: a.appointment.id })).filter(
      (m) => m.recipient.role === 'customer',
    );
    const [mailB] = (await admin.listOutbox({ appointmentId: b.appointment.id })).filter(
      (m) => m.recipient.role === 'customer',
    );
    expect(mailA.languageTag).to.equal('de');
    expect(mailA.subject).to.equal('Buchungsbestätigung: Dental cleaning bei Contoso Clinic');
    expect(mailB.languageTag).to.equal('en');
    expect(mailB.subject).to.equal('Booking confirmed: Dental cleaning at Contoso Clinic');
  });

  it('refuses a language tag that is not BCP 47, writing nothing', async () => {
    const { adapter, slots, admin } = await setup();
    let error: unknown;
    try {
      await adapter.book(request(slots[0].start, { languageTag: 'not a tag!' }, 'bad'));
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(BookingError);
    expect((error as BookingError).code).to.equal('invalid-input');
    expect((error as BookingError).issues.map((i) => i.path)).to.include('customer.languageTag');
    expect(await admin.listOutbox({})).to.deep.equal([]);
  });
});
