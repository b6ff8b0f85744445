/**
 * The business's own wording of its e-mails (`messageTemplates` in the business configuration):
 * per kind and language tag, a subject and a body with named placeholders (core/message-templates.ts).
 * Checked on save like every text (no control characters, bounded), and for placeholders: an
 * unknown one is refused with its name, line and column, so a typo never reaches a customer as
 * "{custmerName}".
 */
// The layer rule's 'zod' pattern also matches 'zod/mini', the one zod entry schemas may use.
import * as z from 'zod/mini';
import type { MessageTemplate, MessageTemplates } from '../core/message-templates.js';
import { idSchema, languageTagSchema, LIMITS, multilineText, requiredText } from './fields.js';

/** Languages one kind may be worded in. */
const MAX_LANGUAGES = 50;

function isTemplateMap(value: unknown): value is Record<string, MessageTemplate> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const entries = Object.values(value as Record<string, unknown>);
  return (
    entries.length <= MAX_LANGUAGES &&
    entries.every(
      (t) =>
        !!t &&
        typeof t === 'object' &&
        typeof (t as MessageTemplate).subject === 'string' &&
        typeof (t as MessageTemplate).body === 'string',
    )
  );
}

// A check rather than z.record (as in booking.ts): these schemas are in the booking page's
// validation chunk, and zod's record costs more than the page can carry. The texts themselves
// (language tags, bounds, control characters, placeholders) are checked by `templateIssues`
// (core/message-templates.ts) in the backend on save, each at its own path.
function perLanguage() {
  return z.optional(
    z.custom<Record<string, MessageTemplate>>(
      isTemplateMap,
      `expected { "<language tag>": { "subject": "…", "body": "…" } } with at most ${MAX_LANGUAGES} languages`,
    ),
  );
}

const templateSchema = () => z.object({ subject: requiredText(LIMITS.title), body: multilineText(LIMITS.notes) });

export const messageTemplateSchema = templateSchema();

export const messageTemplatesSchema = z.object({
  confirmation: perLanguage(),
  reschedule: perLanguage(),
  cancellation: perLanguage(),
  reminder: perLanguage(),
  timeOff: perLanguage(),
  staffNotification: perLanguage(),
});

type Assignable<A, B> = [A] extends [B] ? true : false;
type Expect<T extends true> = T;
type _Drift = [
  Expect<Assignable<z.output<typeof messageTemplatesSchema>, MessageTemplates>>,
  Expect<Assignable<MessageTemplates, z.input<typeof messageTemplatesSchema>>>,
];

/** `previewMessage`: a kind and language, and the template under edit (absent: the saved or built-in one). */
export const previewMessageInputSchema = z.object({
  businessId: z.optional(idSchema),
  kind: z.enum(['confirmation', 'reschedule', 'cancellation', 'reminder', 'timeOff', 'staffNotification']),
  languageTag: languageTagSchema,
  /** Checked for the kind's placeholders by the backend (a 422 naming the place, as on save). */
  template: z.optional(z.object({ subject: requiredText(LIMITS.title), body: multilineText(LIMITS.notes) })),
});
export type PreviewMessageInput = z.infer<typeof previewMessageInputSchema>;

const templateTextSchema = z.object({ subject: z.string(), body: z.string() });

/** The e-mail a template gives with sample data: both parts, and the template texts for the editor. */
export const messagePreviewSchema = z.object({
  subject: z.string(),
  /** The plain-text part. */
  body: z.string(),
  /** The HTML part (a complete document; show it in a sandboxed frame). */
  html: z.string(),
  /** The template shown: the given one, else the business's own, else the built-in one. */
  template: templateTextSchema,
  /** The built-in template of the kind and language ("reset to default"). */
  defaultTemplate: templateTextSchema,
  /** Whether the business has its own template for this kind and language. */
  isCustom: z.boolean(),
  /** The placeholders the kind may use. */
  placeholders: z.array(z.string()),
});
export type MessagePreviewJson = z.infer<typeof messagePreviewSchema>;
