// Real processes at the edges users hit: a pipe closed early, a whole plan on one line, init into a file.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtCli } from '../helpers/built-cli.js';
import { renderExcerpt } from '../../src/report/validate/excerpt.js';

const BIN = builtCli();
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'milepel-robust-'));
  // 3,000 milestones on Saturdays, written as one JSON line: 6,000 findings, each with an excerpt of that line.
  const milestones = Array.from({ length: 3000 }, (_, i) => ({ id: `M${i}`, title: 'T', date: '2019-08-31' }));
  writeFileSync(join(dir, 'one-line.yaml'), `${JSON.stringify({ plan: { id: 'p', title: 'P', status_date: '2019-06-01' }, milestones })}\n`);
  writeFileSync(join(dir, 'a-file'), '');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('robustness of the real CLI', () => {
  it('stops quietly when the reader of its output goes away (no EPIPE stack trace)', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" validate "${join(dir, 'one-line.yaml')}" | head -c 10 >/dev/null`], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
  });

  it('still exits with its own code when the reader goes away: errors stay a failure under pipefail', () => {
    // 3,000 invalid dates: far more output than a pipe holds, so the writes after `head` has gone fail with EPIPE.
    const milestones = Array.from({ length: 3000 }, (_, i) => ({ id: `M${i}`, title: 'T', date: '2019-02-30' }));
    const file = join(dir, 'errors.yaml');
    writeFileSync(file, `${JSON.stringify({ plan: { id: 'p', title: 'P', status_date: '2019-06-01' }, milestones })}\n`);
    for (const format of ['text', 'json']) {
      const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" validate "${file}" --format ${format} | head -c 10 >/dev/null; exit \${PIPESTATUS[0]}`], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(1);
    }
  });

  it('reports every finding of a plan written on one line, each excerpt cut to the width', () => {
    const r = spawnSync(process.execPath, [BIN, 'validate', join(dir, 'one-line.yaml'), '--width', '80'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/⚠ 0 errors, 3000 warnings in 1 file\n$/);
    const excerpts = r.stdout.split('\n').filter((line) => /^\s+1 \| /.test(line));
    expect(excerpts).toHaveLength(3000);
    for (const line of excerpts) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('reads a plan file whose name holds a backslash (a character of the name, not a separator, off Windows)', () => {
    const sub = join(dir, 'backslash');
    mkdirSync(sub);
    writeFileSync(join(sub, 'a\\b.yaml'), 'plan:\n  id: p\n  title: P\nmilestones:\n  - id: M1\n    title: T\n    date: 2019-09-02\n');
    for (const arg of [sub, join(sub, 'a\\b.yaml')]) {
      const r = spawnSync(process.execPath, [BIN, 'validate', arg, '--today', '2019-08-01'], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe('✔ 1 file checked, no problems\n');
      expect(r.status).toBe(0);
    }
  });

  it('init into a path where a file is in the way: one line, exit 2', () => {
    const r = spawnSync(process.execPath, [BIN, 'init', join(dir, 'a-file', 'plans')], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^milepel: cannot write the example workspace into .*a-file\/plans: .*a-file is a file where a directory is to be made \(ENOTDIR\)/);
    expect(r.stderr.split('\n')).toHaveLength(2);
  });

  it('init into a symbolic link to nothing: says so and names the target, exit 2', () => {
    const link = join(dir, 'dangling');
    symlinkSync(join(dir, 'no-such-target'), link);
    for (const [lang, words] of [['en_GB.UTF-8', 'a symbolic link to .*no-such-target, which does not exist, is in the way'], ['nb_NO.UTF-8', 'en symbolsk lenke til .*no-such-target, som ikke finnes, står i veien']] as const) {
      const r = spawnSync(process.execPath, [BIN, 'init', link], { encoding: 'utf8', env: { ...process.env, LANG: lang, LC_ALL: '', LC_MESSAGES: '' } });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^milepel: .*dangling: ${words}`));
      expect(r.stderr.split('\n')).toHaveLength(2);
    }
  });
});

describe('excerpts of very long lines', () => {
  it('mark the right token far into a line of a million characters', () => {
    const token = 'NEEDLE-2019-08-31';
    const line = `${'x'.repeat(1_000_000)} ${token}, ${'y'.repeat(1_000_000)}`;
    const column = 1_000_002;
    const e = renderExcerpt(line, 1, column, 80);
    const at = e.code.indexOf(token);
    expect(at).toBeGreaterThan(0);
    expect(e.indent.length).toBe(at);
    expect(e.marker).toBe(`^${'~'.repeat(token.length - 1)}`);
    expect(e.gutter.length + e.code.length).toBeLessThanOrEqual(80);
  });
});
