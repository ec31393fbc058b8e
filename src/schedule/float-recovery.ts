// What can still recover a milestone's negative float (negative-float's hint, SPEC §5): the constraints a done
// milestone is late for, and what can gain days on an open milestone's driving chain when the milestone it starts at is done.
import { backwardDays, forwardDays, FS, linkTable, SS } from './edge-constraint.js';
import type { ScheduleSource } from './latest-from.js';
import { milestoneFacts } from './milestone-facts.js';
import { drivingEdge } from './driving-edge.js';

/** What milestone `v` (done) is late for: its deadline, and each successor whose constraint is before its actual. */
export interface LateConstraints {
  readonly deadline: boolean;
  /** Successor indexes, the most binding first, ties by ref (latestFrom's order: its bound, when one, comes first). */
  readonly successors: readonly number[];
}

/**
 * Every constraint that puts v's latest date before its projected date (its actual, when done): the deadline, and
 * each successor whose backward constraint alone would give v negative float, counted as the backward pass shows
 * l(M) (an FS edge without lag or duration in one calendar passes on the successor's shown date, any other bound its
 * last working day on or before it). The one binding l(M) is among them; the others need more time too (tester
 * round 17 #6: a hint named only the first).
 */
export function lateConstraints(source: ScheduleSource, v: number): LateConstraints {
  const { workspace: ws, graph: g, schedule: s } = source;
  const facts = milestoneFacts(ws);
  const links = linkTable(ws.dependencies);
  const end = facts.ends[v]!;
  const p = s.projected[v]!;
  const isLate = (bound: number, shown: number): boolean => bound < p && shown !== p && end.calendar.between(p, shown) < 0;
  const dl = facts.deadline[v]!;
  const late = new Map<number, number>();
  for (let i = g.succStart[v]!; i < g.succStart[v + 1]!; i++) {
    const e = g.succEdges[i]!;
    if (g.edgeInCycle[e]) continue;
    const to = g.edgeTo[e]!;
    const succ = facts.ends[to]!;
    const t = links.type[e]!;
    const lag = links.lagDays[e]!;
    const day = backwardDays(t, lag, links.lagWorking[e]!, s.latestBound[to]!, end, succ);
    const shown = t === FS && lag === 0 && succ.days === 0 && succ.calendar === end.calendar ? s.latest[to]! : end.calendar.rollBackward(day);
    // Two edges to one successor: the tighter one counts.
    const prior = late.get(to);
    if (isLate(day, shown) && (prior === undefined || day < prior)) late.set(to, day);
  }
  const successors = [...late.keys()].sort((a, b) => late.get(a)! - late.get(b)! || (ws.milestones[a]!.ref < ws.milestones[b]!.ref ? -1 : 1));
  return { deadline: dl !== Infinity && isLate(dl, dl), successors };
}

/**
 * One way to gain days after a done milestone on a driving chain: shorten a lag or a duration, lengthen a lead; its
 * milestones named by `Name` (an index here, a ref or id in the hint's message data).
 */
export type ChainGainOf<Name> =
  | { readonly kind: 'duration'; readonly of: Name }
  | { readonly kind: 'lag' | 'lead'; readonly from: Name; readonly to: Name };
/** A ChainGainOf milestone indexes. */
export type ChainGainAt = ChainGainOf<number>;

/** An open milestone's driving chain that starts at a done milestone (`root`), and what on it can still gain days. */
export interface DoneChain {
  readonly root: number;
  /** Edges from the root to the milestone: 1 when the done milestone drives it directly. */
  readonly steps: number;
  /** The first `limit` gains, walking back from the milestone; `total` counts them all. */
  readonly gains: readonly ChainGainAt[];
  readonly total: number;
}

/**
 * doneChainOf(v): v's driving chain (driver after driver, SPEC §5) when it starts at a done milestone, else null (v
 * not pushed, or pushed by a chain whose first milestone is open and can still be moved). A done milestone has no
 * driver, so it can only be the chain's first. Each chain is settled once and shared by the milestones it drives, and
 * the gains are found by jumping to the nearest step that has one: a chain of 1,000,000 milestones, all late, costs
 * a pass, not a pass per milestone.
 */
export function doneChains(source: ScheduleSource, limit: number): (v: number) => DoneChain | null {
  const { workspace: ws, schedule: s } = source;
  const facts = milestoneFacts(ws);
  const links = linkTable(ws.dependencies);
  const n = ws.milestones.length;
  const driver = s.driver;
  const root = new Int32Array(n).fill(-1);
  const steps = new Int32Array(n);
  const total = new Float64Array(n);
  /** The nearest milestone on the chain back from v (v itself included) whose own step has a gain; -1 if none. */
  const nearest = new Int32Array(n);
  const stepGains = (x: number): ChainGainAt[] => {
    const from = driver[x]!;
    const edge = drivingEdge(source, from, x);
    if (edge < 0) return [];
    const gains: ChainGainAt[] = [];
    if (addsOwnDuration(links.type[edge]!, facts.ends[x]!)) gains.push({ kind: 'duration', of: x });
    const lag = lagGain(links.lagDays[edge]!, from, x);
    if (lag !== null) gains.push(lag);
    return gains;
  };
  const settle = (v: number): void => {
    const stack: number[] = [];
    for (let x = v; root[x]! < 0; x = driver[x]!) {
      stack.push(x);
      if (driver[x]! < 0) break;
    }
    for (let k = stack.length - 1; k >= 0; k--) {
      const x = stack[k]!;
      const d = driver[x]!;
      if (d < 0) {
        root[x] = x;
        nearest[x] = -1;
        continue;
      }
      const own = stepGains(x).length;
      root[x] = root[d]!;
      steps[x] = steps[d]! + 1;
      total[x] = total[d]! + own;
      nearest[x] = own > 0 ? x : nearest[d]!;
    }
  };
  return (v) => {
    if (driver[v]! < 0) return null;
    settle(v);
    const r = root[v]!;
    if (facts.actual[r] !== facts.actual[r]) return null;
    const gains: ChainGainAt[] = [];
    for (let x = nearest[v]!; x >= 0 && gains.length < limit; x = nearest[driver[x]!]!) for (const g of stepGains(x)) gains.push(g);
    return { root: r, steps: steps[v]!, gains: gains.slice(0, limit), total: total[v]! };
  };
}

/**
 * An open milestone held by its own date (no driver) whose predecessors are all done (tester round 19 #9: its hint
 * offered "its predecessors", which cannot gain a day): `earliest`, the day the done predecessors allow it (the latest
 * of their SPEC §5 constraints), and on the edges whose constraint is after its latest bound, what can still gain
 * days (its duration, once, where an FS or SS edge adds it; a lag shortened, a lead lengthened), the first `limit`.
 */
export interface DonePredecessors {
  readonly earliest: number;
  /** Whether moving its date to `earliest` alone is enough: no constraint is after its latest bound. */
  readonly enough: boolean;
  readonly gains: readonly ChainGainAt[];
  readonly total: number;
}

/** DonePredecessors of milestone `v`, or null: pushed by a driver, no scheduled predecessor, or one of them open. */
export function donePredecessors(source: ScheduleSource, v: number, limit: number): DonePredecessors | null {
  const { workspace: ws, graph: g, schedule: s } = source;
  if (s.driver[v]! >= 0) return null;
  const facts = milestoneFacts(ws);
  const links = linkTable(ws.dependencies);
  const bound = s.latestBound[v]!;
  let earliest = -Infinity;
  let hasDuration = false;
  const lags: ChainGainAt[] = [];
  for (let i = g.predStart[v]!; i < g.predStart[v + 1]!; i++) {
    const e = g.predEdges[i]!;
    if (g.edgeInCycle[e]) continue;
    const p = g.edgeFrom[e]!;
    if (facts.actual[p] !== facts.actual[p]) return null;
    const t = links.type[e]!;
    const lag = links.lagDays[e]!;
    const day = forwardDays(t, lag, links.lagWorking[e]!, s.projected[p]!, facts.ends[p]!, facts.ends[v]!);
    earliest = Math.max(earliest, day);
    if (day <= bound) continue;
    if (addsOwnDuration(t, facts.ends[v]!)) hasDuration = true;
    const gain = lagGain(lag, p, v);
    if (gain !== null) lags.push(gain);
  }
  if (earliest === -Infinity) return null;
  const gains: ChainGainAt[] = [...(hasDuration ? [{ kind: 'duration', of: v } as const] : []), ...lags];
  return { earliest, enough: earliest <= bound, gains: gains.slice(0, limit), total: gains.length };
}

/** Whether an edge of type `t` adds the successor's own duration after the lag (FS, SS: SPEC §5's table) and it has one. */
function addsOwnDuration(t: number, end: { readonly days: number }): boolean {
  return (t === FS || t === SS) && end.days > 0;
}

/** An edge's lag `lag` (days, signed) from `from` to `to` as a gain: a lag to shorten, a lead to lengthen; none at 0. */
function lagGain(lag: number, from: number, to: number): ChainGainAt | null {
  return lag === 0 ? null : { kind: lag > 0 ? 'lag' : 'lead', from, to };
}
