// A meeting's name as the model gives it (SPEC §1.3), read from a plan file's data as written: for the schema's
// messages (place.ts) and the language server's symbols (lsp/symbols.ts), which read the data, not the model.
import type { Path } from '../source/parse.js';

/** The schema's id (schemas/plan.schema.json `#/$defs/id`). */
const ID = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;
/** The schema's day date (`#/$defs/dayDate`). */
const DAY = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
/** The schema's meeting reference (`#/$defs/meetingRef`): an id, or `<body>@<YYYY-MM-DD>`. */
const MEETING_REF = /^[A-Za-z0-9_][A-Za-z0-9._-]*(@[0-9]{4}-[0-9]{2}-[0-9]{2})?$/;

/**
 * The name of a meeting written as `meeting` (an entry of `meetings`): its `id`, or `<body>@<date>` when it has none
 * or one the schema rejects (schema/prune.ts leaves such an id out, SPEC §4.1); null when neither can be read. `by`
 * says which: the path key where the name is written.
 */
export function meetingName(meeting: Readonly<Record<string, unknown>>): { readonly name: string; readonly by: 'id' | 'date' } | null {
  const { id, body, date } = meeting;
  if (typeof id === 'string' && ID.test(id)) return { name: id, by: 'id' };
  return typeof body === 'string' && ID.test(body) && typeof date === 'string' && DAY.test(date) ? { name: `${body}@${date}`, by: 'date' } : null;
}

/** Whether `value` is a meeting reference the schema takes in a milestone's `meetings` list. */
export function isMeetingReference(value: unknown): value is string {
  return typeof value === 'string' && MEETING_REF.test(value);
}

/**
 * The name (`<body>@<date>`) a meeting without an id would have with `offered` as the `body` or `date` at `path` of the
 * file's `data` (meetingName): the name the schema rule checks no other meeting has (tester round 77 F4); undefined
 * when `path` is neither, nothing is offered, or the meeting has an id.
 */
export function meetingNamedBy(path: Path, data: unknown, offered: string | null): string | undefined {
  if (offered === null || path.length !== 3 || path[0] !== 'meetings' || (path[2] !== 'body' && path[2] !== 'date')) return undefined;
  const meetings = data !== null && typeof data === 'object' ? (data as Record<string, unknown>)['meetings'] : undefined;
  const meeting: unknown = Array.isArray(meetings) && typeof path[1] === 'number' ? meetings[path[1]] : undefined;
  if (meeting === undefined || meeting === null || typeof meeting !== 'object' || Array.isArray(meeting)) return undefined;
  const named = meetingName({ ...(meeting as Record<string, unknown>), [path[2]]: offered });
  return named?.by === 'date' ? named.name : undefined;
}

/** The body part of a meeting reference `<body>@<date>` (before its last `@`); undefined for one without `@`. */
export function meetingRefBody(ref: string): string | undefined {
  const at = ref.lastIndexOf('@');
  return at < 0 ? undefined : ref.slice(0, at);
}
