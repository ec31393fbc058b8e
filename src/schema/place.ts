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

/** plan.calendar.workdays, after[0]. */
function dotted(path: Path): string {
  return path.map((s) => (typeof s === 'number' ? `[${s}]` : s)).join('.').replace(/\.\[/g, '[');
}
