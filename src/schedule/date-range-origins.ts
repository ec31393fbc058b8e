// Which out-of-range dates (SPEC §4 `date-range`) start a cascade and which follow from another: a lag that takes one
// milestone past 9999-12-31 takes every milestone after it there too, and one finding per milestone buried the cause
// (a chain of a million gave a million errors, each hinting at "its successors"). The rule reports the origins, each
// with the number of milestones whose left-out dates follow from it and what took it out of range.
import type { Graph } from '../graph/graph.js';
import type { Workspace } from '../model/types.js';
import type { Schedule } from './cpm.js';
import { LAST_DAY, LEFT_OUT_LATEST, LEFT_OUT_PROJECTED, type OutOfRange } from './date-range.js';
import { FS, linkTable, SF, SS } from './edge-constraint.js';
import { drivingEdge } from './driving-edge.js';
import type { ChainGainAt } from './float-recovery.js';
import { latestFrom } from './latest-from.js';
import { milestoneFacts } from './milestone-facts.js';

/**
 * One change on the cause's edge that brings an origin's date back in range: `shorten` a lag, lead or duration that
 * pushes it out, or `lengthen` a lag or lead that already pulls it back (tester round 19 #6: a lead was called a lag).
 */
export type RangeGainAt = ChainGainAt & { readonly verb: 'shorten' | 'lengthen' };

export interface RangeOrigin {
  readonly entry: OutOfRange;
  /** Entries left out of the findings because their dates follow from this one's. */
  readonly followers: number;
  /**
   * The in-range node whose edge took this one out: its driver (a projected date pushed past the range) or the
   * successor that sets its latest date (a latest date pulled before it, SPEC §5); null when neither is known.
   */
  readonly cause: { readonly kind: 'driver' | 'successor'; readonly node: number; readonly gains: readonly RangeGainAt[] } | null;
}

const UNKNOWN = -1;

/**
 * The entries of holdScheduleInRange/holdStartsInRange (in their order) that are origins: a projected date is a
 * follower when its driver's projected date is out on the same side; a latest date when a successor's latest date is
 * out on the same side, or when it is the plan's end (no successor, deadline or plan.finish) and that end is a
 * projected date out of range. An entry is reported when any of its dates is an origin; `start` entries always are.
 * Iterative (chains of a million), linear in milestones and edges. `schedule` holds the dates at the bounds already.
 */
export function rangeOrigins(ws: Workspace, graph: Graph, schedule: Schedule, entries: readonly OutOfRange[]): RangeOrigin[] {
  if (entries.length === 0) return [];
  const { leftOut, projected, latest, driver } = schedule;
  const n = ws.milestones.length;
  const projectedOut = (v: number): boolean => (leftOut[v]! & LEFT_OUT_PROJECTED) !== 0;
  const latestOut = (v: number): boolean => (leftOut[v]! & LEFT_OUT_LATEST) !== 0;
  const planEnd = new Map<number, number>(); // plan → its first milestone with a projected date out of range
  for (const o of entries) {
    const plan = ws.milestones[o.milestone]!.plan;
    if (o.which !== 'latest' && o.which !== 'start' && !planEnd.has(plan)) planEnd.set(plan, o.milestone);
  }
  const parentProjected = (v: number): number => {
    const d = driver[v]!;
    return d >= 0 && projectedOut(d) && projected[d] === projected[v] ? d : -1;
  };
  /** A successor out on the same side (≥ 0), the plan's end as ~node (a projected date), or UNKNOWN for none. */
  const parentLatest = (v: number): number => {
    let successors = 0;
    for (let i = graph.succStart[v]!; i < graph.succStart[v + 1]!; i++) {
      const e = graph.succEdges[i]!;
      if (graph.edgeInCycle[e]) continue;
      successors++;
      const s = graph.edgeTo[e]!;
      if (latestOut(s) && latest[s] === latest[v]) return s;
    }
    const m = ws.milestones[v]!;
    if (successors > 0 || m.deadline || ws.plans[m.plan]!.finish || latest[v] !== LAST_DAY) return UNKNOWN;
    const end = planEnd.get(m.plan);
    return end === undefined ? UNKNOWN : ~end;
  };
  const originP = new Int32Array(n).fill(UNKNOWN);
  const originL = new Int32Array(n).fill(UNKNOWN);
  const path: number[] = [];
  const rootOfProjected = (v: number): number => {
    let x = v;
    while (originP[x] === UNKNOWN) {
      const p = parentProjected(x);
      if (p < 0) originP[x] = x;
      else {
        path.push(x);
        x = p;
      }
    }
    const root = originP[x]!;
    for (const y of path) originP[y] = root;
    path.length = 0;
    return root;
  };
  const rootOfLatest = (v: number): number => {
    let x = v;
    let root = UNKNOWN;
    while (root === UNKNOWN) {
      if (originL[x] !== UNKNOWN) root = originL[x]!;
      else {
        const p = parentLatest(x);
        if (p === UNKNOWN) root = originL[x] = x;
        else if (p < 0) root = originL[x] = rootOfProjected(~p);
        else {
          path.push(x);
          x = p;
        }
      }
    }
    for (const y of path) originL[y] = root;
    path.length = 0;
    return root;
  };
  const followers = new Map<number, number>();
  const origins: OutOfRange[] = [];
  for (const o of entries) {
    const v = o.milestone;
    if (o.which === 'start') {
      origins.push(o);
      continue;
    }
    const hasProjected = o.which !== 'latest';
    const hasLatest = o.which !== 'projected';
    const pRoot = hasProjected ? rootOfProjected(v) : v;
    const lRoot = hasLatest ? rootOfLatest(v) : v;
    if ((hasProjected && pRoot === v) || (hasLatest && lRoot === v)) origins.push(o);
    else {
      const root = hasProjected ? pRoot : lRoot;
      followers.set(root, (followers.get(root) ?? 0) + 1);
    }
  }
  const counted = new Set<number>();
  return origins.map((entry) => {
    const v = entry.milestone;
    // A milestone out on both sides has two entries: its followers are told once, with the first.
    const count = entry.which === 'start' || counted.has(v) ? 0 : followers.get(v) ?? 0;
    counted.add(v);
    const isProjectedOrigin = entry.which !== 'latest' && entry.which !== 'start' && originP[v] === v;
    let cause: RangeOrigin['cause'] = null;
    const out = entry.beyondDays > 0 ? 1 : -1;
    if (isProjectedOrigin && driver[v]! >= 0) {
      const d = driver[v]!;
      const edge = drivingEdge({ workspace: ws, graph, schedule }, d, v);
      cause = { kind: 'driver', node: d, gains: edge < 0 ? [] : rangeGains(ws, edge, d, v, 1, out) };
    } else if (entry.which === 'latest' || entry.which === 'both') {
      const from = latestFrom({ workspace: ws, graph, schedule }, v);
      if (from.kind === 'successor') cause = { kind: 'successor', node: from.successor, gains: rangeGains(ws, from.edge, v, from.successor, -1, out) };
    }
    return { entry, followers: count, cause };
  });
}

/**
 * What on edge `e` (P → M) moves the origin's date back in range, by SPEC §5's table. Forward (`pass` 1, the origin
 * is M, pushed by its driver P): the lag moves p(M) its own way, M's duration (FS, SS) later and P's (SS, SF) earlier.
 * Backward (`pass` -1, the origin is P, its latest date set by M): the inverse, l(P) = l(M) less M's duration (FS, SS)
 * less the lag plus P's duration (SS, SF), so a lead takes l(P) later. `out`: 1 after 9999-12-31, -1 before
 * 0001-01-01. What moves the date out is to be shortened; a lag or lead that already moves it back may be lengthened;
 * a duration only when it is there (above 0) and pushes out.
 */
function rangeGains(ws: Workspace, e: number, p: number, m: number, pass: 1 | -1, out: 1 | -1): RangeGainAt[] {
  const links = linkTable(ws.dependencies);
  const ends = milestoneFacts(ws).ends;
  const t = links.type[e]!;
  const gains: RangeGainAt[] = [];
  const lag = links.lagDays[e]!;
  const lagGain: RangeGainAt | null = lag === 0 ? null : { kind: lag > 0 ? 'lag' : 'lead', from: p, to: m, verb: Math.sign(lag) * pass === out ? 'shorten' : 'lengthen' };
  if (lagGain !== null && lagGain.verb === 'shorten') gains.push(lagGain);
  // M's duration is added after the lag (FS, SS); P's taken off to reach its start (SS, SF).
  const mEffect = t === FS || t === SS ? pass : 0;
  const pEffect = t === SS || t === SF ? -pass : 0;
  if (mEffect === out && ends[m]!.days > 0) gains.push({ kind: 'duration', of: m, verb: 'shorten' });
  if (pEffect === out && ends[p]!.days > 0) gains.push({ kind: 'duration', of: p, verb: 'shorten' });
  if (lagGain !== null && lagGain.verb === 'lengthen') gains.push(lagGain);
  return gains;
}
