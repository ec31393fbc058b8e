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

  it('critical-path JSON holds the dates at the bounds, and a start that would be before 0001-01-01 too', async () => {
    const r = await runCli(['critical-path', DIR, '--format', 'json', '--today', '2019-06-03']);
    const json = JSON.parse(r.stdout) as { milestones: { ref: string; projected: string; latest: string; start: string }[] };
    const byRef = new Map(json.milestones.map((m) => [m.ref, m]));
    expect(byRef.get('far/B')?.projected).toBe('9999-12-31');
    expect(byRef.get('far/C')?.latest).toBe('0001-01-01');
    // s(A) held at 0001-01-01 (a Monday, New Year's Day): its first day of work is the next working day.
    expect(byRef.get('long/A')?.start).toBe('0001-01-02');
    // W's work after a held start: never the working day after 9999-12-31.
    expect(byRef.get('held/W')).toMatchObject({ projected: '9999-12-31', start: '9999-12-31' });
    expect(r.stderr).toContain("long/A's work of 99999w would start 699653 days before 0001-01-01");
  });

  it('iCalendar ends an event on 9999-12-31 with DURATION:P1D (no DTEND in year 10000)', async () => {
    const r = await runCli(['export', DIR, '--format', 'ics', '--today', '2019-06-03']);
    const event = r.stdout.split('BEGIN:VEVENT').find((e) => e.includes('UID:far/B@milepel'))!;
    expect(event).toContain('DTSTART;VALUE=DATE:99991231');
    expect(event).toContain('DURATION:P1D');
    expect(event).not.toContain('DTEND');
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

  it('MSPDI spans a link from its predecessor to the finish it allows, not to the successor\'s own far date', async () => {
    const plan = ['plan: {id: gap, title: Gap}', 'milestones:', '  - {id: A, title: A, date: 2019-06-03}', '  - {id: B, title: B, date: 2031-06-02, after: [{id: A, lag: 10d}]}', ''].join('\n');
    const r = await runCli(['export', 'ws', '--format', 'mspdi', '--today', '2019-06-03'], { files: { 'ws/gap.yaml': plan } });
    const calendar = new XMLParser().parse(r.stdout).Project.Calendars.Calendar;
    const years = new Set((calendar.Exceptions.Exception as { TimePeriod: { FromDate: string } }[]).map((e) => e.TimePeriod.FromDate.slice(0, 4)));
    expect([...years].sort()).toEqual(['2019', '2031']);
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
    it(`${format}: percentiles held at 9999-12-31, one date-range error saying in how many iterations, exit 0`, async () => {
      const r = await runCli(['risk', 'ws', '--iterations', '300', '--format', format, '--today', '2019-06-03', '--milestone', 'sim/R'], { files: { 'ws/sim.yaml': plan } });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).not.toMatch(MALFORMED);
      expect(r.stdout).toContain('9999-12-31');
      expect(r.stderr.match(/\[date-range\]/g)).toHaveLength(1);
      expect(r.stderr).toMatch(/sim\/R's simulated date would be \d+ days after 9999-12-31 in \d+ iterations/);
    });
  }

  it('the shares still compare the true dates: P(on date) counts a held iteration as late', async () => {
    const r = await runCli(['risk', 'ws', '--iterations', '300', '--format', 'json', '--today', '2019-06-03'], { files: { 'ws/sim.yaml': plan } });
    const json = JSON.parse(r.stdout) as { milestones: { ref: string; p90: string; prob_by_date: number }[] };
    const row = json.milestones.find((m) => m.ref === 'sim/R')!;
    expect(row.p90).toBe('9999-12-31');
    const held = Number(/in (\d+) iterations/.exec(r.stderr)![1]);
    expect(row.prob_by_date).toBeLessThanOrEqual(1 - held / 300);
  });
});
