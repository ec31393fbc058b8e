// The edits of a quick fix that writes a three-point estimate's points with their unit (`{min: 5, likely: 10, max: 20}`
// → `{min: 5d, likely: 10d, max: 20d}`: schema.duration-words.hint's `points`), each point where it is written: in a
// flow mapping on one line, as JSON writes it too, or in a block, a point a line (tester rounds 98 F8, 100 F2 and F3).
import { POINTS } from '../schema/duration-words.js';
import { editAt, type FileEdit } from './edits.js';
import type { PlanFile } from './workspace.js';

/**
 * The edits that set a three-point mapping's points to `points` (min, likely, max), from a finding at offset `at` whose
 * span is `written`: the mapping itself or one of its points, written as a flow mapping on one line (pointEdits) or as
 * a block, a point a line (blockPointEdits: tester round 100 F2, F3); none (an empty list) when it cannot be told.
 */
export function estimateEdits(f: PlanFile, at: number, written: string, points: readonly string[]): FileEdit[][] {
  if (written.startsWith('{')) return pointEdits(f, at, written, points);
  const start = f.index.lineStartAt(at);
  const line = f.index.text.slice(start, f.index.lineEndAt(at));
  const open = line.lastIndexOf('{', at - start);
  const close = open < 0 ? -1 : line.indexOf('}', at - start);
  if (open >= 0 && close > open) return pointEdits(f, start + open, line.slice(open, close + 1), points);
  return blockPointEdits(f, f.index.positionAt(at).line, points);
}

/** A block mapping's point line up to its value: its indentation, key, and the colon and blanks after it. */
const BLOCK_POINT = /^( *)(min|likely|max)([ \t]*:[ \t]+)/;

/** A point line as blockPointEdits reads it: its indentation, key, where its value starts and the value, comment aside. */
interface PointLine {
  readonly indent: number;
  readonly key: string;
  readonly from: number;
  readonly value: string;
}

/**
 * The point line of `text`, or undefined. The value is cut at a comment (` #`) and its trailing blanks by search and
 * trimEnd: a lazy group before a run of blanks in an expression backtracks over each blank (test/safety).
 */
function pointLine(text: string): PointLine | undefined {
  const m = BLOCK_POINT.exec(text);
  if (m === null) return undefined;
  const rest = text.slice(m[0].length);
  const comment = rest.search(/[ \t]#/);
  return { indent: m[1]!.length, key: m[2]!, from: m[0].length, value: (comment < 0 ? rest : rest.slice(0, comment)).trimEnd() };
}

/**
 * The edits of a block mapping's three points (`min: 5` a line) found from line `line`, one of them: its lines at the
 * same indentation up and down, each key once. A value in quotes stays in them.
 */
function blockPointEdits(f: PlanFile, line: number, points: readonly string[]): FileEdit[][] {
  const first = pointLine(f.index.lineText(line));
  if (first === undefined) return [];
  const found = new Map<string, { readonly line: number; readonly point: PointLine }>();
  const take = (n: number): boolean => {
    const point = pointLine(f.index.lineText(n));
    if (point === undefined || point.indent !== first.indent || found.has(point.key)) return false;
    found.set(point.key, { line: n, point });
    return true;
  };
  for (let n = line; n >= 0 && take(n); n--);
  for (let n = line + 1; n < f.index.lineCount && take(n); n++);
  if (found.size !== POINTS.length) return [];
  return [POINTS.flatMap((key, i) => {
    const { line: n, point } = found.get(key)!;
    const from = f.index.offsetAt({ line: n, character: 0 }) + point.from;
    const quoted = /^(["']).*\1$/.test(point.value);
    // A point written with its unit already is left as it is.
    if ((quoted ? point.value.slice(1, -1) : point.value) === points[i]) return [];
    return [editAt(f, from, from + point.value.length, quoted ? JSON.stringify(points[i]!) : points[i]!)];
  })];
}

/**
 * The edits of a flow mapping `written` at offset `at` (`{min: 5, likely: 10, max: 20}`, or as JSON writes it) that
 * set each of its points to `points` (min, likely, max), none for a point written so already, in quotes where the key
 * or the value is quoted (JSON stays JSON); none (an empty list) for a mapping written otherwise: a block mapping, a
 * point written twice or not found.
 */
function pointEdits(f: PlanFile, at: number, written: string, points: readonly string[]): FileEdit[][] {
  if (!written.startsWith('{') || !written.endsWith('}')) return [];
  const edits: FileEdit[] = [];
  for (const [i, key] of POINTS.entries()) {
    const found = [...written.matchAll(new RegExp(`([{,]\\s*)(["']?)${key}\\2\\s*:\\s*(["']?)(-?\\d+(?:[a-zA-Z]{1,2})?)\\3(?=\\s*[,}])`, 'g'))];
    if (found.length !== 1) return [];
    const m = found[0]!;
    // A point written with its unit already (`likely: 10d` beside `min: 5`) is left as it is.
    if (m[4] === points[i]) continue;
    const start = m.index + m[0].length - m[4]!.length - 2 * m[3]!.length;
    const quoted = m[2] !== '' || m[3] !== '';
    edits.push(editAt(f, at + start, at + m.index + m[0].length, quoted ? JSON.stringify(points[i]!) : points[i]!));
  }
  return [edits];
}
