// The schemas run in plain Node 20 (the adapters and the server validate with them there).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  availabilityRequestSchema,
  businessSchema,
  checkBookingDetails,
  parseBusiness,
  SchemaError,
  validate,
} from '../../src/schemas/index.js';
import { parseRruleSyntax } from '../../src/core/rrule-syntax.js';

// tools/node-tests.mjs runs the compiled tests from the repository root.
const contoso: unknown = JSON.parse(readFileSync('demo/data/contoso.json', 'utf8'));

test('the business schema accepts demo/data/contoso.json in Node', () => {
  const r = validate(businessSchema, contoso);
  assert.equal(r.ok, true, r.ok ? '' : JSON.stringify(r.issues));
  const business = parseBusiness(contoso);
  assert.equal(business.services.length, 3);
  assert.equal(business.services[1]?.preBuffer, 'PT0M');
});

test('time zones, URLs and R5 are checked without a DOM', () => {
  const bad = structuredClone(contoso) as {
    businessTimeZone: string;
    webSiteUrl: string;
    schedulingPolicy: { maximumAdvance: string };
  };
  bad.businessTimeZone = 'Europe/Atlantis';
  bad.webSiteUrl = 'javascript:alert(1)';
  bad.schedulingPolicy.maximumAdvance = 'P1D';
  assert.throws(
    () => parseBusiness(bad),
    (e: unknown) =>
      e instanceof SchemaError &&
      JSON.stringify(e.issues) ===
        JSON.stringify([
          { path: 'businessTimeZone', message: 'expected an IANA time zone such as Europe/Copenhagen' },
          { path: 'webSiteUrl', message: 'expected an https: or http: web address such as https://example.com' },
          {
            path: 'schedulingPolicy.maximumAdvance',
            message:
              'must be at least 24 hours more than minimumLeadTime (PT2H), e.g. P1D needs a minimumLeadTime of PT0H',
          },
        ]),
  );
});

test('request bounds and booking details work in Node', () => {
  assert.deepEqual(
    validate(availabilityRequestSchema, { serviceId: 's', start: '2026-01-01T00:00:00Z', end: '2026-04-05T00:00:00Z' }),
    { ok: false, issues: [{ path: 'end', message: 'the range may span at most 93 days' }] },
  );
  assert.deepEqual(
    checkBookingDetails(
      { customer: { name: 'Mia', timeZone: 'UTC' } },
      { isEmailRequired: false, isLocationOnline: true, smsNotificationsEnabled: false },
      [],
      { isCustomerConsentEnabled: true },
    ),
    [
      { path: 'customer.emailAddress', message: 'is required for online services: the join link is sent by email' },
      { path: 'consent.accepted', message: 'must be accepted to book' },
    ],
  );
  assert.deepEqual(parseRruleSyntax('FREQ=WEEKLY;BYDAY=1MO'), {
    ok: false,
    message: 'BYDAY=1MO: a number before the day needs FREQ=MONTHLY or FREQ=YEARLY',
  });
});
