// One pair of a YAML mapping edited as text (set, history): its value replaced, or a new pair inserted next to its
// most sensible sibling in the mapping's own style (block, flow, JSON-like), every other byte left as it is.
import { msg, msg0, type Message } from '../messages/index.js';
import { isAlias, isMap, isPair, isScalar, type Pair, type YAMLMap } from '../source/yaml.js';
import { renderScalar, detectQuoteStyle, renderJsonScalar, renderKey, type QuoteStyle } from './scalar.js';
import type { TextEdit } from './text-edit.js';
import { isShared } from './shared-node.js';
import { tagSpan } from './tag-span.js';
import { INSERT_AFTER, STYLE_FROM } from './set-keys.js';
import { flowInsert } from './flow-separator.js';
import { detectEol, readKeyName, findLineStart, planLines, findNextLineStart, getRange, type YamlSource } from './yaml-source.js';

/** The pair of `map` whose key is `key`, or undefined. */
export function findPair(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p): p is Pair => isPair(p) && readKeyName(p.key) === key);
}

/** A planned pair edit with the value's text before (undefined: inserted) and as written. */
/** `lead`: an edit that goes with `edit`, which another key inserted at the same place brings too (flow-separator.ts flowInsert). */
export type Planned = { ok: true; edit: TextEdit; lead?: TextEdit; before: string | undefined; rendered: string } | { ok: false; message: Message };

/** The edit that sets `key` in `map`: replace its value, or insert the pair. */
export function planSetPair(src: YamlSource, map: YAMLMap, key: string, value: string, style?: QuoteStyle): Planned {
  const { body } = src;
  const pair = findPair(map, key);
  if (pair) {
    const range = getRange(pair.value);
    if (range === undefined || (pair.value !== null && !isScalar(pair.value) && !isAlias(pair.value))) {
      return { ok: false, message: msg('edit.holds-collection', { key, kind: isMap(pair.value) ? 'mapping' : 'list' }) };
    }
    // An anchored value (`forecast: &f 2019-09-03`) used elsewhere through its alias (`*f`): a new value there would
    // change those places too, which set never does (SPEC: only the targeted value changes). An anchor no alias uses
    // stays in front of the new value.
    if (isScalar(pair.value) && pair.value.anchor !== undefined && isShared(src.doc, pair.value)) {
      return { ok: false, message: msg('edit.anchored.value', { key, name: pair.value.anchor }) };
    }
    // A plain value in a JSON-style pair (`"forecast": 2031`) is replaced as JSON writes the new one (`"2019-09-13"`).
    const own = style ?? detectQuoteStyle(pair.value);
    const rendered = style === undefined && own === 'plain' && map.flow && isJsonKey(pair) ? renderJsonScalar(value) : renderScalar(value, own);
    const [start, valueEnd] = range;
    // A block scalar (`>-` or `|` and its indented lines) ends after its line breaks: they stay, only the value goes.
    const end = isScalar(pair.value) && (pair.value.type === 'BLOCK_FOLDED' || pair.value.type === 'BLOCK_LITERAL') ? endOfContent(body, start, valueEnd) : valueEnd;
    if (start === end) {
      // An empty value with a tag and nothing after it (`forecast: !!null`, `status: !!str`): the tag goes with it, or
      // the value was glued to it (`!!null2019-10-01`) and the edit refused as invalid YAML (tester round 26 F3).
      const tag = isScalar(pair.value) && pair.value.tag !== undefined ? tagSpan(body, getRange(pair.key)?.[1], start) : undefined;
      if (tag !== undefined) {
        const lead = body[tag.start - 1] === ':' ? ' ' : '';
        return { ok: true, edit: { start: tag.start, end: tag.end, insert: `${lead}${rendered}`, valueAt: lead.length }, before: body.slice(tag.start, tag.end), rendered };
      }
      // An empty value: `key:` or `key:   # to be set`; the comment keeps its space from the new value.
      const lead = body[start - 1] === ':' ? ' ' : '';
      const trail = body[end] === '#' ? ' ' : '';
      return { ok: true, edit: { start, end, insert: `${lead}${rendered}${trail}`, valueAt: lead.length }, before: '', rendered };
    }
    return { ok: true, edit: { start, end, insert: rendered, valueAt: 0 }, before: body.slice(start, end), rendered };
  }
  const source = STYLE_FROM[key];
  const sourcePair = source === undefined ? undefined : findPair(map, source);
  const copied = style ?? (sourcePair ? detectQuoteStyle(sourcePair.value) : 'plain');
  // Into a JSON-style mapping a value goes as JSON writes it, unless it copies the quotes of its sibling value.
  const json = style === undefined && copied === 'plain' && isJsonInsert(map, INSERT_AFTER[key] ?? []);
  const rendered = json ? renderJsonScalar(value) : renderScalar(value, copied);
  const edit = planInsertPair(src, map, key, rendered, INSERT_AFTER[key] ?? []);
  return edit.ok ? { ok: true, edit: edit.edit, ...(edit.lead === undefined ? {} : { lead: edit.lead }), before: undefined, rendered } : edit;
}

/** The pair a new key goes after: the first sibling of `after` present, else the last pair (undefined when none). */
function findInsertSibling(map: YAMLMap, after: readonly string[]): Pair | undefined {
  const pairs = map.items.filter((p): p is Pair => isPair(p));
  return after.map((k) => findPair(map, k)).find((p) => p !== undefined) ?? pairs[pairs.length - 1];
}

/** Whether the pair's key is written double-quoted, as JSON writes keys. */
function isJsonKey(pair: Pair): boolean {
  return detectQuoteStyle(pair.key) === 'double';
}

/**
 * Whether a pair inserted into `map` (after the first sibling of `after` present, else the last pair) is written the
 * JSON way, its key double-quoted and its value as JSON writes it: when `map` is a flow mapping and the key just before
 * the insertion point is double-quoted (a `.yaml` file written by a JSON writer). Mixed styles follow that key, the
 * one the new pair is written next to: `{"id": "A", date: 2019-01-02}` gets a plain key after `date`. A plain-keyed
 * flow mapping and every block mapping get a plain key, as before.
 */
export function isJsonInsert(map: YAMLMap, after: readonly string[]): boolean {
  const sibling = findInsertSibling(map, after);
  return map.flow === true && sibling !== undefined && isJsonKey(sibling);
}

/**
 * Inserts `key: <valueText>` after the first sibling of `after` present (else after the last pair), in the map's style:
 * in a flow mapping the key is double-quoted when isJsonInsert says so (`valueText` is the caller's to render alike).
 * `lead`, when given, is an edit to apply with `edit` (flow-separator.ts flowInsert: the comma before a comment).
 */
export function planInsertPair(src: YamlSource, map: YAMLMap, key: string, valueText: string, after: readonly string[], block?: (indent: string, eol: string) => string[]): { ok: true; edit: TextEdit; lead?: TextEdit } | { ok: false; message: Message } {
  const { body } = src;
  const sibling = findInsertSibling(map, after);
  const mapRange = getRange(map);
  if (map.flow) {
    if (!mapRange) return { ok: false, message: msg0('edit.locate.mapping') };
    const end = sibling ? findPairEnd(sibling) : body.indexOf('{', mapRange[0]) + 1;
    const keyStart = sibling === undefined ? undefined : getRange(sibling.key)?.[0];
    const written = renderKey(key, isJsonInsert(map, after));
    const pair = `${written}: ${valueText}`;
    const { edit, lead } = sibling === undefined ? { edit: { start: end, end, insert: pair, valueAt: 0 } } : keyStart === undefined ? { edit: { start: end, end, insert: `, ${pair}`, valueAt: 2 } } : flowInsert(body, keyStart, end, pair);
    return { ok: true, edit: { ...edit, valueAt: edit.valueAt + written.length + 2 }, ...(lead === undefined ? {} : { lead }) };
  }
  if (!sibling) return { ok: false, message: msg0('edit.no-keys') };
  const keyAt = getRange(sibling.key)?.[0];
  if (keyAt === undefined) return { ok: false, message: msg0('edit.locate.keys') };
  // An explicit key (`? date` / `: 2019-06-28`) is indented as its `?`: a pair inserted at the key's own column was
  // no YAML, and the edit refused (tester round 70 F6).
  const keyStart = explicitKeyMark(body, keyAt) ?? keyAt;
  const indent = ' '.repeat(keyStart - findLineStart(body, keyStart));
  const at = findNextLineStart(body, findPairEnd(sibling));
  const eol = detectEol(body, at);
  const lines = block ? block(indent, eol) : [`${indent}${key}: ${valueText}`];
  const { start, insert, lead } = planLines(body, at, lines, eol);
  // With a block of lines (a new list), the reported position is the start of its second line's content.
  const second = lines[1];
  const valueAt = block && second !== undefined ? lines[0]!.length + eol.length + (/^ */.exec(second)?.[0].length ?? 0) : indent.length + key.length + 2;
  return { ok: true, edit: { start, end: start, insert, valueAt: lead + valueAt } };
}

/** The offset of the `?` that writes the key at `keyAt` as an explicit key (`? date`), or undefined. */
function explicitKeyMark(body: string, keyAt: number): number | undefined {
  let k = keyAt;
  while (k > 0 && (body.charAt(k - 1) === ' ' || body.charAt(k - 1) === '\t')) k--;
  return k < keyAt && body.charAt(k - 1) === '?' ? k - 1 : undefined;
}

/** `end` moved back over the line breaks and blanks that end a block scalar, never before `start`. */
function endOfContent(body: string, start: number, end: number): number {
  let e = end;
  while (e > start && ' \t\r\n'.includes(body.charAt(e - 1))) e--;
  return e;
}

/** Offset just after a pair's value (or its key when the value is empty). */
export function findPairEnd(pair: Pair): number {
  return getRange(pair.value)?.[1] ?? getRange(pair.key)?.[1] ?? 0;
}
