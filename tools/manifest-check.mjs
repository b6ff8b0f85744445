// Regenerates custom-elements.json (with custom-elements-manifest.config.mjs, as `npm run manifest`
// does) into .tmp/ and fails when it differs from the committed one, so the manifest (and the docs
// and editor integrations built from it) never drift from the code. The committed file is not touched.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const outdir = '.tmp/manifest-check';
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
execFileSync('npx', ['custom-elements-manifest', 'analyze', '--quiet', '--outdir', outdir], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
const committed = readFileSync('custom-elements.json', 'utf8');
const fresh = readFileSync(`${outdir}/custom-elements.json`, 'utf8');
if (committed !== fresh) {
  console.error('custom-elements.json is out of date: run `npm run manifest` and commit the result.');
  try {
    execFileSync(
      'git',
      ['--no-pager', 'diff', '--no-index', '--stat', '--', 'custom-elements.json', `${outdir}/custom-elements.json`],
      {
        stdio: 'inherit',
      },
    );
  } catch {
    /* git diff --no-index exits 1 when the files differ; the message above is what matters */
  }
  process.exit(1);
}
console.log('custom-elements.json is up to date');
