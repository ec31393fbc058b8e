// `export --format mspdi` (SPEC §10) read back by an independent reader: GNOME Planner's MS Project stylesheet
// (msp2planner.xsl, run with xsltproc), compared with milepel's own schedule: tasks, finishes, link types and lags.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

const STYLESHEET = '/usr/share/planner/stylesheets/msp2planner.xsl';
const dir = mkdtempSync(join(tmpdir(), 'milepel-mspdi-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface PlannerTask {
  readonly name: string;
  readonly note: string;
  readonly type: string;
  /** Seconds. */
  readonly duration: number;
  readonly start: string;
  readonly end: string;
  readonly predecessors: readonly { readonly id: string; readonly type: string; readonly lag: number }[];
  readonly id: string;
}

/** Runs Planner's reader on the XML and returns its tasks. */
function readWithPlanner(xml: string, name: string): PlannerTask[] {
  const file = join(dir, `${name}.xml`);
  writeFileSync(file, xml);
  const planner = execFileSync('xsltproc', [STYLESHEET, file], { encoding: 'utf8' });
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', htmlEntities: true, isArray: (tag) => tag === 'task' || tag === 'predecessor' }).parse(planner);
  return (parsed.project.tasks.task as Record<string, unknown>[]).map((t) => ({
    id: String(t['id']), name: String(t['name']), note: String(t['note']), type: String(t['type']), duration: Number(t['duration']),
    start: String(t['start']), end: String(t['end']),
    predecessors: (((t['predecessors'] as { predecessor?: Record<string, string>[] } | '')?.valueOf() as { predecessor?: Record<string, string>[] }).predecessor ?? [])
      .map((p) => ({ id: p['predecessor-id']!, type: p['type']!, lag: Number(p['lag']) })),
  }));
}

const compact = (day: string): string => `${day.replaceAll('-', '')}T170000Z`;
/** The note on a plan with the NO holiday rule, whose holidays the file holds for `years` only (tester round 57 F3). */
const holidays = (years: string): string => `milepel: note: the plan's calendar takes the Norwegian holidays of every year (holidays: NO); the file holds them as the closed days of ${years} only: imported again, the plan has those days as closed days and no holidays in other years`;
/** The note on milestones pushed by a predecessor, written finishing on their projected date (tester round 57 F3). */
const pushed = (refs: string): string => `milepel: note: 1 milestone pushed by a predecessor is written finishing on its projected date, which an import of the file reads as its forecast: imported again, it keeps its dates but no predecessor pushes it (no driver in critical-path, no pushed_by in slippage): ${refs}`;

describe('export --format mspdi', () => {
  it('the shipped Akson plan reads back with every milestone, its projected finish and its links', async () => {
    const r = await runCli(['export', 'plans', '--format', 'mspdi', '--plan', 'akson']);
    expect(r.code).toBe(0);
    // What the format cannot hold is said, one line per kind (a tester found it dropped without a word).
    expect(r.stderr).toBe([
      'milepel: note: the dates of 1 milestone written as periods are written as their last day: akson/MP9 (deadline 2020-01)',
      'milepel: note: 1 gate is written as a milestone, without its deciding body and readiness: akson/SSD-HOD',
      'milepel: note: the board meetings and required bodies of 7 milestones are left out: akson/MP1, akson/MP2, akson/MP3, akson/MP5, akson/MP6 and 2 more',
      "milepel: note: the plan's governance (bodies that must meet before each milestone) is left out too",
      'milepel: note: the deliverables of 9 milestones are left out (MS Project XML has no field for them): akson/MP1, akson/MP2, akson/MP3, akson/MP4, akson/MP5 and 4 more',
      holidays('2019–2020'),
      '',
    ].join('\n'));
    const cp = JSON.parse((await runCli(['critical-path', 'plans', '--format', 'json', '--plan', 'akson'])).stdout);
    const tasks = readWithPlanner(r.stdout, 'akson');
    expect(tasks.map((t) => t.note)).toEqual(cp.milestones.map((m: { ref: string }) => m.ref));
    expect(tasks.map((t) => t.name)).toEqual(cp.milestones.map((m: { title: string }) => m.title));
    expect(tasks.map((t) => t.end)).toEqual(cp.milestones.map((m: { projected: string }) => compact(m.projected)));
    expect(tasks.every((t) => t.type === 'milestone' && t.duration === 0)).toBe(true);
    // MP2 … MP9 each follow the one before, finish-to-start without lag; the gate SSD-HOD has no predecessor.
    const mps = tasks.filter((t) => /\/MP\d$/.test(t.note));
    expect(mps).toHaveLength(9);
    expect(mps.slice(1).map((t) => t.predecessors)).toEqual(mps.slice(0, -1).map((t) => [{ id: t.id, type: 'FS', lag: 0 }]));
    expect(tasks.find((t) => t.note === 'akson/SSD-HOD')?.predecessors).toEqual([]);
    // The seed's commitment (end of January 2020) as MP9's deadline; its planned date as baseline.
    expect(r.stdout).toContain('<Deadline>2020-01-31T17:00:00</Deadline>');
    expect(r.stdout).toMatch(/<Baseline>\s*<Number>0<\/Number>\s*<Finish>2019-08-31T17:00:00<\/Finish>/);
  });

  it('leaves out a gate without a date (a schema error since SPEC §1.7 requires it) and says so', async () => {
    const files = { 'ws/p.yaml': 'plan: {id: p, title: P}\nmilestones: [{id: M1, title: m, date: 2019-09-02}]\ngates:\n  - {id: KS2, model: statens-prosjektmodell}\n' };
    const r = await runCli(['export', 'ws', '--format', 'mspdi'], { files, diskRoots: [] });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('ws/p.yaml:4:5: error: gate KS2 is missing the required key "date" [schema]');
    expect(r.stderr).toContain('milepel: note: 1 gate has no date and is left out: p/KS2\n');
    expect(r.stdout).not.toContain('KS2');
  });

  it('writes every link type and lag unit, leads, durations, actuals and hostile titles so that they read back', async () => {
    const plan = [
      'plan: {id: t, title: "Types & <links>", calendar: {closed: [2019-07-08..2019-07-12]}}',
      'milestones:',
      '  - {id: A, title: "A & B <c> \\"q\\" \'s\'", date: 2019-09-02, duration: 2d}',
      '  - {id: B, title: "::warning::x\\nline two\\e[31m", date: 2019-09-03, after: [{id: A, type: SS, lag: 1d}]}',
      '  - {id: C, title: C, date: 2019-09-04, duration: 1w, after: [{id: A, type: FF, lag: -2d}]}',
      '  - {id: D, title: D, date: 2019-09-05, duration: 3ed, after: [{id: B, type: SF, lag: 2ed}, {id: C, lag: 1ew}]}',
      '  - {id: E, title: E, date: 2019-09-02, actual: 2019-09-02, after: [{id: A, lag: 1w}]}',
      '',
    ].join('\n');
    const r = await runCli(['export', 'ws', '--format', 'mspdi', '--today', '2019-09-02'], { files: { 'ws/t.yaml': plan } });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').some((line) => line.trimStart().startsWith('::'))).toBe(false);
    const controls = [...r.stdout].filter((ch) => { const cp = ch.codePointAt(0)!; return (cp < 0x20 && ch !== '\n') || (cp >= 0x7f && cp <= 0x9f); });
    expect(controls).toEqual([]);
    const cp = JSON.parse((await runCli(['critical-path', 'ws', '--format', 'json', '--today', '2019-09-02'], { files: { 'ws/t.yaml': plan } })).stdout);
    const tasks = readWithPlanner(r.stdout, 'types');
    const byRef = new Map(tasks.map((t) => [t.note, t]));
    const idOf = (ref: string): string => byRef.get(ref)!.id;
    expect(byRef.get('t/A')!.name).toBe('A & B <c> "q" \'s\'');
    // The line feed as a character reference (no output line breaks there, none starts with '::'), read back as itself;
    // ESC, which XML 1.0 cannot hold, as a visible escape.
    expect(byRef.get('t/B')!.name).toBe('::warning::x\nline two\\x1b[31m');
    for (const m of cp.milestones as { ref: string; projected: string }[]) expect(byRef.get(m.ref)!.end, m.ref).toBe(compact(m.projected));
    // Durations in seconds: 2 working days of 8 h, 1 working week, 3 elapsed days of 24 h.
    expect([byRef.get('t/A')!.duration, byRef.get('t/C')!.duration, byRef.get('t/D')!.duration]).toEqual([2 * 8 * 3600, 5 * 8 * 3600, 3 * 24 * 3600]);
    expect(byRef.get('t/A')!.type).toBe('normal');
    // Planner gives lags in seconds (LinkLag, tenths of minutes, × 6): 1d = 8 h, −2d, 2ed = 48 h, 1ew = 168 h, 1w = 40 h.
    expect(byRef.get('t/B')!.predecessors).toEqual([{ id: idOf('t/A'), type: 'SS', lag: 8 * 3600 }]);
    expect(byRef.get('t/C')!.predecessors).toEqual([{ id: idOf('t/A'), type: 'FF', lag: -16 * 3600 }]);
    expect(byRef.get('t/D')!.predecessors).toEqual([{ id: idOf('t/B'), type: 'SF', lag: 48 * 3600 }, { id: idOf('t/C'), type: 'FS', lag: 168 * 3600 }]);
    expect(byRef.get('t/E')!.predecessors).toEqual([{ id: idOf('t/A'), type: 'FS', lag: 40 * 3600 }]);
    // LagFormat keeps the unit; the actual finish and the closed week reach the file.
    expect(r.stdout).toContain('<LinkLag>-9600</LinkLag>');
    expect(r.stdout).toMatch(/<LinkLag>100800<\/LinkLag>\s*<LagFormat>10<\/LagFormat>/);
    expect(r.stdout).toContain('<ActualFinish>2019-09-02T17:00:00</ActualFinish>');
    expect(r.stdout).toMatch(/<FromDate>2019-07-08T00:00:00<\/FromDate>\s*<ToDate>2019-07-12T23:59:00<\/ToDate>/);
  });

  it('writes plan.finish as the project finish, so that importing the file gives the same late dates and floats', async () => {
    const plan = 'plan: {id: f, title: F, finish: 2020-06-30}\nmilestones:\n  - {id: A, title: A, date: 2020-03-10}\n  - {id: D, title: D, date: 2020-03-20, after: [A]}\n';
    const schedule = async (files: Record<string, string>): Promise<unknown> =>
      (JSON.parse((await runCli(['critical-path', 'ws', '--format', 'json', '--today', '2020-03-02'], { files })).stdout) as { milestones: { ref: string; latest: string; float: number }[] }).milestones.map((m) => [m.ref, m.latest, m.float]);
    const r = await runCli(['export', 'ws', '--format', 'mspdi', '--today', '2020-03-02'], { files: { 'ws/f.yaml': plan } });
    expect(r.stdout).toContain('<FinishDate>2020-06-30T17:00:00</FinishDate>');
    const imported = await runCli(['import', 'f.xml', '--out', 'ws', '--plan-id', 'f'], { files: { 'f.xml': r.stdout } });
    expect(imported.code).toBe(0);
    const written = [...imported.io.written].find(([path]) => path.endsWith('f.yaml'))?.[1] ?? '';
    expect(written).toContain('finish: 2020-06-30');
    expect(await schedule({ 'ws/f.yaml': written })).toEqual(await schedule({ 'ws/f.yaml': plan }));
    expect(await schedule({ 'ws/f.yaml': plan })).toEqual([['f/A', '2020-06-30', 74], ['f/D', '2020-06-30', 66]]);
  });

  it('writes the plan calendar with the Norwegian holidays of the years it spans as exceptions', async () => {
    const r = await runCli(['export', 'plans', '--format', 'mspdi', '--plan', 'akson']);
    const project = new XMLParser().parse(r.stdout).Project;
    const exceptions = (project.Calendars.Calendar.Exceptions.Exception as { Name: string; TimePeriod: { FromDate: string } }[]).map((e) => `${e.TimePeriod.FromDate.slice(0, 10)} ${e.Name}`);
    expect(exceptions).toContain('2019-05-17 Grunnlovsdag');
    expect(exceptions).toContain('2019-12-25 1. juledag');
    expect(exceptions).toContain('2020-04-10 Langfredag');
    const weekdays = (project.Calendars.Calendar.WeekDays.WeekDay as { DayType: number; DayWorking: number }[]).filter((d) => d.DayType > 0);
    expect(weekdays.map((d) => d.DayWorking)).toEqual([0, 1, 1, 1, 1, 1, 0]);
  });

  // Tester round 36: a closed range over Christmas was written beside each holiday in it, exceptions MS Project's
  // calendar dialog refuses as overlapping.
  it('writes disjoint exceptions: holidays and closed ranges that overlap are one, named for the longest', async () => {
    const plan = 'plan:\n  id: c\n  title: C\n  calendar:\n    closed: [2024-12-20..2025-01-02, 2024-12-30..2025-01-06, 2025-03-03..2025-03-04]\nmilestones:\n  - {id: A, title: A, date: 2024-12-02}\n  - {id: B, title: B, date: 2025-05-30}\n';
    const r = await runCli(['export', 'ws', '--format', 'mspdi', '--today', '2024-11-01'], { files: { 'ws/c.yaml': plan } });
    type Period = { FromDate: string; ToDate: string };
    const exceptions = (new XMLParser().parse(r.stdout).Project.Calendars.Calendar.Exceptions.Exception as { Name: string; TimePeriod: Period }[])
      .map((e) => `${e.TimePeriod.FromDate.slice(0, 10)}..${e.TimePeriod.ToDate.slice(0, 10)} ${e.Name}`);
    expect(exceptions.filter((e) => e.startsWith('2024-12') || e.startsWith('2025-01') || e.startsWith('2025-03'))).toEqual(['2024-12-20..2025-01-06 Stengt', '2025-03-03..2025-03-04 Stengt']);
    expect(exceptions).toContain('2025-04-17..2025-04-17 Skjærtorsdag');
    const periods = exceptions.map((e) => e.slice(0, 22).split('..'));
    for (let i = 1; i < periods.length; i++) expect(periods[i]![0]! > periods[i - 1]![1]!, exceptions.slice(i - 1, i + 1).join(' / ')).toBe(true);
  });

  it('needs one plan: several without --plan is exit 2 naming them; a link from another plan becomes a note and a date', async () => {
    const several = await runCli(['export', 'plans', '--format', 'mspdi']);
    expect(several.code).toBe(2);
    expect(several.stdout).toBe('');
    expect(several.stderr).toBe('milepel: export --format mspdi writes one plan, and the workspace has 2: akson, felles-grunnmur; choose one with --plan\n');
    const files = {
      'ws/a.yaml': 'plan: {id: a, title: A}\nmilestones:\n  - {id: P, title: P, date: 2019-09-10}\n',
      'ws/b.yaml': 'plan: {id: b, title: B}\nmilestones:\n  - {id: M, title: M, date: 2019-09-02, after: [{id: a/P, lag: 2d}]}\n',
    };
    const r = await runCli(['export', 'ws', '--format', 'mspdi', '--plan', 'b', '--today', '2019-09-02'], { files });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(['milepel: note: b/M: the link from a/P (FS, another plan) is written as a finish-no-earlier-than date of 2019-09-12', pushed('b/M'), holidays('2019'), ''].join('\n'));
    expect(r.stdout).toContain('<ConstraintDate>2019-09-12T17:00:00</ConstraintDate>');
    expect(readWithPlanner(r.stdout, 'cross')[0]!.end).toBe('20190912T170000Z');
    // Two such links, told apart by their types (tester round 47 F5): each note gives the day its link requires, and the date written when that is later (the first
    // once gave the constraint date as it stood after it, 2019-09-12, a date the file did not hold: tester round 45 F6).
    const two = { ...files, 'ws/b.yaml': 'plan: {id: b, title: B}\nmilestones:\n  - {id: M, title: M, date: 2019-09-02, after: [{id: a/P, lag: 2d}, {id: a/P, type: SS, lag: 14d}]}\n' };
    const t = await runCli(['export', 'ws', '--format', 'mspdi', '--plan', 'b', '--today', '2019-09-02'], { files: two });
    expect(t.stderr).toBe([
      'milepel: note: b/M: the link from a/P (FS, another plan) requires 2019-09-12, which the finish-no-earlier-than date written, 2019-09-30, already covers',
      'milepel: note: b/M: the link from a/P (SS, another plan) is written as a finish-no-earlier-than date of 2019-09-30',
      pushed('b/M'),
      holidays('2019'),
      '',
    ].join('\n'));
    expect(t.stdout).toContain('<ConstraintDate>2019-09-30T17:00:00</ConstraintDate>');
    const nb = await runCli(['export', 'ws', '--format', 'mspdi', '--plan', 'b', '--today', '2019-09-02', '--locale', 'nb'], { files: two });
    expect(nb.stderr.split('\n')[0]).toBe('milepel: merk: b/M: lenken fra a/P (FS, en annen plan) krever 12.09.2019, som betingelsen «Finish No Earlier Than» med datoen 30.09.2019 allerede dekker');
  });

  it('writes one link between two tasks, as MS Project holds: the other, of another type, becomes a note and a date (tester round 44 F11)', async () => {
    // M after P finish-to-start and start-to-start with 8 days' lag: the SS link holds M (P starts 3 working days
    // before 2019-09-10, on 2019-09-05; 8 working days on is 2019-09-17), later than the FS link's 2019-09-10. The
    // file holds the SS link, the one that drives M (tester round 45 F6), and the FS link as the date it requires.
    const files = { 'ws/a.yaml': 'plan: {id: a, title: A}\nmilestones:\n  - {id: P, title: P, date: 2019-09-10, duration: 3d}\n  - {id: M, title: M, date: 2019-09-02, after: [P, {id: P, type: SS, lag: 8d}]}\n' };
    const r = await runCli(['export', 'ws', '--format', 'mspdi', '--today', '2019-09-02'], { files });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(['milepel: note: a/M: another link from a/P (FS) is written as a finish-no-earlier-than date of 2019-09-10, the day it requires: MS Project holds one link between two tasks, and the file holds the one that requires the latest date (SS)', pushed('a/M'), holidays('2019'), ''].join('\n'));
    expect(r.stdout.match(/<PredecessorLink>/g)).toHaveLength(1);
    expect(r.stdout).toContain('<ConstraintDate>2019-09-10T17:00:00</ConstraintDate>');
    const tasks = readWithPlanner(r.stdout, 'two-links');
    expect(tasks[1]!.predecessors).toEqual([{ id: tasks[0]!.id, type: 'SS', lag: 8 * 8 * 3600 }]);
    // The SS link gives M the date milepel's schedule gives it.
    expect(tasks[1]!.end).toBe('20190917T170000Z');
    const projected = (await runCli(['critical-path', 'ws', '--today', '2019-09-02', '--format', 'json'], { files })).stdout;
    expect(projected).toContain('"projected": "2019-09-17"');
  });

  // Tester round 45 F6: M after P by four links. The file held the first written (an SF lead, the weakest), each note
  // gave the running maximum of the constraint date as its link's day, and the third and fourth were "second" links.
  describe('several links between two tasks (tester round 45 F6)', () => {
    const plan = [
      'plan: {id: a, title: Links, status_date: 2026-06-01}',
      'milestones:',
      '  - {id: P, title: Pred, date: 2026-06-15, duration: 10d}',
      '  - {id: M, title: Both, date: 2026-06-16, after: [{id: P, type: SF, lag: -5d}, {id: P, type: FS, lag: 20d}, {id: P, type: FF, lag: 30d}, {id: P, type: SS, lag: 1d}]}',
      '  - {id: N, title: Late own date, date: 2026-12-01, after: [P, {id: P, type: SS, lag: 2d}]}',
      '',
    ].join('\n');
    const files = { 'ws/a.yaml': plan };

    it('holds the link that drives the milestone, and folds the others into its constraint date: MS Project dates it as milepel does', async () => {
      const r = await runCli(['export', 'ws', '--format', 'mspdi'], { files });
      expect(r.code).toBe(0);
      // P works 2026-06-02 … 06-15 (s(P) = 06-01): FF 30d requires 07-27, FS 20d 07-13, SS 1d 06-02, SF −5d 05-22
      // (2. pinsedag 05-25 closed). M's constraint date is the latest of its own date and the links folded into it.
      const tasks = readWithPlanner(r.stdout, 'four-links');
      const [p, m, n] = tasks;
      expect(m!.predecessors).toEqual([{ id: p!.id, type: 'FF', lag: 30 * 8 * 3600 }]);
      expect(n!.predecessors).toEqual([{ id: p!.id, type: 'FS', lag: 0 }]);
      const constraints = [...r.stdout.matchAll(/<ConstraintDate>(\d{4}-\d\d-\d\d)/g)].map((x) => x[1]);
      expect(constraints).toEqual(['2026-06-15', '2026-07-13', '2026-12-01']);
      const cp = JSON.parse((await runCli(['critical-path', 'ws', '--format', 'json'], { files })).stdout) as { milestones: { projected: string }[] };
      expect(tasks.map((t) => t.end)).toEqual(cp.milestones.map((x) => compact(x.projected)));
      // Imported again, the file schedules as the plan does.
      const imported = await runCli(['import', 'a.xml', '--out', 'back', '--plan-id', 'a'], { files: { 'a.xml': r.stdout } });
      expect(imported.code).toBe(0);
      const back = (await runCli(['critical-path', 'back', '--format', 'json'], { files: { 'back/a.yaml': imported.io.written.get('back/a.yaml')! } })).stdout;
      const dates = (json: string): unknown => (JSON.parse(json) as { milestones: { ref: string; projected: string; latest: string }[] }).milestones.map((x) => [x.ref, x.projected, x.latest]);
      expect(dates(back)).toEqual(dates(JSON.stringify(cp)));
    });

    it('says of each other link the day it requires, and the date written when that covers it, in en and nb', async () => {
      const en = await runCli(['export', 'ws', '--format', 'mspdi'], { files });
      const tail = 'MS Project holds one link between two tasks, and the file holds the one that requires the latest date';
      expect(en.stderr).toBe([
        `milepel: note: a/M: another link from a/P (SF) requires 2026-05-22, which the finish-no-earlier-than date written, 2026-07-13, already covers: ${tail} (FF)`,
        `milepel: note: a/M: another link from a/P (FS) is written as a finish-no-earlier-than date of 2026-07-13, the day it requires: ${tail} (FF)`,
        `milepel: note: a/M: another link from a/P (SS) requires 2026-06-02, which the finish-no-earlier-than date written, 2026-07-13, already covers: ${tail} (FF)`,
        `milepel: note: a/N: another link from a/P (SS) requires 2026-06-03, which the finish-no-earlier-than date written, 2026-12-01, already covers: ${tail} (FS)`,
        pushed('a/M'),
        holidays('2026'),
        '',
      ].join('\n'));
      const nb = await runCli(['export', 'ws', '--format', 'mspdi', '--locale', 'nb'], { files });
      const hale = 'MS Project har én lenke mellom to oppgaver, og filen har den som krever den seneste datoen';
      expect(nb.stderr.split('\n').slice(1, 4)).toEqual([
        `milepel: merk: a/M: en annen lenke fra a/P (FS) skrives som betingelsen «Finish No Earlier Than» med datoen 13.07.2026, dagen den krever: ${hale} (FF)`,
        `milepel: merk: a/M: en annen lenke fra a/P (SS) krever 02.06.2026, som betingelsen «Finish No Earlier Than» med datoen 13.07.2026 allerede dekker: ${hale} (FF)`,
        `milepel: merk: a/N: en annen lenke fra a/P (SS) krever 03.06.2026, som betingelsen «Finish No Earlier Than» med datoen 01.12.2026 allerede dekker: ${hale} (FS)`,
      ]);
    });

    it('holds the first written of the links that require the same date', async () => {
      // P a milestone: FF and FS without lag both require P's date; the FF link is written first.
      const tie = { 'ws/a.yaml': 'plan: {id: a, title: A}\nmilestones:\n  - {id: P, title: P, date: 2019-09-10}\n  - {id: M, title: M, date: 2019-09-02, after: [{id: P, type: FF}, P]}\n' };
      const r = await runCli(['export', 'ws', '--format', 'mspdi', '--today', '2019-09-02'], { files: tie });
      expect(readWithPlanner(r.stdout, 'tie')[1]!.predecessors.map((x) => x.type)).toEqual(['FF']);
      expect(r.stderr).toContain('another link from a/P (FS) is written as a finish-no-earlier-than date of 2019-09-10, the day it requires');
    });
  });

  it('says which three-point estimates it writes as their likely value and which risk events it leaves out', async () => {
    const files = {
      'ws/r.yaml': [
        'plan: {id: r, title: R}',
        'milestones:',
        '  - {id: A, title: A, date: 2019-09-02}',
        '  - {id: B, title: B, date: 2019-09-20, duration: 5d..10d..30d, after: [{id: A, lag: 1d..2d..4d}]}',
        'risks:',
        '  - {id: R1, title: Leverandør, probability: 0.3, impact: 10d, milestones: [B]}',
        '',
      ].join('\n'),
    };
    const r = await runCli(['export', 'ws', '--format', 'mspdi', '--today', '2019-09-02'], { files });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe([
      'milepel: note: 2 three-point estimates are written as the likely value (MS Project XML holds one duration): r/B (duration), r/B (lag after r/A)',
      'milepel: note: 1 risk event is left out (MS Project XML has no risk register): r/R1',
      holidays('2019'),
      '',
    ].join('\n'));
    expect(r.stdout).toContain('<Duration>PT80H0M0S</Duration>');
    // A date written as a period is written as its last day, and said so.
    // Named with the fields and periods as written (the note once gave two fixed examples, which a tester read as theirs).
    const periods = { 'ws/q.yaml': 'plan: {id: q, title: Q, finish: 2020}\nmilestones:\n  - {id: A, title: A, date: 2019-Q4, forecast: 2020-Q1}\n  - {id: B, title: B, date: 2019-11-04, deadline: 2020-02}\n' };
    const q = await runCli(['export', 'ws', '--format', 'mspdi', '--today', '2019-09-02'], { files: periods });
    expect(q.code).toBe(0);
    expect(q.stderr).toBe([
      'milepel: note: the dates of 2 milestones written as periods are written as their last day: q/A (date 2019-Q4, forecast 2020-Q1), q/B (deadline 2020-02)',
      "milepel: note: the plan's finish, written as the period 2020, is written as its last day",
      holidays('2019–2020'),
      '',
    ].join('\n'));
  });

  it('says its notes in the run\'s locale: --locale nb or LANG nb_NO, with dates as DD.MM.YYYY (a tester found English behind "merk:")', async () => {
    const files = {
      'ws/g.yaml': 'bodies:\n  - {id: S, name: Styret}\nmeetings:\n  - {body: S, date: 2019-09-05}\n',
      'ws/a.yaml': [
        'plan: {id: a, title: A, finish: 2020, governance: {require: [S]}}',
        'milestones:',
        '  - {id: M1, title: M1, date: 2019-Q4, forecast: 2020-Q1, meetings: [S@2019-09-05]}',
        '  - {id: M2, title: M2, date: 2019-11-04, deadline: 2020-02, duration: 5d..10d..30d, after: [{id: M1, lag: 1d..2d..4d}], require: [S]}',
        ...[3, 4, 5, 6, 7].map((n) => `  - {id: M${n}, title: M${n}, date: 2019-11-0${n}, require: [S]}`),
        '  - {id: X, title: X, date: 2019-09-02, after: [{id: b/P, lag: 2d}]}',
        'gates:',
        '  - {id: BP1, title: BP1, date: 2019-12-20, body: S}',
        '  - {id: BP2, title: BP2, body: S}',
        'risks:',
        '  - {id: R1, title: R, probability: 0.3, impact: 10d, milestones: [M2]}',
        '',
      ].join('\n'),
      'ws/b.yaml': 'plan: {id: b, title: B}\nmilestones:\n  - {id: P, title: P, date: 2019-09-10}\n',
    };
    const argv = ['export', 'ws', '--format', 'mspdi', '--plan', 'a', '--today', '2019-09-02'];
    const notes = (stderr: string): string[] => stderr.split('\n').filter((line) => line.startsWith('milepel: '));
    const en = await runCli(argv, { files, diskRoots: [] });
    expect(notes(en.stderr)).toEqual([
      'milepel: note: a/X: the link from b/P (FS, another plan) is written as a finish-no-earlier-than date of 2019-09-12',
      'milepel: note: the dates of 2 milestones written as periods are written as their last day: a/M1 (date 2019-Q4, forecast 2020-Q1), a/M2 (deadline 2020-02)',
      "milepel: note: the plan's finish, written as the period 2020, is written as its last day",
      'milepel: note: 2 three-point estimates are written as the likely value (MS Project XML holds one duration): a/M2 (duration), a/M2 (lag after a/M1)',
      'milepel: note: 1 gate is written as a milestone, without its deciding body and readiness: a/BP1',
      'milepel: note: 1 gate has no date and is left out: a/BP2',
      'milepel: note: 1 risk event is left out (MS Project XML has no risk register): a/R1',
      'milepel: note: the board meetings and required bodies of 7 milestones are left out: a/M1, a/M2, a/M3, a/M4, a/M5 and 2 more',
      "milepel: note: the plan's governance (bodies that must meet before each milestone) is left out too",
      'milepel: note: 2 milestones pushed by a predecessor are written finishing on their projected date, which an import of the file reads as their forecast: imported again, they keep their dates but no predecessor pushes them (no driver in critical-path, no pushed_by in slippage): a/M2, a/X',
      holidays('2019–2020'),
    ]);
    const nb = await runCli([...argv, '--locale', 'nb'], { files, diskRoots: [] });
    expect(nb.code).toBe(1);
    expect(notes(nb.stderr)).toEqual([
      'milepel: merk: a/X: lenken fra b/P (FS, en annen plan) skrives som betingelsen «Finish No Earlier Than» med datoen 12.09.2019',
      'milepel: merk: datoer oppgitt som perioder skrives som periodens siste dag, for 2 milepæler: a/M1 (date 2019-Q4, forecast 2020-Q1), a/M2 (deadline 2020-02)',
      'milepel: merk: planens sluttdato, oppgitt som perioden 2020, skrives som periodens siste dag',
      'milepel: merk: 2 trepunktsestimater skrives som den mest sannsynlige verdien (MS Project XML har bare én varighet): a/M2 (duration), a/M2 (lag etter a/M1)',
      'milepel: merk: 1 beslutningspunkt skrives som en milepæl, uten organet som beslutter og klar-milepælen: a/BP1',
      'milepel: merk: 1 beslutningspunkt har ingen dato og er utelatt: a/BP2',
      'milepel: merk: 1 risikohendelse er utelatt (MS Project XML har ikke noe risikoregister): a/R1',
      'milepel: merk: styremøtene og de påkrevde styringsorganene til 7 milepæler er utelatt: a/M1, a/M2, a/M3, a/M4, a/M5 og 2 til',
      'milepel: merk: planens styringskrav (organer som må ha møte før hver milepæl) er også utelatt',
      'milepel: merk: 2 milepæler som skyves av en forgjenger, skrives med slutt på den beregnede datoen, som en import av filen leser som prognose (forecast): importert igjen beholder de datoene sine, men ingen forgjenger skyver dem (ingen driver i critical-path, ingen pushed_by i slippage): a/M2, a/X',
      'milepel: merk: planens kalender følger de norske helligdagene i alle år (holidays: NO); filen har dem bare som stengte dager i 2019–2020: importert igjen har planen de dagene som stengte dager og ingen helligdager i andre år',
    ]);
    // The whole of stderr in Norwegian: the schema error of BP2 too.
    expect(nb.stderr).toContain('ws/a.yaml:13:5: feil: beslutningspunkt BP2 mangler den påkrevde nøkkelen "date" [schema]');
    expect(nb.stdout).toBe(en.stdout);
    const lang = await runCli(argv, { files, diskRoots: [], env: { LANG: 'nb_NO.UTF-8' } });
    expect([lang.code, lang.stdout, lang.stderr]).toEqual([nb.code, nb.stdout, nb.stderr]);
    // Without the governance of any milestone the plan's is said alone; a cycle's links and dates outside the calendar.
    // Two links of A's from B in the cycle are told apart by their types (tester round 46 F7).
    const cycle = { 'ws/c.yaml': 'plan: {id: c, title: C, governance: {require: [S]}}\nbodies: [{id: S, name: S}]\nmilestones:\n  - {id: A, title: A, date: 2019-09-10, after: [B, {id: B, type: SS, lag: 3d}]}\n  - {id: B, title: B, date: 2019-09-12, after: [A]}\n' };
    const c = await runCli(['export', 'ws', '--format', 'mspdi', '--today', '2019-09-02', '--locale', 'nb'], { files: cycle, diskRoots: [] });
    expect(notes(c.stderr)).toEqual([
      'milepel: merk: c/A: lenken fra c/B (FS) inngår i en sirkulær avhengighet og er utelatt, som i milepels tidsplan',
      'milepel: merk: c/A: lenken fra c/B (SS) inngår i en sirkulær avhengighet og er utelatt, som i milepels tidsplan',
      'milepel: merk: c/B: lenken fra c/A (FS) inngår i en sirkulær avhengighet og er utelatt, som i milepels tidsplan',
      'milepel: merk: planens styringskrav (organer som må ha møte før hver milepæl) er utelatt',
      'milepel: merk: planens kalender følger de norske helligdagene i alle år (holidays: NO); filen har dem bare som stengte dager i 2019: importert igjen har planen de dagene som stengte dager og ingen helligdager i andre år',
    ]);
    const far = await runCli(['export', 'test/fixtures/err/date-range', '--format', 'mspdi', '--plan', 'far', '--today', '2019-06-03', '--locale', 'nb']);
    expect(notes(far.stderr)).toEqual([
      'milepel: merk: far/B: utelatt, siden beregnet dato er utenfor 01.01.0001 … 31.12.9999 (date-range)',
      'milepel: merk: MS Project har bare datoer fra 01.01.1984 til 31.12.2149 og vil ikke åpne denne filen: 3 milepæler har datoer utenfor dem (et feilskrevet årstall?): far/A, far/C, far/D',
      'milepel: merk: 1 milepæl som skyves av en forgjenger, skrives med slutt på den beregnede datoen, som en import av filen leser som prognose (forecast): importert igjen beholder den datoene sine, men ingen forgjenger skyver den (ingen driver i critical-path, ingen pushed_by i slippage): far/D',
      // The years as dates write them, four digits each.
      'milepel: merk: planens kalender følger de norske helligdagene i alle år (holidays: NO); filen har dem bare som stengte dager i 0001, 0003, 1982, 2019 og 9999: importert igjen har planen de dagene som stengte dager og ingen helligdager i andre år',
    ]);
    const long = await runCli(['export', 'test/fixtures/err/date-range', '--format', 'mspdi', '--plan', 'long', '--today', '2019-06-03', '--locale', 'nb']);
    expect(notes(long.stderr)).toEqual([
      'milepel: merk: long/A: utelatt, siden starten er utenfor 01.01.0001 … 31.12.9999 (date-range)',
      'milepel: merk: long/B: lenken fra long/A (SS, utelatt) skrives som betingelsen «Finish No Earlier Than» med datoen 05.03.0002',
      'milepel: merk: MS Project har bare datoer fra 01.01.1984 til 31.12.2149 og vil ikke åpne denne filen: 1 milepæl har en dato utenfor dem (et feilskrevet årstall?): long/B',
      'milepel: merk: planens kalender følger de norske helligdagene i alle år (holidays: NO); filen har dem bare som stengte dager i 0002 og 2019: importert igjen har planen de dagene som stengte dager og ingen helligdager i andre år',
    ]);
  });

  it('leaves out a task whose finish or start is out of range (date-range): Planner reads every other task with both dates', async () => {
    const written: Record<string, string[]> = { far: ['Start', 'Early start', 'Two years later (a Tuesday), after a lag of 99,999 weeks'], long: ['Starts with A'], held: ['Start'] };
    for (const [plan, names] of Object.entries(written)) {
      const r = await runCli(['export', 'test/fixtures/err/date-range', '--format', 'mspdi', '--plan', plan, '--today', '2019-06-03']);
      const tasks = readWithPlanner(r.stdout, `range-${plan}`);
      expect(tasks.map((t) => t.name)).toEqual(names);
      for (const t of tasks) expect([t.start, t.end]).toEqual([expect.stringMatching(/^\d{8}T\d{6}Z$/), expect.stringMatching(/^\d{8}T\d{6}Z$/)]);
      expect(r.stderr).toMatch(/note: \S+: left out, its (projected date|start) is outside 0001-01-01 … 9999-12-31 \(date-range\)/);
      // far/C's latest date (before 0001-01-01) is left out: no LateFinish at 0001-01-01.
      expect(r.stdout).not.toMatch(/<LateFinish>(0001-01-01|9999-12-31)/);
    }
  });
});

describe('export --format mspdi says what it leaves out of milestones and the plan (tester round 6 #3)', () => {
  const plan = `plan:
  id: p
  title: P
  status_date: 2026-03-02
  rules: {lead: off}
  health: {bei: 90}
goals:
  - {id: G1, title: Goal 1}
milestones:
  - {id: A, title: a, date: 2026-03-02, responsible: PMO, status: green}
  - {id: B, title: b, date: 2026-03-13, after: [A], progress: 3/5, history: [{reported: 2026-02-01, forecast: 2026-03-13}]}
  - {id: C, title: c, date: 2026-03-16}
`;

  it('one note for the milestone fields with the milestones that have them, one for the plan, in en and nb', async () => {
    const en = await runCli(['export', 'a', '--format', 'mspdi'], { files: { 'a/p.yaml': plan } });
    expect(en.code).toBe(0);
    expect(en.stderr).toBe([
      'milepel: note: the responsible, status, progress and history of 2 milestones are left out (MS Project XML has no field for them): p/A, p/B',
      "milepel: note: the plan's rules, health and goals are left out (MS Project XML has no place for them)",
      holidays('2026'),
      '',
    ].join('\n'));
    const nb = await runCli(['export', 'a', '--format', 'mspdi', '--locale', 'nb'], { files: { 'a/p.yaml': plan } });
    expect(nb.stderr).toBe([
      'milepel: merk: responsible, status, progress og history til 2 milepæler er utelatt (MS Project XML har ikke noe felt for dem): p/A, p/B',
      'milepel: merk: planens rules, health og goals er utelatt (MS Project XML har ikke noe sted for dem)',
      'milepel: merk: planens kalender følger de norske helligdagene i alle år (holidays: NO); filen har dem bare som stengte dager i 2026: importert igjen har planen de dagene som stengte dager og ingen helligdager i andre år',
      '',
    ].join('\n'));
  });
});
