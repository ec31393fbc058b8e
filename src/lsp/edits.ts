// Text edits of a milestone in its file for code actions, and what the other edit modules share: set (or insert) one
// field, an undecided gate's date; locating a milestone and the offsets of its nodes; a cut turned into an edit.
// Text-based and local, like `set`: only the value or one line changes. Lines end at CR LF, CR or LF (TextIndex); an
// inserted line ends like the line it follows. List entries: list-edits.ts; a key with its value: remove-key.ts.
import type { Message } from '../messages/index.js';
import type { TextEdit } from 'vscode-languageserver';
import { readScalar } from '../edit/verify.js';
import type { Analysis } from '../pipeline.js';
import type { Path } from '../source/parse.js';
import { removesAnchor } from './anchor-in-cut.js';
import type { Cut } from './text-index.js';
import type { PlanFile, PlanWorkspace } from './workspace.js';

export interface FileEdit {
  readonly uri: string;
  readonly edit: TextEdit;
}

/** An edit left unmade, and why (shown as a disabled code action's reason where the client shows those). */
export interface Withheld {
  readonly withheld: Message;
}

export interface Located {
  readonly file: PlanFile;
  readonly path: Path;
  readonly data: Record<string, unknown>;
}

/** A milestone's file, path and data as parsed (a gate's: locateGate). */
export function locateMilestone(ws: PlanWorkspace, analysis: Analysis, group: string, ref: string): Located | undefined {
  return locateNode(ws, analysis, group, ref, false);
}

/** A gate's file, path and data as parsed. */
export function locateGate(ws: PlanWorkspace, analysis: Analysis, group: string, ref: string): Located | undefined {
  return locateNode(ws, analysis, group, ref, true);
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
export function dataAt(f: PlanFile, path: Path): unknown {
  let data: unknown = f.parsed.data;
  for (const step of path) data = data !== null && typeof data === 'object' ? (data as Record<string | number, unknown>)[step] : undefined;
  return data;
}

/** The offset where the node at `path` starts (with `key`, where its key starts). */
export const offsetOf = (f: PlanFile, path: Path, key = false): number => {
  const at = f.parsed.locate(path, key);
  return f.index.offsetOf(at.line, at.column);
};

export const editAt = (f: PlanFile, start: number, end: number, newText: string): FileEdit =>
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

/**
 * The edit of a removal's cut (a key, a list entry); none for none, and none when the cut takes an anchor definition,
 * which an alias further on may use: it would be left unresolved, or read another definition of the name (anchor-in-cut.ts).
 */
export const cutEdit = (f: PlanFile, cut: Cut | undefined): FileEdit | undefined =>
  (cut === undefined || removesAnchor(f.index.text, cut) ? undefined : editAt(f, cut.start, cut.end, cut.newText));

/**
 * The new value in the quotes of the value it replaces: plain stays plain when YAML reads it back as the same text,
 * not a number, a boolean or null (tester round 76 F2: `1.1` and `true` were written plain for the texts they are).
 */
export function quoteLike(written: string, value: string): string {
  if (written.startsWith("'")) return `'${value.replaceAll("'", "''")}'`;
  if (written.startsWith('"')) return JSON.stringify(value);
  return /^[A-Za-z0-9_][A-Za-z0-9._\-/@]*$/.test(value) && readScalar(value) === value ? value : JSON.stringify(value);
}
