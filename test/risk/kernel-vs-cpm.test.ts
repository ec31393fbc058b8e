// Property: the sampling kernel with every estimate at its likely value and no risk event equals the
// deterministic scheduler (src/schedule/cpm.ts) on any network: projected, latest, float and critical.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromYmd, type CalendarSpec, type Duration } from '../../src/calendar/index.js';
import { Simulator } from '../../src/risk/kernel.js';
import { compileNetwork } from '../../src/risk/network.js';
import { scheduleModel, type EdgeSpec, type NodeSpec, type PlanSpec } from '../schedule/workspace-builder.js';

const FROM = dayFromYmd(2019, 4, 1);
const TO = dayFromYmd(2019, 6, 30);

const durationArb: fc.Arbitrary<Duration> = fc.record({ n: fc.integer({ min: 0, max: 12 }), unit: fc.constantFrom('d' as const, 'w' as const, 'ed' as const, 'ew' as const) });
const lagArb: fc.Arbitrary<Duration> = fc.record({ n: fc.integer({ min: -6, max: 12 }), unit: fc.constantFrom('d' as const, 'w' as const, 'ed' as const, 'ew' as const) });
const calendarArb: fc.Arbitrary<CalendarSpec> = fc.record({
  holidays: fc.constantFrom('NO' as const, 'none' as const),
  workdays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 0, maxLength: 7 }),
  closed: fc.array(fc.record({ from: fc.integer({ min: FROM, max: TO }), length: fc.integer({ min: 0, max: 20 }) }).map((r) => ({ from: r.from, to: r.from + r.length })), { maxLength: 2 }),
});
const dayArb = fc.oneof(fc.constantFrom(FROM, FROM + 17, FROM + 30), fc.integer({ min: FROM, max: TO }));
const maybe = <T>(arb: fc.Arbitrary<T>, freq: number): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined, freq });

const networkArb = (withDeadlines: boolean) => fc.array(fc.record({ calendar: calendarArb, critical: fc.record({ n: fc.integer({ min: 0, max: 3 }), unit: fc.constantFrom('d' as const, 'w' as const) }) }), { minLength: 1, maxLength: 3 })
  .map((plans) => plans.map((p, i): PlanSpec => ({ id: `p${i}`, ...p })))
  .chain((plans) => fc.array(fc.record({
    plan: fc.integer({ min: 0, max: plans.length - 1 }), date: dayArb, forecast: maybe(dayArb, 3), actual: maybe(dayArb, 6), deadline: withDeadlines ? dayArb : maybe(dayArb, 4), duration: durationArb,
  }), { minLength: 1, maxLength: 20 }).chain((raw) => {
    const nodes: NodeSpec[] = raw.map((n, i) => ({ ...n, id: `M${i}` }));
    const edge = fc.tuple(fc.nat({ max: nodes.length - 1 }), fc.nat({ max: nodes.length - 1 }), lagArb, fc.constantFrom('FS', 'SS', 'FF', 'SF'));
    // Some back edges make cycles: both sides leave out the edges inside them.
    return fc.array(edge, { maxLength: nodes.length * 3 }).map((list) => ({
      plans, nodes,
      edges: list.filter(([a, b]) => a !== b).map(([a, b, lag, type]) => ({ from: a, to: b, lag, type }) as EdgeSpec),
    }));
  }));

/**
 * Every milestone has a deadline here, so that the end-milestone rule (SPEC §5 v2: plan.finish, else the plan's
 * latest projected date) is not exercised against a scheduler that still uses v1's planned date; the kernel's
 * end rule is checked against the SPEC directly in the analytic and independent tests.
 */
describe('the sampling kernel at the likely values', () => {
  it('reproduces the deterministic schedule (projected, latest, float, critical) on any network with deadlines', () => {
    fc.assert(fc.property(networkArb(true), ({ plans, nodes, edges }) => {
      const { ws, graph, schedule } = scheduleModel(plans, nodes, edges);
      const net = compileNetwork(ws, graph, schedule);
      const sim = new Simulator(net);
      sim.pass();
      for (let k = 0; k < net.n; k++) {
        const v = net.milestone[k]!;
        const ref = ws.milestones[v]!.ref;
        expect(sim.projected[k], `projected ${ref}`).toBe(schedule.projected[v]);
        // The kernel carries the exact bound, as the backward pass does (Schedule.latestBound); `latest` shows it.
        expect(sim.latest[k], `latest ${ref}`).toBe(schedule.latestBound[v]);
        expect(sim.float[k], `float ${ref}`).toBe(schedule.float[v]);
        expect(sim.critical[k], `critical ${ref}`).toBe(schedule.critical[v]);
      }
    }), { numRuns: 300 });
  });

  it('reproduces the projected dates on any network', () => {
    fc.assert(fc.property(networkArb(false), ({ plans, nodes, edges }) => {
      const { ws, graph, schedule } = scheduleModel(plans, nodes, edges);
      const net = compileNetwork(ws, graph, schedule);
      const sim = new Simulator(net);
      sim.pass();
      for (let k = 0; k < net.n; k++) expect(sim.projected[k], ws.milestones[net.milestone[k]!]!.ref).toBe(schedule.projected[net.milestone[k]!]);
    }), { numRuns: 300 });
  });
});
