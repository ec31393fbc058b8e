// Text edits of a milestone in its file for code actions: set (or insert) one field, add an entry to a list, remove
// an entry or a field; an undecided gate's date; a key (with its value) where a finding points. Text-based and local,
// like `set`: only the value, one line or flow entry, or the lines of one key change. Lines end at CR LF, CR or LF
// (TextIndex); an inserted line ends like the line it follows.
import type { TextEdit } from 'vscode-languageserver';
import type { Analysis } from '../pipeline.js';
import type { Path } from '../source/parse.js';
import { removesAnchor } from './anchor-in-cut.js';
import { cutBlockKey } from './remove-block-key.js';
import { cutFlowEntry, flowValueEnd } from './remove-flow-entry.js';
import type { Cut } from './text-index.js';
import type { PlanFile, PlanWorkspace } from './workspace.js';

export interface FileEdit {
  readonly uri: string;
  readonly edit: TextEdit;
}

interface Located {
  readonly file: PlanFile;
  readonly path: Path;
  readonly data: Record<string, unknown>;
}

/** A milestone's file, path and data as parsed (gates are edited only by setGateDate). */
export function locateMilestone(ws: PlanWorkspace, analysis: Analysis, group: string, ref: string): Located | undefined {
  return locateNode(ws, analysis, group, ref, false);
}

/** The schedule node `ref`'s file, path and data: a gate's when `gate`, else a milestone's. */
function locateNode(ws: PlanWorkspace, analysis: Analysis, group: string, ref: string, gate: boolean): Located | undefined {
  const node = analysis.workspace.milestoneIndex.get(ref);
  const m = node === undefined ? undefined : analysis.workspace.milestones[node];
  if (m === undefined || (m.gate !== undefined) !== gate) return undefined;
  const file = ws.byFile(group, m.origin.file);
  const data = file === undefined ? undefined : dataAt(file, m.origin.path);
  if (file === undefined || data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  return { file, path: m.origin.path, data: data as Record<string, unknown> };
}

/** The value at `path` in a file's parsed data; undefined where the path leads to nothing. */
function dataAt(f: PlanFile, path: Path): unknown {
  let data: unknown = f.parsed.data;
  for (const step of path) data = data !== null && typeof data === 'object' ? (data as Record<string | number, unknown>)[step] : undefined;
  return data;
}

const offsetOf = (f: PlanFile, path: Path, key = false): number => {
  const at = f.parsed.locate(path, key);
  return f.index.offsetOf(at.line, at.column);
};

const editAt = (f: PlanFile, start: number, end: number, newText: string): FileEdit =>
  ({ uri: f.uri, edit: { range: { start: f.index.positionAt(start), end: f.index.positionAt(end) }, newText } });

/** Sets `field` of milestone `ref` to a day date: replaces its value, or inserts it after `date` (flow or block). */
export function setMilestoneField(ws: PlanWorkspace, analysis: Analysis, group: string, ref: string, field: string, value: string): FileEdit | undefined {
  const at = locateMilestone(ws, analysis, group, ref);
  if (at === undefined) return undefined;
  const { file: f, path } = at;
  const text = f.index.text;
  if (field in at.data) return replaceValue(f, [...path, field], value);
  if (!('date' in at.data)) return undefined;
  const dateStart = offsetOf(f, [...path, 'date']);
  const dateEnd = f.index.valueEnd(dateStart);
  if (text[offsetOf(f, path)] === '{') return editAt(f, dateEnd, dateEnd, `, ${field}: ${value}`);
  const keyColumn = f.parsed.locate([...path, 'date'], true).column - 1;
  const lineEnd = f.index.lineEndAt(dateEnd);
  return editAt(f, lineEnd, lineEnd, `${f.index.lineBreakAt(dateEnd)}${' '.repeat(keyColumn)}${field}: ${value}`);
}

/** Sets the `date` of gate `ref`, one that is not decided (its decision date is a fact), to a day date. */
export function setGateDate(ws: PlanWorkspace, analysis: Analysis, group: string, ref: string, value: string): FileEdit | undefined {
  const at = locateNode(ws, analysis, group, ref, true);
  return at === undefined || !('date' in at.data) || 'decided' in at.data ? undefined : replaceValue(at.file, [...at.path, 'date'], value);
}

/** The value at `path` replaced by `value`, in the quotes it is written in. */
function replaceValue(f: PlanFile, path: Path, value: string): FileEdit {
  const start = offsetOf(f, path);
  const end = f.index.valueEnd(start);
  const old = f.index.text.slice(start, end);
  return editAt(f, start, end, old.startsWith('"') || old.startsWith("'") ? `${old[0]}${value}${old[0]}` : value);
}

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
export function removeFromList(ws: PlanWorkspace, analysis: Analysis, group: string, ref: string, field: string, offset: number): FileEdit | undefined {
  const at = locateMilestone(ws, analysis, group, ref);
  return at === undefined ? undefined : removeListEntry(at.file, [...at.path, field], offset);
}

/**
 * Removes the entry of the list at `listPath` in `f` that starts at `offset` (a finding's position), as removeFromList
 * does; for a list the model keeps no milestone's path for (a risk's or measure's `milestones`: the finding names it).
 */
export function removeListEntry(f: PlanFile, listPath: Path, offset: number): FileEdit | undefined {
  const list = dataAt(f, listPath);
  if (!Array.isArray(list) || entryAt(f, listPath, list.length, offset) < 0) return undefined;
  const text = f.index.text;
  const end = f.index.valueEnd(offset);
  if (list.length > 1) return removeEntry(f, offset, end, /^[ \t]*-[ \t]+$/);
  const listStart = offsetOf(f, listPath);
  if (text[listStart] === '[') return editAt(f, listStart + 1, f.index.valueEnd(listStart) - 1, '');
  const colon = text.indexOf(':', offsetOf(f, listPath, true));
  return colon < 0 || colon > listStart ? undefined : editAt(f, colon + 1, f.index.lineEndAt(end), ' []');
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

/** Removes `field` (key and value) of milestone `ref`: its line in a block mapping, its entry in a flow mapping. */
export function removeField(ws: PlanWorkspace, analysis: Analysis, group: string, ref: string, field: string): FileEdit | undefined {
  const at = locateMilestone(ws, analysis, group, ref);
  return at === undefined || !(field in at.data) ? undefined : removeKey(at.file, [...at.path, field]);
}

/**
 * Removes the key `key` that starts at `offset` in `f` (a finding's position), with its value, as removeField does:
 * the mapping that holds it is found by walking the file's data.
 */
export function removeKeyAt(f: PlanFile, offset: number, key: string): FileEdit | undefined {
  const seen = new Set<object>();
  const find = (value: unknown, path: Path): Path | undefined => {
    if (value === null || typeof value !== 'object' || seen.has(value)) return undefined;
    seen.add(value);
    if (!Array.isArray(value) && Object.hasOwn(value, key) && offsetOf(f, [...path, key], true) === offset) return [...path, key];
    for (const [k, v] of Object.entries(value)) {
      const found = find(v, [...path, Array.isArray(value) ? Number(k) : k]);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  const path = find(f.parsed.data, []);
  return path === undefined ? undefined : removeKey(f, path);
}

/**
 * Removes the key at `path` and its value: in a block mapping its line and the value's lines (the first key of a list
 * entry up to the entry's next key: remove-block-key.ts), in a flow mapping its entry (remove-flow-entry.ts).
 */
function removeKey(f: PlanFile, path: Path): FileEdit | undefined {
  const keyStart = offsetOf(f, path, true);
  const valueStart = offsetOf(f, path);
  // A value the parser places at or before its key (none written: the locator falls back to the mapping) is not cut.
  if (valueStart <= keyStart) return undefined;
  // An empty value before a comment (`dat: # note`) is placed at the `#`: it ends there, the comment going with the
  // key's line (its end read as the comment's first character withheld the fix: tester round 53 F8).
  const valueEnd = f.index.text[valueStart] === '#' ? valueStart : f.index.valueEnd(valueStart);
  // In a flow mapping (JSON) the entry goes with the comma before or after it, on its own line or not: removing only
  // its line left the comma of the member before it before the `}` (tester round 50 F1: JSON that no longer parsed).
  // A value on a line below its key there is left alone: the value's end is read from its own line, where a flow
  // collection opened above it does not show (`dat:` over `  x}`: the `}` was taken for the value's).
  if (f.index.text[offsetOf(f, path.slice(0, -1))] === '{') {
    return f.index.lineStartAt(valueStart) !== f.index.lineStartAt(keyStart) ? undefined : keyCutEdit(f, cutFlowEntry(f.index, keyStart, flowValueEnd(f.index, valueStart)));
  }
  return keyCutEdit(f, cutBlockKey(f.index, keyStart, valueStart, valueEnd));
}

/** The edit of a key's cut; none when the cut takes an anchor definition, which an alias may use (anchor-in-cut.ts). */
const keyCutEdit = (f: PlanFile, cut: Cut | undefined): FileEdit | undefined => (cut === undefined || removesAnchor(f.index.text, cut) ? undefined : cutEdit(f, cut));

const cutEdit = (f: PlanFile, cut: Cut | undefined): FileEdit | undefined => (cut === undefined ? undefined : editAt(f, cut.start, cut.end, cut.newText));

/**
 * The edit that removes the list entry [start, end): its whole line when only `linePrefix` precedes it and at most a
 * comment follows; in a flow list, with the comma before it (or after it, for the first entry) and the line breaks
 * between them.
 */
function removeEntry(f: PlanFile, start: number, end: number, linePrefix: RegExp): FileEdit | undefined {
  const text = f.index.text;
  const lineStart = f.index.lineStartAt(start);
  if (linePrefix.test(text.slice(lineStart, start))) {
    if (!/^[ \t]*(#.*)?$/.test(text.slice(end, f.index.lineEndAt(end)))) return undefined;
    return editAt(f, lineStart, f.index.nextLineAt(end), '');
  }
  return cutEdit(f, cutFlowEntry(f.index, start, end));
}
