// The path in each CI format is the real one, in that format's own escaping, wherever a CI system matches it to a file
// (GitHub's `file=`, GitLab's `location.path`, SARIF's `uri`); the display form (`\n`, `\u202e` written out) only in
// text people read (tester round 16 #6: `file=plans/a\nb.yaml` named no file, and the annotation landed nowhere).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtCli } from '../helpers/built-cli.js';

const BIN = builtCli();

/** A newline, a comma, `::` and a right-to-left override: each legal in a Linux file name. */
const NAME = 'a\nb,c::d\u202e.yaml';
/** A Saturday: one non-working-day warning at 5:29. */
const PLAN = 'plan:\n  id: p\n  title: T\nmilestones:\n  - {id: A, title: a, date: 2019-06-22}\n';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'milepel-paths-'));
  mkdirSync(join(dir, 'plans'));
  writeFileSync(join(dir, 'plans', NAME), PLAN);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function validate(format: string): { code: number | null; out: string; err: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, GITHUB_WORKSPACE: dir, NO_COLOR: '1', LANG: 'C' };
  delete env['GITHUB_STEP_SUMMARY'];
  delete env['CI_PROJECT_DIR'];
  const r = spawnSync(process.execPath, [BIN, 'validate', '--today', '2019-06-19', '--format', format], { cwd: dir, encoding: 'utf8', env });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('a plan file whose name holds a newline, a comma, :: and U+202E', () => {
  it('github: file= is the real path with GitHub\'s escapes; the message shows it escaped', () => {
    const r = validate('github');
    // The count on stderr, stdout the workflow commands only (tester round 110 F2).
    expect([r.code, r.err]).toEqual([0, 'milepel: 0 errors, 1 warning in 1 file\n']);
    const [annotation, end] = r.out.split('\n');
    expect(annotation).toMatch(/^::warning file=plans\/a%0Ab%2Cc%3A%3Ad\u202e\.yaml,line=5,col=29,title=non-working-day::/);
    // What the runner reads back from the property (it undoes exactly these five escapes) is the file's real path.
    const property = /file=([^,]*),/.exec(annotation!)![1]!;
    expect(property.replaceAll('%0A', '\n').replaceAll('%0D', '\r').replaceAll('%3A', ':').replaceAll('%2C', ',').replaceAll('%25', '%')).toBe(`plans/${NAME}`);
    expect(end).toBe('');
  });

  it('gitlab: location.path is the real path; the description shows controls escaped', () => {
    const r = validate('gitlab');
    const issues = JSON.parse(r.out) as { description: string; location: { path: string } }[];
    expect(issues.map((i) => i.location.path)).toEqual([`plans/${NAME}`]);
  });

  it('sarif: the uri is the real path, percent-encoded', () => {
    const r = validate('sarif');
    const uri = (JSON.parse(r.out) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] }).runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri;
    expect(decodeURIComponent(uri)).toBe(`plans/${NAME}`);
  });

  it('sarif: a backslash is part of the name on Linux, not a separator', () => {
    writeFileSync(join(dir, 'plans', 'x\\y.yaml'), PLAN.replace('id: p', 'id: q'));
    const r = validate('sarif');
    const uris = (JSON.parse(r.out) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] }).runs[0]!.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(uris.map(decodeURIComponent)).toEqual([`plans/${NAME}`, 'plans/x\\y.yaml']);
  });

  it('junit: the suite and class names, which people read and no reader matches to a file, show it escaped', () => {
    const r = validate('junit');
    expect(r.out).toContain('<testsuite name="plans/a\\nb,c::d\\u202e.yaml"');
    expect(r.out).toContain('classname="plans/a\\nb,c::d\\u202e.yaml"');
    expect(r.out).not.toContain('\u202e');
  });
});
