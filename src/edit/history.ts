// `snapshot`: appends `{reported, forecast}` to milestones' `history` (creating it if absent) in the file's own style.
import { flowInsert, joinedInsert } from './flow-separator.js';
import { msg, msg0, type Message } from '../messages/index.js';
import { isMap, isPair, isScalar, isSeq, type Node, type YAMLMap, type YAMLSeq } from '../source/yaml.js';
import { renderScalar, detectQuoteStyle, renderFlowEntry, renderForecast, isPlainString } from './scalar.js';
import { findPairEnd, findPair, isJsonInsert, planInsertPair, planSetPair } from './pair-edit.js';
import { tagSpan } from './tag-span.js';
import { applyEdits, findLines, type TextEdit, type TextSplice } from './text-edit.js';
import { findMilestoneData, readScalar, verifyEdit } from './verify.js';
import { anchoredList, anchoredMilestone, milestoneIdOf, notEditableMilestone, sharedHistory } from './shared-node.js';
import { detectEol, findLineStart, planLines, findMilestoneMap, findNextLineStart, openYaml, getRange, type YamlSource } from './yaml-source.js';
import { escapeControl } from '../report/safe-text.js';

export interface HistoryEntryEdit {
  /** Index in the file's `milestones` list. */
  readonly milestone: number;
  readonly reported: string;
  /** As written: a day date or a period. */
  readonly forecast: string;
  /**
   * The index in the file's `history` list of the entry whose forecast to overwrite (the one reported on the same day:
   * snapshot corrects it, wherever the list has it), or null to append.
   */
  readonly replace: number | null;
}

export type HistoryOutcome =
  | {
      ok: true;
      text: string;
      lines: readonly number[];
      /** The changes as splices of the text given (sorted), when the edit knows them: the file's bytes need no new encoding. */
      splices?: readonly TextSplice[];
    }
  | { ok: false; message: Message };

const DEFAULT_SEQ_INDENT = 2;

/** Applies every entry in one pass; `lines[i]` is the 1-based line of entry i's new forecast or entry. */
export function addHistoryEntries(text: string, entries: readonly HistoryEntryEdit[]): HistoryOutcome {
  const opened = openYaml(text);
  if (!opened.ok) return opened;
  const src = opened.source;
  const style = detectFileStyle(src);
  const list = anchoredList(src.doc, src.body);
  if (list !== undefined) return { ok: false, message: list };
  const edits: TextEdit[] = [];
  for (const entry of entries) {
    const map = findMilestoneMap(src.doc, entry.milestone);
    if (!map) return { ok: false, message: notEditableMilestone(src.doc, src.body, entry.milestone) };
    const edit = planEntry(src, map, entry, style);
    if (!edit.ok) return edit;
    edits.push(edit.edit);
  }
  const { text: body, offsets } = applyEdits(src.body, edits);
  const check = verifyEdit(src.doc, body, (data) => {
    for (const e of entries) {
      const m = findMilestoneData(data, e.milestone);
      if (!m) continue;
      const history = Array.isArray(m['history']) ? (m['history'] as unknown[]) : [];
      const item = { reported: readScalar(e.reported), forecast: readScalar(renderScalar(e.forecast, 'plain')) };
      if (e.replace !== null) history[e.replace] = item;
      else history.push(item);
      m['history'] = history;
    }
  });
  // The caller (plan-snapshot.ts) says that nothing was written.
  if (check !== undefined) return { ok: false, message: check };
  return { ok: true, text: src.bom + body, lines: findLines(body, offsets) };
}

type Planned = { ok: true; edit: TextEdit } | { ok: false; message: Message };

function planEntry(src: YamlSource, map: YAMLMap, entry: HistoryEntryEdit, style: FileStyle): Planned {
  const anchored = anchoredMilestone(src.doc, src.body, map);
  if (anchored !== undefined) return { ok: false, message: anchored };
  const pair = findPair(map, 'history');
  const shared = pair === undefined ? undefined : sharedHistory(src.doc, src.body, pair, milestoneIdOf(map));
  if (shared !== undefined) return { ok: false, message: shared };
  const seq = pair?.value;
  // A new entry in flow style follows the milestone's mapping: written the JSON way when the mapping is a flow one and
  // its `history` key (when there is one yet; else the key the new one follows, set-field.ts isJsonInsert) is
  // double-quoted, as JSON writes keys. An entry copied from the list's last one keeps that one's quoting instead.
  const json = pair === undefined ? isJsonInsert(map, []) : map.flow === true && detectQuoteStyle(pair.key) === 'double';
  const flowItem = (like?: unknown): string => copyItemText(src, like, entry) ?? renderFlowEntry(entry.reported, entry.forecast, json);
  if (entry.replace !== null) {
    const target: unknown = isSeq(seq) ? seq.items[entry.replace] : undefined;
    if (!isMap(target)) return { ok: false, message: msg('edit.history.entry-not-mapping', { entry: entry.replace + 1 }) };
    // A year goes plain whatever the old forecast's quoting (scalar.ts renderForecast); other values keep it.
    const set = planSetPair(src, target, 'forecast', entry.forecast, isPlainString(entry.forecast) ? undefined : 'plain');
    return set.ok ? { ok: true, edit: joinedInsert(src.body, set) } : set;
  }
  if (isSeq(seq) && seq.flow) return appendFlow(src, seq, flowItem(seq.items[seq.items.length - 1]));
  if (isSeq(seq)) return appendBlock(src, seq, entry);
  if (pair && (seq === null || (isScalar(seq) && seq.value === null))) {
    const range = getRange(seq);
    const keyStart = getRange(pair.key)?.[0] ?? 0;
    if (range && range[0] !== range[1]) return { ok: true, edit: { start: range[0], end: range[1], insert: `[${flowItem()}]`, valueAt: 1 } };
    // `history: !!null`: the tag goes with the empty value, as set-field.ts replaces it (tag-span.ts; tester round 28 F4).
    const tag = range && isScalar(seq) && seq.tag !== undefined ? tagSpan(src.body, getRange(pair.key)?.[1], range[0]) : undefined;
    if (tag !== undefined) return { ok: true, edit: { start: tag.start, end: tag.end, insert: `[${flowItem()}]`, valueAt: 1 } };
    const at = findNextLineStart(src.body, findPairEnd(pair));
    const dash = ' '.repeat(keyStart - findLineStart(src.body, keyStart) + style.seqIndent);
    const { start, insert, lead } = planLines(src.body, at, [renderBlockItem(src, dash, entry, style.template)], detectEol(src.body, at));
    return { ok: true, edit: { start, end: start, insert, valueAt: lead + dash.length } };
  }
  if (pair) {
    const at = getRange(seq)?.[0] ?? getRange(pair.key)?.[0] ?? 0;
    const line = findLines(src.body, [at])[0]!;
    return { ok: false, message: msg('edit.history.not-list', { id: escapeControl(milestoneIdOf(map) ?? '?'), line, column: at - findLineStart(src.body, at) + 1 }) };
  }
  if (map.flow) {
    const planned = planInsertPair(src, map, 'history', `[${flowItem()}]`, []);
    return planned.ok ? { ok: true, edit: joinedInsert(src.body, planned) } : planned;
  }
  return planInsertPair(src, map, 'history', '', [], (indent, eol) => {
    const dash = `${indent}${' '.repeat(style.seqIndent)}`;
    return [`${indent}history:`, renderBlockItem(src, dash, entry, style.template).replace(/\r\n|\r|\n/g, eol)];
  });
}

function appendFlow(src: YamlSource, seq: YAMLSeq, item: string): Planned {
  const range = getRange(seq);
  if (!range) return { ok: false, message: msg0('edit.locate.history') };
  const last = seq.items[seq.items.length - 1];
  if (last === undefined) {
    const at = src.body.indexOf('[', range[0]) + 1;
    return { ok: true, edit: { start: at, end: at, insert: item, valueAt: 0 } };
  }
  const lastRange = getRange(last);
  const at = lastRange?.[1] ?? range[1] - 1;
  return { ok: true, edit: lastRange === undefined ? { start: at, end: at, insert: `, ${item}`, valueAt: 2 } : joinedInsert(src.body, flowInsert(src.body, lastRange[0], at, item)) };
}

function appendBlock(src: YamlSource, seq: YAMLSeq, entry: HistoryEntryEdit): Planned {
  const last = seq.items[seq.items.length - 1];
  const lastRange = getRange(last);
  if (!lastRange) return { ok: false, message: msg0('edit.locate.history') };
  const itemStart = lastRange[0];
  const prefix = src.body.slice(findLineStart(src.body, itemStart), itemStart);
  const dash = ' '.repeat(Math.max(0, prefix.indexOf('-')));
  const at = findNextLineStart(src.body, lastRange[1]);
  const line = renderBlockItem(src, dash, entry, { node: last, prefix });
  const { start, insert, lead } = planLines(src.body, at, [line], detectEol(src.body, at));
  return { ok: true, edit: { start, end: start, insert, valueAt: lead + dash.length } };
}

interface Template {
  readonly node: unknown;
  /** The text before the item on its line: indentation, dash and gap (`"      - "`). */
  readonly prefix: string;
}

interface FileStyle {
  /** Columns between a `history:` key and the dash of its items. */
  readonly seqIndent: number;
  readonly template: Template | undefined;
}

/** A block list item at column `dash.length`, copying the template's layout (re-indented) or `- {reported: …, forecast: …}`. */
function renderBlockItem(src: YamlSource, dash: string, entry: HistoryEntryEdit, template: Template | undefined): string {
  const copied = template ? copyItemText(src, template.node, entry) : undefined;
  if (template === undefined || copied === undefined) return `${dash}- {reported: ${renderScalar(entry.reported, 'plain')}, forecast: ${renderScalar(entry.forecast, 'plain')}}`;
  const dashCol = Math.max(0, template.prefix.indexOf('-'));
  const gap = template.prefix.slice(dashCol);
  const shift = dash.length - dashCol;
  const reindented = copied.replace(/(\r\n|\r|\n)( *)/g, (_m, eol: string, spaces: string) => `${eol}${' '.repeat(Math.max(0, spaces.length + shift))}`);
  return `${dash}${gap}${reindented}`;
}

/**
 * The source of an existing `{reported, forecast}` entry with both values replaced (each keeps its quoting),
 * or undefined when the entry has other keys or comments, which must not be copied.
 */
function copyItemText(src: YamlSource, node: unknown, entry: HistoryEntryEdit): string | undefined {
  if (!isMap(node) || node.items.length !== 2) return undefined;
  const reported = findPair(node, 'reported')?.value;
  const forecast = findPair(node, 'forecast')?.value;
  const range = getRange(node);
  const r = getRange(reported);
  const f = getRange(forecast);
  if (!isScalar(reported) || !isScalar(forecast) || !range || !r || !f || r[0] === r[1] || f[0] === f[1]) return undefined;
  const replacements = [
    { start: r[0], end: r[1], insert: renderScalar(entry.reported, detectQuoteStyle(reported)), valueAt: 0 },
    { start: f[0], end: f[1], insert: renderForecast(entry.forecast, detectQuoteStyle(forecast)), valueAt: 0 },
  ];
  const source = src.body.slice(range[0], range[1]);
  const shifted = replacements.map((e) => ({ ...e, start: e.start - range[0], end: e.end - range[0] }));
  const blanked = applyEdits(source, shifted.map((e) => ({ ...e, insert: '' }))).text;
  if (blanked.includes('#')) return undefined;
  return applyEdits(source, shifted).text.trimEnd();
}

/** How this file writes histories: the first block `history` list with a copyable entry, else the defaults. */
function detectFileStyle(src: YamlSource): FileStyle {
  const list = src.doc.get('milestones', true);
  let seqIndent: number | undefined;
  for (const item of isSeq(list) ? list.items : []) {
    if (!isMap(item)) continue;
    for (const p of item.items) {
      if (!isPair(p) || !isSeq(p.value) || p.value.flow || p.value.items.length === 0) continue;
      const keyStart = getRange(p.key)?.[0];
      const first = getRange(p.value.items[0] as Node)?.[0];
      if (keyStart === undefined || first === undefined) continue;
      const prefix = src.body.slice(findLineStart(src.body, first), first);
      const rel = prefix.indexOf('-') - (keyStart - findLineStart(src.body, keyStart));
      if (rel < 0 || !/^ *- +$/.test(prefix)) continue;
      seqIndent ??= rel;
      const last = p.value.items[p.value.items.length - 1];
      const lastStart = getRange(last)?.[0];
      if (isScalar(p.key) && p.key.value === 'history' && lastStart !== undefined) {
        return { seqIndent: rel, template: { node: last, prefix: src.body.slice(findLineStart(src.body, lastStart), lastStart) } };
      }
    }
  }
  return { seqIndent: seqIndent ?? DEFAULT_SEQ_INDENT, template: undefined };
}
