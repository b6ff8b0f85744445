import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Interval } from '../../src/core/types.js';

test('node tests run TypeScript', () => {
  const i: Interval = { start: 0, end: 2 };
  assert.equal(i.end - i.start, 2);
});
