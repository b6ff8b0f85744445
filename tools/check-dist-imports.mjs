// Every bare import in dist/ names a package an installing user gets: a dependency, or a peer
// dependency (all optional, each documented: README for react/@lit/react/vue, docs/deploy.md for the
// server's). Anything else resolves in this repository, where devDependencies are installed, and
// fails with ERR_MODULE_NOT_FOUND in a user's project (issue 14: a chunk importing the build's own
// decorator helper, `@oxc-project/runtime/helpers/decorate`).
//
//   node tools/check-dist-imports.mjs [dir]   (default dist; run after `npm run build`; .ci/run does)
//
// Also fails on a dependency or peer that nothing in dist/ imports (users would install it for nothing).
//
// Scans every .js/.mjs/.cjs file for static imports, `export … from`, dynamic `import("…")` and
// `require("…")`, and every .d.ts for imports, `import("…")` types and `declare module "…"`
// augmentations (a consumer's type checker resolves those from the package's folder too). Node's
// built-in modules are allowed. Exits 1 listing each undeclared import and the files holding it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import ts from 'typescript';

const root = new URL('..', import.meta.url).pathname;
const dir = join(root, process.argv[2] ?? 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const dependencies = new Set(Object.keys(pkg.dependencies ?? {}));
const peers = new Set(Object.keys(pkg.peerDependencies ?? {}));
const devOnly = new Set(Object.keys(pkg.devDependencies ?? {}).filter((n) => !dependencies.has(n) && !peers.has(n)));
const builtins = new Set(builtinModules);

/** Every file below `folder`. */
function walk(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** `lit/decorators.js` → `lit`, `@lit/react` → `@lit/react`, `./x.js` → undefined (not bare). */
export function packageOf(specifier) {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('#')) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(specifier)) return specifier.startsWith('node:') ? 'node:' : undefined; // URLs
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** The module specifiers a file names, from its syntax tree (comments and strings are not imports). */
function specifiersOf(path, text, types) {
  const file = ts.createSourceFile(
    path,
    text,
    ts.ScriptTarget.Latest,
    false,
    types ? ts.ScriptKind.TS : ts.ScriptKind.JS,
  );
  const found = [];
  const literal = (node) => (node && ts.isStringLiteralLike(node) ? node.text : undefined);
  const visit = (node) => {
    let specifier;
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) specifier = literal(node.moduleSpecifier);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument))
      specifier = literal(node.argument.literal);
    else if (ts.isModuleDeclaration(node))
      specifier = literal(node.name); // declare module 'x' { … }
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference))
      specifier = literal(node.moduleReference.expression);
    else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const dynamic = callee.kind === ts.SyntaxKind.ImportKeyword;
      const required = ts.isIdentifier(callee) && callee.text === 'require';
      if (dynamic || required) specifier = literal(node.arguments[0]);
    }
    if (specifier !== undefined) found.push(specifier);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

let files = [];
try {
  files = walk(dir).filter((f) => /\.(m?js|cjs)$/.test(f) || /\.d\.m?ts$/.test(f));
} catch {
  console.error(`${relative(root, dir)}/ is missing: run \`npm run build\` first.`);
  process.exit(1);
}
if (!files.some((f) => /\.m?js$/.test(f))) {
  console.error(`${relative(root, dir)}/ holds no JavaScript: run \`npm run build\` first.`);
  process.exit(1);
}

/** package → { files holding an import of it, the specifiers used } */
const used = new Map();
for (const file of files) {
  const types = /\.d\.m?ts$/.test(file);
  for (const specifier of specifiersOf(file, readFileSync(file, 'utf8'), types)) {
    const name = packageOf(specifier);
    if (!name || name === 'node:' || builtins.has(name)) continue;
    let entry = used.get(name);
    if (!entry) used.set(name, (entry = { files: new Set(), specifiers: new Set() }));
    entry.files.add(relative(root, file));
    entry.specifiers.add(specifier);
  }
}

const problems = [...used].filter(([name]) => !dependencies.has(name) && !peers.has(name));
const list = (set, max = 4) => {
  const all = [...set].sort();
  return all.length > max ? `${all.slice(0, max).join(', ')} and ${all.length - max} more` : all.join(', ');
};
for (const [name, { files: where, specifiers }] of problems) {
  const why = devOnly.has(name)
    ? 'a devDependency only: an installing user does not get it'
    : 'in no dependency list of package.json';
  console.error(`✗ ${list(specifiers)} (package ${name}) is ${why}; imported by ${list(where)}`);
}
// The other way round: a dependency nothing imports is a download every user pays for.
const unused = [...dependencies, ...peers].filter((name) => !used.has(name)).sort();
for (const name of unused) {
  const list = dependencies.has(name) ? 'dependencies' : 'peerDependencies';
  console.error(`✗ ${name} is in ${list} but nothing in ${relative(root, dir)}/ imports it: remove it`);
}
const summary = [...used]
  .sort(([a], [b]) => (a < b ? -1 : 1))
  .map(([name]) => `${name}${peers.has(name) ? ' (peer)' : ''}`)
  .join(', ');
console.log(`dist imports: ${files.length} files, packages imported: ${summary}`);
if (problems.length > 0 || unused.length > 0) {
  console.error(
    `${problems.length} undeclared package(s) imported from ${relative(root, dir)}/ (bundle them in the build, ` +
      'or declare them: dependencies, or an optional peer that the README or docs/deploy.md documents); ' +
      `${unused.length} declared but not imported.`,
  );
  process.exit(1);
}
console.log('every bare import in dist/ is a dependency or a peer dependency, and every one of those is imported');
