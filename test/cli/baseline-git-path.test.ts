// `--baseline <rev>:<path>` with `.` in the path (tester round 61 F4): git reads `HEAD:.` as a file named `.` at the
// root, so a repository with its plans at the root could not write `origin/main:.`.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitPath } from '../../src/cli/baseline.js';
import { gitTools } from '../helpers/git-repo.js';

describe('gitPath', () => {
  it.each([
    ['.', './'], ['..', '../'], ['', ''], ['plans', 'plans'], ['plans/.', 'plans'], ['plans/', 'plans/'], ['a/./b', 'a/b'],
    ['sub/..', ''], ['./plans/.', './plans/.'], ['../x', '../x'], ['a/../../x', 'a/../../x'],
  ])('%j → %j', (written, read) => expect(gitPath(written)).toBe(read));
});

describe('--baseline HEAD:. in a repository whose plans are at its root', () => {
  let repo = '';
  const { git, initRepo, milepel, milepelIn } = gitTools(() => repo);
  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'milepel-baseline-dot-'));
    initRepo();
    writeFileSync(join(repo, 'a.yaml'), 'plan: {id: a, title: t}\nmilestones:\n  - {id: M, title: x, date: 2026-03-02}\n');
    mkdirSync(join(repo, 'sub'));
    writeFileSync(join(repo, 'sub', 'b.yaml'), 'plan: {id: b, title: t}\nmilestones:\n  - {id: N, title: y, date: 2026-03-03}\n');
    git('add', '.');
    git('commit', '-qm', 'plans');
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('reads the root as HEAD:./ does, and sub/. as sub', () => {
    const dot = milepel('slippage', 'a.yaml', '--baseline', 'HEAD:.', '--today', '2026-03-01', '--format', 'json');
    expect([dot.code, dot.stderr]).toEqual([0, '']);
    const slash = milepel('slippage', 'a.yaml', '--baseline', 'HEAD:./', '--today', '2026-03-01', '--format', 'json');
    expect(JSON.parse(dot.stdout).milestones).toEqual(JSON.parse(slash.stdout).milestones);
    expect(JSON.parse(dot.stdout).baseline).toBe('HEAD:.');
    const sub = milepel('slippage', 'sub', '--baseline', 'HEAD:sub/.', '--today', '2026-03-01', '--format', 'json');
    expect([sub.code, sub.stderr]).toEqual([0, '']);
    // From a subdirectory `.` is that directory, as `./` is to git.
    const inside = milepelIn(join(repo, 'sub'), 'slippage', '.', '--baseline', 'HEAD:.', '--today', '2026-03-01', '--format', 'json');
    expect([inside.code, inside.stderr]).toEqual([0, '']);
    expect(JSON.parse(inside.stdout).milestones.map((m: { ref: string; baseline: string }) => [m.ref, m.baseline])).toEqual([['b/N', '2026-03-03']]);
  });

  // Tester round 63 F11: `v1:..` was said as "../ does not exist", and `v1:a/../../x` told to write `v1:./a/../../x`.
  it('says a path that climbs out of the repository is outside it, as written', () => {
    const outside = (path: string): string => `milepel: --baseline HEAD:${path}: ${path} is outside the repository; give a path inside it, from its root (plans) or from the current directory (./plans)\n`;
    for (const path of ['..', 'a/../../x', '../x', '/etc']) {
      const r = milepel('slippage', 'a.yaml', '--baseline', `HEAD:${path}`);
      expect([r.code, r.stderr], path).toEqual([2, outside(path)]);
    }
    const fromSub = milepelIn(join(repo, 'sub'), 'slippage', '.', '--baseline', 'HEAD:../..');
    expect([fromSub.code, fromSub.stderr]).toEqual([2, outside('../..')]);
    // One level up from sub is the root, which is inside.
    expect(milepelIn(join(repo, 'sub'), 'slippage', '.', '--baseline', 'HEAD:..', '--format', 'json').code).toBe(0);
  });
});
