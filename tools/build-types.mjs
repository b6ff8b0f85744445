// `npm run build`'s type declarations: `tsc -p tsconfig.build.json` into dist/types, then one fix-up.
// tsc writes the inferred return type of every element's `render()` as `import("lit-html").TemplateResult`,
// naming lit's own dependency rather than lit: a user's type checker resolves that from the package's
// folder, where only our dependencies are sure to be (pnpm's strict layout has no lit-html there).
// `lit` re-exports all of lit-html, so the same type is `import("lit").TemplateResult`.
// tools/check-dist-imports.mjs fails on any such undeclared import that is left.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
  cwd: root,
  stdio: 'inherit',
});
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

/** Type imports of a package lit re-exports, as tsc writes them. */
const THROUGH_LIT = /\bimport\("lit-html"\)/g;

function walk(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

let changed = 0;
for (const file of walk(join(root, 'dist/types')).filter((f) => f.endsWith('.d.ts'))) {
  const text = readFileSync(file, 'utf8');
  const fixed = text.replace(THROUGH_LIT, 'import("lit")');
  if (fixed !== text) {
    writeFileSync(file, fixed);
    changed++;
  }
}
if (changed > 0) console.log(`dist/types: lit-html type imports written as lit in ${changed} files`);
