// Compiles the workspace once into typed arrays for the sampling kernel: topological positions, edges by
// successor, estimates in days, risk events and dense calendar tables. Plain data: it crosses to worker threads.
import { isWorkingUnit, UNIT_DAYS, type DayNumber, type Estimate } from '../calendar/index.js';
import { groupEdges, type Graph } from '../graph/graph.js';
import type { Dependency, LinkType, Plan, Workspace } from '../model/types.js';
import { LINK_CODE } from '../model/milestone-types.js';
import type { Schedule } from '../schedule/cpm.js';
import { thresholdWorkdays } from '../schedule/cpm.js';
import type { CalendarTable } from './calendar-table.js';
import { calendarTables, orderedEdges } from './network-parts.js';
import { FF, FS, Q_DURATION, Q_LAG, Q_RISK, SF, SS } from './codes.js';
import { Simulator } from './kernel.js';

export { FF, FS, Q_DURATION, Q_LAG, Q_RISK, SF, SS };


/** Estimates in whole days: `w` counts 5 working days, `ew` 7 calendar days; `elapsed` = 1 for `ed`/`ew`. */
export interface Estimates {
  readonly min: Float64Array;
  readonly likely: Float64Array;
  readonly max: Float64Array;
  readonly elapsed: Uint8Array;
  /** 1 when drawn from PERT (the owning plan's `risk.distribution`), else triangular. */
  readonly pert: Uint8Array;
}


export interface Network {
  /** Nodes, in topological position order. */
  readonly n: number;
  /** Position → milestone index. */
  readonly milestone: Int32Array;
  readonly calendars: readonly CalendarTable[];
  readonly calendarOf: Int32Array;
  readonly planOf: Int32Array;
  /** plan.finish as a day number, NaN without one. */
  readonly planFinish: Float64Array;
  readonly current: Int32Array;
  /** actual as a day number, NaN without one. */
  readonly actual: Float64Array;
  /** deadline as a day number, +Infinity without one. */
  readonly deadline: Float64Array;
  /** The plan's `critical` threshold in working days. */
  readonly threshold: Int32Array;
  readonly duration: Estimates;
  /** Edges by successor position: edges predStart[k] .. predStart[k+1] lead into k. */
  readonly predStart: Int32Array;
  readonly edgeFrom: Int32Array;
  readonly edgeTo: Int32Array;
  readonly edgeType: Uint8Array;
  readonly lag: Estimates;
  /** 1 when some successor edge is SS or SF (it needs s(M)). */
  readonly needsStart: Uint8Array;
  /** 1 when some incoming edge is FS or SS (the backward pass needs sub(l(M), duration)). */
  readonly needsLateStart: Uint8Array;
  /** Edge ids out of each position: succEdges[succStart[k] .. succStart[k+1]]. */
  readonly succStart: Int32Array;
  readonly succEdges: Int32Array;
  /** Risk events delaying each position, in list order: riskEvents[riskStart[k] .. riskStart[k+1]]. */
  readonly riskStart: Int32Array;
  readonly riskEvents: Int32Array;
  readonly riskProbability: Float64Array;
  readonly impact: Estimates;
  /** The sampled quantities (ranges and risk events) in draw order: kind and index. */
  readonly quantityKind: Uint8Array;
  readonly quantityIndex: Int32Array;
}

function estimates(list: readonly Estimate[], pert: readonly boolean[]): Estimates {
  const e: Estimates = {
    min: new Float64Array(list.length), likely: new Float64Array(list.length), max: new Float64Array(list.length),
    elapsed: new Uint8Array(list.length), pert: new Uint8Array(list.length),
  };
  list.forEach((x, i) => {
    const scale = UNIT_DAYS[x.unit];
    e.min[i] = x.min * scale;
    e.likely[i] = x.likely * scale;
    e.max[i] = x.max * scale;
    e.elapsed[i] = isWorkingUnit(x.unit) ? 0 : 1;
    e.pert[i] = pert[i] === true ? 1 : 0;
  });
  return e;
}

/** The link type of an edge as its code (FS when the model does not say: a test's network may leave it out). */
function linkCode(d: Dependency): number {
  return LINK_CODE[(d as { readonly type?: LinkType }).type ?? 'FS'];
}

function finishOf(p: Plan): number {
  const finish = (p as { readonly finish?: { readonly day: DayNumber } | undefined }).finish;
  return finish === undefined ? NaN : finish.day;
}

/**
 * The compiled network, with calendar tables covering every date a draw can reach: the deterministic dates and
 * those of two extreme passes (every range at its minimum without risk events, at its maximum with all of them).
 */
export function compileNetwork(ws: Workspace, graph: Graph, schedule: Schedule): Network {
  const first = compileStructure(ws, graph, schedule);
  const bounds = { lo: Infinity, hi: -Infinity };
  for (const extreme of ['min', 'max'] as const) {
    const sim = new Simulator(first);
    sim.setExtreme(extreme);
    sim.pass();
    for (const values of [sim.projected, sim.latest]) {
      for (let k = 0; k < values.length; k++) {
        const d = values[k]!;
        if (Number.isFinite(d)) {
          if (d < bounds.lo) bounds.lo = d;
          if (d > bounds.hi) bounds.hi = d;
        }
      }
    }
  }
  // Only the tables depend on the reach: the rest of the first compilation is kept (issue #18: half of 2 s at 100k).
  if (!Number.isFinite(bounds.lo)) return first;
  return { ...first, calendars: calendarTables(ws, schedule, bounds).calendars };
}

/** The network with tables over the schedule's own dates (compileNetwork widens them to the extreme passes' reach). */
function compileStructure(ws: Workspace, graph: Graph, schedule: Schedule): Network {
  const n = ws.milestones.length;
  const milestone = Int32Array.from(graph.order);
  const pos = new Int32Array(n);
  for (let k = 0; k < n; k++) pos[milestone[k]!] = k;
  const isPert = (plan: number): boolean => ws.plans[plan]?.riskDistribution === 'pert';
  const { calendars, planCalendar } = calendarTables(ws, schedule, undefined);

  const planOf = new Int32Array(n);
  const calendarOf = new Int32Array(n);
  const current = new Int32Array(n);
  const actual = new Float64Array(n);
  const deadline = new Float64Array(n);
  const threshold = new Int32Array(n);
  const durations: Estimate[] = [];
  const durationPert: boolean[] = [];
  for (let k = 0; k < n; k++) {
    const m = ws.milestones[milestone[k]!]!;
    planOf[k] = m.plan;
    calendarOf[k] = planCalendar[m.plan]!;
    current[k] = m.current;
    actual[k] = m.actual ? m.actual.day : NaN;
    deadline[k] = m.deadline ? m.deadline.day : Infinity;
    threshold[k] = thresholdWorkdays(ws.plans[m.plan]!.critical);
    durations.push(m.durationEstimate ?? { unit: m.duration.unit, min: m.duration.n, likely: m.duration.n, max: m.duration.n });
    durationPert.push(isPert(m.plan));
  }

  // Edges outside cycles, grouped by successor position, then by predecessor position.
  const kept = orderedEdges(ws, graph, pos);
  const predStart = new Int32Array(n + 1);
  const edgeFrom = new Int32Array(kept.length);
  const edgeTo = new Int32Array(kept.length);
  const edgeType = new Uint8Array(kept.length);
  const lags: Estimate[] = [];
  const lagPert: boolean[] = [];
  kept.forEach((e, i) => {
    const d = ws.dependencies.at(e)!;
    predStart[pos[d.to]! + 1]!++;
    edgeFrom[i] = pos[d.from]!;
    edgeTo[i] = pos[d.to]!;
    edgeType[i] = linkCode(d);
    lags.push(d.lagEstimate ?? { unit: d.lag.unit, min: d.lag.n, likely: d.lag.n, max: d.lag.n });
    lagPert.push(isPert(ws.milestones[d.to]!.plan));
  });
  for (let k = 0; k < n; k++) predStart[k + 1]! += predStart[k]!;
  const needsStart = new Uint8Array(n);
  const needsLateStart = new Uint8Array(n);
  for (let i = 0; i < kept.length; i++) {
    if (edgeType[i] === SS || edgeType[i] === SF) needsStart[edgeFrom[i]!] = 1;
    if (edgeType[i] === FS || edgeType[i] === SS) needsLateStart[edgeTo[i]!] = 1;
  }
  const { start: succStart, edges: succEdges } = groupEdges(n, edgeFrom);

  const risks = ws.risks ?? [];
  const riskStart = new Int32Array(n + 1);
  for (const r of risks) for (const v of r.milestones) riskStart[pos[v]! + 1]!++;
  for (let k = 0; k < n; k++) riskStart[k + 1]! += riskStart[k]!;
  const riskFill = riskStart.slice(0, n);
  const riskEvents = new Int32Array(riskStart[n]!);
  for (const r of risks) for (const v of r.milestones) riskEvents[riskFill[pos[v]!]!++] = r.index;

  const lag = estimates(lags, lagPert);
  const duration = estimates(durations, durationPert);
  const kinds: number[] = [];
  const indices: number[] = [];
  const sample = (kind: number, index: number): void => {
    kinds.push(kind);
    indices.push(index);
  };
  for (let i = 0; i < kept.length; i++) if (lag.max[i]! > lag.min[i]! && Number.isNaN(actual[edgeTo[i]!]!)) sample(Q_LAG, i);
  for (let k = 0; k < n; k++) if (duration.max[k]! > duration.min[k]! && Number.isNaN(actual[k]!)) sample(Q_DURATION, k);
  for (const r of risks) sample(Q_RISK, r.index);

  return {
    n, milestone, calendars, calendarOf, planOf,
    planFinish: Float64Array.from(ws.plans, finishOf), current, actual, deadline, threshold, duration,
    predStart, edgeFrom, edgeTo, edgeType, needsStart, needsLateStart, lag, succStart, succEdges, riskStart, riskEvents,
    riskProbability: Float64Array.from(risks, (r) => r.probability),
    impact: estimates(risks.map((r) => r.impact), risks.map((r) => isPert(r.plan))),
    quantityKind: Uint8Array.from(kinds), quantityIndex: Int32Array.from(indices),
  };
}
