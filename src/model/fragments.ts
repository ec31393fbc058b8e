// Reuse of a file's entities between two builds of a workspace whose other files changed (the language server,
// SPEC §14: a change re-reads only its own file). A file's milestones, gates, goals, measures and risks depend on
// the rest of the workspace only through (1) its plan's index and id, (2) the indices its entities get (the counts
// of milestones, gates and goals read before it) and (3) the duplicate checks, which look up each entity's ref in
// the builder's maps. A fragment is the file read on its own into an empty builder that starts at the same counts;
// it is replayed when its plan id is unchanged and none of its refs is known to the builder yet (so every duplicate
// check gives what it gave on its own). When (1)'s index or (2) moved — a file before it broke or was repaired — the
// fragment is rebased (model/rebase.ts): the same entities with the indices shifted, as a fresh read would give them.
// Otherwise the file is read as usual. The workspace is identical to one built without the cache.
import type { Builder, CheckedFile } from './build.js';
import { isObj, list, text, type Obj } from './read.js';
import { rebasePart, type Offsets } from './rebase.js';
import { DependencyTable } from './dependency-table.js';

/** The entities read from one file's data, keyed by that data object (the schema check keeps it per parse). */
export type FragmentCache = WeakMap<object, Fragment>;

export interface Fragment {
  readonly planId: string;
  /** Where the file's entities start: its plan index and the counts before it. */
  readonly at: Offsets;
  readonly part: Builder;
  /** The refs of its milestones and gates, and of its goals (for the duplicate checks). */
  readonly refs: readonly string[];
  readonly goalRefs: readonly string[];
}

type ReadEntities = (b: Builder, f: CheckedFile, plan: number) => void;

const ENTITY_LISTS = ['milestones', 'gates', 'goals'] as const;

/** Reads a file's entities into `b`, from `cache` when its fragment still fits (rebased when it moved), else fresh (then cached). */
export function readEntitiesCached(b: Builder, f: CheckedFile, plan: number, cache: FragmentCache, read: ReadEntities): void {
  const data = f.data as Obj;
  if (plan < 0) return read(b, f, plan);
  const planId = b.plans[plan]!.id;
  const at: Offsets = { plan, milestones: b.milestones.length, gates: b.gates.length, goals: b.goals.length };
  let fragment = cache.get(data);
  if (fragment === undefined || fragment.planId !== planId) {
    const part = emptyLike(b, at);
    read(part, f, plan);
    fragment = { planId, at, part, ...refsOf(data, planId) };
    cache.set(data, fragment);
  } else if (!sameOffsets(fragment.at, at)) {
    fragment = { ...fragment, at, part: rebasePart(fragment.part, fragment.at, at) };
    cache.set(data, fragment);
  }
  if (collides(b, fragment)) return read(b, f, plan);
  replay(b, fragment);
}

function sameOffsets(a: Offsets, b: Offsets): boolean {
  return a.plan === b.plan && a.milestones === b.milestones && a.gates === b.gates && a.goals === b.goals;
}

/** A builder with `b`'s plans (read only) and arrays as long as `b`'s, so new entities get the same indices. */
function emptyLike(b: Builder, at: Fragment['at']): Builder {
  const holes = <T>(n: number): T[] => {
    const a: T[] = [];
    a.length = n;
    return a;
  };
  return {
    files: b.files, plans: b.plans, bodies: [], meetings: [], milestones: holes(at.milestones), goals: holes(at.goals), measuresRaw: [], risksRaw: [],
    gates: holes(at.gates), gateIndex: new Map(), pending: new DependencyTable(), pendingTargets: [], planIndex: b.planIndex, bodyIndex: new Map(), meetingIndex: new Map(),
    milestoneIndex: new Map(), goalIndex: new Map(), knownBroken: new Set(), duplicates: [], invalidDates: [], requires: [], unscheduled: [],
    unscheduledIndex: new Map(), shared: b.shared,
  };
}

/** The refs of a file's milestones and gates, and of its goals, as written (what the duplicate checks look up). */
function refsOf(data: Obj, planId: string): { refs: string[]; goalRefs: string[] } {
  const refs: string[] = [];
  const goalRefs: string[] = [];
  for (const key of ENTITY_LISTS) {
    for (const entry of list(data, key)) {
      if (!isObj(entry)) continue;
      const id = text(entry, 'id');
      if (id !== undefined) (key === 'goals' ? goalRefs : refs).push(`${planId}/${id}`);
    }
  }
  return { refs, goalRefs };
}

/** Whether a ref of the file's milestones, gates or goals is already known to `b` (a duplicate check would differ). */
function collides(b: Builder, f: Fragment): boolean {
  for (const ref of f.refs) if (b.milestoneIndex.has(ref) || b.unscheduledIndex.has(ref) || b.gateIndex.has(ref)) return true;
  for (const ref of f.goalRefs) if (b.goalIndex.has(ref)) return true;
  return false;
}

function append<T>(to: T[], from: readonly T[], start = 0): void {
  for (let i = start; i < from.length; i++) to.push(from[i]!);
}

function replay(b: Builder, f: Fragment): void {
  const p = f.part;
  append(b.milestones, p.milestones, f.at.milestones);
  append(b.gates, p.gates, f.at.gates);
  append(b.goals, p.goals, f.at.goals);
  append(b.measuresRaw, p.measuresRaw);
  append(b.risksRaw, p.risksRaw);
  b.pending.addAll(p.pending);
  append(b.pendingTargets, p.pendingTargets);
  append(b.duplicates, p.duplicates);
  append(b.invalidDates, p.invalidDates);
  append(b.requires, p.requires);
  append(b.unscheduled, p.unscheduled);
  for (const [k, v] of p.milestoneIndex) b.milestoneIndex.set(k, v);
  for (const [k, v] of p.gateIndex) b.gateIndex.set(k, v);
  for (const [k, v] of p.goalIndex) b.goalIndex.set(k, v);
  for (const [k, v] of p.unscheduledIndex) b.unscheduledIndex.set(k, v);
  for (const k of p.knownBroken) b.knownBroken.add(k);
}
