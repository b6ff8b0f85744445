// Regenerates custom-elements.json and fails when it differs from the committed one,
// so the manifest (and the docs built from it) never drift from the code.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const before = readFileSync('custom-elements.json', 'utf8');
execFileSync(
  'npx',
  [
    'custom-elements-manifest',
    'analyze',
    '--litelement',
    '--globs',
    'src/elements/**/*.ts',
    'src/events/**/*.ts',
    '--outdir',
    '.',
  ],
  {
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);
const after = readFileSync('custom-elements.json', 'utf8');
if (before !== after) {
  console.error('custom-elements.json is out of date: run `npm run manifest` and commit the result.');
  try {
    execFileSync('git', ['--no-pager', 'diff', '--stat', '--', 'custom-elements.json'], { stdio: 'inherit' });
  } catch {
    /* the message above is what matters */
  }
  process.exit(1);
}
console.log('custom-elements.json is up to date');
