// `npm run i18n:check`: every message catalogue against English. Fails (exit 1) when a catalogue
// misses a key or has an extra one, when a message is a string in one and a function in the other,
// when a function takes a different number of arguments, or when a placeholder differs: each
// function is called with marker arguments, and every marker English prints must appear in every
// language (numbers: every number English prints). Also checks the outbox catalogues (R15) the same
// way, and flags strings left identical to English unless they are listed below as correct.
// Business content (issue 17): every business configuration in demo/data/ must have each of its
// texts (services, questions, options, consent, links) in every catalogue language besides its own.
//
// Catalogues: src/i18n/en.ts ↔ src/i18n/locales/<lang>.ts, src/i18n/en-admin.ts ↔
// src/i18n/locales/<lang>-admin.ts, and the outbox catalogues of src/backend/messages/.
// esbuild compiles the TypeScript first, as tools/openapi.mjs does.
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const localesDir = join(root, 'src/i18n/locales');

/**
 * Messages that are rightly the same as English in a language, by key: words the language shares
 * ("Status", "Online", German "Name", Danish "Book", French "Date"), checked one by one, not oversights.
 */
const OUTBOX_SAME = [
  'email.labels.outlookCom',
  'email.labels.microsoft365',
  'email.labels.online',
  // Only placeholders: nothing to translate.
  'email.templates.staffNotification.body',
];
const SAME_AS_ENGLISH = {
  'outbox-da': [...OUTBOX_SAME, 'email.labels.email'],
  'outbox-de': [...OUTBOX_SAME, 'email.labels.detailsHeading', 'email.labels.website'],
  'outbox-fr': [...OUTBOX_SAME, 'email.labels.message', 'email.labels.contact', 'email.labels.email'],
  'outbox-nl': [...OUTBOX_SAME, 'email.labels.contact', 'email.labels.email', 'email.labels.website'],
  'outbox-pl': [...OUTBOX_SAME, 'email.labels.email'],
  da: ['book'],
  de: ['name', 'website', 'optional'],
  fr: ['minutes'],
  nl: ['website'],
  pl: [],
  'da-admin': [
    'customerImport.columns.emailAddress',
    'roles.administrator',
    'status',
    'bookForCustomer',
    'onlineBadge',
    'calendarPanel.kindNames.caldav',
    'recipientRoles.webhook',
    'channels.webhook',
    'meetingPanel.kinds.jitsi',
    'sections.webhooks',
    'webhooksPanel.heading',
  ],
  'de-admin': [
    'customerImport.columns.name',
    'templatesPanel.body',
    'roles.administrator',
    'status',
    'onlineBadge',
    'serviceName',
    'staffName',
    'displayName',
    'name',
    'translationsName',
    'website',
    'calendarPanel.kindNames.caldav',
    'recipientRoles.webhook',
    'channels.webhook',
    'meetingPanel.kinds.jitsi',
    'sections.webhooks',
    'webhooksPanel.heading',
  ],
  'fr-admin': [
    'customerImport.columns.emailAddress',
    'customerImport.columns.notes',
    'templatesPanel.kind',
    'templatesPanel.kinds.confirmation',
    'goToDate',
    'date',
    'description',
    'reminderMessage',
    'messageKind.confirmation',
    'messageCount',
    'questionText',
    'translationsQuestion',
    'translationsDescription',
    'calendarPanel.kindNames.caldav',
    'recipientRoles.webhook',
    'channels.webhook',
    'meetingPanel.kinds.jitsi',
    'sections.webhooks',
    'webhooksPanel.heading',
    'webhooksPanel.description',
  ],
  'nl-admin': [
    'customerImport.columns.emailAddress',
    'onlineBadge',
    'website',
    'postalCode',
    'weekView',
    'status',
    'calendarPanel.kindNames.caldav',
    'recipientRoles.webhook',
    'channels.webhook',
    'record.privacy',
    'meetingPanel.kinds.jitsi',
    'sections.webhooks',
    'webhooksPanel.heading',
  ],
  'pl-admin': [
    'customerImport.columns.emailAddress',
    'roles.administrator',
    'onlineBadge',
    'status',
    'calendarPanel.kindNames.caldav',
    'recipientRoles.webhook',
    'channels.webhook',
    'meetingPanel.kinds.jitsi',
  ],
};

/**
 * Outbox placeholders a language may leave out, with the reason. Polish greets with "Dzień dobry,"
 * alone: a name in a greeting takes the vocative (and a formal one a gendered Pani/Panie).
 */
const OPTIONAL_OUTBOX_PLACEHOLDERS = {
  pl: { customerName: ['customer'] },
};

// ---------------------------------------------------------------- load the catalogues

const languages = readdirSync(localesDir)
  .filter((f) => /^[a-z]{2,3}\.ts$/.test(f))
  .map((f) => f.slice(0, -3))
  .sort();
const adminLanguages = readdirSync(localesDir)
  .filter((f) => /^[a-z]{2,3}-admin\.ts$/.test(f))
  .map((f) => f.slice(0, -'-admin.ts'.length))
  .sort();
const hasAdmin = existsSync(join(root, 'src/i18n/en-admin.ts'));

const outdir = join(root, '.tmp/i18n-check');
mkdirSync(outdir, { recursive: true });
const bundle = join(outdir, 'catalogues.mjs');
await build({
  stdin: {
    contents: [
      "export * as en from './src/i18n/en.ts';",
      ...languages.map((l) => `export * as ${l} from './src/i18n/locales/${l}.ts';`),
      ...(hasAdmin ? ["export * as enAdmin from './src/i18n/en-admin.ts';"] : []),
      ...adminLanguages.map((l) => `export * as ${l}Admin from './src/i18n/locales/${l}-admin.ts';`),
      "export { BUILT_IN_MESSAGE_CATALOGUES } from './src/backend/messages/index.ts';",
      "export { missingTranslations } from './src/core/content-language.ts';",
      "export { businessSchema } from './src/schemas/business.ts';",
      "export { validate, formatIssues } from './src/schemas/validate.ts';",
    ].join('\n'),
    resolveDir: root,
    loader: 'ts',
  },
  outfile: bundle,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const mod = await import(`${pathToFileURL(bundle).href}?t=${Date.now()}`);

/** The one catalogue object a module exports (whatever its export is named). */
function catalogueOf(namespace, label) {
  const objects = Object.values(namespace).filter((v) => v && typeof v === 'object');
  if (objects.length !== 1) throw new Error(`${label}: expected exactly one exported catalogue object`);
  return objects[0];
}

// ---------------------------------------------------------------- checks

const problems = [];
const report = (where, what) => problems.push(`${where}: ${what}`);

const MARK = (i) => `\u27e6${i}\u27e7`;
const SAMPLES = [0, 1, 2, 3, 4, 5, 7, 11, 12, 14, 21, 22, 25, 45, 60, 90, 101, 112, 125];
const FIXED = 97;
const bad = /undefined|NaN|\[object |\u27e6\d+\u27e7\u27e6/;

const containsNumber = (text, n) => new RegExp(`(^|[^\\d])${n}([^\\d]|$)`).test(text);

function call(fn, args, where) {
  try {
    const out = fn(...args);
    if (typeof out !== 'string') {
      report(where, `returned ${typeof out}, not a string`);
      return '';
    }
    return out;
  } catch (error) {
    report(where, `threw ${error instanceof Error ? error.message : String(error)}`);
    return '';
  }
}

/** English decides what each argument is: a marker it prints is text, one it does not is a number. */
function argumentKinds(fn) {
  const out = fn(...Array.from({ length: fn.length }, (_, i) => MARK(i)));
  return Array.from({ length: fn.length }, (_, i) =>
    typeof out === 'string' && out.includes(MARK(i)) ? 'text' : 'number',
  );
}

function argsFor(kinds, vary, value) {
  return kinds.map((kind, i) => (i === vary ? value : kind === 'text' ? MARK(i) : FIXED + i));
}

function checkCatalogue(name, reference, target, lang, prefix = '') {
  const refKeys = Object.keys(reference);
  const keys = Object.keys(target);
  const at = (k) => `${prefix}${k}`;
  for (const k of refKeys) if (!keys.includes(k)) report(name, `missing key "${at(k)}"`);
  for (const k of keys) if (!refKeys.includes(k)) report(name, `extra key "${at(k)}" (not in English)`);
  if (!prefix && 'lang' in reference && target.lang !== lang)
    report(name, `lang is "${target.lang}", expected "${lang}"`);
  const same = SAME_AS_ENGLISH[name] ?? [];
  for (const k of refKeys.filter((key) => keys.includes(key) && !(key === 'lang' && !prefix))) {
    const ref = reference[k];
    const msg = target[k];
    const where = `${name}.${at(k)}`;
    if (typeof ref !== typeof msg) {
      report(where, `is a ${typeof msg}, English has a ${typeof ref}`);
      continue;
    }
    if (ref && typeof ref === 'object') {
      // Nested groups (admin: sections, roles, reasons…) are checked key by key.
      checkCatalogue(name, ref, msg, lang, `${at(k)}.`);
      continue;
    }
    if (typeof ref === 'string') {
      // An empty English message (a role without a hint) stays empty everywhere.
      if (ref === '') {
        if (msg !== '') report(where, `should be empty, as in English`);
      } else if (!msg.trim()) report(where, 'is empty');
      else if (msg !== msg.trim()) report(where, 'has leading or trailing white space');
      else if (msg === ref && !same.includes(at(k))) {
        report(where, `is the same as English ("${msg}"): translate it or list it in SAME_AS_ENGLISH`);
      }
      continue;
    }
    if (typeof ref !== 'function') continue;
    if (msg.length !== ref.length) {
      report(where, `takes ${msg.length} argument(s), English takes ${ref.length}`);
      continue;
    }
    const kinds = argumentKinds(ref);
    // Text arguments: every marker English prints must appear.
    const markers = Array.from({ length: ref.length }, (_, i) => MARK(i));
    const refOut = call(ref, argsFor(kinds, -1), `en.${k}`);
    const out = call(msg, argsFor(kinds, -1), where);
    kinds.forEach((kind, i) => {
      if (kind === 'text' && refOut.includes(markers[i]) && !out.includes(markers[i])) {
        report(where, `does not use argument ${i + 1} (English prints it)`);
      }
    });
    if (bad.test(out)) report(where, `prints "${out}"`);
    else if (out === refOut && /\p{L}{2}/u.test(out.replace(/\u27e6\d+\u27e7/g, '')) && !same.includes(at(k))) {
      report(where, `is the same as English ("${out}"): translate it or list it in SAME_AS_ENGLISH`);
    }
    // Any argument may be a count: each number English prints must be printed too, and no plural
    // category may print "undefined" (samples cover one/few/many/other in every language here).
    kinds.forEach((_kind, i) => {
      for (const n of SAMPLES) {
        const e = call(ref, argsFor(kinds, i, n), `en.${k}`);
        const t = call(msg, argsFor(kinds, i, n), where);
        if (bad.test(t)) report(where, `(${n}) prints "${t}"`);
        if (containsNumber(e, n) && !containsNumber(t, n)) report(where, `(${n}) does not print ${n}: "${t}"`);
      }
    });
  }
}

// Outbox catalogues: functions of (audience, context). Every context field English prints must be printed.
function outboxContext(variant) {
  const c = {
    businessName: '\u27e6business\u27e7',
    serviceName: '\u27e6service\u27e7',
    staffName: '\u27e6staff\u27e7',
    customerName: '\u27e6customer\u27e7',
    when: '\u27e6when\u27e7',
  };
  if (variant.full) {
    Object.assign(c, {
      previousWhen: '\u27e6previousWhen\u27e7',
      joinWebUrl: '\u27e6joinWebUrl\u27e7',
      manageUrl: '\u27e6manageUrl\u27e7',
      note: '\u27e6note\u27e7',
    });
  }
  if (variant.cancelledBy) c.cancelledBy = variant.cancelledBy;
  return c;
}
const FIELDS = [
  'businessName',
  'serviceName',
  'staffName',
  'customerName',
  'when',
  'previousWhen',
  'joinWebUrl',
  'manageUrl',
  'note',
  'title',
];
const fieldMarker = (field) =>
  ({
    businessName: '\u27e6business\u27e7',
    serviceName: '\u27e6service\u27e7',
    staffName: '\u27e6staff\u27e7',
    customerName: '\u27e6customer\u27e7',
  })[field] ?? `\u27e6${field}\u27e7`;

function compareTexts(where, refText, text, optional) {
  if (bad.test(text)) report(where, `prints "${text}"`);
  for (const field of FIELDS) {
    const m = fieldMarker(field);
    if (refText.includes(m) && !text.includes(m) && !optional.includes(field)) report(where, `does not print ${field}`);
  }
}

/** The `{name}` placeholders of a template text. */
const placeholders = (text) => new Set([...text.matchAll(/(?<!\{)\{([A-Za-z][A-Za-z0-9]*)\}/g)].map((m) => m[1]));

function checkOutbox(lang, reference, target) {
  // E-mail: the labels and template texts key by key, like a catalogue; every placeholder English's
  // template uses must be used (a language may leave out the ones listed as optional).
  checkCatalogue(`outbox-${lang}`, reference.email, target.email, lang, 'email.');
  const optional = Object.keys(OPTIONAL_OUTBOX_PLACEHOLDERS[lang] ?? {});
  const templateTexts = (email) => [
    ...Object.entries(email.templates).flatMap(([k, t]) => [
      [`templates.${k}.subject`, t.subject],
      [`templates.${k}.body`, t.body],
    ]),
    ...Object.entries(email.summaries).map(([k, t]) => [`summaries.${k}`, t]),
  ];
  const mine = new Map(templateTexts(target.email));
  for (const [key, refText] of templateTexts(reference.email)) {
    const text = mine.get(key) ?? '';
    const have = placeholders(text);
    for (const name of placeholders(refText)) {
      if (!have.has(name) && !optional.includes(name)) report(`outbox.${lang}.email.${key}`, `does not use {${name}}`);
    }
    for (const name of have) {
      if (!placeholders(refText).has(name))
        report(`outbox.${lang}.email.${key}`, `uses {${name}}, which English does not`);
    }
  }
  for (const method of [
    'confirmation',
    'reschedule',
    'cancellation',
    'reminder',
    'requested',
    'approved',
    'declined',
    'expired',
  ]) {
    for (const variant of [{ full: true }, { full: false }]) {
      compareTexts(
        `outbox.${lang}.sms(${method})`,
        reference.sms(method, outboxContext(variant)),
        target.sms(method, outboxContext(variant)),
        [],
      );
    }
  }
}

// ---------------------------------------------------------------- run

const en = catalogueOf(mod.en, 'en');
for (const lang of languages) checkCatalogue(lang, en, catalogueOf(mod[lang], lang), lang);
if (hasAdmin) {
  const enAdmin = catalogueOf(mod.enAdmin, 'en-admin');
  for (const lang of languages) {
    if (!adminLanguages.includes(lang)) report(`${lang}-admin`, `missing: src/i18n/locales/${lang}-admin.ts`);
  }
  for (const lang of adminLanguages)
    checkCatalogue(`${lang}-admin`, enAdmin, catalogueOf(mod[`${lang}Admin`], `${lang}-admin`), lang);
}
const outbox = mod.BUILT_IN_MESSAGE_CATALOGUES;
for (const lang of Object.keys(outbox)) if (lang !== 'en') checkOutbox(lang, outbox.en, outbox[lang]);
for (const lang of languages) if (!(lang in outbox)) report(`outbox.${lang}`, 'no outbox catalogue for this language');

// Business content: the demo's configurations in every language the interface speaks.
const dataDir = join(root, 'demo/data');
const configs = existsSync(dataDir)
  ? readdirSync(dataDir)
      .filter((f) => f.endsWith('.json'))
      .sort()
  : [];
for (const file of configs) {
  const where = `demo/data/${file}`;
  const parsed = mod.validate(mod.businessSchema, JSON.parse(readFileSync(join(dataDir, file), 'utf8')));
  if (!parsed.ok) {
    report(
      where,
      `is not a valid business configuration:\n    ${mod.formatIssues(parsed.issues).replace(/\n/g, '\n    ')}`,
    );
    continue;
  }
  const business = parsed.value;
  const own = (business.languageTag ?? 'en').toLowerCase().split('-')[0];
  for (const lang of ['en', ...languages].filter((l) => l !== own)) {
    const key = Object.keys(business.translations ?? {}).find((k) => k.toLowerCase().split('-')[0] === lang);
    const missing = mod.missingTranslations(business, key ?? lang);
    for (const text of missing) {
      report(`${where} ${lang}`, `"${text.path.join('.')}" is not translated (${JSON.stringify(text.source)})`);
    }
  }
}

const checked = [
  `en + ${languages.join(', ')}`,
  hasAdmin ? `admin: ${adminLanguages.join(', ') || 'none'}` : 'admin: no en-admin.ts yet',
  `outbox: ${Object.keys(outbox).join(', ')}`,
  `business content: ${configs.join(', ') || 'none'} in every other interface language`,
];
if (problems.length) {
  console.error(`i18n: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`i18n: catalogues consistent (${checked.join('; ')})`);
