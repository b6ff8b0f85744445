// Writes docs/openapi.json (OpenAPI 3.1) from the REST contract's route table
// (src/adapters/http/routes.ts) and the zod schemas it names, with zod's JSON Schema output.
//   node tools/openapi.mjs           regenerate the file
//   node tools/openapi.mjs --check   fail (exit 1) when the committed file differs from the code
// esbuild compiles the TypeScript sources first, the way tools/node-tests.mjs does.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const target = join(root, 'docs/openapi.json');
const check = process.argv.includes('--check');

const outdir = join(root, '.tmp/openapi');
mkdirSync(outdir, { recursive: true });
const bundle = join(outdir, 'contract.mjs');
await build({
  stdin: {
    contents: [
      "export * from './src/adapters/http/routes.ts';",
      "export * from './src/adapters/http/problem.ts';",
      "export * from './src/adapters/http/route-summaries.ts';",
      "export * as admin from './src/schemas/admin.ts';",
      "export * as customer from './src/schemas/customer.ts';",
      "export * as booking from './src/schemas/booking.ts';",
      "export * as business from './src/schemas/business.ts';",
      "export * as translations from './src/schemas/translations.ts';",
      "export * as primitives from './src/schemas/primitives.ts';",
      "export * as webhooks from './src/schemas/webhooks.ts';",
      "export * as webhookEvents from './src/schemas/webhook-events.ts';",
      "export { BOOKING_ERROR_CODES } from './src/contract/errors.ts';",
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
// Same zod instance as the bundle's (both resolve zod/mini from node_modules).
const z = await import('zod/mini');
const contract = await import(`${pathToFileURL(bundle).href}?t=${Date.now()}`);
const { ROUTES, ROUTE_SUMMARIES, DEFAULT_BUSINESS_SEGMENT, STATUS_OF_CODE, BOOKING_ERROR_CODES } = contract;
const { admin, customer, booking, business, translations, primitives, webhooks, webhookEvents } = contract;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const REF = (id) => `#/components/schemas/${id}`;

// Checks written as refinements (instants, durations, zones) are invisible to JSON Schema; say in
// words what they accept, with a `format` where one fits.
const described = new Map([
  [primitives.instantSchema, { format: 'date-time', description: primitives.INSTANT_MESSAGE }],
  [primitives.durationSchema, { description: primitives.DURATION_MESSAGE }],
  [primitives.positiveDurationSchema, { description: `${primitives.DURATION_MESSAGE}, longer than zero` }],
  [primitives.intervalDurationSchema, { description: `${primitives.DURATION_MESSAGE}, at least PT1M` }],
  [primitives.timeZoneSchema, { description: primitives.TIME_ZONE_MESSAGE }],
  [primitives.dateSchema, { format: 'date', description: primitives.DATE_MESSAGE }],
  [primitives.phoneSchema, { description: primitives.PHONE_MESSAGE }],
  [primitives.webUrlSchema, { format: 'uri', description: primitives.WEB_URL_MESSAGE }],
  [primitives.emailSchema, { format: 'email', description: primitives.EMAIL_MESSAGE }],
  // Control characters (and line breaks in one-line fields) are refused by a refinement.
  ...[primitives.nameSchema, primitives.titleSchema].map((schema) => [
    schema,
    { description: 'expected one line of text: no control characters, tabs or line breaks' },
  ]),
  ...[primitives.descriptionSchema, primitives.messageSchema, primitives.notesSchema, primitives.answerTextSchema].map(
    (schema) => [schema, { description: 'expected text without control characters; tabs and line breaks are allowed' }],
  ),
  [primitives.languageTagSchema, { description: primitives.LANGUAGE_TAG_MESSAGE }],
  [
    primitives.rruleSchema,
    { description: 'An RFC 5545 recurrence rule repeating at most daily, such as FREQ=WEEKLY;BYDAY=MO' },
  ],
]);

/**
 * `translations` validates its maps with checks (src/schemas/translations.ts keeps zod's record out
 * of the customer pages), which JSON Schema cannot see: the same shape as records, for the document.
 */
function translationsShape() {
  const rec = (item) => z.record(z.string(), item);
  const t = translations;
  const shape = rec(
    z.object({
      services: z.optional(rec(t.serviceTranslationSchema)),
      customQuestions: z.optional(
        rec(
          z.object({
            displayName: z.optional(primitives.nameSchema),
            answerOptions: z.optional(rec(primitives.nameSchema)),
          }),
        ),
      ),
      bookingPageSettings: z.optional(t.bookingPageSettingsTranslationSchema),
    }),
  );
  const json = z.toJSONSchema(shape, {
    target: 'draft-2020-12',
    unrepresentable: 'any',
    override: (ctx) => describe(ctx),
  });
  delete json.$schema;
  return json;
}

described.set(translations.translationsSchema, {
  ...translationsShape(),
  description:
    'expected the business texts in other languages: canonical language tag (de, fr-CA) → texts by service and question id; each missing text falls back to the business language',
});

function describe({ zodSchema, jsonSchema }) {
  const extra = described.get(zodSchema);
  if (!extra) return;
  // The messages are worded for a refusal ("expected an …"); a schema describes what is accepted.
  const text = extra.description.replace(/^expected /, '');
  Object.assign(jsonSchema, extra, { description: text.charAt(0).toUpperCase() + text.slice(1) });
}

// ---------------------------------------------------------------- response components

/** Output schemas worth a name; everything else is inlined where it is used. */
const named = {
  BookingPageData: customer.bookingPageDataSchema,
  AvailableSlot: customer.availableSlotSchema,
  HoldSlotResult: booking.holdSlotResultSchema,
  BookResult: booking.bookResultSchema,
  CustomerAppointment: booking.customerAppointmentSchema,
  Business: business.businessSchema,
  Service: business.serviceSchema,
  StaffMember: business.staffMemberSchema,
  CustomQuestion: business.customQuestionSchema,
  TimeOff: business.timeOffSchema,
  StaffAppointment: admin.staffAppointmentSchema,
  CreateAppointmentResult: admin.createAppointmentResultSchema,
  OutsideRulesEntry: admin.outsideRulesEntrySchema,
  CustomerRecord: admin.customerRecordSchema,
  OutboxMessage: admin.outboxMessageSchema,
  AvailabilityExplanation: admin.availabilityExplanationJsonSchema,
  CalendarSyncStatus: admin.calendarSyncStatusSchema,
  Report: admin.reportSchema,
  BusinessSummary: admin.businessSummarySchema,
  WebhookSubscription: webhooks.webhookSubscriptionSchema,
  WebhookEvent: webhookEvents.webhookEventSchema,
  Problem: contract.problemSchema,
};
const idOf = new Map(Object.entries(named).map(([id, schema]) => [schema, id]));

/** Drops what a component or parameter inside OpenAPI must not repeat. */
function clean(schema) {
  const rest = { ...schema };
  delete rest.$schema;
  delete rest.$id;
  return rest;
}

/**
 * Responses: clients must ignore members they do not know (HttpAdapter strips them), so servers
 * may add fields without breaking older clients; `additionalProperties: false` would say otherwise.
 */
function openObjects(node) {
  if (Array.isArray(node)) node.forEach(openObjects);
  else if (node && typeof node === 'object') {
    if (node.additionalProperties === false) delete node.additionalProperties;
    Object.values(node).forEach(openObjects);
  }
  return node;
}

const registry = z.registry();
for (const [id, schema] of Object.entries(named)) registry.add(schema, { id });
const components = z.toJSONSchema(registry, {
  io: 'output',
  target: 'draft-2020-12',
  unrepresentable: 'any',
  uri: REF,
  override: describe,
}).schemas;
for (const id of Object.keys(components)) components[id] = openObjects(clean(components[id]));
components.Problem.description =
  'RFC 9457 problem details. Clients dispatch on `code`; `issues` carry field paths of the adapter input ' +
  '(`customer.emailAddress`); `retryAfterMs` accompanies `busy` together with the Retry-After header.';

function responseSchema(schema) {
  const id = idOf.get(schema);
  if (id) return { $ref: REF(id) };
  const def = schema._zod.def;
  if (def.type === 'array' && idOf.has(def.element))
    return { type: 'array', items: { $ref: REF(idOf.get(def.element)) } };
  return openObjects(
    clean(
      z.toJSONSchema(schema, { io: 'output', target: 'draft-2020-12', unrepresentable: 'any', override: describe }),
    ),
  );
}

// ---------------------------------------------------------------- request parts

/** Requests are strict: the handler refuses unknown fields at any depth (422), so say so. */
function inputSchema(schema) {
  return clean(
    z.toJSONSchema(schema, {
      io: 'input',
      target: 'draft-2020-12',
      unrepresentable: 'any',
      override: ({ zodSchema, jsonSchema }) => {
        describe({ zodSchema, jsonSchema });
        const def = zodSchema._zod.def;
        if (def.type === 'object' && def.catchall === undefined) jsonSchema.additionalProperties = false;
        // Patches and whole records are plain objects here; the adapter validates the merged record.
        if (def.type === 'custom') {
          jsonSchema.type = 'object';
          jsonSchema.description = 'An object; its fields are validated by the server with the entity schema.';
        }
      },
    }),
  );
}

const idJson = inputSchema(primitives.idSchema);
const businessIdSchema = {
  anyOf: [idJson, { const: DEFAULT_BUSINESS_SEGMENT }],
  description: `A business id, or \`${DEFAULT_BUSINESS_SEGMENT}\` for the server's default business (customer side) or the signed-in staff member's business (admin side).`,
};

function splitInput(route) {
  const json = inputSchema(route.input);
  const properties = json.properties ?? {};
  const required = new Set(json.required ?? []);
  const pathNames = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
  const parameters = [];
  for (const name of pathNames) {
    parameters.push({
      name,
      in: 'path',
      required: true,
      schema: name === 'businessId' ? businessIdSchema : properties[name],
    });
  }
  for (const p of route.query) {
    parameters.push({ name: p.name, in: 'query', required: required.has(p.name), schema: properties[p.name] });
  }
  for (const [field, header] of Object.entries(route.headers)) {
    parameters.push({ name: header, in: 'header', required: required.has(field), schema: properties[field] });
  }
  const carried = new Set([...pathNames, ...route.query.map((p) => p.name), ...Object.keys(route.headers)]);
  const bodyProperties = Object.fromEntries(Object.entries(properties).filter(([k]) => !carried.has(k)));
  const bodyRequired = [...required].filter((k) => !carried.has(k));
  const body = {
    type: 'object',
    properties: bodyProperties,
    ...(bodyRequired.length > 0 ? { required: bodyRequired } : {}),
    additionalProperties: false,
  };
  return { parameters, body, bodyRequired };
}

// ---------------------------------------------------------------- errors

const ERROR_RESPONSES = {
  400: 'Malformed request: the path or JSON body cannot be read (`invalid-input`).',
  401: 'Sign-in required (`sign-in-required`): a missing or invalid bearer token, or a page restricted to signed-in users (R17).',
  403: "Forbidden (`forbidden`): the signed-in staff member's role does not allow this (R18).",
  404: 'Not found (`not-found`): an unknown resource, or a wrong manage token (the two are indistinguishable on purpose).',
  405: 'Method not allowed: this path does not take the method used; the Allow header lists those it does.',
  409: 'Slot unavailable (`slot-unavailable`): someone else took it first (R11). Fetch fresh availability.',
  413: 'Body too large (`invalid-input`).',
  415: 'The body is not JSON (`invalid-input`).',
  422: 'Invalid input (`invalid-input`, with field paths) or a policy violation (`policy-violation`).',
  423: 'The booking page is unpublished (`unpublished`, R17).',
  429: 'Too many requests (`busy`); retry after Retry-After.',
  500: 'The server failed; no details are disclosed.',
  502: 'A service the server depends on failed (`network`).',
  503: 'Busy (`busy`); retry after Retry-After.',
};

const retryAfterHeader = {
  'Retry-After': {
    description: 'Seconds (or an HTTP date) to wait before retrying.',
    schema: { type: 'string' },
  },
};
const responses = {};
for (const [status, description] of Object.entries(ERROR_RESPONSES)) {
  responses[`Error${status}`] = {
    description,
    ...(status === '429' || status === '503' ? { headers: retryAfterHeader } : {}),
    ...(status === '405'
      ? { headers: { Allow: { description: 'The methods this path takes.', schema: { type: 'string' } } } }
      : {}),
    content: { 'application/problem+json': { schema: { $ref: REF('Problem') } } },
  };
}

function errorStatuses(operation, route) {
  // 405: the request handler answers any other method on a known path so, with an Allow header.
  const s = new Set([400, 404, 405, 422, 429, 500, 502, 503]);
  if (route.body) [413, 415].forEach((x) => s.add(x));
  if (route.side === 'admin') [401, 403].forEach((x) => s.add(x));
  if (route.side === 'customer' && route.path.startsWith('/businesses/')) [401, 423].forEach((x) => s.add(x));
  if (['holdSlot', 'book', 'reschedule', 'createAppointment', 'rescheduleAppointment'].includes(operation)) s.add(409);
  return [...s].sort((a, b) => a - b);
}

// ---------------------------------------------------------------- paths

const RETRY_NOTES = {
  safe: 'Safe to retry (HttpAdapter retries `busy` and lost connections with backoff).',
  'idempotency-key': 'Retried by HttpAdapter only with its Idempotency-Key: a repeat returns the first result.',
  never: 'Not retried automatically: a repeat is not the same request.',
};

const paths = {};
for (const [operation, route] of Object.entries(ROUTES)) {
  const { parameters, body, bodyRequired } = splitInput(route);
  const success =
    route.output === null
      ? { description: 'Done.' }
      : {
          description: 'OK',
          content: { 'application/json': { schema: responseSchema(route.output) } },
        };
  const op = {
    operationId: operation,
    tags: [route.side],
    summary: ROUTE_SUMMARIES[operation],
    description: `Adapter method \`${operation}\`. ${RETRY_NOTES[route.retry]}`,
    // Customer operations are public (the manage token travels as a parameter, not as auth).
    security: route.side === 'admin' ? [{ bearerAuth: [] }] : [],
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(route.body
      ? {
          requestBody: {
            required: bodyRequired.length > 0,
            content: { 'application/json': { schema: body } },
          },
        }
      : {}),
    responses: {
      [String(route.status)]: success,
      ...Object.fromEntries(
        errorStatuses(operation, route).map((s) => [String(s), { $ref: `#/components/responses/Error${s}` }]),
      ),
    },
  };
  (paths[route.path] ??= {})[route.method.toLowerCase()] = op;
}

// The contract's root, answered by the booking server (src/server/api-index.ts), which also serves
// this document; createRequestHandler alone answers neither.
const SERVER_NOTE = 'Answered by the booking server (`booking-elements/server`), not by `createRequestHandler` alone.';
paths['/'] = {
  get: {
    operationId: 'apiIndex',
    tags: ['server'],
    security: [],
    summary: 'What is served here: name, version and links',
    description: `The index of the contract's root: the package and its version, and links to this document, the health endpoints (\`/healthz\`, \`/readyz\`, at the server's root), the default business's booking page and the docs. ${SERVER_NOTE}`,
    responses: {
      200: {
        description: 'OK',
        content: {
          'application/json': {
            schema: {
              type: 'object',
              required: ['name', 'description', 'version', 'links'],
              properties: {
                name: { const: 'booking-elements' },
                description: { type: 'string' },
                version: {
                  type: ['string', 'null'],
                  description: 'The booking-elements version serving the contract.',
                },
                links: {
                  type: 'object',
                  required: ['self', 'health', 'ready', 'bookingPage', 'docs'],
                  properties: {
                    self: { type: 'string' },
                    openapi: { type: 'string', description: 'This document (absent when it is not installed).' },
                    health: { type: 'string' },
                    ready: { type: 'string' },
                    bookingPage: { type: 'string' },
                    docs: { type: 'string', format: 'uri' },
                  },
                },
              },
            },
          },
        },
      },
      405: { $ref: '#/components/responses/Error405' },
    },
  },
};
paths['/openapi.json'] = {
  get: {
    operationId: 'openApiDocument',
    tags: ['server'],
    security: [],
    summary: 'This document',
    description: SERVER_NOTE,
    responses: {
      200: {
        description: 'The OpenAPI 3.1 document.',
        content: { 'application/json': { schema: { type: 'object' } } },
      },
      404: { $ref: '#/components/responses/Error404' },
      405: { $ref: '#/components/responses/Error405' },
    },
  },
};

const statusTable = BOOKING_ERROR_CODES.map((code) => `\`${code}\` ${STATUS_OF_CODE[code]}`).join(', ');

const doc = {
  openapi: '3.1.0',
  info: {
    title: 'booking-elements REST contract',
    version: pkg.version,
    description:
      'The backend adapter interface over HTTP (docs/rest-contract.md). Served by `createRequestHandler`, ' +
      'spoken by `HttpAdapter`. Bodies are the adapter shapes; fields in the path, query or headers are not ' +
      `repeated in the body. Errors are application/problem+json with a \`code\`: ${statusTable}. ` +
      'Generated by tools/openapi.mjs from the zod schemas: do not edit by hand.',
    license: { name: 'MIT', identifier: 'MIT' },
  },
  jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
  servers: [{ url: '/', description: 'Wherever the contract is mounted (HttpAdapter `baseUrl`).' }],
  tags: [
    { name: 'customer', description: 'The booking page and the manage link (`BookingAdapter`).' },
    { name: 'webhooks', description: 'What the server sends to webhook subscriptions (outgoing).' },
    {
      name: 'server',
      description: "What the booking server adds at the contract's root: an index, and this document.",
    },
    {
      name: 'admin',
      description: 'The back office (`BookingAdminAdapter`), acting for the staff member the bearer token belongs to.',
    },
  ],
  paths,
  // Outgoing: what the server POSTs to webhook subscriptions (docs/deploy.md, "Webhooks").
  webhooks: Object.fromEntries(
    webhooks.WEBHOOK_EVENTS.map((type) => [
      type,
      {
        post: {
          operationId: `webhook.${type}`,
          summary: `${type}, POSTed to every subscription that wants it`,
          // Authenticated by its signature, not by a bearer token.
          security: [],
          description:
            'Signed per Standard Webhooks (https://www.standardwebhooks.com/): `webhook-id` (the same on every ' +
            'retry and redelivery: drop duplicates by it), `webhook-timestamp` (Unix seconds) and ' +
            '`webhook-signature` (`v1,` base64 HMAC-SHA256 of `id.timestamp.body` with the subscription secret). ' +
            'A 2xx answer counts as delivered; anything else is retried with backoff, up to a limit.',
          tags: ['webhooks'],
          parameters: ['webhook-id', 'webhook-timestamp', 'webhook-signature'].map((name) => ({
            name,
            in: 'header',
            required: true,
            schema: { type: 'string' },
          })),
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: REF('WebhookEvent') } } },
          },
          responses: { '2XX': { description: 'Delivered.' } },
        },
      },
    ]),
  ),
  components: {
    schemas: components,
    responses,
    securitySchemes: {
      bearerAuth: {
        type: 'http',
        scheme: 'bearer',
        description: "A staff member's token, for the admin routes.",
      },
    },
  },
};

const text = `${JSON.stringify(doc, null, 2)}\n`;
if (check) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // missing counts as different
  }
  if (current !== text) {
    console.error('docs/openapi.json is out of date with the schemas and routes: run `npm run openapi` and commit it.');
    process.exit(1);
  }
  console.log('docs/openapi.json is up to date.');
} else {
  writeFileSync(target, text);
  console.log(`wrote docs/openapi.json (${Object.keys(ROUTES).length} operations)`);
}
