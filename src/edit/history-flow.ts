// `snapshot`'s history entry for a milestone written as a flow mapping (`{…}`, as JSON writes every milestone), planned
// from the analysis's positions as history-fast.ts does for block milestones: the same bytes as history.ts (the yaml
// library's ranges) for a `[…]` history whose last entry is a mapping, an empty one, or none; undefined otherwise.
// At 100,000 milestones written as JSON, history.ts read the 100 MB workspace with the yaml library and was killed
// after 120 s at 2.6 GB (issue #18). Each inserted piece is read alone, as the analysis reads a plan, and must be the
// entry it stands for; what it is inserted after was found by src/edit/flow-close.ts from the analysis's positions.
import { flowInsert, joinedInsert } from './flow-separator.js';
import { parsePlanText } from '../analyze.js';
import type { Path } from '../source/parse.js';
import { findFlowClose } from './flow-close.js';
import { isRecord, offsetOf, orderedKeys, scalarRange, type FastText } from './fast-ranges.js';
import type { HistoryEntryEdit } from './history.js';
import { renderFlowEntry, renderForecast, renderJsonScalar, renderKey, renderScalar, type QuoteStyle } from './scalar.js';
import type { TextEdit } from './text-edit.js';
import { readScalar } from './verify.js';

/** Verdicts by piece, with a forecast day replaced by a stand-in of the same shape (they repeat across a file). */
export type FlowChecks = Map<string, boolean>;

const DAY = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
const STAND_IN = '0000-00-00';

/** The edit adding `entry` to the flow milestone at `path` (its data `item`), or undefined to leave it to history.ts. */
export function planFlowEntry(t: FastText, path: Path, item: Record<string, unknown>, entry: HistoryEntryEdit, checks: FlowChecks): TextEdit | undefined {
  const history = item['history'];
  if (history === undefined) return insertHistory(t, path, item, entry, checks);
  const seqPath = [...path, 'history'];
  const seqAt = offsetOf(t, seqPath);
  if (!Array.isArray(history) || t.body[seqAt] !== '[') return undefined;
  if (entry.replace !== null) return replaceForecast(t, [...seqPath, entry.replace], history[entry.replace], entry);
  // A new entry is written the JSON way when the `history` key is double-quoted (history.ts planEntry).
  const json = isJsonKey(t, seqPath);
  if (history.length === 0) {
    const text = defaultItem(entry, json);
    return isRead(`[${text}]`, entry, 'list', checks) ? { start: seqAt + 1, end: seqAt + 1, insert: text, valueAt: 0 } : undefined;
  }
  const lastPath = [...seqPath, history.length - 1];
  const lastAt = offsetOf(t, lastPath);
  const lastEnd = t.body[lastAt] === '{' ? findFlowClose(t.body, lastAt) : undefined;
  if (lastEnd === undefined) return undefined;
  const copied = copyItem(t, lastPath, history[history.length - 1], lastAt, lastEnd, entry);
  if (copied === null) return undefined;
  const text = copied ?? defaultItem(entry, json);
  return isRead(`[${text}]`, entry, 'list', checks) ? joinedInsert(t.body, flowInsert(t.body, lastAt, lastEnd, text)) : undefined;
}

/**
 * `, history: [{…}]` after the milestone's last pair (history.ts: planInsertPair on a flow mapping), the JSON way
 * (`, "history": [{"reported": …}]`) when that last key is double-quoted (set-field.ts isJsonInsert).
 */
function insertHistory(t: FastText, path: Path, item: Record<string, unknown>, entry: HistoryEntryEdit, checks: FlowChecks): TextEdit | undefined {
  const keys = orderedKeys(item);
  const last = keys?.[keys.length - 1];
  if (last === undefined) return undefined;
  const end = valueEnd(t, [...path, last], item[last]);
  const json = isJsonKey(t, [...path, last]);
  const key = renderKey('history', json);
  const text = `[${defaultItem(entry, json)}]`;
  if (end === undefined || !isRead(`{${key}: ${text}}`, entry, 'key', checks)) return undefined;
  const edit = joinedInsert(t.body, flowInsert(t.body, offsetOf(t, [...path, last], true), end, `${key}: ${text}`));
  return { ...edit, valueAt: edit.valueAt + key.length + 2 };
}

/** Whether the key of the pair at `path` is written double-quoted, as JSON writes keys. */
function isJsonKey(t: FastText, path: Path): boolean {
  return t.body[offsetOf(t, path, true)] === '"';
}

/** Where the value at `path` ends: after its closing bracket or quote, or its last character. */
function valueEnd(t: FastText, path: Path, value: unknown): number | undefined {
  if (value === null || value === undefined) return undefined;
  const at = offsetOf(t, path);
  const c = t.body[at];
  if (typeof value === 'object') return c === '[' || c === '{' ? findFlowClose(t.body, at) : undefined;
  return scalarAt(t, at, value)?.[1];
}

/** The range of the one-line scalar at `at` that reads as `value` (quoted, or plain as written), else undefined. */
function scalarAt(t: FastText, at: number, value: unknown): readonly [number, number] | undefined {
  const range = scalarRange(t, at, true);
  if (range === undefined) return undefined;
  const written = t.body.slice(range[0], range[1]);
  return written[0] === '"' || written[0] === "'" || written === String(value) ? range : undefined;
}

function quoteStyle(t: FastText, range: readonly [number, number]): QuoteStyle {
  const c = t.body[range[0]];
  return c === "'" ? 'single' : c === '"' ? 'double' : 'plain';
}

/** The forecast of the entry at `lastPath` (entry.replace) rewritten in its own quoting (history.ts: planSetPair), when it is `{reported, forecast}`. */
function replaceForecast(t: FastText, lastPath: Path, last: unknown, entry: HistoryEntryEdit): TextEdit | undefined {
  if (!isRecord(last) || Object.keys(last).length !== 2 || last['reported'] === undefined || last['forecast'] === undefined) return undefined;
  const value = last['forecast'];
  if (value === null || typeof value === 'object' || t.body[offsetOf(t, lastPath)] !== '{') return undefined;
  const range = scalarAt(t, offsetOf(t, [...lastPath, 'forecast']), value);
  if (range === undefined) return undefined;
  // A plain value under a double-quoted key (`"forecast": 2031`) goes as JSON writes it (set-field.ts planSetPair).
  const style = quoteStyle(t, range);
  const rendered = style === 'plain' && isJsonKey(t, [...lastPath, 'forecast']) ? renderJsonScalar(entry.forecast) : renderForecast(entry.forecast, style);
  // The entry must read as history.ts's check expects it: the report date as it was, the new forecast as written plain.
  if (JSON.stringify(readScalar(rendered)) !== JSON.stringify(readScalar(renderScalar(entry.forecast, 'plain')))) return undefined;
  if (JSON.stringify(last['reported']) !== JSON.stringify(readScalar(entry.reported))) return undefined;
  return { start: range[0], end: range[1], insert: rendered, valueAt: 0 };
}

/** `{reported: T, forecast: F}` written plain or the JSON way, as history.ts writes an entry it has nothing to copy from. */
function defaultItem(entry: HistoryEntryEdit, json: boolean): string {
  return renderFlowEntry(entry.reported, entry.forecast, json);
}

/**
 * The text of the last entry with both values replaced, each in its quoting (history.ts copyItemText): undefined when
 * history.ts would not copy it (other keys, a comment, a collection), null when this module cannot tell.
 */
function copyItem(t: FastText, path: Path, node: unknown, start: number, end: number, entry: HistoryEntryEdit): string | undefined | null {
  if (!isRecord(node)) return undefined;
  const keys = Object.keys(node);
  if (keys.length !== 2 || !keys.includes('reported') || !keys.includes('forecast')) return undefined;
  const r = copyRange(t, [...path, 'reported'], node['reported']);
  const f = copyRange(t, [...path, 'forecast'], node['forecast']);
  if (r === null || f === null) return null;
  if (r === undefined || f === undefined) return undefined;
  if (r[0] < start || r[0] > f[0] || f[1] > end) return null;
  const { body } = t;
  const blanked = body.slice(start, r[0]) + body.slice(r[1], f[0]) + body.slice(f[1], end);
  if (blanked.includes('#')) return undefined;
  const copied = body.slice(start, r[0]) + renderScalar(entry.reported, quoteStyle(t, r)) + body.slice(r[1], f[0]) + renderForecast(entry.forecast, quoteStyle(t, f)) + body.slice(f[1], end);
  return copied.trimEnd();
}

/** A value's range for copying: undefined for a collection (not copied), null when unsure. */
function copyRange(t: FastText, path: Path, value: unknown): readonly [number, number] | undefined | null {
  if (value === null || typeof value === 'object') return value === null ? null : undefined;
  return scalarAt(t, offsetOf(t, path), value) ?? null;
}

/**
 * Whether `piece` read alone is the entry: `[entry]` for a list item, `{history: [entry]}` for a new key. A forecast
 * day is replaced by a stand-in of the same shape first, so that pieces differing only in that day share a verdict.
 */
function isRead(piece: string, entry: HistoryEntryEdit, kind: 'list' | 'key', checks: FlowChecks): boolean {
  let text = piece;
  let { reported, forecast } = entry;
  if (DAY.test(forecast) && !text.includes(STAND_IN)) {
    text = text.replaceAll(forecast, STAND_IN);
    if (reported === forecast) reported = STAND_IN;
    forecast = STAND_IN;
  }
  const id = `${kind}\u0000${reported}\u0000${forecast}\u0000${text}`;
  const known = checks.get(id);
  if (known !== undefined) return known;
  const read = parsePlanText('inserted entry', text);
  const item = [{ reported: readScalar(reported), forecast: readScalar(renderScalar(forecast, 'plain')) }];
  const ok = read.problems.length === 0 && JSON.stringify(read.data) === JSON.stringify(kind === 'key' ? { history: item } : item);
  checks.set(id, ok);
  return ok;
}
