// `snapshot`'s history entries as text edits planned from the analysis's reading of the file (src/edit/fast-ranges.ts)
// rather than the yaml library's document: the same bytes as src/edit/history.ts for the layouts it takes (block
// milestones, a block `history` list or none; flow milestones, history-flow.ts; test/edit/history-fast.test.ts
// compares both on many layouts), undefined
// for every other layout, and then the caller uses history.ts. At 100,000 milestones history.ts spent 30 s of 33 s and
// 1.5 GB in the yaml library (issue #18).
import type { ParsedSource, Path } from '../source/parse.js';
import type { HistoryEntryEdit, HistoryOutcome } from './history.js';
import { checkInsertedLines, type CheckCache } from './history-check.js';
import { planFlowEntry, type FlowChecks } from './history-flow.js';
import { findLineAfter, flowEnd, isRecord, offsetOf, openFastText, orderedKeys, scalarRange, type FastText } from './fast-ranges.js';
import { renderForecast, renderScalar, type QuoteStyle } from './scalar.js';
import { applyEdits, findEditLines, findLines, toSplices, type TextEdit } from './text-edit.js';
import { detectEol, findLineStart, planLines } from './yaml-source.js';

const DEFAULT_SEQ_INDENT = 2;
const ITEM_PREFIX = /^ *- +$/;

interface Template {
  /** The existing entry's path and data. */
  readonly path: Path;
  readonly node: unknown;
  /** The text before the entry on its line: indentation, dash and gap (`"      - "`). */
  readonly prefix: string;
}

interface Ctx {
  readonly t: FastText;
  readonly list: readonly unknown[];
  /** Copies of entries by template path (the same template serves every milestone of the file). */
  readonly copies: Map<string, Copy | 'none' | 'unsure'>;
  /** The same by template object. */
  readonly templateCopies: WeakMap<Template, Copy | 'none' | 'unsure'>;
  readonly checks: CheckCache;
  readonly flowChecks: FlowChecks;
}

/** The entries added to `text` (no byte order mark) as history.ts would add them, or undefined to leave it to history.ts. */
export function addHistoryEntriesFast(text: string, parsed: ParsedSource, entries: readonly HistoryEntryEdit[]): HistoryOutcome | undefined {
  const t = openFastText(text, parsed);
  const list = isRecord(parsed.data) ? parsed.data['milestones'] : undefined;
  if (t === undefined || text.charCodeAt(0) === 0xfeff || !Array.isArray(list)) return undefined;
  const ctx: Ctx = { t, list, copies: new Map(), templateCopies: new WeakMap(), checks: new Map(), flowChecks: new Map() };
  const style = detectFileStyle(ctx);
  if (style === undefined) return undefined;
  const edits: TextEdit[] = [];
  for (const entry of entries) {
    const edit = planEntry(ctx, entry, style);
    if (edit === undefined) return undefined;
    edits.push(edit);
  }
  // The new text stays a rope of the old one's slices: its lines are counted on the old text (findEditLines) and its
  // bytes copied from the file's around the splices (cli/commands/splice-all.ts).
  const { text: after, offsets } = applyEdits(text, edits);
  return { ok: true, text: after, lines: findEditLines(text, edits) ?? findLines(after, offsets), splices: toSplices(edits) };
}

function planEntry(ctx: Ctx, entry: HistoryEntryEdit, style: FileStyle): TextEdit | undefined {
  const { t } = ctx;
  const item = ctx.list[entry.milestone];
  const path = ['milestones', entry.milestone];
  if (!isRecord(item)) return undefined;
  const itemAt = offsetOf(t, path);
  // A milestone written as a flow mapping (JSON writes each so, in a flow list) has its own planner.
  if (t.body[itemAt] === '{') return planFlowEntry(t, path, item, entry, ctx.flowChecks);
  if (entry.replace !== null) return undefined;
  const itemPrefix = t.body.slice(findLineStart(t.body, itemAt), itemAt);
  if (!ITEM_PREFIX.test(itemPrefix)) return undefined;
  const dashCol = itemPrefix.indexOf('-');
  const history = item['history'];
  if (history === undefined) return insertHistory(ctx, path, item, dashCol, entry, style);
  const seqPath = [...path, 'history'];
  if (!Array.isArray(history) || history.length === 0 || t.body[offsetOf(t, seqPath)] !== '-') return undefined;
  const lastPath = [...seqPath, history.length - 1];
  const lastStart = offsetOf(t, lastPath);
  const prefix = t.body.slice(findLineStart(t.body, lastStart), lastStart);
  const at = findLineAfter(t, lastPath, history[history.length - 1], dashCol);
  if (!ITEM_PREFIX.test(prefix) || at === undefined) return undefined;
  const dash = ' '.repeat(prefix.indexOf('-'));
  const line = renderBlockItem(ctx, dash, entry, { path: lastPath, node: history[history.length - 1], prefix });
  if (line === undefined || !checkInsertedLines([line], entry, false, ctx.checks)) return undefined;
  const { start, insert, lead } = planLines(t.body, at, [line], detectEol(t.body, at));
  return { start, end: start, insert, valueAt: lead + dash.length };
}

/** `history:` and its first entry after the milestone's last pair, at that pair's indentation. */
function insertHistory(ctx: Ctx, path: Path, item: Record<string, unknown>, dashCol: number, entry: HistoryEntryEdit, style: FileStyle): TextEdit | undefined {
  const { t } = ctx;
  const keys = orderedKeys(item);
  const last = keys?.[keys.length - 1];
  if (last === undefined) return undefined;
  const keyStart = offsetOf(t, [...path, last], true);
  const at = findLineAfter(t, [...path, last], item[last], dashCol);
  if (at === undefined) return undefined;
  const indent = ' '.repeat(keyStart - findLineStart(t.body, keyStart));
  const eol = detectEol(t.body, at);
  const rendered = renderBlockItem(ctx, `${indent}${' '.repeat(style.seqIndent)}`, entry, style.template);
  if (rendered === undefined) return undefined;
  // In the file's line breaks (most files' are LF, and so is a rendered item's: nothing to replace).
  const second = eol === '\n' && !rendered.includes('\r') ? rendered : rendered.replace(/\r\n|\r|\n/g, eol);
  const lines = [`${indent}history:`, second];
  if (!checkInsertedLines(lines, entry, true, ctx.checks)) return undefined;
  const { start, insert, lead } = planLines(t.body, at, lines, eol);
  return { start, end: start, insert, valueAt: lead + lines[0]!.length + eol.length + leadingSpaces(second) };
}

/** The number of spaces `text` starts with. */
function leadingSpaces(text: string): number {
  let i = 0;
  while (text.charCodeAt(i) === 32) i++;
  return i;
}

interface FileStyle {
  /** Columns between a `history:` key and the dash of its items. */
  readonly seqIndent: number;
  readonly template: Template | undefined;
}

/** How this file writes lists and histories (history.ts detectFileStyle, on the analysis's positions). */
function detectFileStyle(ctx: Ctx): FileStyle | undefined {
  const { t, list } = ctx;
  let seqIndent: number | undefined;
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (!isRecord(item)) continue;
    const keys = orderedKeys(item);
    if (keys === undefined) return undefined;
    for (const key of keys) {
      const value = item[key];
      if (!Array.isArray(value) || value.length === 0) continue;
      const path = ['milestones', i, key];
      const c = t.body[offsetOf(t, path)];
      if (c === '[') continue;
      if (c !== '-') return undefined;
      const keyStart = offsetOf(t, path, true);
      const first = offsetOf(t, [...path, 0]);
      const prefix = t.body.slice(findLineStart(t.body, first), first);
      const rel = prefix.indexOf('-') - (keyStart - findLineStart(t.body, keyStart));
      if (rel < 0 || !ITEM_PREFIX.test(prefix)) continue;
      seqIndent ??= rel;
      if (key !== 'history') continue;
      const lastPath = [...path, value.length - 1];
      const lastStart = offsetOf(t, lastPath);
      return { seqIndent: rel, template: { path: lastPath, node: value[value.length - 1], prefix: t.body.slice(findLineStart(t.body, lastStart), lastStart) } };
    }
  }
  return { seqIndent: seqIndent ?? DEFAULT_SEQ_INDENT, template: undefined };
}

/** A block list item at column `dash.length` (history.ts renderBlockItem); undefined to leave the file to history.ts. */
function renderBlockItem(ctx: Ctx, dash: string, entry: HistoryEntryEdit, template: Template | undefined): string | undefined {
  const copy = template === undefined ? undefined : findCopy(ctx, template);
  if (copy === null) return undefined;
  if (template === undefined || copy === undefined) return `${dash}- {reported: ${renderScalar(entry.reported, 'plain')}, forecast: ${renderScalar(entry.forecast, 'plain')}}`;
  const copied = copy.before + renderScalar(entry.reported, copy.reportedStyle) + copy.between + renderForecast(entry.forecast, copy.forecastStyle) + copy.after;
  const dashCol = Math.max(0, template.prefix.indexOf('-'));
  const gap = template.prefix.slice(dashCol);
  const shift = dash.length - dashCol;
  // Moved by `shift` columns; unmoved (the usual case: a milestone's entries at the template's indentation) as it is.
  const reindented = shift === 0 ? copied : copied.replace(/(\r\n|\r|\n)( *)/g, (_m, eol: string, spaces: string) => `${eol}${' '.repeat(Math.max(0, spaces.length + shift))}`);
  return `${dash}${gap}${reindented}`;
}

/** An existing `{reported, forecast}` entry's text around its two values (history.ts copyItemText). */
interface Copy {
  readonly before: string;
  readonly between: string;
  readonly after: string;
  readonly reportedStyle: QuoteStyle;
  readonly forecastStyle: QuoteStyle;
}

/** The template's copy: undefined when history.ts would not copy it, null when this module cannot tell (cached). */
function findCopy(ctx: Ctx, template: Template): Copy | undefined | null {
  // The file's template (every new `history:` copies it) is found by itself, without its path written out each time.
  let copy = ctx.templateCopies.get(template);
  if (copy === undefined) {
    const id = JSON.stringify(template.path);
    copy = ctx.copies.get(id);
    if (copy === undefined) {
      copy = readCopy(ctx.t, template) ?? 'none';
      ctx.copies.set(id, copy);
    }
    ctx.templateCopies.set(template, copy);
  }
  return copy === 'none' ? undefined : copy === 'unsure' ? null : copy;
}

function readCopy(t: FastText, template: Template): Copy | 'unsure' | undefined {
  const node = template.node;
  if (!isRecord(node)) return undefined;
  const keys = Object.keys(node);
  if (keys.length !== 2 || !keys.includes('reported') || !keys.includes('forecast')) return undefined;
  const start = offsetOf(t, template.path);
  const flow = t.body[start] === '{';
  const dashCol = findDashColumn(t, Number(template.path[1]));
  const end = flow ? flowEnd(t.body, start) : findLineAfter(t, template.path, node, dashCol ?? -1);
  const r = valueRange(t, [...template.path, 'reported'], node['reported'], flow);
  const f = valueRange(t, [...template.path, 'forecast'], node['forecast'], flow);
  if (end === undefined || dashCol === undefined || r === null || f === null) return 'unsure';
  if (r === undefined || f === undefined) return undefined;
  if (r[0] > f[0] || f[1] > end) return 'unsure'; // reported after forecast: the copy below keeps the usual order
  const blanked = t.body.slice(start, r[0]) + t.body.slice(r[1], f[0]) + t.body.slice(f[1], end);
  if (blanked.includes('#')) return undefined;
  const style = (range: readonly [number, number]): QuoteStyle => (t.body[range[0]] === "'" ? 'single' : t.body[range[0]] === '"' ? 'double' : 'plain');
  return { before: t.body.slice(start, r[0]), between: t.body.slice(r[1], f[0]), after: t.body.slice(f[1], end).trimEnd(), reportedStyle: style(r), forecastStyle: style(f) };
}

/** The column of the dash of `milestones[index]`, when its line starts with `- `. */
function findDashColumn(t: FastText, index: number): number | undefined {
  const at = offsetOf(t, ['milestones', index]);
  const prefix = t.body.slice(findLineStart(t.body, at), at);
  return ITEM_PREFIX.test(prefix) ? prefix.indexOf('-') : undefined;
}

/** The value's [start, end), undefined when history.ts would not copy it (empty, a collection), null when unsure. */
function valueRange(t: FastText, path: Path, value: unknown, inFlow: boolean): readonly [number, number] | undefined | null {
  if (value === null || typeof value === 'object') return value === null ? null : undefined;
  const range = scalarRange(t, offsetOf(t, path), inFlow);
  if (range === undefined) return null;
  const written = t.body.slice(range[0], range[1]);
  const quoted = written[0] === '"' || written[0] === "'";
  return quoted || written === String(value) ? range : null;
}
