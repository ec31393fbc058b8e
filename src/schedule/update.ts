// The schedule after an edit of some milestones' c(M) or actual (`set`'s forecast and actual), from the schedule
// before: only the milestones the change reaches are stepped again (issue #18: the whole CPM was ~60 ms of `set` on
// 20,000 milestones). The steps are cpm.ts's own; test/schedule/update.test.ts compares the result with computeSchedule.
import type { Graph } from '../graph/graph.js';
import type { Milestone, Workspace } from '../model/types.js';
import { traceCriticalPaths } from './critical-paths.js';
import { edgeEnds, planFinishes, projectMilestone, settleFloat, settleLatest, type Schedule, type ScheduleDates } from './cpm.js';
import { linkTable } from './edge-constraint.js';

/**
 * What computeSchedule(ws, graph, rank) gives, made from `before`, the schedule computeSchedule gave for `beforeWs`
 * on the same `graph` and `rank` (the caller's promise; src/pipeline.ts reuses them when refs and edges stay).
 * Undefined when the change is not one this follows: `ws` must share `beforeWs`'s plans and dependencies, and differ
 * only in milestones whose c(M) or actual changed (same plan, duration and deadline). Also undefined when `before`
 * has a date computed beyond 0001-01-01 … 9999-12-31: those were held (date-range.ts), and a step from a held date
 * would not give the date the passes compute.
 */
export function updateSchedule(before: Schedule, beforeWs: Workspace, ws: Workspace, graph: Graph, rank: Int32Array): Schedule | undefined {
  const changed = findChanged(beforeWs, ws);
  if (changed === undefined || hasHeldDate(before)) return undefined;
  const n = ws.milestones.length;
  const { order } = graph;
  const ends = edgeEnds(ws);
  const links = linkTable(ws.dependencies);
  const projected = before.projected.slice();
  const driver = before.driver.slice();
  const position = new Int32Array(n);
  for (let k = 0; k < n; k++) position[order[k]!] = k;
  // Forward, in topological order from the first changed milestone: a milestone is stepped again when a
  // predecessor's p(M) moved (or it changed itself), and moves its successors only when its own p(M) moves.
  const touched = new Uint8Array(n);
  const due = new Uint8Array(n);
  let first = n;
  for (const v of changed) {
    due[v] = 1;
    touched[v] = 1;
    first = Math.min(first, position[v]!);
  }
  for (let k = first; k < n; k++) {
    const v = order[k]!;
    if (!due[v]) continue;
    const was = projected[v]!;
    projectMilestone(ws, graph, rank, ends, links, v, projected, driver);
    if (projected[v] === was) continue;
    touched[v] = 1;
    for (let i = graph.succStart[v]!; i < graph.succStart[v + 1]!; i++) due[graph.edgeTo[graph.succEdges[i]!]!] = 1;
  }
  // Backward: l(M) reads no p(M) but through the plans' finishes (an end milestone without a deadline gets its
  // plan's); where a finish moved, its end milestones are stepped again, and their predecessors as far as l moves.
  const latest = before.latest.slice();
  const isEnd = before.isEnd.slice();
  const finishesBefore = planFinishes(beforeWs, before.projected);
  const finishes = planFinishes(ws, projected);
  const dueBack = new Uint8Array(n);
  let last = -1;
  for (let v = 0; v < n; v++) {
    const m = ws.milestones[v]!;
    if (isEnd[v] && !m.deadline && finishes[m.plan] !== finishesBefore[m.plan]) {
      dueBack[v] = 1;
      last = Math.max(last, position[v]!);
    }
  }
  for (let k = last; k >= 0; k--) {
    const v = order[k]!;
    if (!dueBack[v]) continue;
    const was = latest[v]!;
    settleLatest(ws, graph, ends, links, finishes, v, latest, isEnd);
    if (latest[v] === was) continue;
    touched[v] = 1;
    for (let i = graph.predStart[v]!; i < graph.predStart[v + 1]!; i++) dueBack[graph.edgeFrom[graph.predEdges[i]!]!] = 1;
  }
  const dates: ScheduleDates = { projected, latest, start: before.start.slice(), float: before.float.slice(), critical: before.critical.slice() };
  // The critical paths stay when no milestone whose dates moved is critical, before or after: every path's steps
  // and floats read only critical milestones' dates.
  let isPathsKept = true;
  for (let v = 0; v < n; v++) {
    if (!touched[v]) continue;
    settleFloat(ws, ends, v, dates);
    if (before.critical[v] || dates.critical[v]) isPathsKept = false;
  }
  const { start, float, critical } = dates;
  const paths = isPathsKept ? before.paths : traceCriticalPaths(ws, graph, rank, ends, { projected, float, critical, isEnd });
  // No date of `before` was left out (hasHeldDate); holdScheduleInRange marks those of this schedule, as after computeSchedule.
  return { projected, start, latest, float, driver, critical, isEnd, paths, leftOut: new Uint8Array(n) };
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
