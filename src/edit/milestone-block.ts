// The lines of one milestone, read on their own. `set` needs the yaml library's node ranges to edit a value in place,
// and that library reads about 0.5 MB/s: on a 3 MB file of 20,000 milestones, reading the whole document took 7 s of
// a 10 s `set`. The plan's own reader (fast where it can) finds where the milestone's lines start and end; only those
// lines go through the yaml library. The block must read back as exactly the milestone the whole file holds, or the
// caller edits the whole document as before.
import { parsePlanText } from '../analyze.js';
import { msg, msg0, type Message } from '../messages/index.js';
import type { ParsedSource, Path } from '../source/parse.js';
import { isMap, isSeq, parsePlanDocument, type Document, type YAMLMap } from '../source/yaml.js';
import { findMilestoneData } from './verify.js';
import { sameData } from '../source/same-data.js';
import { blockSkeleton } from './block-skeleton.js';
import { findLineStart, type YamlSource } from './yaml-source.js';
import { normalizeLoneCr } from '../source/line-breaks.js';
import { LazyLines } from '../source/lazy-lines.js';
import { isPatched } from './patched-source.js';
import { findLine } from './text-edit.js';
import { findFlowClose } from './flow-close.js';

export interface MilestoneBlock {
  /** Offsets in the body: the milestone's first line starts at `start`; the next entry or key starts at `end`. */
  readonly start: number;
  readonly end: number;
  /** The 1-based line of `start` in the body (the line of the milestone's node). */
  readonly firstLine: number;
  /** The block's text and document; every offset in it is relative to `start`. */
  readonly source: YamlSource;
  /** The milestone's mapping in `source.doc`. */
  readonly map: YAMLMap;
  /** The whole body as the plan's reader read it (its data is the caller's to change). */
  readonly whole: ParsedSource;
  /**
   * Whether the block is the milestone's flow mapping alone (`{…}`, from the start of its line to its closing brace,
   * as in JSON), not a one-item block list (`- id: …` and its lines, up to the next entry's line).
   */
  readonly isFlow?: boolean;
  /**
   * The 1-based column (UTF-16 units, as the plan's reader counts them) where a flow block starts when it does not
   * start its line: a milestone of a JSON plan written on one line, with other milestones before and after it there.
   */
  readonly column?: number;
  /** Whether `source.doc` was read from the block's skeleton (block-skeleton.ts): long values there are blanks. */
  readonly skeleton?: boolean;
}

/**
 * The block of `milestones[index]` in `body` (a text without byte order mark), or undefined when it cannot be read on
 * its own: a flow-style list, a file that does not parse, a block the yaml library reads differently alone (an alias
 * to an anchor elsewhere), or an index out of range. `parsed`, the analysis's reading of the same body, saves a read;
 * `skeleton` false reads the block's own lines, never its skeleton.
 */
export function openMilestoneBlock(body: string, index: number, parsed?: ParsedSource, skeleton = true): MilestoneBlock | undefined {
  const whole = parsed !== undefined && parsed.text === body ? parsed : parsePlanText('plan', body);
  const data = whole.data as { milestones?: unknown } | null | undefined;
  const item = findMilestoneData(data, index);
  if (whole.problems.length > 0 || item === undefined || !Array.isArray(data?.milestones)) return undefined;
  const offsetOf = offsetsIn(whole, body);
  if (body[offsetOf(['milestones'])] === '[') return openFlowBlock(body, offsetOf(['milestones', index]), item, whole, index);
  const start = findLineStart(body, offsetOf(['milestones', index]));
  let end = body.length;
  if (index + 1 < data.milestones.length) {
    end = findLineStart(body, offsetOf(['milestones', index + 1]));
  } else {
    // The last entry ends where the next top-level key starts (or at the end of the file).
    for (const key of Object.keys(data as object)) {
      const offset = findLineStart(body, offsetOf([key], true));
      if (offset > start && offset < end) end = offset;
    }
  }
  if (end <= start) return undefined;
  return readBlock(body, start, end, item, whole, false, index, skeleton);
}

/** Nothing but commas, closing brackets and a comment after a flow milestone on its last line: no node starts there. */
const AFTER_FLOW_ITEM = /^[ ,\]}]*(?: #.*)?$/;

/**
 * The block of a milestone written as a flow mapping in a flow list (JSON: `"milestones": [` then `{` on a line of
 * its own): from the start of the line of its `{` (only spaces before it) to its `}`, when no other node starts on
 * those lines. Its lines are read alone by the yaml library and must read as the milestone, as for a block entry.
 */
function openFlowBlock(body: string, at: number, item: Record<string, unknown>, whole: ParsedSource, index: number): MilestoneBlock | undefined {
  const start = findLineStart(body, at);
  const end = body[at] === '{' && /^ *$/.test(body.slice(start, at)) ? findFlowClose(body, at) : undefined;
  if (end === undefined || !AFTER_FLOW_ITEM.test(body.slice(end, findLineEnd(body, end)))) return openInlineBlock(body, at, item, whole, index);
  return readBlock(body, start, end, item, whole, true, index);
}

/**
 * The block of a flow milestone that shares its lines with other nodes (JSON written on one line: a 250 KB plan of
 * prog-100000 is one line): its mapping alone, from its `{` to its `}`. Its text is replaced by a mapping that reads
 * as the edited milestone; the text around it is unchanged, so the list still holds it in the same place. Without
 * it, `set` there read the whole file with the yaml library and analysed the whole workspace again (7 s instead of 2).
 */
function openInlineBlock(body: string, at: number, item: Record<string, unknown>, whole: ParsedSource, index: number): MilestoneBlock | undefined {
  const end = body[at] === '{' ? findFlowClose(body, at) : undefined;
  if (end === undefined) return undefined;
  const block = readBlock(body, at, end, item, whole, true, index);
  return block === undefined ? undefined : { ...block, column: at - findLineStart(body, at) + 1 };
}

/** Offset of the line break (or the end of the text) that ends the line holding `offset`. */
function findLineEnd(body: string, offset: number): number {
  let i = offset;
  while (i < body.length && body[i] !== '\n' && body[i] !== '\r') i++;
  return i;
}

/**
 * The block [start, end) of `body` read alone, when it reads as `item`: its skeleton first (long nested values
 * blanked, block-skeleton.ts), the yaml library's ranges of which are ranges in the text; else the text itself.
 */
function readBlock(body: string, start: number, end: number, item: Record<string, unknown>, whole: ParsedSource, isFlow: boolean, index: number, useSkeleton = false): MilestoneBlock | undefined {
  const text = body.slice(start, end);
  const skeleton = isFlow || !useSkeleton ? undefined : blockSkeleton(text);
  const fromSkeleton = skeleton === undefined ? undefined : readAs(skeleton.text, { ...item, ...Object.fromEntries(skeleton.blanked.map((key) => [key, 'x'])) }, isFlow);
  const read = fromSkeleton ?? readAs(text, item, isFlow);
  if (read === undefined) return undefined;
  // The block starts the line of the milestone's node: the plan reader's line of it when it has the node's offsets
  // (the fast reader, whose line starts the findings reported next need too), else the lines before it counted.
  const firstLine = whole.offsetOf !== undefined ? whole.locate(['milestones', index]).line : findLine(body, start);
  return { start, end, firstLine, source: { bom: '', body: text, doc: read.doc }, map: read.map, whole, ...(isFlow ? { isFlow } : {}), ...(fromSkeleton !== undefined ? { skeleton: true } : {}) };
}

/** `text` read by the yaml library, when it reads as `item` alone: its document and the milestone's mapping in it. */
function readAs(text: string, item: Record<string, unknown>, isFlow: boolean): { doc: Document; map: YAMLMap } | undefined {
  const doc = parsePlanDocument(normalizeLoneCr(text)); // a lone CR is a line break (YAML 1.2), at the same offsets
  if (doc.errors.length > 0) return undefined;
  // The block is `- {entry}` (one list item) or, after a lone "-", the entry's own lines; a flow block, the mapping.
  const root = doc.contents;
  const map = !isFlow && isSeq(root) && root.items.length === 1 ? root.items[0] : root;
  if (!isMap(map)) return undefined;
  let js: unknown;
  try {
    js = doc.toJS({ maxAliasCount: 100 });
  } catch {
    return undefined;
  }
  const alone: unknown = map === root ? js : (js as unknown[])[0];
  return sameData(alone, item, 'json') ? { doc, map } : undefined;
}

/**
 * Where a path's node (or key) starts in `body`, which `whole` read: the fast path's offsets as they are; else its
 * line and column, with the lines counted (as the plan's reader counts them: CR LF, CR or LF) only as far as asked.
 * Either way not the line table of all 120,000 lines of a 3 MB file, which `whole.locate` makes (issue #18).
 */
function offsetsIn(whole: ParsedSource, body: string): (path: Path, key?: boolean) => number {
  if (whole.offsetOf !== undefined) return whole.offsetOf;
  const lines = new LazyLines(body);
  return (path, key) => {
    const at = whole.locate(path, key);
    return lines.startOf(at.line)! + at.column - 1;
  };
}

/** The block's lines as edited (`text`), for a reader that reads only those again (src/edit/patched-source.ts). */
export interface BlockPatch {
  readonly block: MilestoneBlock;
  readonly index: number;
  readonly text: string;
}

/** Reads an edited body back as the plan's reader does (parsePlanText, or an analysis of it the caller keeps). */
export type ReadBack = (body: string, patch?: BlockPatch) => ParsedSource;

const readAlone: ReadBack = (body) => parsePlanText('edited file', body);

const READ_BACK = msg0('edit.read-back');

/**
 * Undefined when `after` (the whole edited body) reads back as the original data with only `milestones[index]`
 * changed, by `apply`; otherwise why not. The same safety net as verifyEdit, on the plan reader's data. `read`: how
 * to read `after` (the caller may analyse it once for this check and for the diagnostics it reports).
 */
export function verifyBlockEdit(block: MilestoneBlock, after: string, index: number, apply: (milestone: Record<string, unknown>) => void, read: ReadBack = readAlone, patch?: BlockPatch): Message | undefined {
  const now = read(after, patch);
  const problem = now.problems[0];
  if (problem !== undefined) return msg('edit.invalid-yaml', { line: problem.line, problem: problem.message });
  const old = block.whole.data as { milestones: unknown[] };
  const item = findMilestoneData(old, index);
  const changed = findMilestoneData(now.data, index);
  if (item === undefined || changed === undefined) return READ_BACK;
  const expected = { ...item };
  apply(expected);
  if (!sameData(expected, changed, 'json')) return READ_BACK;
  // Everything else as it was: the old data with the new entry in its place reads the same as the new data (true by
  // construction for a reading that read only the block again).
  if (isPatched(now)) return undefined;
  old.milestones[index] = changed;
  const same = JSON.stringify(old) === JSON.stringify(now.data);
  old.milestones[index] = item;
  return same ? undefined : READ_BACK;
}
