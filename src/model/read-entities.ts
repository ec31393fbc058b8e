// Reads a file's bodies and meetings, and its plan's entity lists (milestones, gates, goals, measures, risks), into
// the builder (build.ts); a milestone itself is read by read-milestone.ts.
import { isObj, list, obj, text, field, type Obj } from './read.js';
import type { Path } from '../source/parse.js';
import type { Builder, CheckedFile } from './build.js';
import { readGate } from './gates.js';
import { EntryOrigin } from './origin.js';
import { readMilestone } from './read-milestone.js';
import { idOrigin, readDate } from './read-values.js';
import { writtenFields } from './written-milestone.js';

export function readBodies(b: Builder, f: CheckedFile): void {
  list(f.data as Obj, 'bodies').forEach((entry, i) => {
    if (!isObj(entry)) return;
    const id = text(entry, 'id');
    if (id === undefined) return;
    const origin = { file: f.file, path: ['bodies', i] };
    const first = b.bodyIndex.get(id);
    if (first !== undefined) return void b.duplicates.push({ kind: 'body', ref: id, origin: idOrigin(origin), first: idOrigin(b.bodies[first]!.origin), plan: undefined });
    b.bodyIndex.set(id, b.bodies.length);
    b.bodies.push({ index: b.bodies.length, id, name: text(entry, 'name'), origin });
  });
}

export function readMeetings(b: Builder, f: CheckedFile): void {
  list(f.data as Obj, 'meetings').forEach((entry, i) => {
    if (!isObj(entry)) return;
    const body = text(entry, 'body');
    const origin = { file: f.file, path: ['meetings', i] };
    const explicit = text(entry, 'id');
    const written = text(entry, 'date') ?? '';
    const ref = explicit ?? `${body ?? ''}@${written}`;
    if (body === undefined) return void b.knownBroken.add(`meeting:${ref}`);
    const date = readDate(b, entry, 'date', false, ref, undefined, f.file, origin.path);
    if (!date) return void b.knownBroken.add(`meeting:${ref}`);
    const first = b.meetingIndex.get(ref);
    const at = explicit !== undefined ? idOrigin(origin) : { file: f.file, path: [...origin.path, 'date'] };
    if (first !== undefined) return void b.duplicates.push({ kind: 'meeting', ref, origin: at, first: b.meetings[first]!.origin, plan: undefined });
    b.meetingIndex.set(ref, b.meetings.length);
    b.meetings.push({ index: b.meetings.length, ref, body, date: date.day, title: text(entry, 'title'), location: text(entry, 'location'), origin });
  });
}

export function readEntities(b: Builder, f: CheckedFile, plan: number): void {
  const data = f.data as Obj;
  const planId = plan >= 0 ? b.plans[plan]!.id : obj(data, 'plan') && text(obj(data, 'plan')!, 'id');
  for (const key of ENTITY_KEYS) {
    // An index loop rather than forEach's callback, once per entity (100,000 milestones).
    const entries = list(data, key);
    if (key === 'milestones' && plan >= 0) {
      readMilestones(b, entries, plan, b.plans[plan]!.id, f.file);
      continue;
    }
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i];
      if (!isObj(entry)) continue;
      const id = text(entry, 'id');
      if (id === undefined) continue;
      const ref = flatRef(planId ?? '?', id);
      const origin = new EntryOrigin(f.file, key, i);
      if (plan < 0) b.knownBroken.add(`${key}:${ref}`);
      else if (key === 'gates') readGate(b, entry, plan, ref, id, origin, (k, allowPeriod) => (field(entry, k) === undefined ? undefined : readDate(b, entry, k, allowPeriod, ref, plan, origin.file, origin.path) ?? null));
      else if (key === 'goals') readGoal(b, entry, plan, ref, id, origin);
      else if (key === 'risks') b.risksRaw.push({ plan, data: entry, origin });
      else b.measuresRaw.push({ plan, data: entry, origin });
    }
  }
}

/**
 * A plan's `milestones` list, as readEntities reads any entity list: each milestone's id taken from the one pass over
 * its keys that finds its fields (written-milestone.ts writtenFields) rather than looked up first on its own.
 */
function readMilestones(b: Builder, entries: readonly unknown[], plan: number, planId: string, file: string): void {
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (!isObj(entry)) continue;
    const w = writtenFields(entry);
    const id = w.id;
    if (typeof id !== 'string') continue;
    readMilestone(b, entry, w, plan, flatRef(planId, id), id, new EntryOrigin(file, 'milestones', i));
  }
}

/** The entity lists of a plan file, in the order readEntities reads them. */
const ENTITY_KEYS = ['milestones', 'gates', 'goals', 'measures', 'risks'] as const;

/**
 * `plan/ID` as one flat string. A template literal of 13 characters or more is a ConsString, which the first look-up
 * in milestoneIndex flattens into a second string, while the model keeps the ConsString that points at it: 32 bytes
 * per milestone more, 32 MB on the 1,000,000-long chain (issue #18). trim() returns the flat string itself when there
 * is nothing to trim, always so for the schema's ids; a ref that does start or end with a space is kept as written.
 */
function flatRef(planId: string, id: string): string {
  const written = `${planId}/${id}`;
  const flat = written.trim();
  return flat.length === written.length ? flat : written;
}

function readGoal(b: Builder, g: Obj, plan: number, ref: string, id: string, origin: { file: string; path: Path }): void {
  const first = b.goalIndex.get(ref);
  if (first !== undefined) {
    b.duplicates.push({ kind: 'goal', ref, origin: idOrigin(origin), first: idOrigin(b.goals[first]!.origin), plan });
    return;
  }
  b.goalIndex.set(ref, b.goals.length);
  b.goals.push({ index: b.goals.length, plan, id, ref, title: text(g, 'title') ?? id, area: text(g, 'area'), origin });
}
