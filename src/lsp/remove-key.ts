// Removing a key with its value for code actions: a milestone's field, or the key a finding points at. In a block
// mapping its line and the value's lines (remove-block-key.ts), in a flow mapping its entry (remove-flow-entry.ts).
import type { Analysis } from '../pipeline.js';
import type { Path } from '../source/parse.js';
import { propertiesStart } from './node-properties.js';
import { cutBlockKey } from './remove-block-key.js';
import { cutExplicitKey } from './remove-explicit-key.js';
import { cutFlowEntry, flowValueEnd } from './remove-flow-entry.js';
import { cutEdit, type FileEdit, type Located, locateMilestone, offsetOf } from './edits.js';
import type { Cut, TextIndex } from './text-index.js';
import type { PlanFile, PlanWorkspace } from './workspace.js';

/** Removes `field` (key and value) of milestone `ref`: its line in a block mapping, its entry in a flow mapping. */
export function removeField(ws: PlanWorkspace, analysis: Analysis, group: string, ref: string, field: string): FileEdit | undefined {
  return removeFieldAt(locateMilestone(ws, analysis, group, ref), field);
}

/** Removes `field` (key and value) of the milestone or gate located at `at` (edits.ts locateMilestone, locateGate). */
export function removeFieldAt(at: Located | undefined, field: string): FileEdit | undefined {
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
 * entry up to the entry's next key: remove-block-key.ts; a `? key` over `: value`: remove-explicit-key.ts), in a flow
 * mapping its entry (remove-flow-entry.ts). The key's properties (`!!str dat:`) go with it: the parser places the key
 * after them, and a cut from there would leave them to tag or name what follows (an anchor: no cut, see cutEdit).
 */
function removeKey(f: PlanFile, path: Path): FileEdit | undefined {
  const text = f.index.text;
  const keyStart = offsetOf(f, path, true);
  const valueStart = offsetOf(f, path);
  // A value the parser places at or before its key is none written (the locator falls back to the key or the mapping).
  // An empty value before a comment (`dat: # note`) is placed at the `#`: it ends there, the comment going with the
  // key's line (its end read as the comment's first character withheld the fix: tester round 53 F8).
  const value = valueStart <= keyStart ? undefined : { start: valueStart, end: text[valueStart] === '#' ? valueStart : f.index.valueEnd(valueStart) };
  const lineStart = f.index.lineStartAt(keyStart);
  const nodeStart = propertiesStart(text, lineStart, keyStart);
  // A `? ` before the key on its line makes it explicit (`? dat` over `: value`, `{? dat : 1}`).
  const explicit = /(?<=^|[ \t{,])\?[ \t]+$/.exec(text.slice(lineStart, nodeStart));
  const question = explicit === null ? undefined : lineStart + explicit.index;
  if (text[offsetOf(f, path.slice(0, -1))] === '{') return cutEdit(f, flowKeyCut(f.index, keyStart, value?.start, question ?? nodeStart));
  if (question !== undefined) return cutEdit(f, cutExplicitKey(f.index, question, f.index.valueEnd(keyStart), value));
  return value === undefined ? undefined : cutEdit(f, cutBlockKey(f.index, nodeStart, value.start, value.end));
}

/**
 * The cut of the entry of a flow mapping whose key starts at `keyStart`, its properties or `?` at `start`, and its
 * value, when one is written, at `valueStart`. In a flow mapping (JSON) the entry goes with the comma before or after
 * it, on its own line or not: removing only its line left the comma of the member before it before the `}` (tester
 * round 50 F1: JSON that no longer parsed). A value on a line below its key there is left alone: the value's end is
 * read from its own line, where a flow collection opened above it does not show (`dat:` over `  x}`: the `}` was
 * taken for the value's). A key with no value (`{dat}`, `{? dat}`) ends where its token does, before a `,` or `}`
 * (blanks, line breaks and whole comments between: a `,` or `}` inside a comment is none).
 */
function flowKeyCut(index: TextIndex, keyStart: number, valueStart: number | undefined, start: number): Cut | undefined {
  if (valueStart !== undefined) {
    if (index.lineStartAt(valueStart) !== index.lineStartAt(keyStart)) return undefined;
    // A scalar folded onto the lines below (`dat: x` over `  y, date: …}`, a quoted one over two lines) does not end
    // where its first line does: cut there, the rest of it joined the entry before (`title: T` read `T y`) or broke the
    // file (tester round 58 F1). The fix is offered only where a `,` or `}` follows the end read from the line.
    const end = flowValueEnd(index, valueStart);
    return endsFlowEntry(index.text, end) ? cutFlowEntry(index, start, end) : undefined;
  }
  const keyEnd = index.valueEnd(keyStart);
  return endsFlowEntry(index.text, keyEnd) ? cutFlowEntry(index, start, keyEnd) : undefined;
}

/** Blanks, line breaks and whole comments, then the `,` or `}` that ends a flow mapping's entry (sticky: from lastIndex). */
const ENTRY_END = /(?:\s|#[^\r\n]*(?![^\r\n]))*[,}]/y;

/** Whether a flow mapping's entry ends at `at`: only blanks, line breaks and comments before the `,` or `}` after it. */
function endsFlowEntry(text: string, at: number): boolean {
  ENTRY_END.lastIndex = at;
  return ENTRY_END.test(text);
}
