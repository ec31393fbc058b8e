// What an analysis computes from its model when first read: the ref order, the graph and the schedule (SPEC §5).
import { buildGraph, type Graph } from './graph/graph.js';
import { graphFits } from './graph/reuse.js';
import type { Workspace } from './model/types.js';
import type { RuleContext } from './rules/index.js';
import { computeSchedule, type Schedule } from './schedule/cpm.js';
import { holdScheduleInRange, holdStartsInRange, leaveOutFloats } from './schedule/date-range.js';
import type { AnalyzeOptions } from './pipeline-types.js';

/** What an analysis computes from its model for the rules and reports that read it. */
export interface Scheduled {
  readonly rank: Int32Array;
  readonly graph: Graph;
  readonly schedule: Schedule;
  /** Computed dates held at 0001-01-01 / 9999-12-31 (rule date-range). */
  readonly outOfRange: RuleContext['outOfRange'];
}

/**
 * The ref order, the graph and the schedule of `workspace` (SPEC §5), with its dates held in range (SPEC §15,
 * date-range); the rank and graph of options.previous when they still fit, the schedule options.updateSchedule gives
 * when it gives one.
 */
export function scheduleWorkspace(workspace: Workspace, options: AnalyzeOptions): Scheduled {
  const previous = options.previous;
  const rank = previous !== undefined && sameRefs(previous.workspace, workspace) ? previous.rank : refRank(workspace);
  // The very same edge list (a model patched by `set`, src/edit/patched-model.ts) needs no look at its 20,000 edges.
  const isSameEdges = previous !== undefined && previous.workspace.dependencies === workspace.dependencies && previous.graph.nodeCount === workspace.milestones.length;
  const graph = previous !== undefined && rank === previous.rank && (isSameEdges || graphFits(previous.graph, workspace.milestones.length, workspace.dependencies))
    ? previous.graph : buildGraph(workspace.milestones.length, workspace.dependencies, rank);
  const computed = options.updateSchedule?.(workspace, graph, rank) ?? computeSchedule(workspace, graph, rank);
  const heldDates = holdScheduleInRange(workspace, computed);
  const outOfRange = [...heldDates, ...holdStartsInRange(workspace, computed, heldDates)];
  return { rank, graph, schedule: leaveOutFloats(workspace, graph, rank, computed), outOfRange };
}

function sameRefs(a: Workspace, b: Workspace): boolean {
  if (a.milestones.length !== b.milestones.length) return false;
  for (let i = 0; i < a.milestones.length; i++) if (a.milestones[i]!.ref !== b.milestones[i]!.ref) return false;
  return true;
}

/** Each milestone's position in ref order (refs compared with `<`: by UTF-16 code units). */
function refRank(ws: Workspace): Int32Array {
  // The refs in an array of their own: the comparisons then read them without visiting 100,000 milestone objects.
  const refs = ws.milestones.map((m) => m.ref);
  // With one plan (the 1,000,000-long chain) grouping gains nothing and its check would cost: the refs are sorted whole.
  const order = (ws.plans.length > 1 ? refOrderByPlan(ws, refs) : undefined) ?? ws.milestones.map((m) => m.index).sort((a, b) => (refs[a]! < refs[b]! ? -1 : 1));
  const rank = new Int32Array(ws.milestones.length);
  for (let i = 0; i < order.length; i++) rank[order[i]!] = i;
  return rank;
}

/**
 * The milestones in ref order found plan by plan: the plans in the order of `<id>/`, each plan's milestones by id.
 * A ref is its plan's id, '/' and its id, neither with a '/' (the schema's patterns), so all refs of a plan share the
 * prefix `<id>/`, and two refs of different plans differ within it: this is the order of the refs. 94 sorts of a
 * thousand short ids cost less than one of 100,000 refs, whose comparisons first read the plan's id again (a tester's
 * national programme). The order is checked against the refs at the end; undefined when it is not theirs (a ref of
 * another form, or two equal refs), and the refs are then sorted as a whole.
 */
function refOrderByPlan(ws: Workspace, refs: readonly string[]): number[] | undefined {
  const milestones = ws.milestones;
  const groups: number[][] = ws.plans.map(() => []);
  const ids: string[] = [];
  for (let i = 0; i < milestones.length; i++) {
    const m = milestones[i]!;
    const group = groups[m.plan];
    if (group === undefined) return undefined;
    group.push(m.index);
    ids[m.index] = m.id;
  }
  const prefixes = ws.plans.map((p) => `${p.id}/`);
  const plans = ws.plans.map((p) => p.index).sort((a, b) => (prefixes[a]! < prefixes[b]! ? -1 : 1));
  const order: number[] = [];
  for (let k = 0; k < plans.length; k++) {
    const group = groups[plans[k]!]!.sort((a, b) => (ids[a]! < ids[b]! ? -1 : 1));
    for (let i = 0; i < group.length; i++) order.push(group[i]!);
  }
  if (order.length !== refs.length) return undefined;
  for (let i = 1; i < order.length; i++) if (!(refs[order[i - 1]!]! < refs[order[i]!]!)) return undefined;
  return order;
}
