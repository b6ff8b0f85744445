// @ts-check
import { defineConfig, globalIgnores } from 'eslint/config';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';

// Folders are layers; imports point one way (DESIGN.md). Each block names what a layer may not import.
const UI = ['lit', 'lit/*', '@lit/*'];
// The UI layers: elements and what only elements use.
const UI_LAYERS = [
  '**/elements/*',
  '**/define/*',
  '**/context/*',
  '**/controllers/*',
  '**/events/*',
  '**/styles/*',
  '**/i18n/*',
];
// Classic `zod` costs ~20 KB gzip more than `zod/mini`: blocked by exact name, so `zod/mini` stays allowed.
const CLASSIC_ZOD = { name: 'zod', message: 'import zod/mini: classic zod costs ~20 KB gzip more.' };
const layer = (files, patterns, message) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { paths: [CLASSIC_ZOD], patterns: [{ group: patterns, message }] }] },
});

export default defineConfig(
  // tools/*.d.mts only type the tools' .mjs for test/node (tsconfig.node.json checks them there).
  globalIgnores([
    'dist/',
    'storybook-static/',
    'custom-elements.json',
    '.tmp/',
    'docs/',
    'demo/dist/',
    'tools/*.d.mts',
  ]),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.config.ts', '.storybook/*.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  wcConfigs['flat/recommended'],
  litConfigs['flat/recommended'],
  { files: ['src/**/*.ts'], rules: { '@typescript-eslint/unbound-method': 'off' } },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  layer(
    ['src/core/**/*.ts'],
    ['../*', ...UI, 'zod/*', 'idb', 'msw', 'msw/*'],
    'core is pure: it imports nothing of ours outside core, and no UI, storage or validation library.',
  ),
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/recurrence.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [CLASSIC_ZOD],
          patterns: [
            {
              group: ['../*', ...UI, 'zod/*', 'idb', 'msw', 'msw/*'],
              message: 'core is pure: no imports outside core, no UI, storage or validation library.',
            },
            { group: ['rrule', 'rrule/*'], message: 'rrule is imported by core/recurrence.ts only.' },
          ],
        },
      ],
    },
  },
  layer(
    ['src/schemas/**/*.ts'],
    ['**/contract/*', '**/backend/*', '**/adapters/*', '**/server/*', ...UI_LAYERS, ...UI],
    'schemas import core only, and zod/mini (classic zod costs ~20 KB gzip more).',
  ),
  layer(
    ['src/contract/**/*.ts'],
    ['**/backend/*', '**/adapters/*', '**/server/*', ...UI_LAYERS, ...UI],
    'contract (adapter interfaces, BookingError, roles) imports core and schemas only.',
  ),
  layer(
    ['src/backend/**/*.ts'],
    ['**/adapters/*', '**/server/*', ...UI_LAYERS, ...UI, 'idb', 'msw', 'msw/*', 'node:*'],
    'backend imports core, schemas and contract only: no adapter, server, UI or platform code (it runs in browsers and in Node).',
  ),
  layer(
    ['src/adapters/**/*.ts'],
    ['**/server/*', ...UI_LAYERS, ...UI],
    'adapters import core, schemas, contract and backend only, and stay DOM-free.',
  ),
  layer(
    ['src/adapters/http/**/*.ts'],
    ['**/backend/*', '**/server/*', '**/reference/*', ...UI_LAYERS, ...UI],
    'the HTTP layer imports core, schemas and contract only (the server wires it to the backend).',
  ),
  layer(
    ['src/server/**/*.ts'],
    ['**/adapters/reference/*', '**/adapters/index*', '**/adapters/resolve-*', ...UI_LAYERS, ...UI],
    'server imports backend, contract, adapters/http, core and schemas only (Node code: no reference adapter, no UI).',
  ),
  layer(
    ['src/{elements,define}/**/*.ts'],
    ['**/backend/*', '**/server/*'],
    'UI code reaches the backend through an adapter (contract/), never by importing it.',
  ),
  layer(
    ['src/{context,controllers,events,i18n,styles}/**/*.ts'],
    ['**/elements/*', '**/define/*', '**/backend/*', '**/server/*'],
    'only define/ and the entry points import elements; UI code never imports the backend.',
  ),
  {
    files: ['test/**/*.ts', 'stories/**/*.ts'],
    rules: {
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  { files: ['**/*.{js,mjs,cjs}'], extends: [tseslint.configs.disableTypeChecked] },
  { files: ['**/*.{js,mjs,cjs}'], languageOptions: { globals: globals.node } },
);
