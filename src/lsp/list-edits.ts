// Edits of a list of a milestone (or a risk's or measure's) for code actions: add an entry, remove one, replace one.
// Text-based and local: only the entry, its line, or its comma changes; the only entry removed leaves `[]`.
import type { Analysis } from '../pipeline.js';
import type { Place } from '../messages/data/input.js';
import type { Path } from '../source/parse.js';
import { anchorIn } from './anchor-in-cut.js';
import { msg } from '../messages/index.js';
import { propertiesStart } from './node-properties.js';
import { cutFlowEntry } from './remove-flow-entry.js';
import type { Cut, TextIndex } from './text-index.js';
import { splitGluedKey } from '../text/glued-key.js';
import { cutEdit, dataAt, editAt, type FileEdit, locateMilestone, offsetOf, type Withheld } from './edits.js';
import type { PlanFile, PlanWorkspace } from './workspace.js';

/** Adds `entry` to the list `field` of milestone `ref` (a flow list gets `, entry` before its `]`). */
export function addToList(ws: PlanWorkspace, analysis: Analysis, group: string, ref: string, field: string, entry: string): FileEdit | undefined {
  const at = locateMilestone(ws, analysis, group, ref);
  if (at === undefined || !Array.isArray(at.data[field])) return undefined;
  const { file: f, path } = at;
  const text = f.index.text;
  const list = at.data[field] as unknown[];
  const start = offsetOf(f, [...path, field]);
  if (text[start] === '[') {
    const end = f.index.valueEnd(start) - 1;
    return editAt(f, end, end, list.length === 0 ? entry : `, ${entry}`);
  }
  if (list.length === 0) return undefined;
  // A block list: a new `- entry` line after the last item, at the items' column.
  const lastStart = offsetOf(f, [...path, field, list.length - 1]);
  const prefix = text.slice(f.index.lineStartAt(lastStart), lastStart);
  if (!/^[ \t]*-[ \t]+$/.test(prefix)) return undefined;
  const insertAt = f.index.lineEndAt(lastStart);
  return editAt(f, insertAt, insertAt, `${f.index.lineBreakAt(lastStart)}${prefix}${entry}`);
}

/** Removes the entry of list `field` of milestone `ref` that starts at `offset` (a finding's position); the only entry leaves `[]`. */
export function removeFromList(ws: PlanWorkspace, analysis: Analysis, group: string, ref: string, field: string, offset: number): FileEdit | Withheld | undefined {
  const at = locateMilestone(ws, analysis, group, ref);
  return at === undefined ? undefined : removeListEntry(at.file, [...at.path, field], offset);
}

/**
 * Removes the entry of the list at `listPath` in `f` that starts at `offset` (a finding's position), as removeFromList
 * does; for a list the model keeps no milestone's path for (a risk's or measure's `milestones`: the finding names it).
 * None where an alias may read what changes: the cut takes an anchor definition (`- &k A`, `meetings: &ms` with its
 * only entry), or the list is anchored itself (`meetings: &ms [A, B]`: a `*ms` elsewhere would lose the entry too);
 * none either for a mapping entry that holds more than a link (`{id: m0, x-note: …}`): its other keys would go with
 * it unsaid (tester round 84 F6), and which of them to keep is the writer's call. The last two, and an alias of a
 * list (`after: *al`), are Withheld with the reason (tester round 84 F7: no fix, and no word why).
 */
export function removeListEntry(f: PlanFile, listPath: Path, offset: number): FileEdit | Withheld | undefined {
  const list = dataAt(f, listPath);
  if (!Array.isArray(list)) return undefined;
  // At the entry, or at the `id` of an `{id, lag}` entry (an unknown reference's finding: tester round 83 F4).
  let at = entryAt(f, listPath, list.length, offset);
  if (at < 0) at = mappingEntryAt(f, listPath, list, offset);
  // The list's properties stand between its key and where the parser places it (its `[`, its first `- `).
  const listStart = offsetOf(f, listPath);
  const alias = /^\*([^\s,[\]{}]+)/.exec(f.index.text.slice(listStart, listStart + 256));
  if (alias !== null) return { withheld: msg('lsp.withheld.alias', { alias: alias[1]! }) };
  if (at < 0) return undefined;
  const head = f.index.text.slice(offsetOf(f, listPath, true), listStart);
  const anchor = anchorIn(head);
  if (anchor !== undefined) return { withheld: msg('lsp.withheld.anchored', { anchor }) };
  const start = offsetOf(f, [...listPath, at]);
  const entry = list[at];
  const more = keysBeyondLink(entry);
  if (more.length > 0) return { withheld: msg('lsp.withheld.more-keys', { keys: more }) };
  // A block mapping entry (`- id: m0` and `lag: 2d` below it: tester round 84 F4) is its lines, when others remain.
  const isBlockMapping = entry !== null && typeof entry === 'object' && !Array.isArray(entry) && f.index.text[start] !== '{';
  const cut = isBlockMapping ? blockEntryCut(f.index, start, list.length) : entryCut(f, listPath, list.length, start);
  // The entry defines an anchor (`- &e m0`): an alias of it further on would be left unresolved (round 88 N5).
  const defined = cut === undefined ? undefined : anchorIn(f.index.text.slice(cut.start, cut.end));
  if (defined !== undefined) return { withheld: msg('lsp.withheld.anchored-entry', { anchor: defined }) };
  return cutEdit(f, cut);
}

/** The keys of an `after` entry that make its link (SPEC §1.4); a risk's or measure's entries are plain references. */
const LINK_KEYS = new Set(['id', 'lag', 'type']);

/**
 * The keys of `entry`, a mapping, that are not part of its link (an `x-` key, a misspelt `lagg`); none for any other
 * entry. A link key glued to its value, with no value of its own (`{id:M0}`, a key `id:M0`: tester round 82 F6), is
 * the link written without its space.
 */
function keysBeyondLink(entry: unknown): string[] {
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return [];
  const record = entry as Record<string, unknown>;
  return Object.keys(record).filter((k) => !LINK_KEYS.has(k) && !(record[k] === null && LINK_KEYS.has(splitGluedKey(k)?.key ?? '')));
}

/**
 * The lines of the block list entry whose node starts at `start` after its `- `: from its line to the next line as
 * little indented as its dash or less (blank and comment lines between go with it). Undefined for the list's only
 * entry, or an entry not alone on its dash's line (one that defines an anchor is withheld by removeListEntry).
 */
function blockEntryCut(index: TextIndex, start: number, length: number): Cut | undefined {
  const text = index.text;
  const lineStart = index.lineStartAt(start);
  const prefix = /^([ \t]*)-[ \t]+$/.exec(text.slice(lineStart, start));
  if (prefix === null || length < 2) return undefined;
  const dash = prefix[1]!.length;
  let end = index.nextLineAt(start);
  while (end < text.length) {
    const lineEnd = index.lineEndAt(end);
    const line = text.slice(end, lineEnd);
    const content = line.trimStart();
    if (content !== '' && !content.startsWith('#') && line.length - content.length <= dash) break;
    end = index.nextLineAt(end);
  }
  return { start: lineStart, end, newText: '' };
}

/** The index of the entry of `list` (at `listPath`) that is a mapping whose `id` value starts at `offset`; -1 for none. */
function mappingEntryAt(f: PlanFile, listPath: Path, list: readonly unknown[], offset: number): number {
  for (let i = 0; i < list.length; i++) {
    const entry = list[i];
    if (entry !== null && typeof entry === 'object' && !Array.isArray(entry) && 'id' in entry && offsetOf(f, [...listPath, i, 'id']) === offset) return i;
  }
  return -1;
}

/**
 * Removes the entry that starts at `offset` of the `milestones` of the risk or measure `ref` (`plan/ID`) in `f`, as
 * removeListEntry does; undefined when `f` holds no such entry of that plan.
 */
export function removeFromHolderList(f: PlanFile, list: 'risks' | 'measures', ref: string, offset: number): FileEdit | Withheld | undefined {
  const slash = ref.indexOf('/');
  const entries = dataAt(f, [list]);
  if (slash < 0 || dataAt(f, ['plan', 'id']) !== ref.slice(0, slash) || !Array.isArray(entries)) return undefined;
  const id = ref.slice(slash + 1);
  const index = entries.findIndex((e) => e !== null && typeof e === 'object' && (e as Record<string, unknown>)['id'] === id);
  return index < 0 ? undefined : removeListEntry(f, [list, index, 'milestones'], offset);
}

/**
 * The entry of a list that a finding's `place` names (`after[3]` of milestone C, `after[3].id`, the reference of an
 * `{id, lag}` entry, a risk's `milestones[1]`), removed as removeListEntry removes it: the whole entry, in the file
 * `f` the finding is in. Undefined when the place is no list entry of an entity.
 */
export function removeEntryAt(f: PlanFile, place: Place): FileEdit | Withheld | undefined {
  if (place.kind !== 'entity' || place.rest === null) return undefined;
  const entry = /^([A-Za-z_]+)\[(\d+)\](?:\.id)?$/.exec(place.rest);
  if (entry === null) return undefined;
  const listPath: Path = [place.list, place.index, entry[1]!];
  return removeListEntry(f, listPath, offsetOf(f, [...listPath, Number(entry[2])]));
}

/** The cut that removes the entry at `offset` of the list at `listPath` (of `length` entries); the only entry leaves `[]`. */
function entryCut(f: PlanFile, listPath: Path, length: number, offset: number): Cut | undefined {
  const text = f.index.text;
  const end = f.index.valueEnd(offset);
  // The entry's properties (`- &k A`, `!!str A`) go with it (node-properties.ts): an anchor then withholds the fix.
  if (length > 1) return cutEntry(f.index, propertiesStart(text, f.index.lineStartAt(offset), offset), end);
  const listStart = offsetOf(f, listPath);
  if (text[listStart] === '[') return { start: listStart + 1, end: f.index.valueEnd(listStart) - 1, newText: '' };
  const colon = text.indexOf(':', offsetOf(f, listPath, true));
  return colon < 0 || colon > listStart ? undefined : { start: colon + 1, end: f.index.lineEndAt(end), newText: ' []' };
}

/** The index of the entry of the list at `listPath` (of `length` entries) that starts at `offset`; -1 for none. */
function entryAt(f: PlanFile, listPath: Path, length: number, offset: number): number {
  for (let i = 0; i < length; i++) if (offsetOf(f, [...listPath, i]) === offset) return i;
  return -1;
}

/**
 * Replaces the entry of list `field` of milestone `ref` that starts at `old.offset` (a finding's position), else the
 * first that reads `old.value`, with `render(written)`, written being the entry as it stands (its quotes are the
 * caller's to copy).
 */
export function replaceInList(ws: PlanWorkspace, analysis: Analysis, group: string, ref: string, field: string, old: { offset: number; value: string }, render: (written: string) => string): FileEdit | undefined {
  const at = locateMilestone(ws, analysis, group, ref);
  if (at === undefined || !Array.isArray(at.data[field])) return undefined;
  const { file: f, path } = at;
  const list = at.data[field] as unknown[];
  const atOffset = entryAt(f, [...path, field], list.length, old.offset);
  const index = atOffset >= 0 ? atOffset : list.indexOf(old.value);
  if (index < 0) return undefined;
  const start = offsetOf(f, [...path, field, index]);
  const end = f.index.valueEnd(start);
  return editAt(f, start, end, render(f.index.text.slice(start, end)));
}

/**
 * The cut that removes the list entry [start, end): its whole line when only `- ` precedes it and at most a comment
 * follows; in a flow list, with the comma before it (or after it, for the first entry) and the line breaks between them.
 */
function cutEntry(index: TextIndex, start: number, end: number): Cut | undefined {
  const text = index.text;
  const lineStart = index.lineStartAt(start);
  if (/^[ \t]*-[ \t]+$/.test(text.slice(lineStart, start))) {
    return /^[ \t]*(#.*)?$/.test(text.slice(end, index.lineEndAt(end))) ? { start: lineStart, end: index.nextLineAt(end), newText: '' } : undefined;
  }
  return cutFlowEntry(index, start, end);
}
