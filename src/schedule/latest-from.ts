// What binds a node's latest date l(M) (SPEC §5): its deadline, a successor's constraint, or the plan's finish. Read by
// explain (the "latest" line) and negative-float (what the milestone is late for).
import { FIRST_DAY, LAST_DAY, type DateValue, type Duration } from '../calendar/index.js';
import type { Graph } from '../graph/graph.js';
import type { LinkType, Workspace } from '../model/types.js';
import type { Schedule } from './cpm.js';
import { LEFT_OUT_PROJECTED } from './date-range.js';
import { backwardDays, linkTable } from './edge-constraint.js';
import { milestoneFacts } from './milestone-facts.js';

/** The analysis a question about one node's schedule is asked of. */
export interface ScheduleSource {
  readonly workspace: Workspace;
  readonly graph: Graph;
  readonly schedule: Schedule;
}

export type LatestFrom =
  | { readonly kind: 'deadline'; readonly deadline: DateValue }
  /** `edge`: the dependency's index (Workspace.dependencies, the graph's edges). */
  /**
   * `bound`: the latest day the successor may finish (the backward pass's exact bound, which the step undid) and the
   * latest date it shows, when the two differ (a weekend day after its last working day: SPEC §5's note); undefined
   * when they do not. Without it "latest 2026-01-07: successor p/B (FS +18ed)" beside p/B's 2026-01-23 did not add up
   * (tester round 59 F4: the bound was Sunday 2026-01-25).
   */
  | { readonly kind: 'successor'; readonly successor: number; readonly edge: number; readonly type: LinkType; readonly lag: Duration; readonly bound?: { readonly day: number; readonly shown: number } }
  /** An end node without a deadline: `plan.finish`. */
  | { readonly kind: 'plan-finish'; readonly plan: number; readonly finish: DateValue }
  /**
   * An end node without a deadline and no `plan.finish`: the latest projected date of the plan, set by `node` (-1 when
   * unknown). `isLeftOut`: that date is outside 0001-01-01 … 9999-12-31 (SPEC §4 `date-range`), so no output shows it.
   */
  | { readonly kind: 'plan-end'; readonly plan: number; readonly node: number; readonly isLeftOut: boolean };

/**
 * What the backward pass took l(M) from (SPEC §5): the earliest of the deadline and the successors' backward
 * constraints, the deadline winning a tie (a commitment) and successors tying in ref order; an end node without a
 * deadline gets its plan's finish. The minimum is found again rather than compared with l(M), which is held at
 * 0001-01-01 / 9999-12-31 when it fell outside (schedule/date-range.ts): a left-out l(M) is still explained.
 */
export function latestFrom(source: ScheduleSource, v: number): LatestFrom {
  const { workspace: ws, graph: g, schedule: s } = source;
  const m = ws.milestones[v]!;
  const plan = ws.plans[m.plan]!;
  // Each end's duration and calendar, and each edge's type and lag in days, as the backward pass read them (the same
  // tables, made once per workspace): negative-float asks this of 28,000 milestones of a tester's national programme,
  // and made two EdgeEnds per successor edge of each.
  const ends = milestoneFacts(ws).ends;
  const links = linkTable(ws.dependencies);
  let best = -1;
  let bestDay = Infinity;
  for (let i = g.succStart[v]!; i < g.succStart[v + 1]!; i++) {
    const e = g.succEdges[i]!;
    if (g.edgeInCycle[e]) continue;
    const to = g.edgeTo[e]!;
    const day = backwardDays(links.type[e]!, links.lagDays[e]!, links.lagWorking[e]!, s.latestBound[to]!, ends[v]!, ends[to]!);
    if (day > bestDay || (day === bestDay && ws.milestones[to]!.ref > ws.milestones[g.edgeTo[best]!]!.ref)) continue;
    best = e;
    bestDay = day;
  }
  if (m.deadline && m.deadline.day <= bestDay) return { kind: 'deadline', deadline: m.deadline };
  if (best >= 0) {
    const d = ws.dependencies.at(best)!;
    const to = g.edgeTo[best]!;
    const bound = s.latestBound[to]!;
    // A bound outside the days milepel writes (date-range holds the shown date at the end) is not named.
    const named = bound !== s.latest[to] && bound >= FIRST_DAY && bound <= LAST_DAY;
    return { kind: 'successor', successor: to, edge: best, type: d.type, lag: d.lag, ...(named ? { bound: { day: bound, shown: s.latest[to]! } } : {}) };
  }
  if (plan.finish) return { kind: 'plan-finish', plan: m.plan, finish: plan.finish };
  // The schedule's own plan end, not a milestone whose projected date equals l(M): a plan ending after 9999-12-31 has
  // l(M) and every projected date past it held at 9999-12-31, and one really on that day was named (a tester's finding).
  const node = s.planEnd[m.plan] ?? -1;
  return { kind: 'plan-end', plan: m.plan, node, isLeftOut: node >= 0 && (s.leftOut[node]! & LEFT_OUT_PROJECTED) !== 0 };
}
