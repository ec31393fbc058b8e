// src/schedule/update.ts: the schedule after some milestones' forecast or actual changed, stepped from the schedule
// before, must be exactly computeSchedule's of the new model (then held to the date range, as src/pipeline-schedule.ts does),
// on random networks with cycles, link types, leads, durations, deadlines, plan finishes and ties.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromYmd, type Duration } from '../../src/calendar/index.js';
import { buildGraph } from '../../src/graph/graph.js';
import type { LinkType, Milestone, Workspace } from '../../src/model/types.js';
import { computeSchedule, type Schedule } from '../../src/schedule/cpm.js';
import { holdScheduleInRange, holdStartsInRange, LAST_DAY } from '../../src/schedule/date-range.js';
import { milestoneFacts } from '../../src/schedule/milestone-facts.js';
import { updateSchedule } from '../../src/schedule/update.js';
import { runs } from '../helpers/mutation.js';
import { buildWorkspaceModel, rankByRef, type EdgeSpec, type NodeSpec, type PlanSpec } from './workspace-builder.js';

const FROM = dayFromYmd(2019, 4, 1);
const TO = dayFromYmd(2019, 6, 30);
const dayArb = fc.oneof(fc.constantFrom(FROM, FROM + 17, FROM + 30), fc.integer({ min: FROM, max: TO }));
const maybe = <T>(arb: fc.Arbitrary<T>, freq: number): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined, freq });
const unitArb = fc.constantFrom('d' as const, 'w' as const, 'ed' as const);
const durationArb: fc.Arbitrary<Duration> = fc.record({ n: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 6 })), unit: unitArb });
const lagArb: fc.Arbitrary<Duration> = fc.record({ n: fc.oneof(fc.constant(0), fc.integer({ min: -6, max: 6 })), unit: unitArb });
const linkArb: fc.Arbitrary<LinkType> = fc.constantFrom('FS' as const, 'SS' as const, 'FF' as const, 'SF' as const);

interface Case {
  readonly plans: PlanSpec[];
  readonly nodes: NodeSpec[];
  readonly edges: EdgeSpec[];
  /** Milestones whose forecast or actual the edit sets (undefined: removed), by index modulo the count. */
  readonly edits: readonly { readonly at: number; readonly forecast: number | undefined; readonly actual: number | undefined }[];
}

const caseArb: fc.Arbitrary<Case> = fc.array(fc.record({ finish: maybe(dayArb, 3), critical: fc.record({ n: fc.nat(3), unit: fc.constant('d' as const) }) }), { minLength: 1, maxLength: 2 })
  .map((plans) => plans.map((p, i): PlanSpec => ({ id: `p${i}`, ...p })))
  .chain((plans) => fc.array(fc.record({
    plan: fc.nat(plans.length - 1), date: dayArb, forecast: maybe(dayArb, 3), actual: maybe(dayArb, 5), deadline: maybe(dayArb, 4), duration: durationArb,
  }), { minLength: 1, maxLength: 20 }).chain((raw) => {
    const nodes = raw.map((n, i): NodeSpec => ({ ...n, id: `M${i}` }));
    const edges = fc.array(fc.tuple(fc.nat(nodes.length - 1), fc.nat(nodes.length - 1), lagArb, linkArb), { maxLength: nodes.length * 2 })
      // Mostly forward edges, a few backward ones: cycles come and go.
      .map((pairs) => pairs.flatMap(([a, b, lag, type], i): EdgeSpec[] => (a === b ? [] : i % 7 === 6 ? [{ from: b, to: a, lag, type }] : [{ from: Math.min(a, b), to: Math.max(a, b), lag, type }])));
    const edits = fc.array(fc.record({ at: fc.nat(40), forecast: maybe(dayArb, 2), actual: maybe(dayArb, 3) }), { minLength: 1, maxLength: 3 });
    return fc.tuple(edges, edits).map(([e, d]) => ({ plans, nodes, edges: e, edits: d }));
  }));

/** As src/pipeline-schedule.ts leaves a schedule: computed, then held to the date range. */
function held(schedule: Schedule, ws: Workspace): Schedule {
  holdStartsInRange(ws, schedule, holdScheduleInRange(ws, schedule));
  return schedule;
}

/** `ws` with the edits applied as src/edit/patched-model.ts applies them: new objects for the edited milestones only. */
function edited(ws: Workspace, c: Case): Workspace {
  const milestones = ws.milestones.slice();
  for (const e of c.edits) {
    const m = milestones[e.at % milestones.length]!;
    const forecast = e.forecast === undefined ? undefined : { ...m.date, day: e.forecast };
    const actual = e.actual === undefined ? undefined : { ...m.date, day: e.actual };
    milestones[m.index] = { ...m, forecast, actual, current: (actual ?? forecast ?? m.date).day } satisfies Milestone;
  }
  return { ...ws, milestones };
}

describe('updateSchedule', () => {
  it('gives what computeSchedule gives for the edited model', () => {
    let updated = 0;
    let pathsKept = 0;
    fc.assert(fc.property(caseArb, (c) => {
      const before = buildWorkspaceModel(c.plans, c.nodes, c.edges);
      const rank = rankByRef(before);
      const graph = buildGraph(before.milestones.length, before.dependencies, rank);
      const scheduleBefore = held(computeSchedule(before, graph, rank), before);
      const after = edited(before, c);
      const update = updateSchedule(scheduleBefore, before, after, graph, rank);
      expect(update).toBeDefined();
      updated++;
      if (update!.paths === scheduleBefore.paths) pathsKept++;
      expect(held(update!, after)).toEqual(held(computeSchedule(after, graph, rank), after));
      // The facts it made of the edited model from those before (and kept for the rules) are the model's own.
      expect(milestoneFacts(after)).toEqual(milestoneFacts({ ...after }));
    }), { numRuns: runs(600), seed: 2026 });
    expect(updated).toBe(runs(600));
    // Both ways of making the critical paths are taken.
    expect(pathsKept).toBeGreaterThan(runs(600) / 10);
    expect(pathsKept).toBeLessThan(runs(600) * 0.9);
  });

  it('leaves to computeSchedule what it does not follow: another change than a date, or a date held at the range', () => {
    const plans: PlanSpec[] = [{ id: 'p' }];
    const nodes: NodeSpec[] = [{ id: 'A', plan: 0, date: FROM }, { id: 'B', plan: 0, date: FROM + 3 }];
    const before = buildWorkspaceModel(plans, nodes, [{ from: 0, to: 1, lag: { n: 1, unit: 'd' } }]);
    const rank = rankByRef(before);
    const graph = buildGraph(2, before.dependencies, rank);
    const schedule = held(computeSchedule(before, graph, rank), before);
    const withMilestone = (m: Partial<Milestone>): Workspace => ({ ...before, milestones: [{ ...before.milestones[0]!, ...m }, before.milestones[1]!] });
    expect(updateSchedule(schedule, before, withMilestone({ current: FROM + 1 }), graph, rank)).toBeDefined();
    expect(updateSchedule(schedule, before, withMilestone({ duration: { n: 2, unit: 'd' } }), graph, rank)).toBeUndefined();
    expect(updateSchedule(schedule, before, withMilestone({ deadline: { day: FROM + 9, isPeriod: false, written: '' } }), graph, rank)).toBeUndefined();
    expect(updateSchedule(schedule, before, { ...withMilestone({ current: FROM + 1 }), plans: [...before.plans] }, graph, rank)).toBeUndefined();
    expect(updateSchedule(schedule, before, { ...withMilestone({ current: FROM + 1 }), dependencies: [...before.dependencies] }, graph, rank)).toBeUndefined();
    // B's date was computed beyond 9999-12-31 and held: a step from the held date would not give the true one.
    const far = buildWorkspaceModel(plans, [nodes[0]!, { id: 'B', plan: 0, date: LAST_DAY + 5 }], [{ from: 0, to: 1, lag: { n: 1, unit: 'd' } }]);
    const farSchedule = held(computeSchedule(far, graph, rank), far);
    expect(updateSchedule(farSchedule, far, { ...far, milestones: [{ ...far.milestones[0]!, current: FROM + 1 }, far.milestones[1]!] }, graph, rank)).toBeUndefined();
  });
});
