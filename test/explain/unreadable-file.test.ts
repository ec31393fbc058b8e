// `milepel explain <ref>` of a milestone that a plan file with a YAML syntax error may hold (tester round 21 #14): it
// was "no such milestone or gate in the workspace", exit 2, the syntax error not shown. As `set` says it
// (src/edit/resolve-ref.ts findHidingError) and as a report does with structural errors (SPEC §7): one `milepel:`
// line naming the error that keeps part of the workspace out, then the errors on stderr, nothing on stdout, exit 1.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';
import { CHAIN_FILES } from './fixture.js';

/** Plan r with MP9, its second milestone line left without its closing brace: the file does not parse. */
const BROKEN_R = [
  'plan: {id: r, title: R}',
  'milestones:',
  '  - {id: MP8, title: Eight, date: 2019-06-03}',
  '  - {id: MP9, title: Nine, date: 2019-06-10',
  '  - {id: MP10, title: Ten, date: 2019-06-17}',
  '',
].join('\n');

const WITH_BROKEN_R = { ...CHAIN_FILES, 'ws/r.yaml': BROKEN_R };

describe('explain of a milestone a file with a YAML syntax error may hold (tester round 21 #14)', () => {
  it('says the file that does not parse may hold it, shows its error on stderr, exit 1, nothing on stdout', async () => {
    for (const ref of ['r/MP9', 'MP9']) {
      const r = await runCli(['explain', ref, 'ws'], { files: WITH_BROKEN_R });
      expect(r.code, ref).toBe(1);
      expect(r.stdout, ref).toBe('');
      const lines = r.stderr.split('\n');
      expect(lines[0], ref).toMatch(new RegExp(`^milepel: "${ref}": no such milestone or gate could be read: ws/r\\.yaml:\\d+:\\d+ has a yaml-syntax error that keeps part of the workspace out, and it may be there \\(the errors follow\\); fix it first$`));
      expect(r.stderr, ref).toMatch(/^ws\/r\.yaml:\d+:\d+: error: .*\[yaml-syntax\]$/m);
      expect(r.stderr, ref).not.toContain('no such milestone or gate in the workspace');
    }
  });

  it('the same with --format json (stderr in English, stdout empty) and in Norwegian', async () => {
    const json = await runCli(['explain', 'r/MP9', 'ws', '--format', 'json'], { files: WITH_BROKEN_R });
    expect(json.code).toBe(1);
    expect(json.stdout).toBe('');
    expect(json.stderr).toMatch(/^milepel: "r\/MP9": no such milestone or gate could be read: ws\/r\.yaml:\d+:\d+ has a yaml-syntax error/);
    const nb = await runCli(['explain', 'r/MP9', 'ws', '--locale', 'nb'], { files: WITH_BROKEN_R });
    expect(nb.code).toBe(1);
    expect(nb.stdout).toBe('');
    expect(nb.stderr.split('\n')[0]).toMatch(/^milepel: "r\/MP9": fant ingen slik milepæl eller beslutningspunkt: ws\/r\.yaml:\d+:\d+ har en yaml-syntax-feil som holder en del av arbeidsområdet ute, og den kan være der \(feilene følger\); rett den først$/);
    expect(nb.stderr).toMatch(/\[yaml-syntax\]$/m);
  });

  it("the tester's workspace: a file cut short to `plan: [broken`, whose text no longer holds the id, may hold akson/MP9", async () => {
    const files = { ...CHAIN_FILES, 'ws/akson.yaml': 'plan: [broken\n' };
    const r = await runCli(['explain', 'akson/MP9', 'ws'], { files });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe('milepel: "akson/MP9": no such milestone or gate could be read: ws/akson.yaml:1:7 has a yaml-syntax error that keeps part of the workspace out, and it may be there (the errors follow); fix it first');
    expect(r.stderr).toMatch(/^ws\/akson\.yaml:1:7: error: .*\[yaml-syntax\]$/m);
    // set says the same of it (it said "no such milestone in ws/akson.yaml, …", the file that could not be read).
    const set = await runCli(['set', 'akson/MP9', '--forecast', '2019-10-01', 'ws'], { files });
    expect(set.code).toBe(2);
    expect(set.stderr).toBe('milepel: "akson/MP9": no such milestone could be read: ws/akson.yaml:1:7 has a yaml-syntax error that keeps part of the workspace out; fix it first (milepel validate shows every finding); nothing written\n');
  });

  it('what stays as it was: a ref no unreadable file may hold is unknown (exit 2, nearest ids), a known one explained', async () => {
    // p is read, and no file holds ZZ: the syntax error in r.yaml does not hide it.
    const unknown = await runCli(['explain', 'p/ZZ', 'ws'], { files: WITH_BROKEN_R });
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toMatch(/^milepel: "p\/ZZ": no such milestone or gate in the workspace; nearest: /);
    // A file that declares another plan hides nothing of plan s.
    const other = await runCli(['explain', 's/MP1', 'ws'], { files: { ...CHAIN_FILES, 'ws/r.yaml': 'plan: {id: r, title: R}\nmilestones: [\n' } });
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/^milepel: "s\/MP1": no such milestone or gate in the workspace/);
    // A milestone that was read is explained, the syntax error beside it on stderr, exit 1 (SPEC §7).
    const known = await runCli(['explain', 'p/C', 'ws'], { files: WITH_BROKEN_R });
    expect(known.code).toBe(1);
    expect(known.stdout).toContain('p/C');
    expect(known.stderr).toMatch(/\[yaml-syntax\]$/m);
  });
});

// The helper that fixed #14 found `risk --milestone` saying "no such milestone in the workspace" (exit 2) in the same
// case: it now says what explain says, shows the errors and exits 1 without simulating.
describe('risk --milestone of a milestone a file with a YAML syntax error may hold', () => {
  it('says the file that does not parse may hold it, shows its error on stderr, exit 1, nothing on stdout', async () => {
    const r = await runCli(['risk', 'ws', '--milestone', 'r/MP9', '--iterations', '10'], { files: WITH_BROKEN_R });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toMatch(/^milepel: "r\/MP9": no such milestone or gate could be read: ws\/r\.yaml:\d+:\d+ has a yaml-syntax error that keeps part of the workspace out/);
    expect(r.stderr).toMatch(/^ws\/r\.yaml:\d+:\d+: error: .*\[yaml-syntax\]$/m);
    // A milestone that was read is still simulated, and a ref nothing may hold is still unknown (exit 2).
    expect((await runCli(['risk', 'ws', '--milestone', 'p/A', '--iterations', '10'], { files: WITH_BROKEN_R })).stderr).not.toContain('no such milestone');
    expect((await runCli(['risk', 'ws', '--milestone', 'zz/NOPE', '--iterations', '10'], { files: WITH_BROKEN_R })).code).toBe(2);
  });
});
