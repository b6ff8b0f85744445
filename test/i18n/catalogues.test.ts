import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/en.js';
import {
  english,
  firstDayOfWeek,
  formatCurrency,
  formatDateTime,
  formatDayLong,
  formatList,
  formatMonthYear,
  formatTime,
  hasMessages,
  languageOf,
  LANGUAGES,
  loadMessages,
  messagesFor,
  zoneParts,
  type Messages,
} from '../../src/i18n/index.js';
import { loadAdminMessages } from '../../src/i18n/admin.js';

const OTHERS = LANGUAGES.filter((l) => l !== 'en');

describe('i18n catalogues', () => {
  it('bundles English only: the others load on demand, each from its own module', async () => {
    expect(hasMessages('en-GB')).to.equal(true);
    expect(hasMessages('da')).to.equal(false);
    expect(messagesFor('da')).to.equal(english);
    const da = await loadMessages('da-DK');
    expect(da.lang).to.equal('da');
    expect(hasMessages('da')).to.equal(true);
    expect(messagesFor('da')).to.equal(da);
    expect(hasMessages('de')).to.equal(false);
    const fetched = performance.getEntriesByType('resource').map((e) => e.name);
    expect(fetched.some((url) => url.includes('/src/i18n/locales/da.'))).to.equal(true);
    expect(fetched.some((url) => url.includes('/src/i18n/locales/de.'))).to.equal(false);
  });

  it('completes English with its second part when code that shows it loads', async () => {
    // The booking page's part is there from the start; the rest arrives with the code that shows it.
    expect(english.chooseService).to.equal(en.chooseService);
    const loaded = await loadMessages('en-GB');
    expect(loaded).to.equal(english);
    // The repeat-booking strings (en-series.ts) arrive with the series code, loaded when a series shows.
    const seriesKeys = Object.keys((await import('../../src/i18n/en-series.js')).enSeries);
    expect(Object.keys(english).sort()).to.deep.equal(
      Object.keys(en)
        .filter((k) => !seriesKeys.includes(k) || k in english)
        .sort(),
    );
    await import('../../src/elements/booking-page/series-panel.js');
    expect(Object.keys(english).sort()).to.deep.equal(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof Messages)[]) expect(String(english[key])).to.equal(String(en[key]));
  });

  it('shares one request between concurrent loads', async () => {
    const [a, b] = await Promise.all([loadMessages('fr'), loadMessages('fr-CA')]);
    expect(a).to.equal(b);
  });

  it('matches tags on their primary subtag and falls back to English', () => {
    expect(languageOf('da-DK')).to.equal('da');
    expect(languageOf('PL')).to.equal('pl');
    expect(languageOf('nl_BE')).to.equal('nl');
    expect(languageOf('nb-NO')).to.equal('en');
    expect(languageOf('ar')).to.equal('en');
  });

  it('every catalogue has exactly English’s keys, with the same kinds and arities', async () => {
    for (const lang of OTHERS) {
      const m = (await loadMessages(lang)) as Record<string, unknown>;
      const ref = en as Record<string, unknown>;
      expect(Object.keys(m).sort(), lang).to.deep.equal(Object.keys(ref).sort());
      for (const key of Object.keys(ref)) {
        expect(typeof m[key], `${lang}.${key}`).to.equal(typeof ref[key]);
        if (typeof ref[key] === 'function') {
          expect((m[key] as (...a: unknown[]) => string).length, `${lang}.${key}`).to.equal(
            (ref[key] as (...a: unknown[]) => string).length,
          );
        }
      }
      expect(m.lang).to.equal(lang);
    }
  });

  describe('plurals', () => {
    let m: Record<(typeof LANGUAGES)[number], Messages>;
    before(async () => {
      m = Object.fromEntries(await Promise.all(LANGUAGES.map(async (l) => [l, await loadMessages(l)]))) as typeof m;
    });

    it('Polish: one, few and many (1 termin, 2–4 terminy, 5–21 terminów, 22 terminy again)', () => {
      const pl = m.pl;
      expect(pl.dayHasTimes(1)).to.equal('1 wolny termin');
      expect(pl.dayHasTimes(2)).to.equal('2 wolne terminy');
      expect(pl.dayHasTimes(4)).to.equal('4 wolne terminy');
      expect(pl.dayHasTimes(5)).to.equal('5 wolnych terminów');
      expect(pl.dayHasTimes(12)).to.equal('12 wolnych terminów');
      expect(pl.dayHasTimes(21)).to.equal('21 wolnych terminów');
      expect(pl.dayHasTimes(22)).to.equal('22 wolne terminy');
      expect(pl.dayHasTimes(112)).to.equal('112 wolnych terminów');
      expect(pl.seatsLeft(1)).to.equal('Zostało 1 miejsce');
      expect(pl.seatsLeft(3)).to.equal('Zostały 3 miejsca');
      expect(pl.seatsLeft(8)).to.equal('Zostało 8 miejsc');
      expect(pl.errorsInForm(1)).to.equal('Przed rezerwacją należy poprawić 1 pole.');
      expect(pl.errorsInForm(3)).to.equal('Przed rezerwacją należy poprawić 3 pola.');
      expect(pl.errorsInForm(5)).to.equal('Przed rezerwacją należy poprawić 5 pól.');
      expect(pl.classOf(8)).to.equal('Zajęcia grupowe · do 8 osób');
      expect(pl.timesCount(2, 'wtorek, 1 grudnia 2026')).to.equal('wtorek, 1 grudnia 2026: 2 wolne terminy');
    });

    it('French: 0 and 1 are singular', () => {
      expect(m.fr.dayHasTimes(0)).to.equal('0 créneau disponible');
      expect(m.fr.dayHasTimes(1)).to.equal('1 créneau disponible');
      expect(m.fr.dayHasTimes(2)).to.equal('2 créneaux disponibles');
      expect(m.fr.seatsLeft(1)).to.equal('1 place restante');
    });

    it('Danish, German, Dutch and English: one and other', () => {
      expect(m.da.dayHasTimes(1)).to.equal('1 ledig tid');
      expect(m.da.dayHasTimes(3)).to.equal('3 ledige tider');
      expect(m.de.dayHasTimes(1)).to.equal('1 freier Termin');
      expect(m.de.dayHasTimes(3)).to.equal('3 freie Termine');
      expect(m.de.seatsLeft(1)).to.equal('Noch 1 Platz frei');
      expect(m.nl.dayHasTimes(1)).to.equal('1 tijdstip beschikbaar');
      expect(m.nl.dayHasTimes(3)).to.equal('3 tijdstippen beschikbaar');
      expect(m.en.dayHasTimes(1)).to.equal('1 free time');
      expect(m.en.dayHasTimes(0)).to.equal('0 free times');
    });

    it('durations read naturally in every language', () => {
      expect([30, 60, 90].map((n) => m.da.minutes(n))).to.deep.equal(['30 min.', '1 time', '1 t. 30 min.']);
      expect(m.da.minutes(120)).to.equal('2 timer');
      expect([30, 60, 90].map((n) => m.de.minutes(n))).to.deep.equal(['30 Min.', '1 Std.', '1 Std. 30 Min.']);
      expect([30, 60, 90].map((n) => m.fr.minutes(n))).to.deep.equal(['30 min', '1 h', '1 h 30 min']);
      expect([30, 60, 90].map((n) => m.nl.minutes(n))).to.deep.equal(['30 min', '1 uur', '1 u 30 min']);
      expect([30, 60, 90].map((n) => m.pl.minutes(n))).to.deep.equal(['30 min', '1 godz.', '1 godz. 30 min']);
    });
  });

  describe('formal address', () => {
    it('German says Sie, French vous, Dutch u; Danish du; Polish stays impersonal', async () => {
      const [da, de, fr, nl, pl] = await Promise.all(OTHERS.map((l) => loadMessages(l)));
      expect(de.nameRequired).to.match(/\bIhren\b/);
      expect(de.staffHeading).to.match(/\bSie\b/);
      expect(Object.values(de).filter((v) => typeof v === 'string' && /\b(du|dein|deine)\b/i.test(v))).to.deep.equal(
        [],
      );
      expect(fr.staffHeading).to.match(/\bvous\b/);
      // Letters, not \b: JavaScript's \b takes the ê of "êtes" for a word boundary and would find "tes".
      expect(
        Object.values(fr).filter((v) => typeof v === 'string' && /(?<!\p{L})(tu|ton|ta|tes)(?!\p{L})/iu.test(v)),
      ).to.deep.equal([]);
      expect(nl.staffHeading).to.match(/\bu\b/);
      expect(Object.values(nl).filter((v) => typeof v === 'string' && /\b(je|jij|jouw)\b/i.test(v))).to.deep.equal([]);
      expect(da.staffHeading).to.match(/\bdu\b/);
      // No "Pan/Pani" (it would guess the customer's gender) and no second-person verbs in sentences.
      const plText = Object.values(pl).filter((v): v is string => typeof v === 'string');
      expect(plText.filter((v) => /\b(Pan|Pani|Państwo)\b/.test(v))).to.deep.equal([]);
      expect(pl.nameRequired).to.equal('Proszę podać imię i nazwisko.');
    });
  });

  describe('Intl in each language and zone', () => {
    it('names days and months in the language, with the right first weekday', () => {
      expect(formatDayLong('2026-12-01', 'da')).to.equal('tirsdag den 1. december 2026');
      expect(formatDayLong('2026-12-01', 'de')).to.equal('Dienstag, 1. Dezember 2026');
      expect(formatDayLong('2026-12-01', 'fr')).to.equal('mardi 1 décembre 2026');
      expect(formatDayLong('2026-12-01', 'nl')).to.equal('dinsdag 1 december 2026');
      expect(formatDayLong('2026-12-01', 'pl')).to.equal('wtorek, 1 grudnia 2026');
      expect(formatMonthYear('2026-12-01', 'pl')).to.equal('grudzień 2026');
      for (const lang of OTHERS) expect(firstDayOfWeek(lang), lang).to.equal(1);
      expect(firstDayOfWeek('en-US')).to.equal(0);
    });

    it('formats times in the given zone, not the browser’s', () => {
      const t = Date.parse('2026-12-01T08:30:00Z');
      expect(formatDateTime(t, 'de', 'Europe/Copenhagen')).to.equal('Dienstag, 1. Dezember 2026 um 09:30');
      expect(formatDateTime(t, 'da', 'America/New_York')).to.equal('tirsdag den 1. december 2026 kl. 03.30');
      // 24-hour clocks pad the hour as the locales write it ("03:30", not "3:30"); 12-hour ones do not.
      expect(formatTime(t, 'fr', 'America/New_York')).to.equal('03:30');
      expect(formatTime(t, 'pl', 'Europe/Warsaw')).to.equal('09:30');
      expect(formatTime(t, 'en-US', 'America/New_York')).to.match(/^3:30\sAM$/);
      expect(formatTime(t, 'de', 'Europe/Berlin', 'h12')).to.match(/^9:30\sAM$/);
    });

    it('formats prices and lists in the language', () => {
      expect(formatCurrency(60, 'DKK', 'da')).to.equal('60\u00a0kr.');
      expect(formatCurrency(60, 'EUR', 'de')).to.equal('60\u00a0€');
      expect(formatCurrency(60.5, 'PLN', 'pl')).to.equal('60,50\u00a0zł');
      expect(formatList(['Anna', 'Ben'], 'da')).to.equal('Anna og Ben');
      expect(formatList(['Anna', 'Ben'], 'de')).to.equal('Anna und Ben');
      expect(formatList(['Anna', 'Ben'], 'fr')).to.equal('Anna et Ben');
      expect(formatList(['Anna', 'Ben'], 'nl')).to.equal('Anna en Ben');
      expect(formatList(['Anna', 'Ben'], 'pl')).to.equal('Anna i Ben');
    });
  });
});

describe('zone phrases (each language places the zone name its own way)', () => {
  // 10 January 2026: Copenhagen on standard time.
  const AT = Date.UTC(2026, 0, 10, 12);
  const phrase = async (lang: string) => {
    const m = await loadMessages(lang);
    const { name, offset } = zoneParts('Europe/Copenhagen', lang, AT);
    const admin = (await loadAdminMessages(lang)).timesIn(name, offset);
    return { customer: m.timesShownIn(name, offset), admin };
  };

  it('reads right in all six languages, German with the name as a name, not "in Mitteleuropäische Normalzeit"', async () => {
    expect(await phrase('en')).to.deep.equal({
      customer: 'Times are shown in Central European Standard Time (GMT+1).',
      admin: 'Times in Central European Standard Time (GMT+1)',
    });
    const de = await phrase('de');
    expect(de).to.deep.equal({
      customer: 'Alle Zeiten in der Zeitzone „Mitteleuropäische Normalzeit“ (GMT+1).',
      admin: 'Zeitzone: Mitteleuropäische Normalzeit (GMT+1)',
    });
    expect(de.customer + de.admin).not.to.match(/Zeiten in Mitteleuropäische/);
    expect(await phrase('da')).to.deep.equal({
      customer: 'Tiderne vises i denne tidszone: Centraleuropæisk normaltid (GMT+1).',
      admin: 'Tidszone: Centraleuropæisk normaltid (GMT+1)',
    });
    expect(await phrase('fr')).to.deep.equal({
      customer:
        'Les heures sont indiquées dans le fuseau horaire «\u00a0heure normale d’Europe centrale\u00a0» (UTC+1).',
      admin: 'Fuseau horaire\u00a0: heure normale d’Europe centrale (UTC+1)',
    });
    expect(await phrase('nl')).to.deep.equal({
      customer: 'Tijden worden getoond in de tijdzone Midden-Europese standaardtijd (GMT+1).',
      admin: 'Tijdzone: Midden-Europese standaardtijd (GMT+1)',
    });
    expect(await phrase('pl')).to.deep.equal({
      customer: 'Godziny podano w strefie czasowej: czas środkowoeuropejski standardowy (GMT+1).',
      admin: 'Strefa czasowa: czas środkowoeuropejski standardowy (GMT+1)',
    });
  });
});
