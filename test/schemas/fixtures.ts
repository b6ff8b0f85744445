import { expect } from '@open-wc/testing';
import type * as z from 'zod/mini';
import type { BusinessInput, SchemaIssue } from '../../src/schemas/index.js';
import { validate } from '../../src/schemas/index.js';

/** The issues `schema` reports for `input` (empty when valid). */
export function issuesOf(schema: z.ZodMiniType, input: unknown): SchemaIssue[] {
  const r = validate(schema, input);
  return r.ok ? [] : r.issues;
}

/** Asserts `input` is refused with exactly this one issue, so unrelated noise fails the test too. */
export function expectOnlyIssue(schema: z.ZodMiniType, input: unknown, path: string, message: string): void {
  expect(issuesOf(schema, input)).to.deep.equal([{ path, message }]);
}

export function expectValid(schema: z.ZodMiniType, input: unknown): void {
  expect(issuesOf(schema, input)).to.deep.equal([]);
}

/** A short, valid hand-written configuration: two staff, two questions, one service. */
export function minimalBusiness(): BusinessInput {
  return {
    id: 'contoso',
    displayName: 'Contoso Dental',
    businessTimeZone: 'Europe/Copenhagen',
    businessHours: [
      {
        day: 'monday',
        timeSlots: [
          { startTime: '09:00', endTime: '12:00' },
          { startTime: '13:00', endTime: '17:00' },
        ],
      },
    ],
    schedulingPolicy: { timeSlotInterval: 'PT15M', minimumLeadTime: 'PT2H', maximumAdvance: 'P60D' },
    customQuestions: [
      { id: 'q1', displayName: 'Insurance number?', answerInputType: 'text' },
      { id: 'q2', displayName: 'First visit?', answerInputType: 'radioButton', answerOptions: ['Yes', 'No'] },
    ],
    services: [
      {
        id: 'cleaning',
        displayName: 'Cleaning',
        defaultDuration: 'PT30M',
        staffMemberIds: ['anna', 'ben'],
        customQuestions: [{ questionId: 'q1', isRequired: true }],
      },
    ],
    staffMembers: [
      { id: 'anna', displayName: 'Anna' },
      { id: 'ben', displayName: 'Ben' },
    ],
  };
}

/** A string of `length` characters. */
export function text(length: number, c = 'x'): string {
  return c.repeat(length);
}
