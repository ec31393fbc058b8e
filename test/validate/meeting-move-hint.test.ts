// The "or move X to D or later, so that M counts" hint of meeting-before-milestone and gate-decision (SPEC §4.2,
// §12): following it clears the finding, and D is the earliest working day that does (tester round 12 #5: "move A
// after PS@…" left a milestone inside the plan's lead, still failing).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDay, parseDayDate } from '../../src/calendar/index.js';
import { runCli } from '../helpers/fake-io.js';

const governance = `bodies: [{id: PS, name: Prosjektstyret}]
meetings:
  - {body: PS, date: 2026-03-02}
  - {body: PS, date: 2026-05-16}
  - {body: PS, date: 2026-06-10}
  - {body: PS, date: 2026-06-25}
`;

interface Case { readonly lead: string; readonly window: string | null; readonly date: string; readonly gate: boolean; readonly lists: boolean }

const plan = (c: Case, date: string): string => {
  const governanceKeys = [`require: [PS]`, `lead: ${c.lead}`, ...(c.window === null ? [] : [`window: ${c.window}`])].join(', ');
  const item = c.gate
    ? `gates:\n  - {id: X, title: X, date: ${date}, body: PS}\n`
    : `milestones:\n  - {id: X, title: X, date: ${date}${c.lists ? ', meetings: [PS@2026-06-10]' : ''}}\n`;
  return `plan: {id: p, title: P, status_date: 2026-01-05, governance: {${governanceKeys}}}\n${item}`;
};

/** The governance findings about X, and the date its move hint offers (null: none offered). */
async function check(c: Case, date: string): Promise<{ failing: boolean; offered: string | null; nonWorking?: boolean }> {
  const r = await runCli(['validate', 'ws', '--format', 'json', '--today', '2026-01-05'], { files: { 'ws/g.yaml': governance, 'ws/p.yaml': plan(c, date) }, diskRoots: [] });
  const all = (JSON.parse(r.stdout) as { diagnostics: { rule: string; ref: string; hint: string }[] }).diagnostics.filter((d) => d.ref === 'p/X');
  const findings = all.filter((d) => d.rule === 'meeting-before-milestone' || d.rule === 'gate-decision');
  const offered = findings.map((d) => /or move X to (\d{4}-\d\d-\d\d) or later, so that (PS@\S+) counts/.exec(d.hint)?.[1]).find((d) => d !== undefined) ?? null;
  return { failing: findings.length > 0, offered, ...(all.some((d) => d.rule === 'non-working-day') ? { nonWorking: true } : {}) };
}

const caseArb = fc.record({
  lead: fc.constantFrom('0d', '1d', '2d', '3ed', '1w', '10ed'),
  window: fc.constantFrom(null, '5d', '10ed', '3w'),
  date: fc.integer({ min: 0, max: 130 }).map((n) => formatDay(parseDayDate('2026-03-01')! + n)),
  gate: fc.boolean(),
  lists: fc.boolean(),
});

describe('the move a governance hint offers', () => {
  it('the tester\'s case: 2026-06-29, two working days after PS@2026-06-25, and 2026-06-12 for the meeting on the day', async () => {
    const c: Case = { lead: '2d', window: '10ed', date: '2026-06-26', gate: false, lists: false };
    expect(await check(c, '2026-06-26')).toEqual({ failing: true, offered: '2026-06-29' });
    expect(await check(c, '2026-06-29')).toEqual({ failing: false, offered: null });
    expect(await check({ ...c, date: '2026-06-10' }, '2026-06-10')).toEqual({ failing: true, offered: '2026-06-12' });
  });

  it('clears the finding when followed, and no working day between the date and it would', async () => {
    let offered = 0;
    await fc.assert(fc.asyncProperty(caseArb, async (c) => {
      const before = await check(c, c.date);
      if (before.offered === null) return;
      offered++;
      expect(before.offered > c.date).toBe(true);
      expect((await check(c, before.offered)).failing).toBe(false);
      // The day before it still fails, or is no working day (the hint offers a working day: a date on a weekend would
      // only trade the finding for a non-working-day warning).
      const dayBefore = formatDay(parseDayDate(before.offered)! - 1);
      if (dayBefore > c.date) {
        const then = await check(c, dayBefore);
        expect(then.failing || then.nonWorking === true, `${dayBefore} ${JSON.stringify(then)}`).toBe(true);
      }
      expect((await check(c, before.offered)).nonWorking).toBeUndefined();
    }), { numRuns: 60, seed: 20261204 });
    // Most of the cases have a hint to follow (26 of 60 with this seed): the property is not passed vacuously.
    expect(offered).toBeGreaterThan(15);
  }, 60_000);

  it('offers the first working day after a long closed range, and none when the range runs past 9999-12-31', async () => {
    const plan = (closed: string): string => `plan: {id: p, title: P, status_date: 2026-01-05, governance: {require: [PS], lead: 2d, window: 5d}, calendar: {closed: [${closed}]}}\nmilestones:\n  - {id: X, title: X, date: 2026-06-26}\n`;
    const hint = async (closed: string): Promise<string> => {
      const r = await runCli(['validate', 'ws', '--format', 'json', '--today', '2026-01-05'], { files: { 'ws/g.yaml': governance, 'ws/p.yaml': plan(closed) }, diskRoots: [] });
      return (JSON.parse(r.stdout) as { diagnostics: { rule: string; hint: string }[] }).diagnostics.find((d) => d.rule === 'meeting-before-milestone')!.hint;
    };
    // Closed from 2026-06-26 to the end of 2999 (the 5d window reaches back over it to PS@2026-06-25; 2026-06-10 is
    // outside it). 3000-01-01 is a holiday (a Wednesday): on Friday 3000-01-03 the working days before are Thursday
    // 3000-01-02 and then 2026-06-25, the second, as the 2d lead asks; on Thursday the second is 2026-06-24.
    expect(await hint('"2026-06-26..2999-12-31"')).toMatch(/, or move X to 3000-01-03 or later, so that PS@2026-06-25 counts \(2d lead\)$/);
    expect(await hint('"2026-06-26..9999-12-31"')).not.toMatch(/or move X/);
  });

  it('calls a meeting on the gate\'s own day that, not the nearest earlier one', async () => {
    const c: Case = { lead: '2d', window: '10ed', date: '2026-06-10', gate: true, lists: false };
    const r = await runCli(['validate', 'ws', '--today', '2026-01-05'], { files: { 'ws/g.yaml': governance, 'ws/p.yaml': plan(c, c.date) }, diskRoots: [] });
    expect(r.stdout).toContain('= note: ws/g.yaml:5:5: PS meeting on the gate\'s own day\n');
    expect(r.stdout).toContain('or move X to 2026-06-12 or later, so that PS@2026-06-10 counts (2d lead)');
    const r2 = await runCli(['validate', 'ws', '--today', '2026-01-05'], { files: { 'ws/g.yaml': governance, 'ws/p.yaml': plan({ ...c, date: '2026-06-11' }, '2026-06-11') }, diskRoots: [] });
    expect(r2.stdout).toContain('= note: ws/g.yaml:5:5: nearest earlier PS meeting\n');
  });
});
