// Which out-of-range dates (SPEC §4 `date-range`) start a cascade and which follow from another: a lag that takes one
// milestone past 9999-12-31 takes every milestone after it there too, and one finding per milestone buried the cause
// (a chain of a million gave a million errors, each hinting at "its successors"). The rule reports the origins, each
// with the number of milestones whose left-out dates follow from it and what took it out of range.
import type { Graph } from '../graph/graph.js';
import type { Workspace } from '../model/types.js';
import type { Schedule } from './cpm.js';
import { LAST_DAY, LEFT_OUT_LATEST, LEFT_OUT_PROJECTED, type OutOfRange } from './date-range.js';
import { latestFrom } from './latest-from.js';

export interface RangeOrigin {
  readonly entry: OutOfRange;
  /** Entries left out of the findings because their dates follow from this one's. */
  readonly followers: number;
  /**
   * The in-range node whose edge took this one out: its driver (a projected date pushed past the range) or the
   * successor that sets its latest date (a latest date pulled before it, SPEC §5); null when neither is known.
   */
  readonly cause: { readonly kind: 'driver' | 'successor'; readonly node: number } | null;
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
    if (isProjectedOrigin && driver[v]! >= 0) cause = { kind: 'driver', node: driver[v]! };
    else if (entry.which === 'latest' || entry.which === 'both') {
      const from = latestFrom({ workspace: ws, graph, schedule }, v);
      if (from.kind === 'successor') cause = { kind: 'successor', node: from.successor };
    }
    return { entry, followers: count, cause };
  });
}
