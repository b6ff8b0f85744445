/**
 * The business's own wording of its e-mails (`messageTemplates` in the business configuration):
 * per kind and language tag, a subject and a body with named placeholders (core/message-templates.ts).
 * Checked on save like every text (no control characters, bounded), and for placeholders: an
 * unknown one is refused with its name, line and column, so a typo never reaches a customer as
 * "{custmerName}".
 */
// The layer rule's 'zod' pattern also matches 'zod/mini', the one zod entry schemas may use.
import * as z from 'zod/mini';
import { checkTemplate, type MessageTemplates, type TemplateKind } from '../core/message-templates.js';
import { languageTagSchema, LIMITS, messageCheck, multilineText, requiredText } from './fields.js';

/** Languages one kind may be worded in. */
const MAX_LANGUAGES = 50;

function templateSchema(kind: TemplateKind) {
  return z.object({
    subject: requiredText(LIMITS.title).check(messageCheck<string>((v) => checkTemplate(v, kind, 'subject'))),
    body: multilineText(LIMITS.notes).check(messageCheck<string>((v) => checkTemplate(v, kind, 'body'))),
  });
}

function perLanguage(kind: TemplateKind) {
  return z.optional(
    z
      .record(languageTagSchema, templateSchema(kind))
      .check(
        messageCheck<Record<string, unknown>>((v) =>
          Object.keys(v).length > MAX_LANGUAGES ? `at most ${MAX_LANGUAGES} languages` : null,
        ),
      ),
  );
}

export const messageTemplateSchema = templateSchema('confirmation');

export const messageTemplatesSchema = z.object({
  confirmation: perLanguage('confirmation'),
  reschedule: perLanguage('reschedule'),
  cancellation: perLanguage('cancellation'),
  reminder: perLanguage('reminder'),
  timeOff: perLanguage('timeOff'),
  staffNotification: perLanguage('staffNotification'),
});

type Assignable<A, B> = [A] extends [B] ? true : false;
type Expect<T extends true> = T;
type _Drift = [
  Expect<Assignable<z.output<typeof messageTemplatesSchema>, MessageTemplates>>,
  Expect<Assignable<MessageTemplates, z.input<typeof messageTemplatesSchema>>>,
];
