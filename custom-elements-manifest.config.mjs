// Configuration of `custom-elements-manifest analyze` (npm run manifest, tools/manifest-check.mjs).
//
// The manifest documents the public surface only: each registered tag with its attributes,
// public properties and methods, events, slots, parts, CSS custom properties and custom states,
// and the event classes. Storybook's docs pages and the editor integrations read it, so what is
// private to the implementation stays out of it.
import { readFileSync } from 'node:fs';
import { ANY_RULE_NUMBER, withoutRuleNumbers } from './tools/public-docs.mjs';

export default {
  globs: [
    'src/elements/*/booking-*.ts',
    'src/elements/booking-admin/admin-element.ts',
    'src/elements/booking-admin/list-editor-element.ts',
    'src/events/*.ts',
    'src/define/*.ts',
  ],
  exclude: ['src/elements/**/*.styles.ts', 'src/define/define-element.ts', 'src/events/index.ts'],
  outdir: '.',
  litelement: true,
  // package.json already names the manifest; the analyzer must not rewrite it.
  packagejson: false,
  plugins: [
    definitionsPlugin(),
    publicSurfacePlugin(),
    themingTokensPlugin('src/styles/tokens.ts'),
    publicDocsPlugin(),
    sortedModulesPlugin(),
  ],
};

/**
 * The analyzer lists modules in the order its file reads finish, which varies from run to run;
 * sorted by path, the manifest is the same every time (manifest:check diffs it in CI).
 */
function sortedModulesPlugin() {
  return {
    name: 'booking-elements: modules in path order',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

/**
 * Storybook's docs pages and editors show the manifest's descriptions to the library's users, who
 * have no use for "(R18)": the numbers of DESIGN.md's rules stay in code comments and tests, and
 * leave every description and summary here. A reference the patterns cannot drop (a rule number
 * inside a sentence) fails the analysis, naming the text to reword.
 */
function publicDocsPlugin() {
  const clean = (node, where) => {
    if (Array.isArray(node)) node.forEach((item, i) => clean(item, `${where}[${i}]`));
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'description' || key === 'summary') && typeof value === 'string') {
          node[key] = withoutRuleNumbers(value);
          if (ANY_RULE_NUMBER.test(node[key]))
            throw new Error(`a rule number is left in ${where}.${key}; reword its JSDoc: ${JSON.stringify(node[key])}`);
        } else clean(value, `${where}.${key}`);
      }
    }
  };
  return {
    name: 'booking-elements: no rule numbers in the public docs',
    packageLinkPhase({ customElementsManifest }) {
      for (const m of customElementsManifest.modules) clean(m, m.path);
    },
  };
}

/** Static fields Lit reads to set an element up; not API for users of the element. */
const LIT_STATICS = new Set(['styles', 'shadowRootOptions', 'properties', 'elementStyles']);

/** Built-in classes the public classes extend. */
const GLOBALS = new Set(['Event', 'CustomEvent', 'HTMLElement']);

/**
 * Tags are registered in src/define/<tag>.ts with `defineElement('booking-x', BookingX)` (a guarded
 * `customElements.define`), which the analyzer does not know. Record each call as the
 * `custom-element-definition` export the analyzer would record for `customElements.define`, so the
 * tag in the manifest is the tag the code registers.
 */
function definitionsPlugin() {
  return {
    name: 'booking-elements: defineElement() calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, ctor] = node.arguments;
      if (!tag || !ctor || !ts.isStringLiteral(tag) || !ts.isIdentifier(ctor)) return;
      const className = ctor.text;
      const source = node.getSourceFile();
      const from = source.statements
        .filter(ts.isImportDeclaration)
        .find((d) => d.importClause?.namedBindings?.elements?.some((e) => e.name.text === className));
      if (!from) return;
      // '../elements/x/x.js' seen from src/define/ → 'src/elements/x/x.ts', as the manifest names modules.
      const module = new URL(
        from.moduleSpecifier.text.replace(/\.js$/, '.ts'),
        `file:///${moduleDoc.path}`,
      ).pathname.slice(1);
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: className, module } },
      ];
    },
  };
}

/**
 * Keeps the manifest to the public surface:
 * - classes marked `@internal`, and element base classes that no tag registers (AdminElement),
 *   are removed once the classes extending them have inherited their public members;
 * - private and protected members, `_`/`#` names and Lit's static configuration are removed;
 * - events come from each class's `@fires`: the analyzer also records every
 *   `dispatchEvent(new BookingXEvent(detail))` as an event without a name (it reads the name from
 *   a first string argument), and inherits those into subclasses that never fire them, so nameless
 *   events are dropped; `@fires` entries get the event class (its `static eventName`) as their type.
 */
function publicSurfacePlugin() {
  const internal = new Set();
  return {
    name: 'booking-elements: public surface',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const tags = ts.getJSDocTags(node).map((t) => t.tagName.text);
      if (tags.includes('internal') || tags.includes('ignore')) internal.add(node.name.text);
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      const classes = modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.kind === 'class'));

      // Event classes: static readonly eventName = 'booking-x'.
      const classByEvent = new Map();
      for (const c of classes) {
        const field = c.members?.find((m) => m.static && m.name === 'eventName');
        const name = field?.default?.match(/^['"](.+)['"]$/)?.[1];
        if (name) classByEvent.set(name, c.name);
      }

      const removed = new Map(); // name → its superclass
      for (const c of classes) {
        const isElement = Boolean(c.customElement || c.tagName);
        if (internal.has(c.name) || (isElement && !c.tagName)) removed.set(c.name, c.superclass);
      }

      for (const m of modules) {
        m.declarations = (m.declarations ?? []).filter((d) => !removed.has(d.name));
        m.exports = (m.exports ?? []).filter((e) => !removed.has(e.declaration?.name));
        for (const d of m.declarations) {
          if (d.kind !== 'class') continue;
          // The nearest public ancestor (AdminElement's subclasses extend LitElement for users).
          while (d.superclass && removed.has(d.superclass.name)) d.superclass = removed.get(d.superclass.name);
          if (!d.superclass) delete d.superclass;
          // `extends Event`: the analyzer takes a name it cannot resolve for a local one.
          if (
            d.superclass &&
            GLOBALS.has(d.superclass.name) &&
            !m.declarations.some((x) => x.name === d.superclass.name)
          ) {
            d.superclass = { name: d.superclass.name, package: 'global:' };
          }
          d.members = (d.members ?? []).filter(
            (member) =>
              (!member.privacy || member.privacy === 'public') &&
              !/^[_#]/.test(member.name) &&
              !(d.customElement && member.static && LIT_STATICS.has(member.name)),
          );
          for (const list of ['members', 'attributes', 'events', 'cssParts', 'cssProperties', 'slots', 'cssStates']) {
            for (const item of d[list] ?? []) {
              if (item.inheritedFrom && removed.has(item.inheritedFrom.name)) delete item.inheritedFrom;
            }
          }
          // Attributes whose property is not public (none today) would point at nothing.
          const fields = new Set(d.members.map((member) => member.name));
          if (d.attributes) d.attributes = d.attributes.filter((a) => !a.fieldName || fields.has(a.fieldName));

          if (d.events) {
            d.events = d.events
              .filter((e) => e.name)
              .map((e) =>
                e.type || !classByEvent.has(e.name) ? e : { ...e, type: { text: classByEvent.get(e.name) } },
              );
          }
        }
      }
      // What is left of a removed class's module (the analyzer keeps stray variables) goes too.
      customElementsManifest.modules = modules.filter((m) => m.exports.length > 0);
      for (const m of customElementsManifest.modules) {
        m.declarations = m.declarations.filter((d) => m.exports.some((e) => e.declaration?.name === d.name));
      }
    },
  };
}

/**
 * Every element resolves the global theming tokens (`--booking-color-accent`, `--booking-radius`, …)
 * through the shared `tokens` styles, so each element documents them. They are written once, as
 * `@cssprop` lines on `tokens` in src/styles/tokens.ts, and copied here after each element's own.
 */
function themingTokensPlugin(path) {
  const doc = /\/\*\*([\s\S]*?)\*\/\s*export const tokens\b/.exec(readFileSync(path, 'utf8'))?.[1] ?? '';
  const tokens = [...doc.matchAll(/@cssprop\s+(--[\w-]+)\s+-\s+([^\n]*)/g)].map(([, name, description]) => ({
    name,
    description: description.trim(),
  }));
  if (tokens.length === 0) throw new Error(`no @cssprop tokens found on \`tokens\` in ${path}`);
  return {
    name: 'booking-elements: theming tokens',
    packageLinkPhase({ customElementsManifest }) {
      for (const m of customElementsManifest.modules) {
        for (const d of m.declarations ?? []) {
          if (d.kind !== 'class' || !d.tagName) continue;
          const own = d.cssProperties ?? [];
          d.cssProperties = [...own, ...tokens.filter((t) => !own.some((p) => p.name === t.name))];
        }
      }
    },
  };
}
