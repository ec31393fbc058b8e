// The one golden-file helper of the suite: expected output lives in test/golden/<name>, compared byte for byte.
//
//   expectGolden('export.ics', r.stdout);
//
// `UPDATE_GOLDEN=1 npx vitest run <files>` rewrites a golden that differs (or is missing) and FAILS that test with
// the path it rewrote, so an update run is never green while it changed something: review `git diff test/golden`,
// then run again. Under CI (`CI` set, as every CI service does) an update run is refused outright: CI only compares.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { REPO_ROOT } from './fake-io.js';

/** Where the goldens live. */
export const GOLDEN_DIR = join(REPO_ROOT, 'test', 'golden');

/** What one comparison did. */
export type GoldenOutcome =
  | { readonly kind: 'same' }
  | { readonly kind: 'differs'; readonly expected: string }
  | { readonly kind: 'missing' }
  | { readonly kind: 'rewritten'; readonly created: boolean };

type Env = Readonly<Record<string, string | undefined>>;

/** An environment flag is on when set to anything but '', '0' or 'false'. */
function on(value: string | undefined): boolean {
  return value !== undefined && !['', '0', 'false'].includes(value.trim().toLowerCase());
}

/** Compares `actual` with the file at `path`; with UPDATE_GOLDEN (never under CI) writes it when it differs. */
export function checkGolden(path: string, actual: string, env: Env = process.env): GoldenOutcome {
  const update = on(env['UPDATE_GOLDEN']);
  if (update && on(env['CI'])) {
    throw new Error('UPDATE_GOLDEN is set under CI: goldens are rewritten only on a desk, then reviewed and committed');
  }
  const exists = existsSync(path);
  const expected = exists ? readFileSync(path, 'utf8') : undefined;
  if (expected === actual) return { kind: 'same' };
  if (update) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return { kind: 'rewritten', created: !exists };
  }
  return expected === undefined ? { kind: 'missing' } : { kind: 'differs', expected };
}

/** Asserts that `actual` equals test/golden/<name> (see the file comment for UPDATE_GOLDEN and CI). */
export function expectGolden(name: string, actual: string, env: Env = process.env): void {
  const outcome = checkGolden(join(GOLDEN_DIR, name), actual, env);
  const rel = `test/golden/${name}`;
  switch (outcome.kind) {
    case 'same':
      return;
    case 'missing':
      throw new Error(`missing golden file ${rel}: run UPDATE_GOLDEN=1 npx vitest run <this test file>, then review it`);
    case 'rewritten':
      throw new Error(`UPDATE_GOLDEN: ${outcome.created ? 'created' : 'rewrote'} ${rel}; review \`git diff test/golden\`, then run the tests again`);
    case 'differs':
      expect(actual, `${rel} differs (UPDATE_GOLDEN=1 rewrites it; review the diff)`).toBe(outcome.expected);
  }
}
