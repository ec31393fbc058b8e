// The schedule after an edit of some milestones' c(M) or actual (`set`'s forecast and actual), from the schedule
// before: only the milestones the change reaches are stepped forward again (issue #18: the whole CPM was ~60 ms of
// `set` on 20,000 milestones), and the backward pass is made again only when a plan's finish moved. The steps are
// the passes' (forward-pass.ts, backward-pass.ts); test/schedule/update.test.ts compares the result with computeSchedule.
import type { Graph } from '../graph/graph.js';
import type { Milestone, Workspace } from '../model/types.js';
import { traceCriticalPaths } from './critical-paths.js';
import { backwardPass } from './backward-pass.js';
import { thresholdWorkdays, type Schedule } from './cpm.js';
import { linkTable, startOf } from './edge-constraint.js';
import { forwardStep } from './forward-pass.js';
import { milestoneFacts, seedMilestoneFacts, type MilestoneFacts } from './milestone-facts.js';
import { planEnds, planFinishes } from './plan-finish.js';

/**
 * What computeSchedule(ws, graph, rank) gives, made from `before`, the schedule computeSchedule gave for `beforeWs`
 * on the same `graph` and `rank` (the caller's promise; src/pipeline-schedule.ts reuses them when refs and edges stay).
 * Undefined when the change is not one this follows: `ws` must share `beforeWs`'s plans and dependencies, and differ
 * only in milestones whose c(M) or actual changed (same plan, duration and deadline). Also undefined when `before`
 * has a date computed beyond 0001-01-01 … 9999-12-31: those were held (date-range.ts), and a step from a held date
 * would not give the date the passes compute.
 */
export function updateSchedule(before: Schedule, beforeWs: Workspace, ws: Workspace, graph: Graph, rank: Int32Array): Schedule | undefined {
  const changed = findChanged(beforeWs, ws);
  if (changed === undefined || hasHeldDate(before)) return undefined;
  const n = ws.milestones.length;
  const facts = patchFacts(beforeWs, ws, changed);
  const { order, succStart, succEdges, edgeTo } = graph;
  const step = forwardStep(graph, linkTable(ws.dependencies), facts, rank);
  const projected = before.projected.slice();
  const driver = before.driver.slice();
  // Forward, in topological order from the first changed milestone: a milestone is stepped again when a
  // predecessor's p(M) moved (or it changed itself), and moves its successors only when its own p(M) moves. Each
  // step is forward-pass.ts's forwardStep, on the milestones' facts (the model's objects, visited in topological order,
  // were most of this pass's time: issue #18).
  const touched = new Uint8Array(n);
  const due = new Uint8Array(n);
  for (const v of changed) {
    due[v] = 1;
    touched[v] = 1;
  }
  let first = 0;
  while (first < n && !due[order[first]!]) first++;
  for (let k = first; k < n; k++) {
    const v = order[k]!;
    if (!due[v]) continue;
    const was = projected[v]!;
    step(v, projected, driver);
    if (projected[v] === was) continue;
    touched[v] = 1;
    for (let i = succStart[v]!; i < succStart[v + 1]!; i++) due[edgeTo[succEdges[i]!]!] = 1;
  }
  // Backward: l(M) reads no p(M) but through the plans' finishes (an end milestone without a deadline gets its
  // plan's), and the deadlines, durations and edges are the same: where no finish moved, every l(M) stays; where one
  // did, the backward pass is made again, the same as computeSchedule's (stepping only what the move reaches cost
  // more than the pass when it reached most milestones: a forecast moved past the plan's finish).
  const finishesBefore = planFinishes(beforeWs, before.projected);
  const finishes = planFinishes(ws, projected);
  let isFinishMoved = false;
  for (let p = 0; p < finishes.length; p++) if (finishes[p] !== finishesBefore[p]) isFinishMoved = true;
  let latest: Float64Array = before.latest.slice();
  let latestBound: Float64Array = before.latestBound.slice();
  const isEnd = before.isEnd.slice();
  if (isFinishMoved) {
    ({ latest, latestBound } = backwardPass(ws, graph, facts, finishes));
    const latestBefore = before.latest;
    for (let v = 0; v < n; v++) if (latest[v] !== latestBefore[v]) touched[v] = 1;
  }
  // s(M), the float and the critical flag of each milestone whose dates moved, as computeSchedule's settleFloats
  // makes them (each plan's threshold worked out once).
  const start = before.start.slice();
  const float = before.float.slice();
  const critical = before.critical.slice();
  const threshold = new Float64Array(ws.plans.length);
  for (let i = 0; i < ws.plans.length; i++) threshold[i] = thresholdWorkdays(ws.plans[i]!.critical);
  const { plan, ends } = facts;
  // The critical paths stay when no milestone whose dates moved is critical, before or after: every path's steps
  // and floats read only critical milestones' dates.
  let isPathsKept = true;
  for (let v = 0; v < n; v++) {
    if (!touched[v]) continue;
    const end = ends[v]!;
    const p = projected[v]!;
    const l = latest[v]!;
    const f = p === l ? 0 : end.calendar.between(p, l);
    start[v] = startOf(p, end);
    float[v] = f;
    critical[v] = f <= threshold[plan[v]!]! ? 1 : 0;
    if (before.critical[v] || critical[v]) isPathsKept = false;
  }
  const paths = isPathsKept ? before.paths : traceCriticalPaths(ws, graph, rank, ends, { projected, float, critical, isEnd });
  // No date of `before` was left out (hasHeldDate); holdScheduleInRange marks those of this schedule, as after computeSchedule.
  return { projected, start, latest, latestBound, float, driver, critical, isEnd, paths, leftOut: new Uint8Array(n), planEnd: planEnds(ws, projected, rank) };
}

/**
 * The facts of `ws`'s milestones (milestone-facts.ts), made from those of `beforeWs`: the milestones `changed`
 * differ only in c(M) and actual (findChanged), so the plans, deadlines and ends are the same arrays. Kept with `ws`
 * for the rules that read them after the schedule (dependency-order).
 */
function patchFacts(beforeWs: Workspace, ws: Workspace, changed: readonly number[]): MilestoneFacts {
  const old = milestoneFacts(beforeWs);
  const current = old.current.slice();
  const actual = old.actual.slice();
  for (const v of changed) {
    const m = ws.milestones[v]!;
    current[v] = m.current;
    actual[v] = m.actual ? m.actual.day : NaN;
  }
  const facts: MilestoneFacts = { plan: old.plan, current, actual, deadline: old.deadline, ends: old.ends };
  seedMilestoneFacts(ws, facts);
  return facts;
}

/**
 * The milestones of `ws` that are not those of `before`, when each differs only in c(M) or actual; undefined when
 * anything else may have changed.
 */
function findChanged(before: Workspace, ws: Workspace): number[] | undefined {
  if (ws.plans !== before.plans || ws.dependencies !== before.dependencies || ws.milestones.length !== before.milestones.length) return undefined;
  const changed: number[] = [];
  for (let v = 0; v < ws.milestones.length; v++) {
    const a = before.milestones[v]!;
    const b = ws.milestones[v]!;
    if (a === b) continue;
    if (!isDateChangeOnly(a, b)) return undefined;
    changed.push(v);
  }
  return changed;
}

/** Whether every fact of the passes but c(M) and the actual is the same for `a` and `b`. */
function isDateChangeOnly(a: Milestone, b: Milestone): boolean {
  return a.index === b.index && a.plan === b.plan && a.duration.n === b.duration.n && a.duration.unit === b.duration.unit && a.deadline?.day === b.deadline?.day;
}

/**
 * Whether any p, l or s of `schedule` was computed outside 0001-01-01 … 9999-12-31 and held at a bound: the bits
 * holdScheduleInRange and holdStartsInRange set in Schedule.leftOut.
 */
function hasHeldDate(schedule: Schedule): boolean {
  const leftOut = schedule.leftOut;
  for (let v = 0; v < leftOut.length; v++) if (leftOut[v] !== 0) return true;
  return false;
}
