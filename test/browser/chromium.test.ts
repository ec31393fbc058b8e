// When the browser tests may skip: only on a desk without Chromium, never under CI.
import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { browserSkipReason, CHROMIUM } from './chromium.js';

describe('browserSkipReason', () => {
  const before = process.env['CI'];
  afterEach(() => {
    if (before === undefined) delete process.env['CI'];
    else process.env['CI'] = before;
  });

  it('never skips under CI, so a missing browser fails there', () => {
    process.env['CI'] = 'true';
    expect(browserSkipReason()).toBeUndefined();
  });

  it('without CI, skips exactly when Chromium is missing, and says how to get it', () => {
    delete process.env['CI'];
    const reason = browserSkipReason();
    if (existsSync(CHROMIUM)) expect(reason).toBeUndefined();
    else expect(reason).toMatch(/\/usr\/bin\/chromium is missing.*system-deps\.sh/);
  });
});
