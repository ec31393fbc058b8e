// Removing a key with its value for code actions: a milestone's field, or the key a finding points at. In a block
// mapping its line and the value's lines (remove-block-key.ts), in a flow mapping its entry (remove-flow-entry.ts).
import type { Analysis } from '../pipeline.js';
import type { Path } from '../source/parse.js';
import { propertiesStart } from './node-properties.js';
import { cutBlockKey } from './remove-block-key.js';
import { cutFlowEntry, flowValueEnd } from './remove-flow-entry.js';
import { cutEdit, type FileEdit, locateMilestone, offsetOf } from './edits.js';
import type { PlanFile, PlanWorkspace } from './workspace.js';

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
 * entry up to the entry's next key: remove-block-key.ts), in a flow mapping its entry (remove-flow-entry.ts). The
 * key's properties (`!!str dat:`) go with it: the parser places the key after them, and a cut from there would leave
 * them to tag or name what follows (an anchor: no cut, see cutEdit).
 */
function removeKey(f: PlanFile, path: Path): FileEdit | undefined {
  const text = f.index.text;
  const keyStart = offsetOf(f, path, true);
  const valueStart = offsetOf(f, path);
  // A value the parser places at or before its key (none written: the locator falls back to the mapping) is not cut.
  if (valueStart <= keyStart) return undefined;
  // An empty value before a comment (`dat: # note`) is placed at the `#`: it ends there, the comment going with the
  // key's line (its end read as the comment's first character withheld the fix: tester round 53 F8).
  const valueEnd = text[valueStart] === '#' ? valueStart : f.index.valueEnd(valueStart);
  const nodeStart = propertiesStart(text, f.index.lineStartAt(keyStart), keyStart);
  // In a flow mapping (JSON) the entry goes with the comma before or after it, on its own line or not: removing only
  // its line left the comma of the member before it before the `}` (tester round 50 F1: JSON that no longer parsed).
  // A value on a line below its key there is left alone: the value's end is read from its own line, where a flow
  // collection opened above it does not show (`dat:` over `  x}`: the `}` was taken for the value's).
  if (text[offsetOf(f, path.slice(0, -1))] === '{') {
    return f.index.lineStartAt(valueStart) !== f.index.lineStartAt(keyStart) ? undefined : cutEdit(f, cutFlowEntry(f.index, nodeStart, flowValueEnd(f.index, valueStart)));
  }
  return cutEdit(f, cutBlockKey(f.index, nodeStart, valueStart, valueEnd));
}
