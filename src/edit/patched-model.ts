// The model after `set` changed one milestone's forecast, actual or status, made from the model before the edit: on
// a 3 MB file of 20,000 milestones, reading every entity into the model again was a third of the analysis after the
// edit (issue #18).
//
// Why it is the model a fresh build makes (src/model/build.ts, readMilestone and resolveReferences): the edited
// file's data is the data before with one milestone's item replaced, and that item differs only in those three keys
// (checked here). The build reads them into nothing but that milestone's own `forecast`, `actual`, `status` and
// `current` — and an invalid forecast or actual into `invalidDates` at its own path, which only a valid new value
// can replace here (anything else is left to the build). The ids, references, dependencies, duplicates and the
// indices of every entity are read from other keys, so they stay. The file's data is what the build reads only when
// its schema check left nothing out: the caller patches only then. test/edit/incremental-set.test.ts compares this
// model with a fresh build's on generated plans and edits.
import { parseDateValue, type DateValue } from '../calendar/index.js';
import type { Milestone, Workspace } from '../model/types.js';
import { copyMilestone } from '../model/milestone.js';
import { sameData } from '../source/same-data.js';
import { SETTABLE_KEYS } from './set-keys.js';

/** The keys `set` writes: the patch follows changes to these alone. */
const SET_KEYS: ReadonlySet<string> = new Set(SETTABLE_KEYS);

type Item = Readonly<Record<string, unknown>>;

/** Workspaces made here: the one they were made from and the index of the milestone whose values changed. */
const patched = new WeakMap<Workspace, PatchedMilestone>();

export interface PatchedMilestone {
  readonly before: Workspace;
  /** Index into `milestones` of both workspaces. */
  readonly milestone: number;
}

export function isPatchedWorkspace(ws: Workspace): boolean {
  return patched.has(ws);
}

/** What a workspace made by patchWorkspace was made from; undefined for any other. */
export function findPatchedMilestone(ws: Workspace): PatchedMilestone | undefined {
  return patched.get(ws);
}

/** `item` without the keys `set` writes, to compare the rest. */
function otherKeys(item: Item): Item {
  return Object.fromEntries(Object.entries(item).filter(([k]) => !SET_KEYS.has(k)));
}

/** A date the build would read without a finding (undefined when absent); null when it would report it. */
function readDate(raw: unknown, allowPeriod: boolean): DateValue | undefined | null {
  if (raw === undefined) return undefined;
  const parsed = parseDateValue(raw, allowPeriod);
  return parsed.ok ? parsed.value : null;
}

/**
 * The model of the workspace `before` describes with `milestones[index]` of `file` changed from `oldItem` to
 * `newItem` in the forecast, actual and status keys only; undefined when the change is not one this can follow (other
 * keys changed, the milestone is not scheduled or is defined twice, a new date is invalid).
 */
export function patchWorkspace(before: Workspace, file: string, index: number, oldItem: Item, newItem: Item): Workspace | undefined {
  if (!sameData(otherKeys(oldItem), otherKeys(newItem), 'json')) return undefined;
  const plan = before.plans.find((p) => p.file === file);
  const id = newItem['id'];
  if (plan === undefined || typeof id !== 'string') return undefined;
  const k = before.milestoneIndex.get(`${plan.id}/${id}`);
  const m = k === undefined ? undefined : before.milestones[k];
  if (m === undefined || m.gate !== undefined || m.origin.file !== file || m.origin.path[0] !== 'milestones' || m.origin.path[1] !== index || m.origin.path.length !== 2) return undefined;
  const forecast = readDate(newItem['forecast'], true);
  const actual = readDate(newItem['actual'], false);
  if (forecast === null || actual === null) return undefined;
  const statusText = newItem['status'];
  const status = statusText === 'green' || statusText === 'yellow' || statusText === 'red' ? statusText : undefined;
  const milestone: Milestone = copyMilestone(m, { forecast, actual, status, current: (actual ?? forecast ?? m.date).day });
  const milestones = before.milestones.slice();
  milestones[k!] = milestone;
  // An invalid forecast or actual before: its finding goes with the valid value that replaced it.
  const isOwnDate = (path: readonly unknown[]): boolean => path.length === 3 && path[0] === 'milestones' && path[1] === index && (path[2] === 'forecast' || path[2] === 'actual');
  const invalidDates = before.invalidDates.filter((d) => !(d.origin.file === file && isOwnDate(d.origin.path)));
  const ws: Workspace = { ...before, milestones, invalidDates };
  patched.set(ws, { before, milestone: k! });
  return ws;
}
