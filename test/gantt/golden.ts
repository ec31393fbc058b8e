// Golden files for the gantt, roadmap and export tests: compared with test/golden/<name>, written only with UPDATE_GOLDEN=1.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { REPO_ROOT } from '../helpers/fake-io.js';

/** Compares `actual` with test/golden/<name>; `UPDATE_GOLDEN=1 npx vitest run test/gantt` rewrites it instead (review the diff). */
export function expectGolden(name: string, actual: string): void {
  const path = join(REPO_ROOT, 'test', 'golden', name);
  if (process.env['UPDATE_GOLDEN'] === '1') {
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) throw new Error(`missing golden file test/golden/${name}: run UPDATE_GOLDEN=1 npx vitest run, then review it`);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

/** Control characters other than the line feed: none may reach a terminal from plan text. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
