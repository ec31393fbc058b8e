// GITHUB_STEP_SUMMARY that is not a regular file (issue #11): a FIFO would block the run forever, a device would
// swallow the summary. Refused with one `milepel:` line (exit 2) after the annotations, which are never lost to it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/fake-io.js';
import { builtCli } from '../helpers/built-cli.js';

const BIN = builtCli();
const dir = mkdtempSync(join(tmpdir(), 'milepel-summary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The CLI as a process; the timeout only turns a hang (the bug) into a failure, it measures nothing. */
function validate(summary: string, locale = 'en'): ReturnType<typeof spawnSync> {
  return spawnSync(process.execPath, [BIN, 'validate', 'plans', '--format', 'github', '--locale', locale], {
    cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000, env: { PATH: process.env['PATH'] ?? '', GITHUB_STEP_SUMMARY: summary, GITHUB_WORKSPACE: REPO_ROOT },
  });
}

describe('a step summary that is not a regular file', () => {
  it('a FIFO (no reader): refused at once, one line, exit 2, the annotations still printed', () => {
    const fifo = join(dir, 'summary-fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const r = validate(fifo);
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/^::error file=plans\/akson\.yaml,line=/m);
    expect(r.stderr).toBe(`milepel: cannot write the step summary GITHUB_STEP_SUMMARY=${fifo}: it is a FIFO (named pipe), not a regular file; point the variable at a file (GitHub Actions sets it to one) or unset it\n`);
  });

  it('a character device, in Norwegian too', () => {
    const r = validate('/dev/null', 'nb');
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/^::warning file=/m);
    expect(r.stderr).toMatch(/^milepel: kan ikke skrive stegsammendraget GITHUB_STEP_SUMMARY=\/dev\/null: det er (en )?[^\n]*, ikke en vanlig fil; [^\n]*\n$/);
  });

  it('a regular file is appended to, as before', () => {
    const file = join(dir, 'summary.md');
    writeFileSync(file, '# earlier step\n');
    const r = validate(file);
    expect(r.status).toBe(1);
    expect(readFileSync(file, 'utf8')).toMatch(/^# earlier step\n[\s\S]*akson\.yaml/);
  });
});

// Tester round 32 F3, F4: a write that failed part-way (a full disk) left a table cut off mid-row in the summary, while
// milepel said it could not write it; and the 1 MiB cap ignored what the step's summary held already, so a second
// report pushed the file past GitHub's limit and GitHub dropped the whole summary.
describe('a step summary that cannot take the whole table', () => {
  it('is left as it was when the write fails part-way (a file size limit standing in for a full disk)', () => {
    const file = join(dir, 'limited.md');
    writeFileSync(file, '# before\n');
    const r = spawnSync('sh', ['-c', `ulimit -f 2; exec "${process.execPath}" "${BIN}" validate plans --format github`], {
      cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000, env: { PATH: process.env['PATH'] ?? '', GITHUB_STEP_SUMMARY: file, GITHUB_WORKSPACE: REPO_ROOT },
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^milepel: cannot write the step summary GITHUB_STEP_SUMMARY=.*limited\.md \(the file would pass the largest size allowed \(ulimit -f or the file system's\)\); unset the variable/);
    expect(readFileSync(file, 'utf8')).toBe('# before\n');
  });

  it('counts what the step wrote before against the 1 MiB: a nearly full one gets the heading and the count only', () => {
    const file = join(dir, 'nearly-full.md');
    const before = 'x'.repeat(1024 * 1024 - 4096 - 200) + '\n';
    writeFileSync(file, before);
    const r = validate(file);
    expect(r.status).toBe(1);
    const added = readFileSync(file, 'utf8').slice(before.length);
    expect(added).toMatch(/^### milepel validate: 2 errors, 14 warnings/);
    expect(added).not.toContain('|---|');
    expect(added).toContain('16 more findings are in the job log');
    expect(before.length + Buffer.byteLength(added)).toBeLessThanOrEqual(1024 * 1024);
  });

  // Tester round 34 F8: with no room for the heading either, it was appended all the same, past 1 MiB.
  it('adds nothing when not even the heading fits under 1 MiB', () => {
    const file = join(dir, 'full.md');
    const before = 'x'.repeat(1024 * 1024 - 10);
    writeFileSync(file, before);
    expect(validate(file).status).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});
