// The bench's workspace generators remove and write the folder they are given: only one a generator made, or an empty
// or missing one (tester round 89 F4: `--help` made a folder of that name, and `plans 1000` would have wiped ./plans).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/fake-io.js';

const work = mkdtempSync(join(tmpdir(), 'milepel-generators-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function generate(...args: string[]): { status: number | null; stderr: string } {
  const r = spawnSync(process.execPath, [join(REPO_ROOT, 'bench', 'generate-risk.mjs'), ...args], { cwd: work, encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr };
}

describe('a bench generator run by hand', () => {
  it('prints its usage for --help or a count that is none, and writes nothing', () => {
    for (const args of [['--help'], ['out'], ['out', 'many'], ['out', '0'], ['out', '10', 'more']]) {
      expect(generate(...args)).toEqual({ status: 2, stderr: 'usage: node bench/generate-risk.mjs <dir> <milestones>\n' });
    }
    expect(readdirSync(work)).toEqual([]);
  });

  it('leaves a folder of files it did not write, and writes again one it made', () => {
    const plans = join(work, 'plans');
    mkdirSync(plans);
    writeFileSync(join(plans, 'p.yaml'), 'plan: {id: p, title: P}\n');
    const refused = generate('plans', '40');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/^bench: plans holds files no generator wrote/);
    expect(readdirSync(plans)).toEqual(['p.yaml']);
    expect(generate('made', '40').status).toBe(0);
    expect(generate('made', '20').status).toBe(0);
    expect(readdirSync(join(work, 'made')).sort()).toEqual(['.milepel-bench', ...Array.from({ length: 10 }, (_, p) => `risk-0${p}.yaml`)]);
    expect(existsSync(join(work, 'made', '.milepel-bench'))).toBe(true);
    // A file of the user's in a folder a generator made keeps it from being written again (tester round 90 F3).
    writeFileSync(join(work, 'made', 'mine.txt'), 'keep');
    expect(generate('made', '20').status).toBe(2);
    expect(existsSync(join(work, 'made', 'mine.txt'))).toBe(true);
  });

  it('leaves a file, a symbolic link, and the current folder or one above it (tester round 90 F3)', () => {
    writeFileSync(join(work, 'afile'), 'x');
    symlinkSync(join(work, 'made'), join(work, 'link'));
    const refusals = [['afile', 'is no folder'], ['link/', 'is a symbolic link'], ['.', 'is the current folder or one above it'], ['..', 'is the current folder or one above it']];
    for (const [dir, why] of refusals) {
      const r = generate(dir!, '20');
      expect([r.status, r.stderr.split('\n')[0]]).toEqual([2, `bench: ${dir} ${why}: give a new folder`]);
    }
    expect(readdirSync(join(work, 'made')).length).toBe(12);
  });

  it('checks the stress generator\'s arguments too', () => {
    for (const args of [['--help'], ['bogus', '100', 'sx'], ['risky', 'x', 'sx']]) {
      const r = spawnSync(process.execPath, [join(REPO_ROOT, 'bench', 'generate-stress.mjs'), ...args], { cwd: work, encoding: 'utf8' });
      expect([r.status, r.stderr]).toEqual([2, 'usage: node bench/generate-stress.mjs <shape> <milestones> <dir>\n']);
    }
    expect(existsSync(join(work, 'sx'))).toBe(false);
  });
});
