/**
 * The parts of the business configuration that customer payloads carry as well: the booking page
 * settings, custom questions and their assignment, and the price types. business.ts re-exports
 * them; they live apart so that the customer schemas (customer.ts) do not import the whole
 * configuration schema, and a page that only books downloads just these.
 */
// The layer rule's 'zod' pattern also matches 'zod/mini', the one zod entry schemas may use.
import * as z from 'zod/mini';
import { colorSchema, idSchema, LIMITS, messageSchema, nameSchema, requiredText, webUrlSchema } from './fields.js';

export type Path = (string | number)[];

/** Cross-field checks push issues at a path below the object they are attached to. */
export function crossCheck<T>(
  fn: (value: T, report: (path: Path, message: string) => void) => void,
): z.core.$ZodCheck<T> {
  return z.superRefine<T>((value, ctx) => {
    fn(value, (path, message) => ctx.addIssue({ code: 'custom', message, path, input: value }));
  });
}

export const bookingPageSettingsSchema = z.object({
  // A configuration file is written to serve a page; unpublishing is the deliberate act.
  isPublished: z._default(z.boolean(), true),
  accessControl: z._default(z.enum(['unrestricted', 'restrictedToOrganization']), 'unrestricted'),
  isCustomerConsentEnabled: z._default(z.boolean(), false),
  customerConsentMessage: z.optional(messageSchema),
  privacyPolicyWebUrl: z.optional(webUrlSchema),
  termsAndConditionsWebUrl: z.optional(webUrlSchema),
  isTimeSlotTimeZoneSetToBusinessTimeZone: z._default(z.boolean(), false),
  bookingPageColorCode: z.optional(colorSchema),
});

export const ANSWER_INPUT_TYPES = ['text', 'radioButton', 'checkbox', 'multiline'] as const;

export const customQuestionSchema = z
  .object({
    id: idSchema,
    displayName: nameSchema,
    answerInputType: z._default(z.enum(ANSWER_INPUT_TYPES), 'text'),
    answerOptions: z.optional(z.array(requiredText(LIMITS.name)).check(z.maxLength(LIMITS.options))),
  })
  .check(
    crossCheck((question, report) => {
      const options = question.answerOptions ?? [];
      if (question.answerInputType === 'radioButton' && options.length === 0) {
        report(['answerOptions'], 'a radioButton question needs at least one answer option');
      }
      options.forEach((option, i) => {
        if (options.indexOf(option) !== i) report(['answerOptions', i], `duplicate option: ${option}`);
      });
    }),
  );

export const questionAssignmentSchema = z.object({
  questionId: idSchema,
  isRequired: z._default(z.boolean(), false),
});

export const PRICE_TYPES = [
  'undefined',
  'fixedPrice',
  'startingAt',
  'hourly',
  'free',
  'priceVaries',
  'callUs',
  'notSet',
] as const;
