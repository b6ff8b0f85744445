// custom-elements.json is complete: every registered tag is in it with its attributes and
// properties, the events it fires, the parts its templates expose (and their state words), the
// custom states it sets and the CSS custom properties its styles read; and it agrees with the
// hand-written JSX/Vue typings (src/element-props.ts). The manifest is generated from the classes'
// JSDoc (npm run manifest), so a part, event or token added to an element without documenting it
// fails here, and tools/manifest-check.mjs fails when the committed file is stale.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import * as events from '../../src/events/index.js';

interface Named {
  name: string;
  description?: string;
}
interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  members?: (Named & { kind: string; static?: boolean; privacy?: string })[];
  attributes?: (Named & { fieldName?: string })[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
  cssStates?: Named[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
}

// node tools/node-tests.mjs runs the compiled tests from the repository root.
const root = process.cwd();
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const manifest = JSON.parse(read('custom-elements.json')) as Manifest;
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
const byTag = new Map(elements.map((d) => [d.tagName!, d]));
const names = (list: Named[] | undefined) => (list ?? []).map((x) => x.name);

/** Tag → class name, from the registrations in src/define/<tag>.ts. */
const defined = new Map(
  readdirSync(join(root, 'src/define'))
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) => [...read(`src/define/${f}`).matchAll(/defineElement\(\s*'([a-z0-9-]+)',\s*(\w+)\s*\)/g)])
    .map(([, tag, cls]) => [tag, cls]),
);

/** The event catalogue (`static eventName` of each class src/events exports), and the native events. */
const eventClasses = new Map(
  Object.entries(events).flatMap(([cls, value]) =>
    typeof value === 'function' && 'eventName' in value ? [[cls, String(value.eventName)] as const] : [],
  ),
);
const NATIVE_EVENTS = new Set(['change', 'input']);
const knownEvents = new Set([...eventClasses.values(), ...NATIVE_EVENTS]);

const isTagFile = (path: string) => /^src\/elements\/([^/]+)\/\1\.ts$/.test(path);

/**
 * The source files that make up `<tag>`: its class file, its styles, and the helpers and shared
 * styles they import (src/elements, src/styles), but not other elements' class files.
 */
function sourcesOf(tag: string): string[] {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const [, spec] of read(path).matchAll(/from '(\.[^']+)\.js'/g)) {
      const target = relative(root, join(root, dirname(path), `${spec}.ts`));
      if (!/^src\/(elements|styles)\//.test(target) || !existsSync(join(root, target))) continue;
      if (isTagFile(target)) continue;
      visit(target);
    }
  };
  visit(`src/elements/${tag}/${tag}.ts`);
  return [...seen];
}
const templatesOf = (tag: string) =>
  sourcesOf(tag)
    .filter((p) => !p.endsWith('.styles.ts') && !p.startsWith('src/styles/'))
    .map(read)
    .join('\n');
const stylesOf = (tag: string) =>
  sourcesOf(tag)
    .filter((p) => p.endsWith('.styles.ts') || p.startsWith('src/styles/'))
    .map(read)
    .join('\n');

/** `part="name state…"` and the literals of `part=${cond ? 'name state' : 'name'}`. */
function partsUsed(source: string): string[][] {
  const values = [
    ...[...source.matchAll(/\bpart="([^"$]+)"/g)].map((m) => m[1]),
    ...[...source.matchAll(/\bpart=\$\{([^}]*)\}/g)].flatMap((m) => [...m[1].matchAll(/'([^']+)'/g)].map((l) => l[1])),
  ];
  return values.filter((v) => v.trim()).map((v) => v.trim().split(/\s+/));
}

/** `exportparts="a, b"` on inner elements: parts (and their state words) forwarded to this element. */
function partsExported(source: string): string[] {
  return [...source.matchAll(/\bexportparts="([^"]+)"/g)].flatMap((m) =>
    m[1]
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean),
  );
}

/** Protected helpers of the elements' base classes that fire an event: `changed(…)` → its event. */
const helperEvents = new Map(
  readdirSync(join(root, 'src/elements'), { recursive: true, encoding: 'utf8' })
    .map((f) => `src/elements/${f}`)
    .filter((p) => p.endsWith('.ts') && !p.endsWith('.styles.ts') && !isTagFile(p))
    .flatMap((p) => [...read(p).matchAll(/\b(\w+)\([^)]*\)(?::\s*void)?\s*\{\s*this\.dispatchEvent\(new (\w+)\(/g)])
    .flatMap(([, method, cls]) => (eventClasses.has(cls) ? [[method, eventClasses.get(cls)!] as const] : [])),
);

/** The events `<tag>`'s own code fires: `new XEvent(…)`, `new Event('change')`, `this.changed(…)`. */
function eventsFired(tag: string): Set<string> {
  const source = read(`src/elements/${tag}/${tag}.ts`);
  const fired = new Set<string>();
  for (const [, cls] of source.matchAll(/\bnew (\w+)\(/g)) if (eventClasses.has(cls)) fired.add(eventClasses.get(cls)!);
  for (const [, name] of source.matchAll(/\bnew (?:Custom)?Event\(\s*'([\w-]+)'/g)) fired.add(name);
  for (const [method, name] of helperEvents) if (new RegExp(`\\bthis\\.${method}\\(`).test(source)) fired.add(name);
  return fired;
}

/** Custom properties the library sets itself (e.g. `<booking-page>`'s colour code): not for users. */
const setByLibrary = new Set(
  readdirSync(join(root, 'src/elements'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) => [...read(`src/elements/${f}`).matchAll(/setProperty\('(--booking-[\w-]+)'/g)].map((m) => m[1])),
);

test('the manifest has an element for every tag src/define registers, and no other', () => {
  assert.ok(defined.size >= 18, `found ${defined.size} registrations in src/define`);
  for (const [tag, cls] of defined) {
    const d = byTag.get(tag);
    assert.ok(d, `<${tag}> has no declaration with tagName "${tag}" in custom-elements.json`);
    assert.equal(d.name, cls, `<${tag}> is registered with ${cls}`);
  }
  assert.deepEqual(
    [...byTag.keys()].filter((tag) => !defined.has(tag)),
    [],
    'tags in the manifest that nothing registers',
  );
});

test('the manifest keeps to the public surface', () => {
  const classes = manifest.modules.flatMap((m) => m.declarations ?? []).map((d) => d.name);
  assert.ok(!classes.includes('AdminElement'), 'the internal base class is not documented');
  for (const d of elements) {
    for (const m of d.members ?? []) {
      assert.ok(!m.privacy || m.privacy === 'public', `${d.tagName}: ${m.name} is ${m.privacy}`);
      assert.ok(!/^[_#]/.test(m.name), `${d.tagName}: ${m.name}`);
    }
  }
});

/** Part names some element's own template has (as opposed to state words such as `selected`). */
const innerPartNames = new Set([...defined.keys()].flatMap((tag) => partsUsed(templatesOf(tag)).map(([p]) => p)));

for (const [tag] of defined) {
  test(`<${tag}> is documented completely`, () => {
    const d = byTag.get(tag);
    assert.ok(d, `<${tag}> is in the manifest`);

    // Attributes and properties.
    const fields = (d.members ?? []).filter((m) => m.kind === 'field' && !m.static);
    assert.ok(fields.length + (d.attributes ?? []).length > 0, `<${tag}> has no attribute or property`);
    for (const a of d.attributes ?? []) {
      assert.ok(a.fieldName && fields.some((f) => f.name === a.fieldName), `attribute ${a.name} has its property`);
    }

    // Events: named, from the catalogue, and every one the element fires is listed (@fires).
    for (const e of d.events ?? []) {
      assert.ok(e.name, `<${tag}> lists an event without a name`);
      assert.ok(knownEvents.has(e.name), `<${tag}> lists "${e.name}", which src/events does not export`);
      assert.ok(e.description, `<${tag}>: event ${e.name} has a description`);
    }
    for (const name of eventsFired(tag)) {
      assert.ok(names(d.events).includes(name), `<${tag}> fires "${name}" but its @fires does not say so`);
    }

    // Parts: every part="…" of its templates is a cssPart, with its state words described; no stale ones.
    const used = partsUsed(templatesOf(tag));
    const parts = names(d.cssParts);
    for (const [part, ...states] of used) {
      assert.ok(parts.includes(part), `<${tag}> has part="${part}" but no @csspart ${part}`);
      const description = d.cssParts!.find((p) => p.name === part)!.description ?? '';
      for (const s of states) {
        assert.ok(
          description.includes(`\`${s}\``),
          `<${tag}>: @csspart ${part} does not describe its state word \`${s}\``,
        );
      }
    }
    // Exported parts: each that is a part of an inner element (not only a state word) is documented here too.
    const exported = partsExported(templatesOf(tag));
    for (const part of exported.filter((p) => innerPartNames.has(p))) {
      assert.ok(parts.includes(part), `<${tag}> exports part "${part}" but has no @csspart ${part}`);
    }
    for (const part of parts) {
      assert.ok(
        used.some(([p]) => p === part) || exported.includes(part),
        `<${tag}> documents part "${part}", which no template has or exports`,
      );
    }

    // Custom states it sets.
    const setStates = [...read(`src/elements/${tag}/${tag}.ts`).matchAll(/states\.add\('([\w-]+)'\)/g)].map(
      (m) => m[1],
    );
    for (const s of setStates)
      assert.ok(names(d.cssStates).includes(s), `<${tag}> sets :state(${s}) without @cssstate`);

    // CSS custom properties its styles (its own and the shared tokens) read, and only those.
    const read_ = new Set([...stylesOf(tag).matchAll(/var\((--booking-[\w-]+)/g)].map((m) => m[1]));
    const documented = names(d.cssProperties);
    for (const p of read_) {
      if (setByLibrary.has(p)) continue;
      assert.ok(documented.includes(p), `<${tag}>'s styles read ${p} but it has no @cssprop`);
    }
    for (const p of documented) assert.ok(read_.has(p), `<${tag}> documents ${p}, which its styles do not read`);
    for (const p of d.cssProperties ?? []) assert.ok(p.description, `<${tag}>: ${p.name} has a description`);
  });
}

/**
 * src/element-props.ts, read as text: per tag, the attribute → property map and the events. Its
 * types are checked against the classes by tsc; this checks them against the manifest.
 */
function elementProps(): Map<string, { attributes: Map<string, string>; events: Set<string> }> {
  const source = read('src/element-props.ts');
  const pairs = (text: string) =>
    new Map(
      [...text.matchAll(/(?:'([\w-]+)'|(\w+)): '(\w+)'/g)].map(([, quoted, bare, prop]) => [quoted ?? bare, prop]),
    );
  const adminAttributes = pairs(/interface AdminAttributes \{([^}]*)\}/.exec(source)![1]);
  const pageAttributes = pairs(/type BookingPageAttributes = \{([^}]*)\}/.exec(source)![1]);
  const body = /export interface BookingElementTags \{([\s\S]*?)\n\}/.exec(source)![1];
  const out = new Map<string, { attributes: Map<string, string>; events: Set<string> }>();
  for (const block of body.split(/\n {2}(?='booking-)/).filter((b) => b.trim().startsWith("'booking-"))) {
    const tag = /^\s*'([\w-]+)'/.exec(block)![1];
    const rest = block.slice(block.indexOf(':') + 1);
    const attributes = pairs(rest);
    if (/^\s*AdminPanel</.test(rest)) for (const [a, p] of adminAttributes) attributes.set(a, p);
    if (/\bBookingPageAttributes\b/.test(rest)) for (const [a, p] of pageAttributes) attributes.set(a, p);
    const literals = [...rest.matchAll(/(?<!: )'([\w-]+)'(?!:)/g)].map((m) => m[1]);
    out.set(tag, { attributes, events: new Set(literals.filter((l) => knownEvents.has(l))) });
  }
  return out;
}

test('the JSX and Vue typings (src/element-props.ts) agree with the manifest', () => {
  const props = elementProps();
  assert.deepEqual(
    [...props.keys()].sort(),
    [...defined.keys()].sort(),
    'element-props.ts has a row per registered tag',
  );
  for (const [tag, { attributes, events: typed }] of props) {
    const d = byTag.get(tag)!;
    const manifestAttributes = new Map((d.attributes ?? []).map((a) => [a.name, a.fieldName]));
    assert.deepEqual(
      [...attributes].sort(),
      [...manifestAttributes].sort(),
      `<${tag}>: attributes (name → property) in element-props.ts and the manifest`,
    );
    assert.deepEqual(
      [...typed].sort(),
      names(d.events).sort(),
      `<${tag}>: events in element-props.ts and the manifest`,
    );
  }
});
