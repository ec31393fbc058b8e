// Property tests (fast-check) for the scheduler on random networks with random calendars (SPEC §3, §5).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromYmd, formatDay, type CalendarSpec, type Duration, type WorkCalendar } from '../../src/calendar/index.js';
import type { LinkType } from '../../src/model/types.js';
import { scheduleModel, type Built, type EdgeSpec, type NodeSpec, type PlanSpec } from './workspace-builder.js';
import { runs } from '../helpers/mutation.js';

// One quarter around Easter, 17 May, Ascension and Whit Monday: narrow enough for ties between predecessors.
const FROM = dayFromYmd(2019, 4, 1);
const TO = dayFromYmd(2019, 6, 30);

const unitArb = fc.constantFrom('d' as const, 'w' as const, 'ed' as const, 'ew' as const);
const durationArb: fc.Arbitrary<Duration> = fc.record({ n: fc.oneof(fc.constant(0), fc.constant(1), fc.integer({ min: 0, max: 12 })), unit: unitArb });
/** Lags include leads (negative n, SPEC §2). */
const lagArb: fc.Arbitrary<Duration> = fc.record({ n: fc.oneof(fc.constant(0), fc.integer({ min: -12, max: 12 })), unit: unitArb });
const linkTypeArb: fc.Arbitrary<LinkType> = fc.constantFrom('FS' as const, 'SS' as const, 'FF' as const, 'SF' as const);
const calendarArb: fc.Arbitrary<CalendarSpec> = fc.record({
  holidays: fc.constantFrom('NO' as const, 'none' as const),
  workdays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
  closed: fc.array(fc.record({ from: fc.integer({ min: FROM, max: TO }), length: fc.integer({ min: 0, max: 20 }) }).map((r) => ({ from: r.from, to: r.from + r.length })), { maxLength: 3 }),
});
// A few fixed days make predecessors tie often, so the tie-break by ref is exercised.
const dayArb = fc.oneof(fc.constantFrom(FROM, FROM + 17, FROM + 30, FROM + 45), fc.integer({ min: FROM, max: TO }));
const maybe = <T>(arb: fc.Arbitrary<T>, freq: number): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined, freq });
const plansArb: fc.Arbitrary<PlanSpec[]> = fc.array(
  fc.record({ calendar: calendarArb, critical: fc.record({ n: fc.integer({ min: 0, max: 3 }), unit: fc.constantFrom('d' as const, 'w' as const) }), finish: maybe(dayArb, 3) }),
  { minLength: 1, maxLength: 3 },
).map((plans) => plans.map((p, i) => ({ id: `p${i}`, ...p })));

const nodeArb = (plans: number): fc.Arbitrary<Omit<NodeSpec, 'id'>> => fc.record({
  plan: fc.integer({ min: 0, max: plans - 1 }), date: dayArb, forecast: maybe(dayArb, 3), actual: maybe(dayArb, 6), deadline: maybe(dayArb, 4), duration: durationArb,
});

interface Network { readonly plans: PlanSpec[]; readonly nodes: NodeSpec[]; readonly edges: EdgeSpec[] }

/** Ids share a plan's namespace, so a few are ids that collide with object internals. */
const ID_POOL = ['__proto__', 'constructor', 'toString', 'M'];
const networkArb = (cyclic: boolean): fc.Arbitrary<Network> => plansArb.chain((plans) =>
  fc.array(nodeArb(plans.length), { minLength: 1, maxLength: 25 }).chain((raw) => {
    const nodes = raw.map((n, i) => ({ ...n, id: i < ID_POOL.length ? ID_POOL[i]! : `M${i}` }));
    const pair = fc.tuple(fc.nat({ max: nodes.length - 1 }), fc.nat({ max: nodes.length - 1 }), lagArb, linkTypeArb);
    const edges = fc.array(pair, { maxLength: nodes.length * 3 }).map((pairs) => pairs.flatMap(([a, b, lag, type]): EdgeSpec[] => {
      if (cyclic) return [{ from: a, to: b, lag, type }];
      return a === b ? [] : [{ from: Math.min(a, b), to: Math.max(a, b), lag, type }];
    }));
    return edges.map((e) => ({ plans, nodes, edges: e }));
  }));

/**
 * SPEC §5's table written out again, independently of src/schedule/edge-constraint.ts: the earliest finish of M
 * that the edge allows, and the latest finish of P, with P's start s(P) = sub(p(P), dur(P)) in P's calendar.
 */
function forwardOracle(type: LinkType, lag: Duration, pFinish: number, pCal: WorkCalendar, pDur: Duration, mCal: WorkCalendar, mDur: Duration): number {
  const from = type === 'SS' || type === 'SF' ? pCal.subDuration(pFinish, pDur) : pFinish;
  const afterLag = mCal.addDuration(from, lag);
  return type === 'FS' || type === 'SS' ? mCal.addDuration(afterLag, mDur) : afterLag;
}
/**
 * The latest finish of P that the edge allows, given M's latest finish bound: the greatest day whose forward constraint
 * is on or before it (SPEC §5's "undoes each in reverse order", as the greatest inverse: milepel's note in
 * docs/spec.md), found by halving over the forward oracle, which never decreases as p(P) grows: no calendar inverse
 * of the implementation's is used.
 */
function backwardOracle(type: LinkType, lag: Duration, mLatest: number, pCal: WorkCalendar, pDur: Duration, mCal: WorkCalendar, mDur: Duration): number {
  const fits = (d: number): boolean => forwardOracle(type, lag, d, pCal, pDur, mCal, mDur) <= mLatest;
  // 12 weeks of one working day a week, twice, and closed ranges: far enough either way.
  let lo = mLatest - 4000;
  let hi = mLatest + 4000;
  expect(fits(lo) && !fits(hi)).toBe(true);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** Every SPEC §5 relation, checked on the result. */
function checkInvariants({ ws, graph, schedule: s }: Built): void {
  const cal = (v: number): WorkCalendar => ws.plans[ws.milestones[v]!.plan]!.calendar;
  // The end-milestone rule: plan.finish, else the latest projected date of the plan's milestones.
  const planFinish = (plan: number): number => ws.plans[plan]!.finish?.day ?? ws.milestones.reduce((latest, m) => (m.plan === plan ? Math.max(latest, s.projected[m.index]!) : latest), -Infinity);
  const latestBound = s.latest.map((_, v) => ws.milestones[v]!.deadline?.day ?? Infinity);
  const bySuccessor = new Uint8Array(ws.milestones.length);
  const hasSuccessor = new Uint8Array(ws.milestones.length);
  const earliest = ws.milestones.map((m) => m.current);
  [...ws.dependencies].forEach((d, e) => {
    if (graph.edgeInCycle[e]) return;
    const m = ws.milestones[d.to]!;
    const p = ws.milestones[d.from]!;
    const constraint = forwardOracle(d.type, d.lag, s.projected[d.from]!, cal(d.from), p.duration, cal(d.to), m.duration);
    earliest[d.to] = Math.max(earliest[d.to]!, constraint);
    if (!m.actual) expect(s.projected[d.to]).toBeGreaterThanOrEqual(constraint);
    const bound = backwardOracle(d.type, d.lag, s.latestBound[d.to]!, cal(d.from), p.duration, cal(d.to), m.duration);
    expect(s.latestBound[d.from]).toBeLessThanOrEqual(bound);
    if (bound < latestBound[d.from]!) bySuccessor[d.from] = 1;
    latestBound[d.from] = Math.min(latestBound[d.from]!, bound);
    hasSuccessor[d.from] = 1;
  });
  ws.milestones.forEach((m, v) => {
    const p = s.projected[v]!;
    expect(s.float[v]).toBe(cal(v).between(p, s.latest[v]!));
    expect(s.float[v]).toBe(cal(v).between(p, s.latestBound[v]!));
    const threshold = ws.plans[m.plan]!.critical;
    expect(s.critical[v] === 1).toBe(s.float[v]! <= threshold.n * (threshold.unit === 'w' ? 5 : 1));
    const bound = hasSuccessor[v] || m.deadline ? latestBound[v]! : planFinish(m.plan);
    expect(s.latestBound[v]).toBe(bound);
    // Shown: a deadline or finish as written; a successor's bound as it or a non-working day before it, never before
    // its last working day (the same float).
    if (!bySuccessor[v]) expect(s.latest[v]).toBe(bound);
    expect(s.latest[v]).toBeLessThanOrEqual(bound);
    expect(s.latest[v]).toBeGreaterThanOrEqual(cal(v).rollBackward(bound));
    expect(s.isEnd[v]).toBe(hasSuccessor[v] ? 0 : 1);
    if (m.actual) {
      expect(p).toBe(m.actual.day);
      expect(s.driver[v]).toBe(-1);
    } else {
      // p(M) is exactly the latest of c(M) and the constraints; a driver only when a constraint is later than c(M).
      expect(p).toBe(earliest[v]);
      expect(s.driver[v]! >= 0).toBe(p > m.current);
      expect(s.start[v]).toBe(cal(v).subDuration(p, m.duration));
    }
  });
  const edgeBetween = (a: number, b: number): number[] => [...ws.dependencies].flatMap((d, e) => (d.from === a && d.to === b && !graph.edgeInCycle[e] ? [e] : []));
  for (const path of s.paths) {
    expect(path.milestones.at(-1)).toBe(path.end);
    expect(s.isEnd[path.end]).toBe(1);
    expect(path.float).toBe(s.float[path.end]);
    for (const v of path.milestones) expect(s.critical[v]).toBe(1);
    for (let i = 1; i < path.milestones.length; i++) expect(edgeBetween(path.milestones[i - 1]!, path.milestones[i]!).length).toBeGreaterThan(0);
    const start = path.milestones[0]!;
    expect([...ws.dependencies].some((d, e) => d.to === start && !graph.edgeInCycle[e] && s.critical[d.from])).toBe(false);
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

  // A tester's finding (session 23): a calendar-day lag landing on a Saturday, then a lag of working days, gave the
  // first milestone a float of -1 in a network that nothing makes late. Without actual dates, deadlines and plan
  // finishes, every end's latest date is its plan's last projected date, so no float may be negative.
  it('a network without actual dates, deadlines and plan finishes has no negative float', () => {
    const free = networkArb(false).map((net) => ({
      plans: net.plans.map((p) => ({ ...p, finish: undefined })),
      nodes: net.nodes.map((n) => ({ ...n, actual: undefined, deadline: undefined })),
      edges: net.edges,
    }));
    fc.assert(fc.property(free, (net) => {
      const { schedule: s } = build(net);
      for (let v = 0; v < s.float.length; v++) expect(s.float[v]).toBeGreaterThanOrEqual(0);
    }), { numRuns: runs(300) });
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
