import { expect } from '@open-wc/testing';
import type { Interval } from '../../src/core/types.js';

describe('toolchain', () => {
  it('runs TypeScript tests in Chromium', () => {
    const i: Interval = { start: 0, end: 1 };
    expect(i.end - i.start).to.equal(1);
  });
});
