// The critical path test's delay (src/health/delay.ts) steps only what the delay reaches, on dates and flags shared by
// every plan's test and put back after each: it must give what the forward pass over the whole workspace gives,
// whichever plans are tested, in any order, any number of times (the reference below is the pass it replaced).
import { describe, expect, it } from 'vitest';
import { analyze, type Analysis } from '../../src/analyze.js';
import { parseDayDate } from '../../src/calendar/index.js';
import { delayFinish } from '../../src/health/delay.js';
import type { PlanHealthContext } from '../../src/health/types.js';
import { edgeEnds } from '../../src/schedule/cpm.js';
import { forwardConstraint } from '../../src/schedule/edge-constraint.js';
import { mulberry32 } from '../helpers/mulberry32.js';

/** `plans` plan files of `size` milestones each, with links inside and across plans, lags, actuals and durations. */
function workspace(seed: number, plans: number, size: number): Analysis {
  const r = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const texts = [];
  for (let p = 0; p < plans; p++) {
    const lines = [`plan: {id: p${p}, title: P${p}${p % 3 === 1 ? ', calendar: {workdays: [mon, tue, wed, thu]}' : ''}}`, 'milestones:'];
    for (let i = 0; i < size; i++) {
      const day = `2026-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
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

/** The forward pass over the rest of the whole topological order, as delay.ts made it until 2 Dec 2026. */
function reference(ctx: PlanHealthContext, milestone: number, workdays: number): number {
  const { workspace: ws, graph, schedule } = ctx;
  const n = ws.milestones.length;
  const projected = Float64Array.from(schedule.projected);
  const touched = new Uint8Array(n);
  const ends = edgeEnds(ws);
  const mark = (v: number): void => {
    for (let i = graph.succStart[v]!; i < graph.succStart[v + 1]!; i++) if (!graph.edgeInCycle[graph.succEdges[i]!]) touched[graph.edgeTo[graph.succEdges[i]!]!] = 1;
  };
  projected[milestone] = ws.plans[ws.milestones[milestone]!.plan]!.calendar.add(projected[milestone]!, workdays);
  mark(milestone);
  let k = graph.order.indexOf(milestone);
  for (k++; k < n; k++) {
    const v = graph.order[k]!;
    const m = ws.milestones[v]!;
    if (!touched[v] || m.actual) continue;
    let best = m.current;
    for (let i = graph.predStart[v]!; i < graph.predStart[v + 1]!; i++) {
      const e = graph.predEdges[i]!;
      if (graph.edgeInCycle[e]) continue;
      const d = ws.dependencies[e]!;
      best = Math.max(best, forwardConstraint(d.type, d.lag, projected[graph.edgeFrom[e]!]!, ends[graph.edgeFrom[e]!]!, ends[v]!));
    }
    if (best !== projected[v]) {
      projected[v] = best;
      mark(v);
    }
  }
  let before = -Infinity;
  let after = -Infinity;
  for (const m of ctx.milestones) {
    before = Math.max(before, schedule.projected[m]!);
    after = Math.max(after, projected[m]!);
  }
  // Each finish counted from the working day on or after it (an elapsed lag can end the plan on a Saturday).
  const cal = ctx.calendar;
  return cal.between(cal.rollForward(before), cal.rollForward(after));
}

describe('the critical path test delay', () => {
  it('moves each plan finish as the whole forward pass does, for every milestone, tested in any order and again', () => {
    for (const seed of [1, 2, 3]) {
      const a = workspace(seed, 6, 25);
      const projectedBefore = Float64Array.from(a.schedule.projected);
      const r = mulberry32(seed + 100);
      const cases: [number, number, number][] = [];
      for (let plan = 0; plan < 6; plan++) for (const m of a.workspace.milestones) cases.push([plan, m.index, r() < 0.5 ? 600 : 7]);
      cases.sort(() => r() - 0.5);
      let moved = 0;
      let early = 0;
      for (const [plan, m, days] of [...cases, ...cases.slice(0, 40)]) {
        const ctx = contextOf(a, plan);
        const expected = reference(ctx, m, days);
        expect(delayFinish(ctx, m, days)).toBe(expected);
        // Asked only whether the finish moved by the whole delay (the critical path test), it may stop early: then
        // with some amount ≥ the delay, otherwise with the exact one; the shared scratch is put back either way.
        const enough = delayFinish(ctx, m, days, days);
        if (expected >= days) expect(enough).toBeGreaterThanOrEqual(days);
        else expect(enough).toBe(expected);
        if (enough !== expected) early++;
        if (expected !== 0) moved++;
      }
      expect(moved).toBeGreaterThan(50);
      expect(early, 'some delays are settled before the walk ends').toBeGreaterThan(0);
      // The schedule itself is never changed.
      expect(a.schedule.projected).toEqual(projectedBefore);
    }
  });

  // A 1ed lag after A: 600 working days later A ends on Friday 2029-05-25, B on Saturday 2029-05-26. The plan's
  // finish moved as far as the delay, though (2027-01-07, 2029-05-26] holds 599 working days: counted from the
  // working day on or after each finish, 600, and the test passes.
  it('counts a finish on a non-working day from the next working day', () => {
    const a = analyze([{ file: 'c.yaml', text: 'plan: {id: c, title: t, status_date: 2027-01-01}\nmilestones:\n  - {id: A, title: a, date: 2027-01-06}\n  - {id: B, title: b, date: 2027-01-06, after: [{id: A, lag: 1ed}]}\n' }], { clockToday: parseDayDate('2027-01-01')! });
    const ctx = contextOf(a, 0);
    const A = a.workspace.milestoneIndex.get('c/A')!;
    expect(delayFinish(ctx, A, 600)).toBe(600);
    expect(delayFinish(ctx, A, 600, 600)).toBe(600);
  });
});
