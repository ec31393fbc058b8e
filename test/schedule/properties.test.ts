// Property tests (fast-check) for the scheduler on random networks with random calendars (SPEC §3, §5).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromYmd, formatDay, type CalendarSpec, type Duration, type WorkCalendar } from '../../src/calendar/index.js';
import { scheduleModel, type Built, type EdgeSpec, type NodeSpec, type PlanSpec } from './workspace-builder.js';
import { runs } from '../helpers/mutation.js';

// One quarter around Easter, 17 May, Ascension and Whit Monday: narrow enough for ties between predecessors.
const FROM = dayFromYmd(2019, 4, 1);
const TO = dayFromYmd(2019, 6, 30);

const durationArb: fc.Arbitrary<Duration> = fc.record({ n: fc.oneof(fc.constant(0), fc.constant(1), fc.integer({ min: 0, max: 12 })), unit: fc.constantFrom('d' as const, 'w' as const, 'ed' as const, 'ew' as const) });
const calendarArb: fc.Arbitrary<CalendarSpec> = fc.record({
  holidays: fc.constantFrom('NO' as const, 'none' as const),
  workdays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
  closed: fc.array(fc.record({ from: fc.integer({ min: FROM, max: TO }), length: fc.integer({ min: 0, max: 20 }) }).map((r) => ({ from: r.from, to: r.from + r.length })), { maxLength: 3 }),
});
const plansArb: fc.Arbitrary<PlanSpec[]> = fc.array(
  fc.record({ calendar: calendarArb, critical: fc.record({ n: fc.integer({ min: 0, max: 3 }), unit: fc.constantFrom('d' as const, 'w' as const) }) }),
  { minLength: 1, maxLength: 3 },
).map((plans) => plans.map((p, i) => ({ id: `p${i}`, ...p })));

// A few fixed days make predecessors tie often, so the tie-break by ref is exercised.
const dayArb = fc.oneof(fc.constantFrom(FROM, FROM + 17, FROM + 30, FROM + 45), fc.integer({ min: FROM, max: TO }));
const maybe = <T>(arb: fc.Arbitrary<T>, freq: number): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined, freq });
const nodeArb = (plans: number): fc.Arbitrary<Omit<NodeSpec, 'id'>> => fc.record({
  plan: fc.integer({ min: 0, max: plans - 1 }), date: dayArb, forecast: maybe(dayArb, 3), actual: maybe(dayArb, 6), deadline: maybe(dayArb, 4), duration: durationArb,
});

interface Network { readonly plans: PlanSpec[]; readonly nodes: NodeSpec[]; readonly edges: EdgeSpec[] }

/** Ids share a plan's namespace, so a few are ids that collide with object internals. */
const ID_POOL = ['__proto__', 'constructor', 'toString', 'M'];
const networkArb = (cyclic: boolean): fc.Arbitrary<Network> => plansArb.chain((plans) =>
  fc.array(nodeArb(plans.length), { minLength: 1, maxLength: 25 }).chain((raw) => {
    const nodes = raw.map((n, i) => ({ ...n, id: i < ID_POOL.length ? ID_POOL[i]! : `M${i}` }));
    const pair = fc.tuple(fc.nat({ max: nodes.length - 1 }), fc.nat({ max: nodes.length - 1 }), durationArb);
    const edges = fc.array(pair, { maxLength: nodes.length * 3 }).map((pairs) => pairs.flatMap(([a, b, lag]): EdgeSpec[] => {
      if (cyclic) return [{ from: a, to: b, lag }];
      return a === b ? [] : [{ from: Math.min(a, b), to: Math.max(a, b), lag }];
    }));
    return edges.map((e) => ({ plans, nodes, edges: e }));
  }));

const addW = (cal: WorkCalendar, d: number, lag: Duration, duration: Duration): number => cal.addDuration(cal.addDuration(d, lag), duration);
const subW = (cal: WorkCalendar, d: number, lag: Duration, duration: Duration): number => cal.subDuration(cal.subDuration(d, duration), lag);

/** Every SPEC §5 relation, checked on the result. */
function checkInvariants({ ws, graph, schedule: s }: Built): void {
  const cal = (v: number): WorkCalendar => ws.plans[ws.milestones[v]!.plan]!.calendar;
  const latestBound = s.latest.map((_, v) => ws.milestones[v]!.deadline?.day ?? Infinity);
  const hasSuccessor = new Uint8Array(ws.milestones.length);
  ws.dependencies.forEach((d, e) => {
    if (graph.edgeInCycle[e]) return;
    const m = ws.milestones[d.to]!;
    if (!m.actual) expect(s.projected[d.to]).toBeGreaterThanOrEqual(addW(cal(d.to), s.projected[d.from]!, d.lag, m.duration));
    const bound = subW(cal(d.to), s.latest[d.to]!, d.lag, m.duration);
    expect(s.latest[d.from]).toBeLessThanOrEqual(bound);
    latestBound[d.from] = Math.min(latestBound[d.from]!, bound);
    hasSuccessor[d.from] = 1;
  });
  ws.milestones.forEach((m, v) => {
    const p = s.projected[v]!;
    expect(s.float[v]).toBe(cal(v).between(p, s.latest[v]!));
    const threshold = ws.plans[m.plan]!.critical;
    expect(s.critical[v] === 1).toBe(s.float[v]! <= threshold.n * (threshold.unit === 'w' ? 5 : 1));
    expect(s.latest[v]).toBe(hasSuccessor[v] || m.deadline ? latestBound[v] : m.date.day);
    expect(s.isEnd[v]).toBe(hasSuccessor[v] ? 0 : 1);
    if (m.actual) {
      expect(p).toBe(m.actual.day);
      expect(s.driver[v]).toBe(-1);
    } else if (s.driver[v]! >= 0) {
      expect(p).toBeGreaterThan(m.current);
    } else {
      expect(p).toBe(m.current);
    }
  });
  const edgeBetween = (a: number, b: number): number[] => ws.dependencies.flatMap((d, e) => (d.from === a && d.to === b && !graph.edgeInCycle[e] ? [e] : []));
  for (const path of s.paths) {
    expect(path.milestones.at(-1)).toBe(path.end);
    expect(s.isEnd[path.end]).toBe(1);
    expect(path.float).toBe(s.float[path.end]);
    for (const v of path.milestones) expect(s.critical[v]).toBe(1);
    for (let i = 1; i < path.milestones.length; i++) expect(edgeBetween(path.milestones[i - 1]!, path.milestones[i]!).length).toBeGreaterThan(0);
    const start = path.milestones[0]!;
    expect(ws.dependencies.some((d, e) => d.to === start && !graph.edgeInCycle[e] && s.critical[d.from])).toBe(false);
  }
}

/** The whole result keyed by ref, so two orders of the same input can be compared. */
function byRef({ ws, graph, schedule: s }: Built): unknown {
  const ref = (v: number): string => ws.milestones[v]!.ref;
  const rows = ws.milestones.map((m, v) => [m.ref, formatDay(s.projected[v]!), formatDay(s.latest[v]!), s.float[v], s.critical[v], s.driver[v]! >= 0 ? ref(s.driver[v]!) : null]);
  return {
    rows: rows.sort((a, b) => (a[0]! < b[0]! ? -1 : 1)),
    order: [...graph.order].map(ref),
    paths: s.paths.map((p) => p.milestones.map(ref)),
    cycles: graph.cycles.map((c) => c.nodes.map(ref)),
  };
}

function shuffled(net: Network, nodeOrder: readonly number[], edgeOrder: readonly number[]): Network {
  const position = new Map(nodeOrder.map((old, i) => [old, i]));
  return {
    plans: net.plans,
    nodes: nodeOrder.map((i) => net.nodes[i]!),
    edges: edgeOrder.map((i) => net.edges[i]!).map((e) => ({ ...e, from: position.get(e.from)!, to: position.get(e.to)! })),
  };
}

const permutationOf = (n: number): fc.Arbitrary<number[]> => fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n });
const build = (net: Network): Built => scheduleModel(net.plans, net.nodes, net.edges);

/** Nodes that reach each other both ways: the edges a correct SCC cut must leave out. */
function mutuallyReachable(n: number, edges: readonly EdgeSpec[]): (a: number, b: number) => boolean {
  const out = Array.from({ length: n }, (_, v) => edges.filter((e) => e.from === v).map((e) => e.to));
  // reach[s][t] = 1 when a path of at least one edge leads from s to t.
  const reach = Array.from({ length: n }, (_, s) => {
    const seen = new Uint8Array(n);
    const queue = [...out[s]!];
    for (const v of queue) if (!seen[v]) { seen[v] = 1; queue.push(...out[v]!); }
    return seen;
  });
  return (a, b) => (a === b ? reach[a]![a] === 1 : reach[a]![b] === 1 && reach[b]![a] === 1);
}

describe('scheduler properties', () => {
  it('random DAGs with random calendars satisfy every SPEC §5 relation', () => {
    fc.assert(fc.property(networkArb(false), (net) => checkInvariants(build(net))), { numRuns: runs(300) });
  });

  it('results do not depend on the order of milestones and edges in the input', () => {
    const arb = networkArb(true).chain((net) => fc.tuple(fc.constant(net), permutationOf(net.nodes.length), permutationOf(net.edges.length)));
    fc.assert(fc.property(arb, ([net, nodeOrder, edgeOrder]) => {
      expect(byRef(build(shuffled(net, nodeOrder, edgeOrder)))).toEqual(byRef(build(net)));
    }), { numRuns: runs(300) });
  });

  it('random cyclic inputs never throw, cut exactly the edges inside strongly connected components, and schedule the rest', () => {
    fc.assert(fc.property(networkArb(true), (net) => {
      const built = build(net);
      const same = mutuallyReachable(net.nodes.length, net.edges);
      net.edges.forEach((e, i) => expect(built.graph.edgeInCycle[i] === 1).toBe(same(e.from, e.to)));
      expect([...built.graph.order].sort((a, b) => a - b)).toEqual([...net.nodes.keys()]);
      for (const c of built.graph.cycles) {
        expect(c.nodes[0]).toBe(c.nodes.at(-1));
        c.edges.forEach((e, i) => expect([net.edges[e]!.from, net.edges[e]!.to]).toEqual([c.nodes[i], c.nodes[i + 1]]));
      }
      checkInvariants(built);
    }), { numRuns: runs(300) });
  });
});
