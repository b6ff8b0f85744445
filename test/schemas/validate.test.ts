import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import {
  formatIssues,
  formatPath,
  parseBusiness,
  parseWith,
  SchemaError,
  validate,
  nameSchema,
} from '../../src/schemas/index.js';
import { expectOnlyIssue, minimalBusiness } from './fixtures.js';

describe('schemas/validate', () => {
  describe('formatPath', () => {
    it('writes indexes in brackets and keys with dots', () => {
      expect(formatPath([])).to.equal('');
      expect(formatPath(['services', 2, 'defaultDuration'])).to.equal('services[2].defaultDuration');
      expect(formatPath([0, 'timeSlots', 1])).to.equal('[0].timeSlots[1]');
      expect(formatPath(['answers', 'first-visit'])).to.equal('answers.first-visit');
    });

    it('quotes keys that are not plain identifiers', () => {
      expect(formatPath(['labels', 'a b'])).to.equal('labels["a b"]');
      expect(formatPath(['@odata.type'])).to.equal('["@odata.type"]');
    });
  });

  describe('formatIssues', () => {
    it('prints one "path: message" line per issue, the root without a path', () => {
      expect(
        formatIssues([
          { path: 'services[2].defaultDuration', message: 'expected an ISO-8601 duration such as PT30M' },
          { path: '', message: 'expected an object' },
        ]),
      ).to.equal('services[2].defaultDuration: expected an ISO-8601 duration such as PT30M\nexpected an object');
    });
  });

  describe('validate', () => {
    it('returns the parsed value on success', () => {
      expect(validate(nameSchema, ' Anna ')).to.deep.equal({ ok: true, value: 'Anna' });
    });

    it('returns path and message for each issue', () => {
      expect(validate(z.object({ a: z.array(z.object({ b: z.string() })) }), { a: [{ b: 1 }] })).to.deep.equal({
        ok: false,
        issues: [{ path: 'a[0].b', message: 'expected a string' }],
      });
    });
  });

  describe('readable messages for zod’s own issues', () => {
    it('literals', () => {
      expectOnlyIssue(z.literal(true), false, '', 'expected true');
    });

    it('unknown fields of strict objects', () => {
      expectOnlyIssue(z.strictObject({ a: z.string() }), { a: 'x', b: 1 }, '', 'unknown field: b');
      expectOnlyIssue(z.strictObject({}), { b: 1, c: 2 }, '', 'unknown fields: b, c');
    });

    it('unions', () => {
      expectOnlyIssue(z.union([z.string(), z.number()]), true, '', 'does not match any of the allowed forms');
    });

    it('exclusive bounds and multiples', () => {
      expectOnlyIssue(z.number().check(z.gt(0)), 0, '', 'must be more than 0');
      expectOnlyIssue(z.number().check(z.lt(10)), 10, '', 'must be less than 10');
      expectOnlyIssue(z.number().check(z.multipleOf(5)), 7, '', 'must be a multiple of 5');
    });

    it('list lengths', () => {
      expectOnlyIssue(z.array(z.string()).check(z.minLength(2)), ['a'], '', 'must have at least 2 items');
      expectOnlyIssue(z.array(z.string()).check(z.minLength(1)), [], '', 'must not be empty');
      expectOnlyIssue(z.array(z.string()).check(z.maxLength(1)), ['a', 'b'], '', 'must have at most 1 item');
    });

    it('string lengths', () => {
      expectOnlyIssue(z.string().check(z.minLength(3)), 'ab', '', 'must be at least 3 characters');
      expectOnlyIssue(z.string().check(z.maxLength(1)), 'ab', '', 'must be at most 1 character');
    });

    it('formats and refinements without their own message', () => {
      expectOnlyIssue(z.string().check(z.regex(/^a/)), 'b', '', 'has the wrong format');
      expectOnlyIssue(z.email(), 'nope', '', 'expected an email address such as name@example.com');
      expectOnlyIssue(z.string().check(z.refine(() => false)), 'x', '', 'is not valid');
    });
  });

  describe('parseBusiness and SchemaError', () => {
    it('returns a Business with defaults filled in', () => {
      const b = parseBusiness(minimalBusiness());
      expect(b.services[0]?.postBuffer).to.equal('PT0M');
      expect(b.timeOff).to.deep.equal([]);
    });

    it('throws a SchemaError carrying every issue', () => {
      const input = minimalBusiness();
      input.services![0].defaultDuration = '30';
      input.webSiteUrl = 'javascript:alert(1)';
      let error: unknown;
      try {
        parseBusiness(input);
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(SchemaError);
      expect(error).to.be.instanceOf(Error);
      const e = error as SchemaError;
      expect(e.name).to.equal('SchemaError');
      expect(e.issues).to.deep.equal([
        { path: 'webSiteUrl', message: 'expected an https: or http: web address such as https://example.com' },
        { path: 'services[0].defaultDuration', message: 'expected an ISO-8601 duration such as PT30M' },
      ]);
      expect(e.message).to.equal(
        'invalid business configuration:\n' +
          'webSiteUrl: expected an https: or http: web address such as https://example.com\n' +
          'services[0].defaultDuration: expected an ISO-8601 duration such as PT30M',
      );
    });

    it('parseWith names what was invalid', () => {
      expect(() => parseWith(nameSchema, '', 'customer name')).to.throw(
        SchemaError,
        'invalid customer name:\nmust not be empty',
      );
    });
  });
});
