// GitLab Code Quality fingerprints, the GitHub step summary, and `validate --plan` (SPEC §7, §15).
import { describe, expect, it } from 'vitest';
import type { Diagnostic, ValidateResult } from '../../src/diagnostics/types.js';
import { fingerprints, formatGitlab } from '../../src/report/validate/gitlab.js';
import { formatStepSummary, markdownCell } from '../../src/report/validate/step-summary.js';
import { readRepoFile, REPO_ROOT, runCli } from '../helpers/fake-io.js';
import { verbatim } from '../report/validate-fixtures.js';

interface Issue { description: string; check_name: string; fingerprint: string; severity: string; location: { path: string; lines: { begin: number } } }

const gitlab = async (files?: Record<string, string>): Promise<Issue[]> =>
  JSON.parse((await runCli(['validate', 'plans', '--format', 'gitlab'], { files, env: { CI_PROJECT_DIR: REPO_ROOT } })).stdout) as Issue[];

const diagnostic = (over: Partial<Omit<Diagnostic, 'message'>> & { message?: string }): Diagnostic => ({ rule: 'overdue', severity: 'warning', ref: 'p/A', file: 'plans/p.yaml', line: 1, column: 1, related: [], ...over, message: verbatim(over.message ?? 'm') });
const result = (diagnostics: Diagnostic[]): ValidateResult => ({
  files: ['plans/p.yaml'], diagnostics, sourceLine: () => undefined,
  summary: { errors: diagnostics.filter((d) => d.severity === 'error').length, warnings: diagnostics.filter((d) => d.severity === 'warning').length },
});

describe('--format gitlab', () => {
  it('is a Code Quality array: rule, severity major/minor, path and line, a 32-hex fingerprint unique per finding', async () => {
    const issues = await gitlab();
    expect(issues.length).toBe(16);
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
    for (const i of issues) expect(i.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    const mp2 = issues.find((i) => i.check_name === 'non-working-day')!;
    expect(mp2).toMatchObject({ severity: 'minor', location: { path: 'plans/akson.yaml', lines: { begin: 37 } } });
    expect(issues.filter((i) => i.severity === 'major').map((i) => i.check_name)).toEqual(['meeting-before-milestone', 'meeting-before-milestone']);
  });

  it('labels the hint after the message in the description (a tester read them run together)', () => {
    const finding = diagnostic({ message: 'p/A is on a Saturday', hint: verbatim('use 2026-03-06') });
    const [en] = JSON.parse(formatGitlab(result([finding]), { color: false, locale: 'en', width: 80 })) as Issue[];
    expect(en!.description).toBe('p/A is on a Saturday; hint: use 2026-03-06');
  });

  it('carries each note with its place between message and hint, labelled in the run\'s locale', () => {
    const related = [{ file: 'plans/b.yaml', line: 3, column: 49, message: verbatim('b/X is after a/BP1 here') }];
    const finding = diagnostic({ rule: 'schema', message: 'gate BP1 has no date', hint: verbatim('add date'), related });
    const [en] = JSON.parse(formatGitlab(result([finding]), { color: false, locale: 'en', width: 80 })) as Issue[];
    expect(en!.description).toBe('gate BP1 has no date; note: plans/b.yaml:3:49: b/X is after a/BP1 here; hint: add date');
    const [nb] = JSON.parse(formatGitlab(result([finding]), { color: false, locale: 'nb', width: 80 })) as Issue[];
    // The fixture's texts are parser messages, which Norwegian words its own way: only the labels and place are checked.
    expect(nb!.description).toMatch(/^[^;]+; merknad: plans\/b\.yaml:3:49: [^;]+; tips: [^;]+$/);
  });

  it('shows control characters from a note\'s path escaped, as GitHub does', () => {
    const related = [{ file: 'ws/x\x1b[31my\nz/b.yaml', line: 3, column: 51, message: verbatim('b/X is after a/BP1 here') }];
    const [issue] = JSON.parse(formatGitlab(result([diagnostic({ message: 'gate BP1', related })]), { color: false, locale: 'en', width: 80 })) as Issue[];
    expect(issue!.description).toBe('gate BP1; note: ws/x\\x1b[31my\\nz/b.yaml:3:51: b/X is after a/BP1 here');
  });

  it('tells, in the successor\'s file, of a dependency left out because its gate has no date (FINDINGS3 #3)', async () => {
    const files = {
      'w/gov.yaml': 'bodies: [{id: PS, name: P}]\nmeetings: [{body: PS, date: 2019-05-22}]\n',
      'w/a.yaml': 'plan: {id: a, title: A, status_date: 2019-09-01}\ngates:\n  - {id: BP1, title: g, body: PS}\n',
      'w/b.yaml': 'plan: {id: b, title: B}\nmilestones:\n  - {id: X, title: t, date: 2019-09-27, after: [a/BP1]}\n',
    };
    const lab = JSON.parse((await runCli(['validate', 'w', '--format', 'gitlab'], { files, env: { CI_PROJECT_DIR: '.' } })).stdout) as Issue[];
    expect(lab.find((i) => i.check_name === 'schema')!.description).toContain('; note: w/b.yaml:3:49: b/X is after a/BP1 here: that dependency is left out of the schedule until a/BP1 has a date; hint: ');
    const hub = (await runCli(['validate', 'w', '--format', 'github'], { files, env: { GITHUB_WORKSPACE: '.' } })).stdout;
    expect(hub).toContain('title=schema::gate BP1 is missing the required key "date"%0Anote: w/b.yaml:3:49: b/X is after a/BP1 here: that dependency is left out of the schedule until a/BP1 has a date%0Ahint: add date');
    // The job summary carries the note and the labelled hint too (tester round 22 F7: it had neither note nor label).
    const run = await runCli(['validate', 'w', '--format', 'github'], { files, env: { GITHUB_WORKSPACE: '.', GITHUB_STEP_SUMMARY: 'summary.md' } });
    expect(run.io.written.get('summary.md')).toContain('gate BP1 is missing the required key "date"<br>note: w/b.yaml:3:49: b/X is after a/BP1 here: that dependency is left out of the schedule until a/BP1 has a date<br>hint: add date');
  });

  it('keeps each finding\'s fingerprint when lines are added above it, and across runs', async () => {
    const before = await gitlab();
    const shifted = await gitlab({ 'plans/akson.yaml': `# a comment\n# another\n${readRepoFile('plans/akson.yaml')}` });
    expect(shifted.map((i) => i.location.lines.begin)).not.toEqual(before.map((i) => i.location.lines.begin));
    expect(new Set(shifted.map((i) => i.fingerprint))).toEqual(new Set(before.map((i) => i.fingerprint)));
    expect((await gitlab()).map((i) => i.fingerprint)).toEqual(before.map((i) => i.fingerprint));
  });

  // Tester round 110 F3: MP2 moved a day changed the fingerprint of "listed meeting NEHS@2019-09-12 is after akson/MP2",
  // and GitLab showed one finding fixed and one new. Dates and counts are no part of it; the meeting named is.
  it('keeps each finding\'s fingerprint when a date in its message moves', async () => {
    const before = await gitlab();
    const moved = await gitlab({ 'plans/akson.yaml': readRepoFile('plans/akson.yaml').replace('date: 2019-08-31', 'date: 2019-08-30') });
    const print = (issues: Issue[], says: RegExp): string[] => issues.filter((i) => i.check_name === 'meeting-before-milestone' && says.test(i.description)).map((i) => i.fingerprint);
    for (const meeting of [/^listed meeting NEHS@2019-09-12 /, /^listed meeting KR@2019-09-13 /]) {
      expect(print(moved, meeting)).toHaveLength(1);
      expect(print(moved, meeting)).toEqual(print(before, meeting));
    }
    expect(moved.find((i) => /^listed meeting NEHS@2019-09-12 /.test(i.description))!.description).not.toBe(before.find((i) => /^listed meeting NEHS@2019-09-12 /.test(i.description))!.description);
  });

  it('gives identical findings distinct fingerprints, and different files or rules different ones', () => {
    const same = fingerprints([diagnostic({ line: 1 }), diagnostic({ line: 9 }), diagnostic({ line: 20 })]);
    expect(new Set(same).size).toBe(3);
    const [a, b, c] = fingerprints([diagnostic({}), diagnostic({ file: 'plans/q.yaml' }), diagnostic({ rule: 'unassigned' })]);
    expect(new Set([a, b, c]).size).toBe(3);
    expect(fingerprints([diagnostic({})])[0]).toBe(a);
  });

  it('writes [] for a clean workspace', () => {
    expect(formatGitlab(result([]), { color: false, width: 100, locale: 'en' })).toBe('[]\n');
  });
});

describe('the GitHub step summary', () => {
  it('is written to $GITHUB_STEP_SUMMARY (appended) as a Markdown table, errors first', async () => {
    const r = await runCli(['validate', 'plans', '--format', 'github'], { files: { 'summary.md': '# earlier step\n' }, env: { GITHUB_STEP_SUMMARY: 'summary.md', GITHUB_WORKSPACE: REPO_ROOT } });
    expect(r.code).toBe(1);
    const md = r.io.written.get('summary.md')!;
    expect(md.startsWith('# earlier step\n### milepel validate: 2 errors, 14 warnings in 3 files\n')).toBe(true);
    const rows = md.split('\n').filter((l) => /^\| (error|warning) \|/.test(l));
    expect(rows).toHaveLength(16);
    expect(rows.slice(0, 2).every((l) => l.startsWith('| error |'))).toBe(true);
    expect(rows[0]).toContain('plans/akson.yaml:39:16');
  });

  it('is not written for other formats, nor without the variable', async () => {
    const r = await runCli(['validate', 'plans', '--format', 'json'], { env: { GITHUB_STEP_SUMMARY: 'summary.md' } });
    expect(r.io.written.size).toBe(0);
  });

  it('an unwritable summary file: the annotations, then one milepel: line, exit 2', async () => {
    const r = await runCli(['validate', 'plans', '--format', 'github'], { unwritable: ['summary.md'], env: { GITHUB_STEP_SUMMARY: 'summary.md' } });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^::error file=/m);
    expect(r.stderr).toMatch(/^milepel: cannot write the step summary GITHUB_STEP_SUMMARY=summary\.md \(permission denied\)[^\n]*\n$/);
  });

  it('escapes plan text so it cannot add columns, links or HTML, and stops before GitHub\'s 1 MiB limit', () => {
    expect(markdownCell('a|b <img> [x](y) `c`\u001b')).toBe('a\\|b \\<img\\> \\[x\\](y) \\`c\\`\\\\x1b');
    const many = Array.from({ length: 50 }, (_, i) => diagnostic({ line: i + 1, message: 'x'.repeat(100) }));
    const md = formatStepSummary(result(many), 2000);
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(2100);
    expect(md).toMatch(/\n\d+ more findings are in the job log/);
  });
});

describe('validate --plan', () => {
  it('shows that plan\'s findings only; the exit code follows them', async () => {
    const all = await runCli(['validate', 'plans', '--format', 'json']);
    const roadmap = await runCli(['validate', 'plans', '--format', 'json', '--plan', 'felles-grunnmur']);
    const akson = await runCli(['validate', 'plans', '--format', 'json', '--plan', 'akson']);
    type Json = { ok: boolean; files: string[]; summary: { errors: number; warnings: number }; diagnostics: { file: string; ref: string | null }[] };
    const [a, f, k] = [all, roadmap, akson].map((r) => JSON.parse(r.stdout) as Json);
    expect(all.code).toBe(1);
    expect(roadmap.code).toBe(0);
    expect(f!.summary).toEqual({ errors: 0, warnings: 13 });
    expect(f!.diagnostics.every((d) => d.file === 'plans/felles-grunnmur.yaml' || d.ref?.startsWith('felles-grunnmur/'))).toBe(true);
    expect(akson.code).toBe(1);
    expect(k!.summary.errors).toBe(2);
    expect(k!.diagnostics.length + f!.diagnostics.length).toBe(a!.diagnostics.length);
    // The whole workspace is still loaded: an unknown reference into another plan is still resolved.
    expect(k!.files).toEqual(a!.files);
  });

  it('an unknown plan is exit 2 with the known ones', async () => {
    const r = await runCli(['validate', 'plans', '--plan', 'nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('milepel: --plan nope: no such plan in the workspace (plans: akson, felles-grunnmur)\n');
  });
});
