// A file's entities moved to other indices (model/fragments.ts): when a file before it breaks or is repaired, its
// plan gets another index and its milestones, gates and goals come after more or fewer others, but what it says is
// unchanged. Reading it again would give the very same entities with every index shifted by the same amount, which is
// what this gives, without reading: each entity copied with its plan index and own indices moved, in the same key
// order (so the model is identical, as data, to one read from scratch).
import type { Builder } from './build.js';
import { copyMilestone } from './milestone.js';
import { DependencyTable } from './dependency-table.js';

/** Where a file's entities start: its plan's index and the counts of milestones, gates and goals read before it. */
export interface Offsets {
  readonly plan: number;
  readonly milestones: number;
  readonly gates: number;
  readonly goals: number;
}

/**
 * `part` (a file's entities read at `from`, in a builder whose arrays have holes before them) as read at `to`. The
 * plan index is the file's own wherever it appears (entities, requires, invalid dates and duplicates found in the
 * file), so it is replaced; node, gate and goal indices are shifted. References are not resolved yet (-1), so they
 * stay as they are.
 */
export function rebasePart(part: Builder, from: Offsets, to: Offsets): Builder {
  const dm = to.milestones - from.milestones;
  const dg = to.gates - from.gates;
  const dgoal = to.goals - from.goals;
  const plan = to.plan;
  const shiftedMap = (m: ReadonlyMap<string, number>, d: number): Map<string, number> => {
    const out = new Map<string, number>();
    for (const [k, v] of m) out.set(k, v + d);
    return out;
  };
  return {
    files: part.files, plans: part.plans, planIndex: part.planIndex,
    bodies: [], meetings: [], bodyIndex: new Map(), meetingIndex: new Map(),
    milestones: moved(part.milestones, from.milestones, to.milestones, (m) => copyMilestone(m, { index: m.index + dm, plan, gate: m.gate === undefined ? undefined : m.gate + dg })),
    gates: moved(part.gates, from.gates, to.gates, (g) => ({ ...g, index: g.index + dg, plan, node: g.node < 0 ? g.node : g.node + dm })),
    goals: moved(part.goals, from.goals, to.goals, (g) => ({ ...g, index: g.index + dgoal, plan })),
    measuresRaw: part.measuresRaw.map((r) => ({ ...r, plan })),
    risksRaw: part.risksRaw.map((r) => ({ ...r, plan })),
    pending: shiftedTable(part.pending, dm),
    pendingTargets: part.pendingTargets,
    duplicates: part.duplicates.map((d) => (d.plan === undefined ? d : { ...d, plan })),
    invalidDates: part.invalidDates.map((d) => (d.plan === undefined ? d : { ...d, plan })),
    requires: part.requires.map((r) => ({ ...r, plan })),
    unscheduled: part.unscheduled.map((u) => ({ ...u, plan })),
    milestoneIndex: shiftedMap(part.milestoneIndex, dm),
    gateIndex: shiftedMap(part.gateIndex, dg),
    goalIndex: shiftedMap(part.goalIndex, dgoal),
    unscheduledIndex: part.unscheduledIndex,
    knownBroken: part.knownBroken,
    shared: part.shared,
  };
}

/** The entities of `list` from `start` on, copied by `fn` into an array with `at` holes before them. */
function moved<T>(list: readonly T[], start: number, at: number, fn: (item: T) => T): T[] {
  const out: T[] = [];
  out.length = at;
  for (let i = start; i < list.length; i++) out.push(fn(list[i]!));
  return out;
}

/** The rows of `pending` with each successor's index moved by `dm`. */
function shiftedTable(pending: DependencyTable, dm: number): DependencyTable {
  const out = new DependencyTable(Math.max(pending.length, 1));
  out.addAll(pending, dm);
  return out;
}
