// Edits of a list of a milestone (or a risk's or measure's) for code actions: add an entry, remove one, replace one.
// Text-based and local: only the entry, its line, or its comma changes; the only entry removed leaves `[]`.
import type { Analysis } from '../pipeline.js';
import type { Path } from '../source/parse.js';
import { cutFlowEntry } from './remove-flow-entry.js';
import { cutEdit, dataAt, editAt, type FileEdit, locateMilestone, offsetOf } from './edits.js';
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
