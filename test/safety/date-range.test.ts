// Computed dates outside 0001–9999 (issue #11): rule date-range, and no output ever carries a malformed date — the
// schedule's own dates, the starts of long work, risk's simulated dates, and the dates MSPDI and iCalendar derive.
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

const DIR = 'test/fixtures/err/date-range';
/** A year of five digits, a negative year or year 0 (ISO or nb), or a DATE value of nine digits (iCalendar). */
const MALFORMED = /(?<![0-9])\d{5,}-\d\d-\d\d\b|(?<![0-9A-Za-z])-\d{1,4}-\d\d-\d\d\b|\d\d\.\d\d\.(\d{5,}|-)|:\d{9,}|(?<![0-9])0000-\d\d-\d\d\b|\b00\.\d\d\.0000\b/;

describe('lags near the schema limits', () => {
  const commands = [
    ['critical-path', '--format', 'json'], ['critical-path'], ['slippage', '--format', 'json'], ['slippage', '--format', 'csv'],
    ['export', '--format', 'json'], ['export', '--format', 'ics'], ['export', '--format', 'mermaid'], ['export', '--format', 'html'],
    ['export', '--format', 'mspdi', '--plan', 'far'], ['export', '--format', 'mspdi', '--plan', 'long'], ['export', '--format', 'mspdi', '--plan', 'held'],
    ['gantt'], ['meetings', '--format', 'json'], ['health', '--format', 'json'],
    ['risk', '--iterations', '200'], ['risk', '--iterations', '200', '--format', 'json'], ['risk', '--iterations', '200', '--format', 'html'],
    ['explain', 'long/A'], ['explain', 'held/W', '--format', 'json'],
  ];
  for (const args of commands) {
    for (const locale of ['en', 'nb']) {
      it(`${args.join(' ')} (${locale}): exit 0 (SPEC §7: date-range is not a structural error) with the date-range error on stderr, and no malformed date anywhere`, async () => {
        const r = await runCli([args[0]!, ...(args[0] === 'explain' ? [args[1]!, DIR, ...args.slice(2)] : [DIR, ...args.slice(1)]), '--today', '2019-06-03', '--locale', locale]);
        // health exits 1 for its failing checks (SPEC §13), which this workspace has.
        expect(r.code, r.stderr).toBe(args[0] === 'health' ? 1 : 0);
        if (args[0] === 'health') expect(JSON.parse(r.stdout)).toMatchObject({ plans: expect.arrayContaining([expect.objectContaining({ checks: expect.arrayContaining([expect.objectContaining({ pass: false })]) })]) });
        expect(r.stderr).toContain('[date-range]');
        expect(r.stdout).not.toMatch(MALFORMED);
        expect(r.stderr).not.toMatch(MALFORMED);
      });
    }
  }

  it('critical-path JSON leaves the out-of-range dates out (null, SPEC §4, §8), a start before 0001-01-01 too', async () => {
    const r = await runCli(['critical-path', DIR, '--format', 'json', '--today', '2019-06-03']);
    const json = JSON.parse(r.stdout) as { milestones: { ref: string; projected: string | null; latest: string | null; start: string | null; float: number | null }[] };
    const byRef = new Map(json.milestones.map((m) => [m.ref, m]));
    expect(byRef.get('far/B')).toMatchObject({ projected: null, start: null, latest: null });
    // C's own projected date stays; its latest (before 0001-01-01) is left out, and so is its float, counted to it.
    expect(byRef.get('far/C')).toMatchObject({ projected: '0001-01-05', latest: null, float: null, critical: false });
    expect(byRef.get('long/A')).toMatchObject({ projected: '0002-01-04', start: null });
    expect(byRef.get('held/W')).toMatchObject({ projected: null, start: null, latest: null });
    expect(r.stderr).toContain("long/A's work of 99999w would start 699653 days before 0001-01-01, outside the dates milepel can write; reports leave its start out");
    expect(r.stderr).toContain("far/B's projected and latest dates would be 699963 days after 9999-12-31, outside the dates milepel can write; reports leave them out");
  });

  it('iCalendar writes no event for a milestone whose projected date is left out', async () => {
    const r = await runCli(['export', DIR, '--format', 'ics', '--today', '2019-06-03']);
    expect(r.stdout).not.toContain('UID:far/B@milepel');
    expect(r.stdout).not.toContain('UID:held/W@milepel');
    expect(r.stdout).toContain('UID:far/A@milepel');
  });

  it('MSPDI writes the holidays of the years the plan actually uses, not of every year from 0001 to 9999', async () => {
    const r = await runCli(['export', DIR, '--format', 'mspdi', '--plan', 'far', '--today', '2019-06-03']);
    expect(r.stdout.length).toBeLessThan(200_000);
    const calendar = new XMLParser().parse(r.stdout).Project.Calendars.Calendar;
    const years = new Set((calendar.Exceptions.Exception as { TimePeriod: { FromDate: string } }[]).map((e) => e.TimePeriod.FromDate.slice(0, 4)));
    // C (0001), D's date and deadline (0003) and projected date (1982), today (2019), A and the held B (9999); the
    // link C → D spans nothing with C's held latest date.
    expect([...years].sort()).toEqual(['0001', '0003', '1982', '2019', '9999']);
  });

  // A's float runs from its projected date (2019) to its latest (2031, set by B): MS Project counts it over the holidays
  // of every year between, which the file must carry (tester round 24 F5: the years between were missing, and the round
  // trip gave A more float). The forward pass's span of the link still ends at the finish it allows.
  it('MSPDI carries the holidays of every year a float spans, from the predecessor\'s projected date to its latest', async () => {
    const plan = ['plan: {id: gap, title: Gap}', 'milestones:', '  - {id: A, title: A, date: 2019-06-03}', '  - {id: B, title: B, date: 2031-06-02, after: [{id: A, lag: 10d}]}', ''].join('\n');
    const r = await runCli(['export', 'ws', '--format', 'mspdi', '--today', '2019-06-03'], { files: { 'ws/gap.yaml': plan } });
    const calendar = new XMLParser().parse(r.stdout).Project.Calendars.Calendar;
    const years = new Set((calendar.Exceptions.Exception as { TimePeriod: { FromDate: string } }[]).map((e) => e.TimePeriod.FromDate.slice(0, 4)));
    expect([...years].sort()).toEqual(Array.from({ length: 13 }, (_, i) => String(2019 + i)));
  });
});

describe('a date computed past 9999-12-31 is left out of every output; a written 9999-12-30 still shows', () => {
  // B is computed at 10000-01-05 (held at 9999-12-31 inside the scheduler); A and B are written 9999-12-30.
  const plan = [
    'plan: {id: edge, title: Edge}',
    'milestones:',
    '  - {id: A, title: Written near the end, date: 9999-12-30}',
    '  - {id: B, title: Computed past the end, date: 9999-12-30, after: [{id: A, lag: 5d}]}',
    '',
  ].join('\n');
  const run = (args: string[], locale = 'en'): ReturnType<typeof runCli> =>
    runCli([args[0]!, ...(args[0] === 'explain' ? [args[1]!, 'ws', ...args.slice(2)] : ['ws', ...args.slice(1)]), '--today', '2019-06-03', '--locale', locale], { files: { 'ws/edge.yaml': plan } });
  const HELD = /9999-12-31|31\.12\.9999|99991231/;
  const WRITTEN = /9999-12-30|30\.12\.9999/;

  for (const args of [['critical-path'], ['critical-path', '--format', 'json'], ['slippage'], ['slippage', '--format', 'json'], ['slippage', '--format', 'csv'],
    ['export', '--format', 'json'], ['export', '--format', 'mermaid'], ['export', '--format', 'html'], ['export', '--format', 'mspdi'], ['gantt']]) {
    for (const locale of ['en', 'nb']) {
      it(`${args.join(' ')} (${locale}): no held 9999-12-31, the written 9999-12-30 shown`, async () => {
        const r = await run(args, locale);
        expect(r.code, r.stderr).toBe(0);
        expect(r.stdout).not.toMatch(HELD);
        expect(r.stdout).toMatch(WRITTEN);
        expect(r.stderr).toContain('[date-range]');
      });
    }
  }

  it('JSON: the left-out dates are null with their keys kept (critical-path, slippage, export, explain)', async () => {
    const cp = JSON.parse((await run(['critical-path', '--format', 'json'])).stdout) as { milestones: Record<string, unknown>[] };
    expect(cp.milestones.find((m) => m.ref === 'edge/B')).toMatchObject({ projected: null, start: null, latest: null, float: null, critical: false });
    const slip = JSON.parse((await run(['slippage', '--format', 'json'])).stdout) as { milestones: Record<string, unknown>[] };
    expect(slip.milestones.find((m) => m.ref === 'edge/B')).toMatchObject({ baseline: '9999-12-30', projected: null, slip_days: null, slip_workdays: null, status: 'slipped' });
    const ex = JSON.parse((await run(['export', '--format', 'json'])).stdout) as { milestones: Record<string, unknown>[] };
    expect(ex.milestones.find((m) => m.ref === 'edge/B')).toMatchObject({ date: '9999-12-30', projected: null, latest: null });
    const why = JSON.parse((await run(['explain', 'edge/B', '--format', 'json'])).stdout) as Record<string, unknown>;
    expect(why).toMatchObject({ projected: null, latest: null, latest_from: { date: null } });
    expect((why.chain as Record<string, unknown>[]).at(-1)).toMatchObject({ ref: 'edge/B', projected: null });
  });

  it('text: a left-out date, and the float counted from it, show – as other absent values do (critical-path, slippage, explain; en and nb)', async () => {
    for (const locale of ['en', 'nb']) {
      const row = (await run(['critical-path'], locale)).stdout.split('\n').find((l) => l.includes('Computed past'))!;
      expect(row).toMatch(/(9999-12-30|30\.12\.9999)\s+–\s+–\s+–\s+A$/);
      const slip = (await run(['slippage'], locale)).stdout.split('\n').find((l) => l.includes('edge/B'))!;
      expect(slip).toMatch(/(9999-12-30|30\.12\.9999)\s+–\s+–\s+–\s+–\s+edge\/A$/);
      const why = (await run(['explain', 'edge/B'], locale)).stdout;
      expect(why).toMatch(/(projected|beregnet) –:/);
      expect(why).not.toMatch(HELD);
    }
  });

  it('CSV: a left-out date and the slips and float counted to it are empty fields', async () => {
    const line = (await run(['slippage', '--format', 'csv'])).stdout.split(/\r?\n/).find((l) => l.startsWith('edge/B'))!;
    expect(line).toBe('edge/B,edge,B,Computed past the end,slipped,9999-12-30,9999-12-30,,,,,,edge/A');
  });

  it('iCalendar, Mermaid, HTML, Gantt: the left-out milestone is not drawn at the bound, A is', async () => {
    const ics = (await run(['export', '--format', 'ics'])).stdout;
    expect(ics).not.toContain('UID:edge/B@milepel');
    expect(ics).toContain('UID:edge/A@milepel');
    const mermaid = (await run(['export', '--format', 'mermaid'])).stdout;
    expect(mermaid).not.toMatch(/\bB Computed past the end\b/);
    expect(mermaid).toMatch(/A Written near the end.*9999-12-30, 0d/);
    const html = (await run(['export', '--format', 'html'])).stdout;
    expect(html).toContain('data-ref="edge/A"');
    expect(html).not.toContain('data-ref="edge/B"');
    const gantt = (await run(['gantt', '--ascii', '--width', '100'])).stdout.split('\n');
    const rowB = gantt.find((l) => l.includes('Computed past'))!;
    expect(rowB).not.toContain('#');
  });

  it('MSPDI: no task for B (a note on stderr says why), A written with its dates', async () => {
    const r = await run(['export', '--format', 'mspdi']);
    const tasks = new XMLParser({ isArray: (tag) => tag === 'Task' }).parse(r.stdout).Project.Tasks.Task as { Name: string; Finish: string }[];
    expect(tasks.map((t) => t.Name)).toEqual(['Written near the end']);
    expect(tasks[0]!.Finish).toBe('9999-12-30T17:00:00');
    expect(r.stderr).toContain('edge/B: left out, its projected date is outside 0001-01-01');
  });
});

describe('risk: simulated dates past 9999-12-31 when the deterministic one is inside', () => {
  const plan = [
    'plan: {id: sim, title: Simulated, finish: 9999-12-31}',
    'milestones:',
    '  - {id: A, title: Start, date: 9000-01-01}',
    '  - {id: R, title: Ranged lag, date: 9999-06-01, after: [{id: A, lag: 0w..1w..99999w}]}',
    '',
  ].join('\n');

  for (const format of ['text', 'json', 'html']) {
    it(`${format}: percentiles past 9999-12-31 left out (never the bound, nor a chart drawn to it), one date-range error saying in how many iterations, exit 0`, async () => {
      const r = await runCli(['risk', 'ws', '--iterations', '300', '--format', format, '--today', '2019-06-03', '--milestone', 'sim/R'], { files: { 'ws/sim.yaml': plan } });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).not.toMatch(MALFORMED);
      // No date at the bound; the one line that names the range says how many iterations are outside it, not drawn.
      const undrawn = /(\d+) iterations \(\d+%\) outside 0001-01-01 … 9999-12-31: not drawn/;
      expect(r.stdout.replace(undrawn, '')).not.toContain('9999-12-31');
      if (format !== 'json') expect(r.stdout).toMatch(undrawn);
      if (format === 'json') expect(JSON.parse(r.stdout).milestones.find((m: { ref: string }) => m.ref === 'sim/R')).toMatchObject({ p50: '9999-06-01', p90: null, mean: null });
      if (format === 'text') expect(r.stdout).toMatch(/P50 9999-06-01 {3}P80 – {3}P85 – {3}P90 – {3}mean –/);
      expect(r.stderr.match(/\[date-range\]/g)).toHaveLength(1);
      expect(r.stderr).toMatch(/sim\/R's simulated date would be \d+ days after 9999-12-31 in \d+ iterations/);
    });
  }

  it('the shares still compare the true dates: P(on date) counts an iteration left out as late', async () => {
    const r = await runCli(['risk', 'ws', '--iterations', '300', '--format', 'json', '--today', '2019-06-03'], { files: { 'ws/sim.yaml': plan } });
    const json = JSON.parse(r.stdout) as { milestones: { ref: string; p90: string | null; prob_by_date: number }[] };
    const row = json.milestones.find((m) => m.ref === 'sim/R')!;
    expect(row.p90).toBeNull();
    const held = Number(/in (\d+) iterations/.exec(r.stderr)![1]);
    expect(row.prob_by_date).toBeLessThanOrEqual(1 - held / 300);
  });
});

// The non-working-day hint suggested the working day on each side even beyond the calendar: 0000-12-29 beside
// 0001-01-01, which is itself an invalid-date, and 10000-01-03 (a tester's finding, session 13).
describe('non-working-day at the ends of the calendar', () => {
  const text = 'plan:\n  id: p\n  title: P\n  calendar: {closed: [9999-12-31]}\nmilestones:\n  - {id: A, title: A, date: 0001-01-01}\n  - {id: B, title: B, date: 9999-12-31}\nmeetings:\n  - {body: S, date: 0001-01-01}\nbodies:\n  - {id: S, name: Styret}\n';
  for (const locale of ['en', 'nb']) {
    it(`suggests only the working day inside 0001-01-01 … 9999-12-31 (${locale})`, async () => {
      const r = await runCli(['validate', 'ws', '--today', '2024-01-01', '--locale', locale, '--format', 'json'], { files: { 'ws/p.yaml': text } });
      const hints = (JSON.parse(r.stdout) as { diagnostics: { rule: string; ref: string; hint: string }[] }).diagnostics
        .filter((d) => d.rule === 'non-working-day').map((d) => `${d.ref}: ${d.hint}`);
      expect(hints).toEqual(locale === 'en'
        ? ['p/A: use 0001-01-02, the nearest working day', 'p/B: use 9999-12-30, the nearest working day', 'S@0001-01-01: check the date; the nearest working day is 0001-01-02']
        : ['p/A: bruk 02.01.0001, den nærmeste arbeidsdagen', 'p/B: bruk 30.12.9999, den nærmeste arbeidsdagen', 'S@0001-01-01: sjekk datoen; den nærmeste arbeidsdagen er 02.01.0001']);
      expect(r.stdout).not.toMatch(MALFORMED);
    });
  }
});

describe('a cascade of left-out dates is one finding where it starts', () => {
  it('a lag at the head of a chain of 50,000 gives one date-range error, counting the 49,999 milestones after it', async () => {
    const n = 50_000;
    const lines = ['plan: {id: c, title: C}', 'milestones:', '  - {id: M0, title: T, date: 9999-12-01}', '  - {id: M1, title: T, date: 9999-12-02, after: [{id: M0, lag: 99999w}]}'];
    for (let i = 2; i <= n; i++) lines.push(`  - {id: M${i}, title: T, date: 9999-12-02, after: [M${i - 1}]}`);
    const r = await runCli(['validate', 'ws', '--format', 'json'], { files: { 'ws/c.yaml': `${lines.join('\n')}\n` } });
    const found = (JSON.parse(r.stdout) as { diagnostics: { rule: string; ref: string; message: string; hint: string }[] }).diagnostics.filter((d) => d.rule === 'date-range');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ref: 'c/M1', hint: 'shorten the lag from c/M0 to M1' });
    expect(found[0]!.message).toMatch(/, and those of 49999 milestones computed from them$/);
  });
});

// A float is counted from p(M) and l(M) (SPEC §5: between(p(M), l(M))): when either is left out, so is the float, and
// the milestone is not critical (its float is no number to compare with the threshold), so no critical path ends at
// or passes through it (a tester's finding: A showed float 26 beside latest null, C 2523657, and E, with no dates at
// all, was critical and the end of a path [B, E]).
describe('a float counted from a date left out is left out with it, and the milestone is not critical', () => {
  // E = B + 5ew = 10000-01-05, past 9999-12-31: E's projected date is out, and it is the plan's finish (no plan.finish),
  // so E's latest (that finish) and A's and C's (end milestones: the finish too) are out as well. B's latest is
  // E's latest − 35 days = 9999-12-31, inside: float between(9999-12-31, 9999-12-31) = 0, critical.
  const plan = [
    'plan: {id: p, title: Extremes, status_date: 2024-03-01}',
    'milestones:',
    '  - {id: A, title: end, date: 9999-12-30}',
    '  - {id: B, title: after end, date: 9999-12-31}',
    '  - {id: C, title: start, date: 0001-01-03}',
    '  - {id: E, title: after B, date: 2024-03-04, after: [{id: B, lag: 5ew}]}',
    '',
  ].join('\n');
  const run = (args: string[]): ReturnType<typeof runCli> => runCli([args[0]!, 'ws', ...args.slice(1)], { files: { 'ws/p.yaml': plan } });

  it.each([
    // ref, projected, latest, float, critical
    ['p/A', '9999-12-30', null, null, false],
    ['p/B', '9999-12-31', '9999-12-31', 0, true],
    ['p/C', '0001-01-03', null, null, false],
    ['p/E', null, null, null, false],
  ] as const)('critical-path JSON: %s projected %s, latest %s, float %s, critical %s', async (ref, projected, latest, float, critical) => {
    const json = JSON.parse((await run(['critical-path', '--format', 'json'])).stdout) as { milestones: Record<string, unknown>[] };
    expect(json.milestones.find((m) => m.ref === ref)).toMatchObject({ projected, latest, float, critical });
  });

  it('E, whose dates are left out, is not critical and ends no path; B, critical and followed only by E, ends its own (a second tester: "1 critical … No critical paths")', async () => {
    const path = [{ end: 'p/B', float: 0, milestones: ['p/B'] }];
    expect(JSON.parse((await run(['critical-path', '--format', 'json'])).stdout).paths).toEqual(path);
    expect(JSON.parse((await run(['export', '--format', 'json'])).stdout).paths).toEqual(path);
    const text = (await run(['critical-path'])).stdout;
    expect(text).toContain('4 milestones: 1 critical, 0 with negative float, 1 pushed');
    expect(text).toContain('  B  (ends 9999-12-31, float 0)');
    // A, C and E: float – (as their left-out dates); B 0.
    for (const [id, float] of [['A', '–'], ['B', '0'], ['C', '–'], ['E', '–']]) {
      expect(text.split('\n').find((l) => new RegExp(`^[ *+!]{3}  ${id} `).test(l))).toMatch(new RegExp(`\\s${float}(\\s+B)?$`));
    }
  });

  it('export json, slippage json: float null for A, C and E; critical only B', async () => {
    const ex = JSON.parse((await run(['export', '--format', 'json'])).stdout) as { milestones: Record<string, unknown>[] };
    expect(ex.milestones.map((m) => [m.ref, m.float, m.critical])).toEqual([['p/A', null, false], ['p/B', 0, true], ['p/C', null, false], ['p/E', null, false]]);
    const slip = JSON.parse((await run(['slippage', '--format', 'json'])).stdout) as { milestones: Record<string, unknown>[] };
    expect(Object.fromEntries(slip.milestones.map((m) => [m.ref, m.float]))).toEqual({ 'p/A': null, 'p/B': 0, 'p/C': null, 'p/E': null });
  });

  it('health: C\'s float of 2523657 is no high float; CPLI has nothing to measure, the finish being E\'s left-out date', async () => {
    const json = JSON.parse((await run(['health', '--format', 'json'])).stdout) as { plans: { checks: { id: string; value: number | null; count: number; of: number }[] }[] };
    const check = (id: string): unknown => json.plans[0]!.checks.find((c) => c.id === id);
    expect(check('high-float')).toMatchObject({ value: 0, count: 0, of: 4 });
    expect(check('negative-float')).toMatchObject({ value: 0, count: 0, of: 4 });
    expect(check('cpli')).toMatchObject({ value: null, count: 0 });
  });

  it('MS Project XML: TotalSlack for B alone (A and C are written without it, E not at all); iCalendar: float for B alone', async () => {
    const xml = (await run(['export', '--format', 'mspdi'])).stdout;
    expect(xml.match(/<TotalSlack>[^<]*<\/TotalSlack>/g)).toEqual(['<TotalSlack>0</TotalSlack>']);
    const ics = (await run(['export', '--format', 'ics'])).stdout.replace(/\r\n /g, '');
    expect(ics.match(/float [^\\]*working days?/g)).toEqual(['float 0 working days']);
  });

  it('gantt: E is not marked critical', async () => {
    const rows = (await run(['gantt', '--ascii', '--width', '100'])).stdout.split('\n');
    expect(rows.find((l) => l.startsWith(' E after B'))).toMatch(/^ E after B {5}>/);
    expect(rows.find((l) => l.startsWith(' B after end'))).toMatch(/^ B after end {2}\*/);
  });

  // far/C's latest is sub(D's deadline 0003-01-07, 99999w), before 0001-01-01: left out, and with it C's float
  // (−499493); C is then not critical, and D's path stops at D rather than passing through C.
  it('a path does not pass through a milestone whose latest date is left out', async () => {
    const json = JSON.parse((await runCli(['critical-path', DIR, '--format', 'json', '--today', '2019-06-03'])).stdout) as { paths: { end: string; milestones: string[] }[] };
    expect(json.paths.find((p) => p.end === 'far/D')).toMatchObject({ milestones: ['far/D'] });
  });
});

describe('a critical milestone whose only successor is left out', () => {
  it('ends its own critical path, late as it is (a second tester: X marked * ! with float -69, yet in no path)', async () => {
    const plan = 'plan: {id: p, title: P, status_date: 2024-03-01, critical: 3d}\nmilestones:\n  - {id: X, title: x, date: 9999-12-31}\n  - {id: E, title: e, date: 2024-03-04, deadline: 9999-11-01, after: [{id: X, lag: 5ew}]}\n';
    const r = await runCli(['critical-path', 'ws', '--format', 'json', '--today', '2024-03-01'], { files: { 'ws/p.yaml': plan } });
    const json = JSON.parse(r.stdout) as { milestones: { ref: string; float: number | null; critical: boolean }[]; paths: { end: string; milestones: string[] }[] };
    const x = json.milestones.find((m) => m.ref === 'p/X')!;
    expect(x.critical).toBe(true);
    expect(x.float).toBeLessThan(0);
    expect(json.milestones.find((m) => m.ref === 'p/E')).toMatchObject({ float: null, critical: false });
    expect(json.paths).toEqual([{ end: 'p/X', float: x.float, milestones: ['p/X'] }]);
  });
});

describe('a milestone whose projected and latest dates are left out at different distances', () => {
  it('says the nearer, the projected one the hint fixes, as "at least" (a second tester: 133 days said where the projected date is 35 out)', async () => {
    const plan = 'plan: {id: p, title: P, status_date: 2024-03-01}\nmilestones:\n  - {id: B, title: b, date: 9999-12-31}\n  - {id: E, title: e, date: 2024-03-04, after: [{id: B, lag: 5ew}]}\n  - {id: F, title: f, date: 2024-03-04, after: [{id: E, lag: -100ed}]}\n  - {id: G, title: g, date: 2024-03-04, after: [F]}\n';
    const r = await runCli(['validate', 'ws', '--today', '2024-03-01'], { files: { 'ws/p.yaml': plan } });
    expect(r.stdout).toContain("p/E's projected and latest dates would be at least 35 days after 9999-12-31");
    const nb = await runCli(['validate', 'ws', '--today', '2024-03-01', '--locale', 'nb'], { files: { 'ws/p.yaml': plan } });
    expect(nb.stdout).toContain('beregnet og seneste dato for p/E ville vært minst 35 dager etter 31.12.9999');
  });
});

// Tester round 105 F1: a calendar closed from 2024 to 9999-12-31 counted a 1d lag past 9999-12-31, and the hint said to
// shorten the lag; no lag is short enough. The hint names the calendar and its last working day.
describe('a calendar with no working day left', () => {
  const plan = (calendar: string, lag: string): Record<string, string> => ({
    'ws/c.yaml': `plan:\n  id: c\n  title: c\n  status_date: 2024-01-10\n  calendar: ${calendar}\nmilestones:\n  - {id: A, title: a, date: 2024-01-15}\n  - {id: B, title: b, date: 2024-02-15, after: [{id: A, lag: ${lag}}]}\n`,
  });
  const hints = async (calendar: string, locale = 'en', lag = '1d'): Promise<string[]> => {
    const r = await runCli(['validate', 'ws', '--format', 'json', '--locale', locale], { files: plan(calendar, lag), diskRoots: [] });
    return (JSON.parse(r.stdout) as { diagnostics: { rule: string; hint: string }[] }).diagnostics.filter((d) => d.rule === 'date-range').map((d) => d.hint);
  };
  it('is named in the hint, with its last working day, in both languages', async () => {
    expect(await hints('{holidays: none, closed: [2024-01-01..9999-12-31]}')).toEqual(["plan c's calendar has no working day after 2023-12-29 (its workdays, holidays and closed days leave none), so a lag or duration in working days after it never ends: give the calendar working days there, or write it in elapsed days (ed)"]);
    expect(await hints('{holidays: none, closed: [0001-01-01..9999-12-31]}')).toEqual([expect.stringMatching(/^plan c's calendar has no working day at all /)]);
    expect(await hints('{holidays: none, closed: [2024-01-01..9999-12-31]}', 'nb')).toEqual([expect.stringMatching(/^kalenderen til plan c har ingen arbeidsdag etter 29\.12\.2023 /)]);
  });
  it('leaves the hint on the lag when the calendar has working days left', async () => {
    expect(await hints('{holidays: none, closed: [2024-01-01..9999-12-20]}', 'en', '20d')).toEqual(['shorten the lag from c/A to B']);
  });

  // Session 61: B's own date before the closure has working days after it; the lag counts from its driver's date.
  const early = {
    'ws/c.yaml': 'plan:\n  id: c\n  title: c\n  status_date: 2024-03-01\n  calendar: {closed: [2024-01-01..9999-12-31]}\nmilestones:\n  - {id: A, title: a, date: 2023-12-29}\n  - {id: B, title: b, date: 2023-12-20, after: [{id: A, lag: 1d}]}\n',
  };
  it('is named when the pushed milestone\'s own date is before the closure', async () => {
    const r = await runCli(['validate', 'ws', '--format', 'json'], { files: early, diskRoots: [] });
    const hint = (JSON.parse(r.stdout) as { diagnostics: { rule: string; hint: string }[] }).diagnostics.filter((d) => d.rule === 'date-range').map((d) => d.hint);
    expect(hint).toEqual([expect.stringMatching(/^plan c's calendar has no working day after 2023-12-29 /)]);
  });

  // Tester round 105 F2: explain listed the 78,570 closed days of the 300 years before 9999, not those after the driver.
  it('is crossed from the driver on in explain, the text listing 60 days and counting the rest', async () => {
    const json = await runCli(['explain', 'c/B', 'ws', '--format', 'json'], { files: early, diskRoots: [] });
    const days = (JSON.parse(json.stdout) as { non_working_days: { date: string }[] }).non_working_days.map((d) => d.date);
    expect(days.slice(0, 3)).toEqual(['2024-01-01', '2024-01-02', '2024-01-03']);
    const text = (await runCli(['explain', 'c/B', 'ws'], { files: early, diskRoots: [] })).stdout.split('\n');
    const heading = text.findIndex((l) => l.startsWith('Non-working days crossed'));
    expect(text[heading]).toBe(`Non-working days crossed (${days.length})`);
    expect(text[heading + 1]).toBe("  2024-01-01  New Year's Day");
    expect(text[heading + 61]).toBe(`  … and ${days.length - 60} more days, the last on ${days[days.length - 1]} (--format json lists every one)`);
    expect(text[heading + 62]).toBe('');
  });
});
