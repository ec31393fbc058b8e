// SPEC §4.1: a schema error leaves out only the value that is wrong (one key, one list entry, one edge).
//
// `dropOf` maps one ajv error to the path of the value to leave out; `pruneData` returns a copy of the data
// without those values. Dropped list entries become `undefined` holes, so every other entry keeps its index
// (and with it its JSON pointer, line and column); the model's readers skip holes like any non-value.
import type { AjvError } from './ajv-error.js';
import type { Path } from '../source/parse.js';

/** Lists whose entries are entities (SPEC §1.1): their own required keys are the model's business. */
const ENTITY_LISTS: ReadonlySet<string> = new Set(['milestones', 'goals', 'measures', 'bodies', 'meetings', 'gates', 'risks']);

/**
 * The value that `error` (at `path`, its instance path as segments) makes unusable, or undefined when nothing
 * should be left out: a missing key of an entity or the plan header (the model reads what is there: a milestone
 * without `date` cannot be scheduled, one without `title` is shown by its id), a file without a plan header
 * (its entities have no namespace), and an id of the wrong pattern (still the name others refer to it by), but for
 * a meeting's, which has a name without it.
 */
export function dropOf(error: AjvError, path: Path): Path | undefined {
  switch (error.keyword) {
    case 'additionalProperties':
      return [...path, String(error.params['additionalProperty'])];
    case 'propertyNames':
      return [...path, String(error.params['propertyName'])];
    case 'dependentRequired':
      return undefined;
    case 'required':
      return isEntityOrHeader(path) ? undefined : widen(path);
    case 'uniqueItems': {
      // ajv names the two equal entries; the later one is the repetition.
      const later = Math.max(Number(error.params['i']), Number(error.params['j']));
      return Number.isInteger(later) ? [...path, later] : path;
    }
    case 'pattern':
      // A meeting's id is optional: without it the meeting is `<body>@<date>` (SPEC §1.3), the name a milestone's
      // `meetings` list can write; an id that is no id is left out like any wrong value (tester round 52 F1: reports
      // and hints named the meeting by a text no `meetings` entry may hold).
      if (isIdPath(path) && path[0] !== 'meetings') return undefined;
      return widen(path);
    default:
      return widen(path);
  }
}

function isEntityOrHeader(path: Path): boolean {
  if (path.length === 0) return true;
  if (path.length === 1) return path[0] === 'plan';
  return path.length === 2 && typeof path[0] === 'string' && ENTITY_LISTS.has(path[0]) && typeof path[1] === 'number';
}

function isIdPath(path: Path): boolean {
  if (path.length === 2) return path[0] === 'plan' && path[1] === 'id';
  return path.length === 3 && typeof path[0] === 'string' && ENTITY_LISTS.has(path[0]) && path[2] === 'id';
}

/**
 * A wrong value inside a structured field of an entity leaves out the whole list entry or field it belongs to:
 * `after[2].lag: 2x` drops the edge (an edge with lag 0 would schedule something the user did not write),
 * `history[1].forecast` drops that history entry. A gate's `ready` is the exception: `ready.lead: 5x` leaves out the
 * lead alone, as `plan.governance.window` and a milestone's `duration` are left out, and readiness is checked with
 * the default lead of 0d (SPEC §4.1: "only the value that is wrong"; a gate late at 0d is late at any lead). Until
 * 3 Dec 2026 the whole readiness check went, and `gates` said the gate was ready (a tester's finding).
 */
export function widen(path: Path): Path {
  const [top, index, fieldName, entry] = path;
  if (top === 'gates' && fieldName === 'ready') return path;
  if (typeof top === 'string' && ENTITY_LISTS.has(top) && typeof index === 'number' && fieldName !== undefined && path.length > 3) {
    return typeof entry === 'number' ? path.slice(0, 4) : path.slice(0, 3);
  }
  return path;
}

/** A copy of `data` without the values at `drops` (copy-on-write: untouched branches are shared). */
export function pruneData(data: unknown, drops: readonly Path[]): unknown {
  let root: unknown = data;
  const copied = new Set<unknown>();
  for (const drop of drops) {
    if (drop.length === 0) return undefined;
    root = dropOne(root, drop, copied);
  }
  return root;
}

function dropOne(root: unknown, path: Path, copied: Set<unknown>): unknown {
  const own = (node: unknown): Record<string | number, unknown> | unknown[] => {
    if (copied.has(node)) return node as Record<string, unknown>;
    const copy = Array.isArray(node) ? [...(node as unknown[])] : { ...(node as Record<string, unknown>) };
    copied.add(copy);
    return copy;
  };
  if (!isContainer(root)) return root;
  const top = own(root);
  let node: Record<string | number, unknown> | unknown[] = top;
  for (let i = 0; i < path.length - 1; i++) {
    const segment = path[i]!;
    if (!Object.hasOwn(node, segment)) return top;
    const child = (node as Record<string | number, unknown>)[segment];
    if (!isContainer(child)) return top;
    const next = own(child);
    (node as Record<string | number, unknown>)[segment] = next;
    node = next;
  }
  const last = path[path.length - 1]!;
  if (Array.isArray(node)) {
    if (typeof last === 'number' && last < node.length) node[last] = undefined;
  } else if (Object.hasOwn(node, last)) {
    delete node[last];
  }
  return top;
}

function isContainer(value: unknown): value is object {
  return value !== null && typeof value === 'object';
}
