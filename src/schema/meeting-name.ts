// A meeting's name as the model gives it (SPEC §1.3), read from a plan file's data as written: for the schema's
// messages (place.ts) and the language server's symbols (lsp/symbols.ts), which read the data, not the model.

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
