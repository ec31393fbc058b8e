// The indentation a tab-indented line was meant to have, for the indentation-tab scan (indent-tabs.ts): read from the
// structures still open above the line and the first clean line below it. It is the finding's hint and the spaces the
// line is parsed with (IndentTab.spaces).
import { readStructure, type Line, type Structure } from './indent-tabs-lines.js';

/**
 * The keys of a plan file's top level (SPEC §1: the plan header and the entity lists, and the Norwegian names the
 * schema recognises for them): a tab-indented one that opens a block is meant at column 0; a Norwegian one names its
 * list by the English key (IndentTab.list). Separate from the schema's table (src/schema/norwegian-keys.ts) because
 * src/source, the layer the schema reads from, imports nothing from src/schema, and because that table maps every
 * key, case-folded, to the English keys it may stand for, where this scan needs only the top-level keys as written.
 * A top-level Norwegian name added there belongs here too.
 */
export const TOP_LEVEL_KEYS: ReadonlyMap<string, string> = new Map([
  ...['plan', 'milestones', 'goals', 'measures', 'bodies', 'meetings', 'gates', 'risks'].map((k): [string, string] => [k, k]),
  ['milepæler', 'milestones'], ['milepaeler', 'milestones'], ['mål', 'goals'], ['maal', 'goals'], ['tiltak', 'measures'],
  ['organer', 'bodies'], ['styringsorganer', 'bodies'], ['møter', 'meetings'], ['moter', 'meetings'],
  ['beslutningspunkter', 'gates'], ['risikoer', 'risks'], ['risiko', 'risks'],
]);

/**
 * The list a top-level key opens, by TOP_LEVEL_KEYS, in any letter case (`Milepæler:`, `Risikoer:`): the schema reads
 * a Norwegian key whatever its case (tester round 49 F2: a tab-indented `Milepæler:` was taken for a key of the plan
 * header). undefined for any other key.
 */
export function topLevelList(key: string): string | undefined {
  return TOP_LEVEL_KEYS.get(key) ?? TOP_LEVEL_KEYS.get(key.toLowerCase());
}

/**
 * The indentation a tab-indented line was meant to have, from its neighbours: a list entry lines up with the entry
 * after it (or the keys after it show where its own keys go), a key with the key before it (or, after `key:`, with
 * the child after it), other text goes right of the line before.
 */
export function meantIndent(shape: Structure | undefined, last: Structure | undefined, stack: readonly Structure[], lines: readonly Line[], next: number): number {
  if (last === undefined) return 0;
  const after = next >= 0 ? readStructure(lines[next]!.content, lines[next]!.spaces, next) : undefined;
  const child = last.opens;
  if (shape === undefined) return last.own + 2;
  if (shape.dash) {
    const offset = shape.own - shape.indent; // where its own key goes, from its dash (`- id:` is 2)
    const floor = child ? last.own : 0;
    // The entry after it is its sibling: one of the same kind, the first under `key:`, or one of the innermost list.
    const inner = innermostEntry(stack);
    // `- - a` with a plain entry deeper below it: that entry is of its inner list (`- b` under `- - a`).
    const nested = shape.dashAt - shape.indent;
    if (nested > 0 && after?.dash === true && after.dashAt === after.indent && after.indent - nested > (child ? last.own : -1)) return after.indent - nested;
    if (after?.dash === true && after.indent >= floor && (after.mapItem === shape.mapItem || child || (inner !== undefined && after.indent >= inner.indent))) return after.indent;
    if (shape.mapItem && after !== undefined && !after.dash && after.indent - offset >= floor && after.indent > (child ? last.own : -1)) {
      const at = after.indent - offset;
      if (child || hasEntryAt(stack, at)) return at;
    }
    if (child) return last.own + 2;
    // Else a sibling of the innermost open entry of its kind, or of any (`- A` after `- id: A` / `lag: 2d`: round 46 F2).
    return lastEntryColumn(stack, shape.mapItem) ?? inner?.indent ?? last.indent;
  }
  if (child) return after !== undefined && after.indent > last.own ? after.indent : last.own + 2;
  // A key that opens a block lines up where the line after it can be its child: the key of a top-level list where
  // that line is out of the entry before (`milestones:` after the plan header), else the innermost mapping that fits.
  if (shape.opens && after !== undefined && after.indent <= last.own) {
    // Only where the line after is not inside the entry the tab line follows (a milestone's `meetings:`, a risk's
    // `milestones:` are keys of theirs: tester round 46 F1).
    const entry = stack[1];
    const outside = entry === undefined || !entry.dash || after.indent <= entry.indent;
    if (shape.key !== null && topLevelList(shape.key) !== undefined && outside) return 0;
    const levels = keyColumns(stack);
    for (let k = levels.length - 1; k >= 0; k--) if (after.dash ? levels[k]! <= after.indent : levels[k]! < after.indent) return levels[k]!;
    return 0;
  }
  if (last.key !== null) return last.own;
  // After a list entry of text (`- M0`), a key belongs to the mapping the list is a value of.
  const levels = keyColumns(stack);
  return levels[levels.length - 1] ?? last.indent;
}

/** The columns of the keys of the open mappings, outermost first (a `- key:` entry's keys are right of its dash). */
function keyColumns(stack: readonly Structure[]): number[] {
  const out: number[] = [];
  for (const s of stack) if ((!s.dash || s.mapItem) && s.own >= 0) out.push(s.own);
  return out;
}

/** The innermost open list entry, if any. */
function innermostEntry(stack: readonly Structure[]): Structure | undefined {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.dash) return stack[k];
  return undefined;
}

/** Is there, among the open structures, a list entry with its dash at `column`? */
function hasEntryAt(stack: readonly Structure[], column: number): boolean {
  return stack.some((s) => s.dash && s.indent === column);
}

/** The dash column of the innermost open list entry of the same kind (a mapping or not), if any. */
function lastEntryColumn(stack: readonly Structure[], mapItem: boolean): number | undefined {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.dash && stack[k]!.mapItem === mapItem) return stack[k]!.dashAt;
  return undefined;
}
