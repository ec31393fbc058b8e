// The critical path test's delay (src/health/delay.ts: delayFollows over walkDelay) steps only what the delay reaches,
// on dates and flags shared by every plan's test and put back after each: it must answer as the chain followed over
// the whole workspace's order does, whichever plans are tested, in any order, any number of times (the reference
// below), and as the hand-computed cases after it say.
import { describe, expect, it } from 'vitest';
import { analyze, type Analysis } from '../../src/analyze.js';
import { formatDay, parseDayDate } from '../../src/calendar/index.js';
import { delayFollows } from '../../src/health/delay.js';
import type { PlanHealthContext } from '../../src/health/types.js';
import { edgeEnds } from '../../src/schedule/cpm.js';
import { forwardConstraint } from '../../src/schedule/edge-constraint.js';
import { mulberry32 } from '../helpers/mulberry32.js';

/**
 * `plans` plan files of `size` milestones each, with links inside and across plans, lags, actuals and durations, dated
 * in the first `months` months of 2026 (in one month, more links drive their successor).
 */
function workspace(seed: number, plans: number, size: number, months = 12): Analysis {
  const r = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const texts = [];
  for (let p = 0; p < plans; p++) {
    const lines = [`plan: {id: p${p}, title: P${p}${p % 3 === 1 ? ', calendar: {workdays: [mon, tue, wed, thu]}' : ''}}`, 'milestones:'];
    for (let i = 0; i < size; i++) {
      const day = `2026-${String(1 + Math.floor(r() * months)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
      const after: string[] = [];
      for (let k = 0; k < 3; k++) {
        if (r() < 0.5) continue;
        const q = r() < 0.7 ? p : Math.floor(r() * p + 0.999);
        const j = q === p ? Math.floor(r() * i) : Math.floor(r() * size);
        if (q === p && i === 0) continue;
        const target = q === p ? `M${j}` : `p${q}/M${j}`;
        after.push(r() < 0.5 ? target : `{id: ${target}, lag: ${pick(['2d', '-1d', '3ed', '1w'])}, type: ${pick(['FS', 'SS', 'FF', 'SF'])}}`);
      }
      const extra = [r() < 0.15 ? `actual: ${day}` : '', r() < 0.2 ? `duration: ${pick(['5d', '2w', '10ed'])}` : ''].filter(Boolean);
      lines.push(`  - {id: M${i}, title: T, date: ${day}${after.length ? `, after: [${after.join(', ')}]` : ''}${extra.map((e) => `, ${e}`).join('')}}`);
    }
    texts.push({ file: `p${p}.yaml`, text: `${lines.join('\n')}\n` });
  }
  return analyze(texts, { clockToday: parseDayDate('2026-06-01')! });
}

function contextOf(a: Analysis, plan: number): PlanHealthContext {
  const ws = a.workspace;
  const milestones = ws.milestones.filter((m) => m.plan === plan).map((m) => m.index);
  return { workspace: ws, graph: a.graph, schedule: a.schedule, rank: a.rank, today: a.today, plan: ws.plans[plan]!, calendar: ws.plans[plan]!.calendar, milestones } as unknown as PlanHealthContext;
}

/**
 * delayFollows over the rest of the whole topological order, without its heap, sweep or shared scratch: the delayed
 * milestone's new date carried through every edge that drove its successor before (SPEC §5 forward constraint of the
 * edge's own type and lag), while it moves the successor later and the successor has no actual; the finish follows
 * when one of the plan's milestones on its finish got such a date.
 */
function reference(ctx: PlanHealthContext, milestone: number, workdays: number): boolean {
  const { workspace: ws, graph, schedule } = ctx;
  const was = schedule.projected;
  const chain = new Float64Array(ws.milestones.length).fill(NaN);
  const ends = edgeEnds(ws);
  const delayed = ws.plans[ws.milestones[milestone]!.plan]!.calendar.add(was[milestone]!, workdays);
  if (delayed > was[milestone]!) chain[milestone] = delayed;
  for (let k = graph.order.indexOf(milestone) + 1; k < graph.order.length; k++) {
    const v = graph.order[k]!;
    if (ws.milestones[v]!.actual) continue;
    for (let i = graph.predStart[v]!; i < graph.predStart[v + 1]!; i++) {
      const e = graph.predEdges[i]!;
      const p = graph.edgeFrom[e]!;
      if (graph.edgeInCycle[e] || Number.isNaN(chain[p]!)) continue;
      const d = ws.dependencies.at(e)!;
      if (forwardConstraint(d.type, d.lag, was[p]!, ends[p]!, ends[v]!) !== was[v]) continue;
      const t = forwardConstraint(d.type, d.lag, chain[p]!, ends[p]!, ends[v]!);
      if (t > was[v]! && !(t <= chain[v]!)) chain[v] = t;
    }
  }
  const finish = Math.max(...ctx.milestones.map((m) => was[m]!));
  return ctx.milestones.some((m) => was[m] === finish && !Number.isNaN(chain[m]!));
}

describe('the critical path test delay', () => {
  it('answers as the chain followed over the whole order does, for every milestone, tested in any order and again', () => {
    for (const [seed, months] of [[1, 12], [2, 12], [3, 1], [4, 1]] as const) {
      const a = workspace(seed, 6, 25, months);
      const projectedBefore = Float64Array.from(a.schedule.projected);
      const r = mulberry32(seed + 100);
      const cases: [number, number, number][] = [];
      for (let plan = 0; plan < 6; plan++) for (const m of a.workspace.milestones) cases.push([plan, m.index, r() < 0.5 ? 600 : 7]);
      cases.sort(() => r() - 0.5);
      let follows = 0;
      for (const [plan, m, days] of [...cases, ...cases.slice(0, 40)]) {
        const ctx = contextOf(a, plan);
        const expected = reference(ctx, m, days);
        expect(delayFollows(ctx, m, days), `plan ${plan}, ${a.workspace.milestones[m]!.ref} by ${days}`).toBe(expected);
        if (expected) follows++;
      }
      // Both answers occur (20 to 55 delays of 940 follow to the finish): a walk that loses or invents a chain fails.
      expect(follows).toBeGreaterThan(15);
      expect(cases.length + 40 - follows).toBeGreaterThan(500);
      // The schedule itself is never changed.
      expect(a.schedule.projected).toEqual(projectedBefore);
    }
  });
});

/** Each plan's milestones on its finish (latest projected date) before the delay, and that date. */
function finishOf(a: Analysis, ctx: PlanHealthContext): string {
  const finish = Math.max(...ctx.milestones.map((m) => a.schedule.projected[m]!));
  const on = ctx.milestones.filter((m) => a.schedule.projected[m] === finish).map((m) => a.workspace.milestones[m]!.ref);
  return `${on.sort().join(' ')} ${formatDay(finish)}`;
}

// Hand-computed: plan p works Monday to Friday, q Monday to Thursday, neither with holidays (2027-01-04 is a Monday).
// The delayed milestone moves 600 working days of its plan; p's finish before the delay is named with the milestones
// on it, and the finish follows when one of them is reached from the delayed one by edges that drove it (delayFollows).
const P = 'plan: {id: p, title: P, calendar: {holidays: none}}\nmilestones:\n';
const Q = 'plan: {id: q, title: Q, calendar: {holidays: none, workdays: [mon, tue, wed, thu]}}\nmilestones:\n';

describe('whether the finish follows the delayed milestone, hand-computed', () => {
  it.each([
    ['the delayed milestone is the finish', 'p/A',
      P + '  - {id: A, title: a, date: 2027-01-04}\n  - {id: B, title: b, date: 2027-01-01}\n', '', 'p/A 2027-01-04', true],
    ['FS 2d: Monday 01-04 → B Wednesday 01-06', 'p/A',
      P + '  - {id: A, title: a, date: 2027-01-04}\n  - {id: B, title: b, date: 2027-01-01, after: [{id: A, lag: 2d}]}\n', '', 'p/B 2027-01-06', true],
    ['FS 2d, B dated Thursday 01-07: float 1, not driven', 'p/A',
      P + '  - {id: A, title: a, date: 2027-01-04}\n  - {id: B, title: b, date: 2027-01-07, after: [{id: A, lag: 2d}]}\n', '', 'p/B 2027-01-07', false],
    ['FS 2d over a weekend: Friday 01-08 → Tuesday 01-12, past B\'s own Monday', 'p/A',
      P + '  - {id: A, title: a, date: 2027-01-08}\n  - {id: B, title: b, date: 2027-01-11, after: [{id: A, lag: 2d}]}\n', '', 'p/B 2027-01-12', true],
    ['FS 2ed over a weekend: Friday 01-08 → Sunday 01-10, short of B\'s own Monday', 'p/A',
      P + '  - {id: A, title: a, date: 2027-01-08}\n  - {id: B, title: b, date: 2027-01-11, after: [{id: A, lag: 2ed}]}\n', '', 'p/B 2027-01-11', false],
    ['FS 2ed ending the plan on Sunday 01-10', 'p/A',
      P + '  - {id: A, title: a, date: 2027-01-08}\n  - {id: B, title: b, date: 2027-01-01, after: [{id: A, lag: 2ed}]}\n', '', 'p/B 2027-01-10', true],
    ['FS, a lead: Monday 01-11 − 1d = Friday 01-08, + B\'s 5d = Friday 01-15', 'p/A',
      P + '  - {id: A, title: a, date: 2027-01-11}\n  - {id: B, title: b, date: 2027-01-01, duration: 5d, after: [{id: A, lag: -1d}]}\n', '', 'p/B 2027-01-15', true],
    ['SS 1d: A (5d to Friday 01-08) starts Friday 01-01; + 1d = Monday 01-04, + B\'s 10d = Monday 01-18', 'p/A',
      P + '  - {id: A, title: a, date: 2027-01-08, duration: 5d}\n  - {id: B, title: b, date: 2027-01-01, duration: 10d, after: [{id: A, type: SS, lag: 1d}]}\n', '', 'p/B 2027-01-18', true],
    ['FF 2d: Monday 01-04 → Wednesday 01-06, B\'s 10d not added', 'p/A',
      P + '  - {id: A, title: a, date: 2027-01-04}\n  - {id: B, title: b, date: 2027-01-01, duration: 10d, after: [{id: A, type: FF, lag: 2d}]}\n', '', 'p/B 2027-01-06', true],
    ['SF 20d: A (10d to Friday 01-15) starts Friday 01-01; + 20d = Friday 01-29', 'p/A',
      P + '  - {id: A, title: a, date: 2027-01-15, duration: 10d}\n  - {id: B, title: b, date: 2027-01-01, after: [{id: A, type: SF, lag: 20d}]}\n', '', 'p/B 2027-01-29', true],
    ['a chain: A Monday 01-04 → B 1d Tuesday → C 1ed Wednesday 01-06', 'p/A',
      P + '  - {id: A, title: a, date: 2027-01-04}\n  - {id: B, title: b, date: 2027-01-01, after: [{id: A, lag: 1d}]}\n  - {id: C, title: c, date: 2027-01-01, after: [{id: B, lag: 1ed}]}\n', '', 'p/C 2027-01-06', true],
    ['B moves with A but Z drove it: Z + 2d = Wednesday 01-06 beats A + 1d', 'p/A',
      P + '  - {id: A, title: a, date: 2027-01-04}\n  - {id: Z, title: z, date: 2027-01-04}\n  - {id: B, title: b, date: 2027-01-01, after: [{id: A, lag: 1d}, {id: Z, lag: 2d}]}\n', '', 'p/B 2027-01-06', false],
    ['A and Z drive B alike: Wednesday 01-06 from both', 'p/A',
      P + '  - {id: A, title: a, date: 2027-01-04}\n  - {id: Z, title: z, date: 2027-01-04}\n  - {id: B, title: b, date: 2027-01-01, after: [{id: A, lag: 2d}, {id: Z, lag: 2d}]}\n', '', 'p/B 2027-01-06', true],
    ['two milestones on the finish, one driven', 'p/A',
      P + '  - {id: A, title: a, date: 2027-01-04}\n  - {id: B, title: b, date: 2027-01-01, after: [{id: A, lag: 2d}]}\n  - {id: C, title: c, date: 2027-01-06}\n', '', 'p/B p/C 2027-01-06', true],
    ['an actual stops the chain: B done Tuesday 01-05, C 2d after it Thursday 01-07', 'p/A',
      P + '  - {id: A, title: a, date: 2027-01-04}\n  - {id: B, title: b, date: 2027-01-05, actual: 2027-01-05, after: [A]}\n  - {id: C, title: c, date: 2027-01-01, after: [{id: B, lag: 2d}]}\n', '', 'p/C 2027-01-07', false],
    ['around the actual, X drives C: A + 2d + 1d = Thursday 01-07', 'p/A',
      P + '  - {id: A, title: a, date: 2027-01-04}\n  - {id: B, title: b, date: 2027-01-05, actual: 2027-01-05, after: [A]}\n  - {id: X, title: x, date: 2027-01-01, after: [{id: A, lag: 2d}]}\n  - {id: C, title: c, date: 2027-01-01, after: [B, {id: X, lag: 1d}]}\n', '', 'p/C 2027-01-07', true],
    ['across plans: q/A Thursday 01-07 → p/B 1d in p\'s calendar, Friday 01-08', 'q/A',
      P + '  - {id: B, title: b, date: 2027-01-01, after: [{id: q/A, lag: 1d}]}\n', Q + '  - {id: A, title: a, date: 2027-01-07}\n', 'p/B 2027-01-08', true],
    ['out and back: p/A Thursday 01-07 → q/X 1d (Monday 01-11 in q\'s week) → p/B 1d, Tuesday 01-12', 'p/A',
      P + '  - {id: A, title: a, date: 2027-01-07}\n  - {id: B, title: b, date: 2027-01-01, after: [{id: q/X, lag: 1d}]}\n', Q + '  - {id: X, title: x, date: 2027-01-01, after: [{id: p/A, lag: 1d}]}\n', 'p/B 2027-01-12', true],
    ['q/X on p\'s finish date Monday 01-11 is not p\'s finish', 'p/A',
      P + '  - {id: A, title: a, date: 2027-01-07}\n  - {id: B, title: b, date: 2027-01-11}\n', Q + '  - {id: X, title: x, date: 2027-01-01, after: [{id: p/A, lag: 1d}]}\n', 'p/B 2027-01-11', false],
  ] as const)('%s', (_name, delayedRef, p, q, finish, follows) => {
    const a = analyze([{ file: 'p.yaml', text: p }, ...(q ? [{ file: 'q.yaml', text: q }] : [])], { clockToday: parseDayDate('2027-01-01')! });
    const ctx = contextOf(a, a.workspace.plans.findIndex((plan) => plan.id === 'p'));
    expect(finishOf(a, ctx)).toBe(finish);
    expect(delayFollows(ctx, a.workspace.milestoneIndex.get(delayedRef)!, 600)).toBe(follows);
  });
});
