/**
 * Message templates: the subject and the body text a business writes for each kind of e-mail
 * and language, with named placeholders (`{customerName}`, `{start}`, …). The syntax is as small
 * as it can be, because businesses write it and nothing they write is ever evaluated: text, and
 * `{name}` where `name` is one of the kind's placeholders; `{{` and `}}` stand for literal braces.
 * `{details}` on a line of its own marks where the generated details block goes (the time,
 * staff, place, price, links and contact details, always generated so they are right and
 * escaped); without it the block follows the body.
 *
 * Pure: the schema checks templates with `checkTemplate` on save (an unknown placeholder is
 * refused, naming it and its line and column); the backend fills them with `fillTemplate`.
 */

/** The kinds of message a business may word itself. */
export const TEMPLATE_KINDS = [
  'confirmation',
  'reschedule',
  'cancellation',
  'reminder',
  'timeOff',
  'staffNotification',
] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export interface MessageTemplate {
  subject: string;
  body: string;
}

/** Per kind, per language tag (`da`, `de-AT`, …): the business's own wording. */
export type MessageTemplates = Partial<Record<TemplateKind, Record<string, MessageTemplate>>>;

const APPOINTMENT = [
  'businessName',
  'customerName',
  'serviceName',
  'staffName',
  'start',
  'date',
  'time',
  'duration',
  'location',
  'price',
] as const;

/** The placeholders each kind may use (`details` is the body's details block). */
export const TEMPLATE_PLACEHOLDERS: Readonly<Record<TemplateKind, readonly string[]>> = {
  confirmation: [...APPOINTMENT, 'manageUrl', 'details'],
  reschedule: [...APPOINTMENT, 'previousStart', 'manageUrl', 'details'],
  cancellation: [...APPOINTMENT, 'message', 'details'],
  reminder: [...APPOINTMENT, 'message', 'manageUrl', 'details'],
  timeOff: ['businessName', 'staffName', 'title', 'start', 'end', 'details'],
  staffNotification: [...APPOINTMENT, 'event', 'summary', 'previousStart', 'message', 'details'],
};

/** A problem in a template, with its place: 1-based line and column, and the 0-based offset. */
export interface TemplateProblem {
  message: string;
  offset: number;
  line: number;
  column: number;
}

export type TemplatePart = { text: string } | { name: string };

function position(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

function problem(source: string, offset: number, what: string): TemplateProblem {
  const { line, column } = position(source, offset);
  return { message: `${what} at line ${line}, column ${column}`, offset, line, column };
}

/**
 * Parses a template: its parts, or every problem (an unknown placeholder, a `{` that opens none,
 * `{details}` not alone on its line or in a subject). `allowed` are the kind's placeholders.
 */
export function parseTemplate(
  source: string,
  allowed: readonly string[],
  where: 'subject' | 'body' = 'body',
): { parts: TemplatePart[]; problems: TemplateProblem[] } {
  const parts: TemplatePart[] = [];
  const problems: TemplateProblem[] = [];
  let text = '';
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    if (ch === '{' && source[i + 1] === '{') {
      text += '{';
      i += 2;
      continue;
    }
    if (ch === '}' && source[i + 1] === '}') {
      text += '}';
      i += 2;
      continue;
    }
    if (ch !== '{') {
      text += ch;
      i++;
      continue;
    }
    const match = /^\{([A-Za-z][A-Za-z0-9]*)\}/.exec(source.slice(i, i + 66));
    if (!match) {
      problems.push(problem(source, i, 'a "{" that starts no placeholder (write "{{" for a brace)'));
      text += ch;
      i++;
      continue;
    }
    const name = match[1] ?? '';
    if (!allowed.includes(name)) {
      problems.push(problem(source, i, `unknown placeholder {${name}}`));
    } else if (name === 'details') {
      const lineStart = source.lastIndexOf('\n', i - 1) + 1;
      const lineEnd = source.indexOf('\n', i) === -1 ? source.length : source.indexOf('\n', i);
      if (where === 'subject') problems.push(problem(source, i, '{details} belongs in the body, not the subject'));
      else if (source.slice(lineStart, lineEnd).trim() !== '{details}') {
        problems.push(problem(source, i, '{details} must stand on a line of its own'));
      } else if (parts.some((p) => 'name' in p && p.name === 'details')) {
        problems.push(problem(source, i, '{details} may appear only once'));
      }
    }
    if (text) parts.push({ text });
    text = '';
    parts.push({ name });
    i += match[0].length;
  }
  if (text) parts.push({ text });
  return { parts, problems };
}

/** The first problem's message in a template, or null: what the schema reports on save. */
export function checkTemplate(source: string, kind: TemplateKind, where: 'subject' | 'body'): string | null {
  const { problems } = parseTemplate(source, TEMPLATE_PLACEHOLDERS[kind], where);
  return problems[0]?.message ?? null;
}

/**
 * Fills a template with plain-text values: a placeholder without a value becomes empty. The
 * result is plain text; the HTML renderer escapes it.
 */
export function fillTemplate(
  parts: readonly TemplatePart[],
  values: Readonly<Record<string, string | undefined>>,
): string {
  return parts.map((p) => ('text' in p ? p.text : (values[p.name] ?? ''))).join('');
}

/** A template's body split at its `{details}` line: the text before and after (either may be empty). */
export function splitAtDetails(parts: readonly TemplatePart[]): { before: TemplatePart[]; after: TemplatePart[] } {
  const at = parts.findIndex((p) => 'name' in p && p.name === 'details');
  if (at === -1) return { before: [...parts], after: [] };
  return { before: parts.slice(0, at), after: parts.slice(at + 1) };
}

/** Every problem in a business's templates, at its path (`confirmation.da.body`): what saving refuses. */
export function templateIssues(templates: MessageTemplates | undefined): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  for (const kind of TEMPLATE_KINDS) {
    for (const [lang, t] of Object.entries(templates?.[kind] ?? {})) {
      if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(lang) || lang.length > 35) {
        out.push({ path: `${kind}.${lang}`, message: 'is not a language tag (en, da, de-AT, …)' });
        continue;
      }
      for (const field of ['subject', 'body'] as const) {
        const text = t[field];
        const max = field === 'subject' ? 200 : 4000;
        // Like every text field (schemas/fields.ts): no control characters; a subject is one line.
        const control = field === 'subject' ? /[\p{Cc}\p{Cs}\u2028\u2029]/u : /(?![\t\n\r])[\p{Cc}\p{Cs}]/u;
        const message =
          field === 'subject' && text.trim() === ''
            ? 'must not be empty'
            : text.length > max
              ? `must be at most ${max} characters`
              : control.test(text)
                ? 'contains a control character'
                : checkTemplate(text, kind, field);
        if (message !== null) out.push({ path: `${kind}.${lang}.${field}`, message });
      }
    }
  }
  return out;
}
