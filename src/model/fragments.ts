// Reuse of a file's entities between two builds of a workspace whose other files changed (the language server,
// SPEC §14: a change re-reads only its own file). A file's milestones, gates, goals, measures and risks depend on
// the rest of the workspace only through (1) its plan's index and id, (2) the indices its entities get (the counts
// of milestones, gates and goals read before it) and (3) the duplicate checks, which look up each entity's ref in
// the builder's maps. A fragment is the file read on its own into an empty builder that starts at the same counts;
// it is replayed when (1) and (2) are unchanged and none of its refs is known to the builder yet (so every duplicate
// check gives what it gave on its own). Otherwise the file is read as usual. The replayed entities are the same
// objects in the same order, so the workspace is identical to one built without the cache.
import type { Builder, CheckedFile } from './build.js';
import { isObj, list, text, type Obj } from './read.js';

/** The entities read from one file's data, keyed by that data object (the schema check keeps it per parse). */
export type FragmentCache = WeakMap<object, Fragment>;

export interface Fragment {
  readonly plan: number;
  readonly planId: string;
  readonly at: { readonly milestones: number; readonly gates: number; readonly goals: number };
  readonly part: Builder;
}

type ReadEntities = (b: Builder, f: CheckedFile, plan: number) => void;

const ENTITY_LISTS = ['milestones', 'gates', 'goals'] as const;

/** Reads a file's entities into `b`, from `cache` when its fragment still fits, else fresh (then cached). */
export function readEntitiesCached(b: Builder, f: CheckedFile, plan: number, cache: FragmentCache, read: ReadEntities): void {
  const data = f.data as Obj;
  if (plan < 0) return read(b, f, plan);
  const planId = b.plans[plan]!.id;
  const at = { milestones: b.milestones.length, gates: b.gates.length, goals: b.goals.length };
  let fragment = cache.get(data);
  const fits = fragment !== undefined && fragment.plan === plan && fragment.planId === planId &&
    fragment.at.milestones === at.milestones && fragment.at.gates === at.gates && fragment.at.goals === at.goals;
  if (!fits) {
    const part = emptyLike(b, at);
    read(part, f, plan);
    fragment = { plan, planId, at, part };
    cache.set(data, fragment);
  }
  if (collides(b, data, planId)) return read(b, f, plan);
  replay(b, fragment!);
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
    gates: holes(at.gates), gateIndex: new Map(), pending: [], planIndex: b.planIndex, bodyIndex: new Map(), meetingIndex: new Map(),
    milestoneIndex: new Map(), goalIndex: new Map(), knownBroken: new Set(), duplicates: [], invalidDates: [], requires: [], unscheduled: [],
    unscheduledIndex: new Map(),
  };
}

/** Whether a ref of the file's milestones, gates or goals is already known to `b` (a duplicate check would differ). */
function collides(b: Builder, data: Obj, planId: string): boolean {
  for (const key of ENTITY_LISTS) {
    for (const entry of list(data, key)) {
      if (!isObj(entry)) continue;
      const id = text(entry, 'id');
      if (id === undefined) continue;
      const ref = `${planId}/${id}`;
      if (key === 'goals' ? b.goalIndex.has(ref) : b.milestoneIndex.has(ref) || b.unscheduledIndex.has(ref) || b.gateIndex.has(ref)) return true;
    }
  }
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
  append(b.pending, p.pending);
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
