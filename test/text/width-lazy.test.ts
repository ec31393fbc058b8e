// string-width and Intl.Segmenter initialise only when text needs them (issue #18: about 50 ms of startup).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtCli } from '../helpers/built-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'milepel-width-lazy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `validate` on `plan` with Intl.Segmenter watched; true when one was constructed (string-width makes one). */
function segmenterMade(plan: string, name: string): boolean {
  const marker = join(dir, `${name}.made`);
  const preload = join(dir, 'watch-segmenter.mjs');
  writeFileSync(preload, `import { writeFileSync } from 'node:fs';
const Original = Intl.Segmenter;
Intl.Segmenter = class extends Original { constructor(...a) { super(...a); writeFileSync(${JSON.stringify(marker)}, 'made'); } };
`);
  const file = join(dir, `${name}.yaml`);
  writeFileSync(file, plan);
  const run = spawnSync(process.execPath, ['--import', preload, builtCli(), 'validate', file, '--today', '2019-06-01'], { encoding: 'utf8' });
  expect(run.stderr).not.toMatch(/Error|at /);
  expect(run.stdout).toMatch(/✔|✖|⚠/);
  return existsSync(marker);
}

describe('lazy display width', () => {
  // The finding's excerpt shows the `after:` line, comment included, so its text is measured.
  const plan = (comment: string): string => `plan:\n  id: p\n  title: Plan\nmilestones:\n  - id: X1\n    title: Ærlig ferdig\n    date: 2019-12-01\n    after: [NOPE]  # ${comment}\n`;
  it('validates Norwegian and English plans without initialising string-width', () => {
    expect(segmenterMade(plan('Ærlig → ferdig … «ja» ≤ 3 dager'), 'latin')).toBe(false);
  });
  it('initialises it for a finding that shows an emoji (the watch sees it)', () => {
    expect(segmenterMade(plan('ferdig ✅ 👍🏽'), 'emoji')).toBe(true);
  });
});
