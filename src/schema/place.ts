// Paths into a plan file's data: a JSON pointer as a path, the value at a path, and the place in the user's terms.
import type { Path } from '../source/parse.js';
import type { Place } from '../messages/data/input.js';
import { meetingName } from './meeting-name.js';

export function pointerToPath(pointer: string): Path {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map((s) => {
    const text = s.replace(/~1/g, '/').replace(/~0/g, '~');
    return /^(0|[1-9]\d*)$/.test(text) ? Number(text) : text;
  });
}

export function valueAt(data: unknown, path: Path): unknown {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

/** The place in the user's terms: the file, an entity of a list (milestones[2] with its id), or a dotted path. */
export function placeOf(path: Path, data: unknown): Place {
  if (path.length === 0) return { kind: 'file' };
  const [top, index, ...rest] = path;
  if (typeof index === 'number' && typeof top === 'string') {
    const entity = valueAt(data, [top, index]);
    const fields = entity !== null && typeof entity === 'object' ? (entity as Record<string, unknown>) : undefined;
    const id = fields === undefined ? null : top === 'meetings' ? meetingName(fields)?.name ?? null : typeof fields['id'] === 'string' ? fields['id'] : null;
    return { kind: 'entity', list: top, index, id, rest: rest.length === 0 ? null : dotted(rest) };
  }
  return { kind: 'path', path: dotted(path) };
}

/** The entity of a plan file that a value at some path belongs to, named as SPEC §4's references name it. */
export interface EntityName {
  /** True for a meeting (its reference, §1.3, is `name` itself); false for a plan's entity (`<plan id>/<name>`). */
  readonly meeting: boolean;
  readonly name: string;
}

/** The lists whose entries are referred to as `<plan id>/<id>` (SPEC §4's `plan/ID`). */
const PLAN_ENTITY_LISTS: ReadonlySet<string> = new Set(['milestones', 'gates', 'risks', 'goals', 'measures']);

/**
 * The entity the value at `path` of a plan file's `data` is part of, named as the model names it (so that a schema
 * finding's `ref` is the one every other rule gives the same entity): a milestone, gate, risk, goal or measure whose
 * `id` is a string — one the schema rejects too, as the model keeps it (tester round 58 F4: `s/bad id!` on `overdue`,
 * null on `schema`) — or a meeting that has a name (meetingName, as the model names a meeting whose id is left out);
 * undefined for the `plan` header, a body (no reference of §4's kinds), the file itself, or an entry without a string
 * id. What a `schema` finding's `ref` is made from (tester round 56 F3: every one was null).
 */
export function entityAt(data: unknown, path: Path): EntityName | undefined {
  // placeOf names the entry as the schema's messages do: a meeting by meetingName, any other by its string id.
  const place = placeOf(path.slice(0, 2), data);
  if (place.kind !== 'entity' || place.id === null) return undefined;
  if (place.list === 'meetings') return { meeting: true, name: place.id };
  return PLAN_ENTITY_LISTS.has(place.list) ? { meeting: false, name: place.id } : undefined;
}

/** plan.calendar.workdays, after[0]. */
function dotted(path: Path): string {
  return path.map((s) => (typeof s === 'number' ? `[${s}]` : s)).join('.').replace(/\.\[/g, '[');
}
