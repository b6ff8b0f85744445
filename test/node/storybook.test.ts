// Storybook for newcomers (issue 14): `npm run storybook` takes another port when told to
// (STORYBOOK_PORT or --port), and what its docs pages show readers carries no rule numbers of
// DESIGN.md ("(R18)"): not the manifest's descriptions (the element docs) and not the stories'
// JSDoc (each story's description). Rule numbers stay in code comments and tests.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_PORT, storybookArgs } from '../../tools/storybook.mjs';
import { ANY_RULE_NUMBER as RULE, withoutRuleNumbers } from '../../tools/public-docs.mjs';

const root = process.cwd();

describe('npm run storybook: the port', () => {
  it('is 6006 by default', () => {
    assert.equal(DEFAULT_PORT, 6006);
    assert.deepEqual(storybookArgs([], {}), ['dev', '--port', '6006', '--no-open']);
  });

  it('is STORYBOOK_PORT when set', () => {
    assert.deepEqual(storybookArgs([], { STORYBOOK_PORT: '7007' }), ['dev', '--port', '7007', '--no-open']);
    assert.deepEqual(storybookArgs([], { STORYBOOK_PORT: '' }), ['dev', '--port', '6006', '--no-open']);
  });

  it('is the --port or -p flag when given, over STORYBOOK_PORT; other arguments pass through', () => {
    for (const flag of [['--port', '8008'], ['-p', '8008'], ['--port=8008']]) {
      assert.deepEqual(storybookArgs([...flag, '--ci'], { STORYBOOK_PORT: '7007' }), [
        'dev',
        '--no-open',
        ...flag,
        '--ci',
      ]);
    }
  });

  it('refuses a STORYBOOK_PORT that is not a port, saying so', () => {
    for (const bad of ['abc', '0', '70000', '80 80', '-1']) {
      assert.throws(
        () => storybookArgs([], { STORYBOOK_PORT: bad }),
        /^Error: STORYBOOK_PORT must be a port number from 1 to 65535, not "/,
      );
    }
  });

  it('package.json runs the launcher', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    assert.equal(pkg.scripts.storybook, 'node tools/storybook.mjs');
  });
});

describe('Storybook docs: no rule numbers for readers', () => {
  it('the manifest (element docs pages) has none in any description or summary', () => {
    const found: string[] = [];
    const walk = (node: unknown, where: string): void => {
      if (Array.isArray(node)) node.forEach((item, i) => walk(item, `${where}[${i}]`));
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if ((key === 'description' || key === 'summary') && typeof value === 'string' && RULE.test(value))
            found.push(`${where}.${key}: ${value}`);
          else walk(value, `${where}.${key}`);
        }
      }
    };
    walk(JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8')), 'manifest');
    assert.deepEqual(found, []);
  });

  it('while the sources keep them in their comments (the manifest drops them, the code does not)', () => {
    const page = readFileSync(join(root, 'src/elements/booking-page/booking-page.ts'), 'utf8');
    assert.match(page, /only this service is offered \(R17\)/);
  });

  it('the stories’ JSDoc (each story’s description) has none', () => {
    const dir = join(root, 'stories');
    const found = readdirSync(dir)
      .filter((f) => f.endsWith('.stories.ts'))
      .flatMap((f) =>
        [...readFileSync(join(dir, f), 'utf8').matchAll(/\/\*\*[\s\S]*?\*\//g)]
          .map((m) => m[0])
          .filter((doc) => RULE.test(doc))
          .map((doc) => `${f}: ${doc}`),
      );
    assert.deepEqual(found, []);
  });

  it('drops rule numbers in the forms the code cites them, and nothing else', () => {
    const cases: [string, string][] = [
      ['Administrators edit; other roles read (R18).', 'Administrators edit; other roles read.'],
      ['are listed (R18b).', 'are listed.'],
      ['which is named (R1, R2). Next', 'which is named. Next'],
      ['never markup, R13/R21). A form', 'never markup). A form'],
      ['(with its sync state, R4); and', '(with its sync state); and'],
      ['custom questions (R12, R13).', 'custom questions.'],
      ['a colour (#0F6CBD) and R&D (not a rule)', 'a colour (#0F6CBD) and R&D (not a rule)'],
    ];
    for (const [text, expected] of cases) assert.equal(withoutRuleNumbers(text), expected);
  });
});
