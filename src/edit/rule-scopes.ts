// Which findings `set` can add, rule by rule: the entities whose findings must be made before and after an edit of one
// milestone's forecast, actual or status to know what it introduced (issue #18: on 20,000 milestones, making all 7,000
// findings twice cost more than the edit).
//
// findIntroduced (./introduced.ts) compares the findings of one rule, file and entity as a group, and a group with no
// more findings after the edit than before introduces none. So only the groups that may grow are needed, and they
// are made whole; every other group is left out on both sides, where it could only have matched itself.
//
// Which may grow (SPEC §4 and the rule files in src/rules/): the model after the edit is the model before it with one
// milestone K's forecast, actual, status and current changed (src/edit/patched-model.ts); the graph and the status
// date are the same, and the schedule is computed again. A finding of rule r about entity x depends on:
// - actual-in-future, non-working-day, meeting-before-milestone: x's own dates and fields, its plan, the meetings
//   → only K's;
// - dependency-order (one finding per late edge into x): the current dates of x and its predecessors → K's and those
//   of K's successors;
// - overdue (at most one): x's actual and projected date → K's, and those overdue after the edit and not before;
// - negative-float (at most one): x's float → K's, and those with a negative float after the edit and not before;
// - lead, progress-range, unassigned: lags, progress and responsible parties, which `set` never changes → none;
// - gate-decision, gate-readiness: a gate's node and its readiness milestone's projected date → made whole (a few
//   gates), never scoped;
// - the structural rules (yaml-syntax … date-range): both analyses make them whole anyway.
import type { RuleId } from '../diagnostics/types.js';
import type { Analysis } from '../pipeline.js';
import { isOverdue } from '../schedule/overdue.js';

/**
 * The rules made only for some milestones (indices into `workspace.milestones`). Every other rule that is neither
 * UNAFFECTED nor structural is made whole: the gate rules (few entities each, and they read the schedule of any
 * milestone) and any rule added later without a scope here (slower, never wrong).
 */
export interface RuleScopes {
  readonly milestones: ReadonlyMap<RuleId, ReadonlySet<number>>;
}

/** The rules whose findings no edit by `set` can change: they read lags, progress and responsible parties only. */
export const UNAFFECTED: ReadonlySet<RuleId> = new Set<RuleId>(['lead', 'progress-range', 'unassigned']);

/**
 * The scopes of an edit of milestone `k` that turned `before` into `after` (same graph, same milestones by index, the
 * model patched as src/edit/patched-model.ts does). Linear in milestones: the two schedules are compared array by array.
 */
export function findRuleScopes(before: Analysis, after: Analysis, k: number): RuleScopes {
  const own = new Set([k]);
  const successors = new Set([k]);
  const { succStart, succEdges, edgeTo } = after.graph;
  for (let i = succStart[k]!; i < succStart[k + 1]!; i++) successors.add(edgeTo[succEdges[i]!]!);
  const overdue = new Set([k]);
  const negativeFloat = new Set([k]);
  const s0 = before.schedule;
  const s1 = after.schedule;
  const m0 = before.workspace.milestones;
  const m1 = after.workspace.milestones;
  const p0 = s0.projected;
  const p1 = s1.projected;
  const f0 = s0.float;
  const f1 = s1.float;
  const isSameDay = before.today === after.today;
  for (let v = 0; v < m1.length; v++) {
    // Overdue reads the milestone's actual and p(M) (schedule/overdue.ts): the same milestone and day, the same answer.
    if ((m1[v] !== m0[v] || p1[v] !== p0[v] || !isSameDay) && isOverdue(m1[v]!, p1[v]!, after.today) && !isOverdue(m0[v]!, p0[v]!, before.today)) overdue.add(v);
    if (f1[v]! < 0 && !(f0[v]! < 0)) negativeFloat.add(v);
  }
  return {
    milestones: new Map<RuleId, ReadonlySet<number>>([
      ['actual-in-future', own],
      ['dependency-order', successors],
      ['meeting-before-milestone', own],
      ['negative-float', negativeFloat],
      ['non-working-day', own],
      ['overdue', overdue],
    ]),
  };
}
