// A milestone without any usable date is not scheduled (SPEC §4.1), and an `after` entry naming it is left out of the
// schedule without an unknown-reference. As for a gate without a date (test/gates/undated-refs.test.ts), the finding
// that leaves it without a date notes each such entry (a tester's finding on /tmp/gapm, grown into the fixture).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { readRepoFile, runCli } from '../helpers/fake-io.js';

const WS = 'test/model/fixtures/undated-milestones';
const A = `${WS}/a.yaml`;
const B = `${WS}/b.yaml`;

interface Found { rule: string; file: string; line: number; column: number; related: unknown[] }

const note = (file: string, line: number, column: number, ref: string, undated: string): unknown => ({
  file, line, column, message: `${ref} is after ${undated} here: that dependency is left out of the schedule until ${undated} has a date`,
});

describe('a milestone after a milestone without a usable date', () => {
  it('is noted on the finding that leaves that milestone without a date, in any file; still no unknown-reference', async () => {
    const r = await runCli(['validate', WS, '--format', 'json']);
    expect(r.code).toBe(1);
    const found = (JSON.parse(r.stdout) as { diagnostics: Found[] }).diagnostics;
    const at = (line: number, rule: string): unknown[] | undefined => found.find((d) => d.file === A && d.line === line && d.rule === rule)?.related;
    // M1's date does not exist (invalid-date); M8, itself without a date, is no scheduled dependency to note.
    expect(at(6, 'invalid-date')).toEqual([note(A, 7, 50, 'a/M2', 'a/M1'), note(B, 3, 55, 'b/X', 'a/M1')]);
    // M3 has no date (schema, at the milestone).
    expect(at(8, 'schema')).toEqual([note(A, 12, 50, 'a/M7', 'a/M3'), note(B, 3, 49, 'b/X', 'a/M3')]);
    // M4's date is no date (schema, at the date); the entry {id: a/M4, lag: 2d} is noted at its id.
    expect(at(9, 'schema')).toEqual([note(A, 12, 59, 'a/M7', 'a/M4')]);
    // M5 is scheduled on its forecast, M6 on its date: what is after them is in the schedule, no note.
    expect(at(10, 'invalid-date')).toEqual([]);
    expect(at(11, 'invalid-date')).toEqual([]);
    expect(at(13, 'schema')).toEqual([]);
    expect(found.filter((d) => d.rule === 'unknown-reference')).toEqual([]);
  });

  it('is placed alike by the full YAML reader, and worded in nb', async () => {
    const files = [A, B].map((file) => ({ file, text: readRepoFile(file) }));
    const full = analyze(files, { clockToday: 0, fullParse: true });
    const places = full.diagnostics.flatMap((d) => d.related.filter((x) => x.message.id === 'note.after-undated').map((x) => `${x.file}:${x.line}:${x.column}`));
    expect(places).toEqual([`${A}:7:50`, `${B}:3:55`, `${A}:12:50`, `${B}:3:49`, `${A}:12:59`]);
    const nb = await runCli(['validate', WS, '--locale', 'nb', '--no-color']);
    expect(nb.stdout).toContain(`   = merknad: ${B}:3:55: b/X kommer etter a/M1 her: den avhengigheten holdes utenfor tidsplanen til a/M1 har en dato\n`);
    expect(nb.stdout).toContain(`   = merknad: ${A}:7:50: a/M2 kommer etter a/M1 her: den avhengigheten holdes utenfor tidsplanen til a/M1 har en dato\n`);
  });

  it('is in the findings explain shows with the milestone after it', async () => {
    const r = await runCli(['explain', 'a/M2', WS]);
    expect(r.stderr).toContain(`   = note: ${A}:7:50: a/M2 is after a/M1 here: that dependency is left out of the schedule until a/M1 has a date\n`);
  });
});

describe('explain and risk naming a milestone without a usable date', () => {
  it('say it is not scheduled and why, not "no such milestone"; a case slip leads there first', async () => {
    for (const ref of ['a/M1', 'M3', 'a/M4']) {
      const full = ref.includes('/') ? ref : `a/${ref}`;
      const explain = await runCli(['explain', ref, WS]);
      expect(explain.code, ref).toBe(2);
      expect(explain.stderr, ref).toBe(`milepel: ${full} has no date, forecast or actual that exists (milepel validate shows why): it is not scheduled, so it has no dates to explain; give it a date\n`);
      const risk = await runCli(['risk', WS, '--iterations', '10', '--milestone', ref]);
      expect(risk.code, ref).toBe(2);
      expect(risk.stderr, ref).toBe(`milepel: --milestone ${full}: ${full} has no date, forecast or actual that exists (milepel validate shows why): it is not scheduled, so it has no dates to simulate; give it a date, or name another milestone\n`);
    }
    expect((await runCli(['explain', 'a/M1', WS, '--locale', 'nb'])).stderr).toMatch(/^milepel: a\/M1 har ingen date, forecast eller actual som finnes /);
    expect((await runCli(['explain', 'a/m3', WS])).stderr).toMatch(/; nearest: a\/M3, /);
    // M5 and M6 schedule (on their forecast, on their date): explained as any other.
    expect((await runCli(['explain', 'a/M5', WS])).code).toBeLessThanOrEqual(1);
  });
});
