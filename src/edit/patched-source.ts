// The reading of a file after `set` edited one milestone's lines, without reading the whole file again: the lines of
// that milestone (the block, src/edit/milestone-block.ts) are read alone, everything else is the reading before the
// edit with the lines after the block moved by the lines the edit added. On a 3 MB file of 20,000 milestones the
// second whole reading cost about a third of a second of `set` (issue #18). The block was checked to read alone as
// exactly the milestone the whole file holds, and the text outside it is unchanged, so the whole file would read
// as this (test/edit/patched-source.test.ts compares data and positions with a fresh reading on many layouts).
import { parsePlanText } from '../analyze.js';
import type { LineColumn, ParsedSource, Path } from '../source/parse.js';
import type { MilestoneBlock } from './milestone-block.js';

/** Sources made here: their data is the old data (of `whole`) with `milestones[index]` replaced, by construction. */
const patched = new WeakMap<ParsedSource, PatchOrigin>();

export interface PatchOrigin {
  /** The reading before the edit. */
  readonly whole: ParsedSource;
  /** The position of the milestone read again in the file's `milestones`. */
  readonly index: number;
}

export function isPatched(source: ParsedSource): boolean {
  return patched.has(source);
}

/** The reading a patched source was made from, and which milestone it replaced; undefined for other sources. */
export function findPatchOrigin(source: ParsedSource): PatchOrigin | undefined {
  return patched.get(source);
}

/** Line breaks (CR LF, CR or LF) in `text`. */
function countBreaks(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) n++;
  }
  return n;
}

/**
 * The reading of `after` (the block's body with `edited` in place of the block's lines), or undefined when the
 * block is not a one-item list (`- id: …`) or a flow mapping whose reading can stand in for the whole file's.
 */
export function patchSource(file: string, block: MilestoneBlock, index: number, edited: string, after: string): ParsedSource | undefined {
  const whole = block.whole;
  const data = whole.data as Record<string, unknown>;
  const list = data['milestones'];
  if (!Array.isArray(list) || after.length !== whole.text.length - (block.end - block.start) + edited.length) return undefined;
  const alone = parsePlanText('edited milestone', edited);
  // A block list entry reads alone as a list of one; a flow block (`{…}`, milestone-block.ts) as the mapping itself.
  const items = alone.data;
  const isFlow = block.isFlow === true;
  const isRead = isFlow ? items !== null && typeof items === 'object' && !Array.isArray(items) : Array.isArray(items) && items.length === 1;
  if (alone.problems.length > 0 || !isRead) return undefined;
  const milestones = list.slice();
  milestones[index] = isFlow ? items : (items as unknown[])[0];
  const patchedData: Record<string, unknown> = { ...data, milestones };
  const first = block.firstLine;
  const end = first + countBreaks(block.source.body);
  const shift = countBreaks(edited) - countBreaks(block.source.body);
  const locate = block.column === undefined ? (path: Path, key = false): LineColumn => {
    if (path.length >= 2 && path[0] === 'milestones' && path[1] === index) {
      const at = alone.locate(isFlow ? path.slice(2) : [0, ...path.slice(2)], key);
      return { line: at.line + first - 1, column: at.column };
    }
    const at = whole.locate(path, key);
    return at.line >= end ? { line: at.line + shift, column: at.column } : at;
  } : locateAroundInline(whole, alone, index, block.column, first, block.source.body, edited);
  const source: ParsedSource = { file, text: after, data: patchedData, problems: [], locate };
  patched.set(source, { whole, index });
  return source;
}

/** Offset after the last line break (CR LF, CR or LF) in `text`, 0 without one. */
function lastLineStart(text: string): number {
  return Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r')) + 1;
}

/**
 * The locator of a file whose flow milestone `index` started at `column` of line `first` (not its line's start,
 * MilestoneBlock.column) and was `old`, now `edited`: the milestone's nodes are where its reading alone (`alone`) puts
 * them, moved right on its first line by the text before it; the nodes on its last line after it move to the edited
 * block's last line, by the change in where it ends; the nodes on later lines move down by the lines the edit added (a
 * key on a line of its own in a mapping written a pair to a line: set-field.ts, flow-separator.ts); every other node
 * is where it was.
 */
function locateAroundInline(whole: ParsedSource, alone: ParsedSource, index: number, column: number, first: number, old: string, edited: string): (path: Path, key?: boolean) => LineColumn {
  const oldLines = countBreaks(old);
  const newLines = countBreaks(edited);
  const lastOld = first + oldLines;
  const lastNew = first + newLines;
  // The column just after the block on its last line, before and after the edit.
  const endOf = (text: string, lines: number): number => (lines === 0 ? column + text.length : text.length - lastLineStart(text) + 1);
  const oldEnd = endOf(old, oldLines);
  const newEnd = endOf(edited, newLines);
  return (path, key = false) => {
    if (path.length >= 2 && path[0] === 'milestones' && path[1] === index) {
      const at = alone.locate(path.slice(2), key);
      return { line: at.line + first - 1, column: at.line === 1 ? at.column + column - 1 : at.column };
    }
    const at = whole.locate(path, key);
    if (at.line === lastOld && at.column >= oldEnd) return { line: lastNew, column: at.column - oldEnd + newEnd };
    return at.line > lastOld ? { line: at.line + newLines - oldLines, column: at.column } : at;
  };
}
