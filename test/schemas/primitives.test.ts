import { expect } from '@open-wc/testing';
import {
  attendeesCountSchema,
  colorSchema,
  currencySchema,
  dateSchema,
  descriptionSchema,
  durationSchema,
  emailSchema,
  idempotencyKeySchema,
  idSchema,
  instantMs,
  instantSchema,
  intervalDurationSchema,
  languageTagSchema,
  nameSchema,
  notesSchema,
  opaqueIdSchema,
  phoneSchema,
  positiveDurationSchema,
  priceSchema,
  rruleSchema,
  timeOfDaySchema,
  timeZoneSchema,
  tokenSchema,
  validate,
  webUrlSchema,
} from '../../src/schemas/index.js';
import { expectOnlyIssue, expectValid, text } from './fixtures.js';

describe('schemas/primitives', () => {
  describe('durationSchema', () => {
    it('accepts fixed-length ISO-8601 durations', () => {
      for (const d of ['PT30M', 'PT0M', 'P1D', 'P2W', 'P60D', 'PT1H30M', 'P1DT2H', 'PT0.5S'])
        expectValid(durationSchema, d);
    });

    it('refuses other text with an example', () => {
      for (const d of ['30 minutes', 'PT', 'P', '30', 'pt30m', '-PT30M', 'PT30M ']) {
        expectOnlyIssue(durationSchema, d, '', 'expected an ISO-8601 duration such as PT30M');
      }
    });

    it("passes parseDuration's advice through for years and months", () => {
      for (const d of ['P1M', 'P1Y', 'P1Y2M']) {
        expectOnlyIssue(
          durationSchema,
          d,
          '',
          'years and months have no fixed length: use days or weeks, such as P365D or P8W',
        );
      }
    });

    it('refuses absurdly long duration text', () => {
      expectOnlyIssue(durationSchema, `P${text(40, '9')}D`, '', 'expected an ISO-8601 duration such as PT30M');
    });

    it('positiveDurationSchema refuses zero', () => {
      expectValid(positiveDurationSchema, 'PT1M');
      expectOnlyIssue(positiveDurationSchema, 'PT0M', '', 'must be longer than zero, such as PT30M');
    });

    it('intervalDurationSchema refuses a step shorter than a minute', () => {
      expectValid(intervalDurationSchema, 'PT1M');
      expectOnlyIssue(intervalDurationSchema, 'PT30S', '', 'must be at least PT1M');
    });
  });

  describe('timeOfDaySchema', () => {
    it('accepts HH:mm from 00:00 to 24:00', () => {
      for (const t of ['00:00', '09:00', '12:30', '23:59', '24:00']) expectValid(timeOfDaySchema, t);
    });

    it('refuses anything else', () => {
      for (const t of ['9:00', '24:01', '25:00', '12:60', '0900', '09:00:00', '9am', '']) {
        expectOnlyIssue(timeOfDaySchema, t, '', 'expected a time of day such as 09:00 (00:00 to 24:00)');
      }
    });
  });

  describe('dateSchema', () => {
    it('accepts real calendar dates', () => {
      for (const d of ['2026-12-24', '2024-02-29', '2026-01-31', '2000-02-29']) expectValid(dateSchema, d);
    });

    it('refuses impossible dates and other shapes', () => {
      for (const d of [
        '2026-02-29',
        '1900-02-29',
        '2026-13-01',
        '2026-04-31',
        '2026-00-10',
        '2026-1-1',
        '24.12.2026',
      ]) {
        expectOnlyIssue(dateSchema, d, '', 'expected a calendar date such as 2026-12-24');
      }
    });
  });

  describe('instantSchema', () => {
    it('accepts ISO-8601 instants with Z or an offset', () => {
      for (const i of [
        '2026-03-01T09:00:00Z',
        '2026-03-01T09:00Z',
        '2026-03-01T09:00:00.123+01:00',
        '2026-03-01T09:00:00-05:30',
        '2026-03-01T09:00:00.0000000Z',
      ]) {
        expectValid(instantSchema, i);
      }
    });

    it('refuses floating local times, dates and impossible instants', () => {
      for (const i of [
        '2026-03-01T09:00:00',
        '2026-03-01',
        '2026-02-30T09:00:00Z',
        '2026-03-01T24:00:00Z',
        '2026-03-01 09:00:00Z',
        '1772355600000',
      ]) {
        expectOnlyIssue(
          instantSchema,
          i,
          '',
          'expected an ISO-8601 instant with Z or an offset, such as 2026-03-01T09:00:00Z',
        );
      }
    });

    it('instantMs reads accepted instants and gives NaN for others', () => {
      expect(instantMs('2026-03-01T09:00:00+01:00')).to.equal(Date.UTC(2026, 2, 1, 8));
      expect(instantMs('2026-03-01T09:00:00')).to.be.NaN;
    });
  });

  describe('timeZoneSchema', () => {
    it('accepts IANA zones', () => {
      for (const z of ['Europe/Copenhagen', 'America/New_York', 'Australia/Lord_Howe', 'UTC'])
        expectValid(timeZoneSchema, z);
    });

    it('refuses unknown zones and offsets', () => {
      for (const z of ['Mars/Olympus_Mons', '+01:00', '', 'Europe/Copenhagen ']) {
        expectOnlyIssue(timeZoneSchema, z, '', 'expected an IANA time zone such as Europe/Copenhagen');
      }
    });
  });

  describe('idSchema', () => {
    it('accepts 1–64 letters, digits, _ and -', () => {
      for (const id of ['anna', 'q-1', 'A_9', text(64)]) expectValid(idSchema, id);
    });

    it('refuses an empty id', () => {
      expectOnlyIssue(idSchema, '', '', 'must not be empty');
    });

    it('refuses other characters', () => {
      for (const id of ['a b', 'anna/ben', 'å', '<x>']) {
        expectOnlyIssue(idSchema, id, '', 'may contain only letters, digits, "_" and "-"');
      }
    });

    it('refuses more than 64 characters', () => {
      expectOnlyIssue(idSchema, text(65), '', 'must be at most 64 characters');
    });

    it('opaqueIdSchema takes backend ids such as Graph appointment ids', () => {
      expectValid(opaqueIdSchema, 'AAMkADc7zF4J0AAA8v_KnAAA=');
      expectOnlyIssue(opaqueIdSchema, 'a/b', '', 'may contain only letters, digits and "_ . ~ = + -"');
    });
  });

  describe('webUrlSchema (R21)', () => {
    it('accepts https: and http: addresses', () => {
      for (const u of ['https://contoso.example', 'http://localhost:8000/privacy', 'https://example.com/a?b=c#d']) {
        expectValid(webUrlSchema, u);
      }
    });

    it('refuses javascript:, data: and every other scheme', () => {
      for (const u of [
        'javascript:alert(1)',
        'JavaScript:alert(1)',
        ' javascript:alert(1)',
        'data:text/html,<script>alert(1)</script>',
        'ftp://example.com',
        'mailto:a@example.com',
        'example.com',
        '//example.com',
        'https://',
      ]) {
        expectOnlyIssue(webUrlSchema, u, '', 'expected an https: or http: web address such as https://example.com');
      }
    });

    it('refuses overlong addresses', () => {
      expect(validate(webUrlSchema, `https://example.com/${text(2100)}`)).to.deep.equal({
        ok: false,
        issues: [{ path: '', message: 'must be at most 2048 characters' }],
      });
    });
  });

  describe('emailSchema and phoneSchema', () => {
    it('accepts email addresses', () => {
      for (const e of ['name@example.com', 'anna.larsen+booking@contoso.example']) expectValid(emailSchema, e);
    });

    it('refuses non-addresses', () => {
      for (const e of ['name', 'name@', '@example.com', 'a b@example.com']) {
        expectOnlyIssue(emailSchema, e, '', 'expected an email address such as name@example.com');
      }
    });

    it('accepts plausible phone numbers', () => {
      for (const p of ['+45 12 34 56 78', '(555) 123-4567', '0045.33.12.34.56', '12345']) expectValid(phoneSchema, p);
    });

    it('refuses implausible phone numbers', () => {
      for (const p of ['call me', '1234', '+1234567890123456', '++4512345678', '12 34 ab']) {
        expectOnlyIssue(phoneSchema, p, '', 'expected a phone number such as +45 12 34 56 78');
      }
    });
  });

  describe('colour, currency, language', () => {
    it('colorSchema accepts #RRGGBB only', () => {
      for (const c of ['#0F6CBD', '#abcdef']) expectValid(colorSchema, c);
      for (const c of ['#FFF', 'blue', '0F6CBD', '#0F6CBDFF', 'url(javascript:x)']) {
        expectOnlyIssue(colorSchema, c, '', 'expected a colour such as #0F6CBD');
      }
    });

    it('currencySchema accepts three upper-case letters', () => {
      expectValid(currencySchema, 'DKK');
      for (const c of ['dkk', 'EURO', 'E']) {
        expectOnlyIssue(currencySchema, c, '', 'expected a three-letter ISO 4217 currency code such as DKK');
      }
    });

    it('languageTagSchema accepts BCP 47 tags', () => {
      for (const l of ['en', 'da', 'da-DK', 'zh-Hant-TW']) expectValid(languageTagSchema, l);
      for (const l of ['not a tag', 'en_US', 'x', '']) {
        expectOnlyIssue(languageTagSchema, l, '', 'expected a language tag such as en or da-DK');
      }
    });
  });

  describe('bounded text (R21)', () => {
    it('trims names and accepts markup-looking text, which is rendered as text', () => {
      expect(validate(nameSchema, '  Anna  ')).to.deep.equal({ ok: true, value: 'Anna' });
      expectValid(nameSchema, '<script>alert(1)</script>');
      expectValid(notesSchema, '<img src=x onerror=alert(1)>');
    });

    it('refuses blank names', () => {
      expectOnlyIssue(nameSchema, '   ', '', 'must not be empty');
    });

    it('bounds names at 200, descriptions at 2000, notes at 4000 characters', () => {
      expectValid(nameSchema, text(200));
      expectOnlyIssue(nameSchema, text(201), '', 'must be at most 200 characters');
      expectValid(descriptionSchema, text(2000));
      expectOnlyIssue(descriptionSchema, text(2001), '', 'must be at most 2000 characters');
      expectValid(notesSchema, text(4000));
      expectOnlyIssue(notesSchema, text(4001), '', 'must be at most 4000 characters');
    });

    it('idempotency keys are 8–128 visible characters', () => {
      expectValid(idempotencyKeySchema, 'a1b2c3d4');
      expectOnlyIssue(idempotencyKeySchema, 'short', '', 'must be at least 8 characters');
      expectOnlyIssue(idempotencyKeySchema, text(129), '', 'must be at most 128 characters');
      expectOnlyIssue(idempotencyKeySchema, 'has a space', '', 'may contain only visible ASCII characters, no spaces');
    });

    it('manage tokens are at least 16 URL-safe characters', () => {
      expectValid(tokenSchema, 'Zk3_9a-LmQ2xYt7w');
      expectOnlyIssue(tokenSchema, 'abc', '', 'must be at least 16 characters');
      expectOnlyIssue(tokenSchema, `${text(16)}/x`, '', 'may contain only letters, digits and "_ . ~ -"');
    });
  });

  describe('numbers', () => {
    it('attendee counts are whole numbers from 1 to 1000', () => {
      for (const n of [1, 8, 1000]) expectValid(attendeesCountSchema, n);
      expectOnlyIssue(attendeesCountSchema, 0, '', 'must be at least 1');
      expectOnlyIssue(attendeesCountSchema, 1001, '', 'must be at most 1000');
      expectOnlyIssue(attendeesCountSchema, 1.5, '', 'must be a whole number');
      expectOnlyIssue(attendeesCountSchema, '8', '', 'expected a number');
    });

    it('prices are finite and not negative', () => {
      expectValid(priceSchema, 0);
      expectValid(priceSchema, 649.5);
      expectOnlyIssue(priceSchema, -1, '', 'must be at least 0');
      expectOnlyIssue(priceSchema, Number.POSITIVE_INFINITY, '', 'expected a finite number');
      expectOnlyIssue(priceSchema, Number.NaN, '', 'expected a finite number');
      expectOnlyIssue(priceSchema, '60', '', 'expected a number');
    });
  });

  describe('rruleSchema', () => {
    it('accepts daily and coarser rules', () => {
      for (const r of ['FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=1', 'FREQ=WEEKLY;BYDAY=WE', 'FREQ=DAILY;COUNT=5']) {
        expectValid(rruleSchema, r);
      }
    });

    it('names the malformed part', () => {
      expectOnlyIssue(rruleSchema, 'FREQ=YEARLY;BYMONTH=13', '', 'BYMONTH=13: expected month numbers from 1 to 12');
    });

    it('refuses rules repeating more than daily', () => {
      expectOnlyIssue(
        rruleSchema,
        'FREQ=HOURLY',
        '',
        'FREQ=HOURLY: repeat at most daily (DAILY, WEEKLY, MONTHLY or YEARLY)',
      );
    });
  });
});
