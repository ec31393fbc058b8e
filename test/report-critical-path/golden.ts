// Golden-file comparison: expected output lives in test/golden/ and is never rewritten, except with UPDATE_GOLDEN=1.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { REPO_ROOT } from '../helpers/fake-io.js';

/** Compares `actual` with test/golden/<name>; `UPDATE_GOLDEN=1 npx vitest run …` writes it instead. */
export function expectGolden(name: string, actual: string): void {
  const path = join(REPO_ROOT, 'test', 'golden', name);
  if (process.env['UPDATE_GOLDEN'] === '1') {
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) throw new Error(`missing golden file test/golden/${name}: run UPDATE_GOLDEN=1 npx vitest run to create it, then review it`);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
