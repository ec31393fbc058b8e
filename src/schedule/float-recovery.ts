// What can still recover a milestone's negative float (negative-float's hint, SPEC §5): the constraints a done
// milestone is late for.
import { backwardDays, FS, linkTable } from './edge-constraint.js';
import type { ScheduleSource } from './latest-from.js';
import { milestoneFacts } from './milestone-facts.js';

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
