// Values `set` and `snapshot` do not edit in place because YAML anchors and aliases share them: an edit there would
// change every place that uses them, where an edit changes only its target (SPEC §7: set; snapshot). The refusal
// says so, where, and what to do: before, an aliased `history` was "not a list" and an aliased milestone "not a
// mapping", both false, and the snapshot line named no line (tester round 11 #3).
import { msg, type Message } from '../messages/index.js';
import { aliasedNodes, isAlias, isSeq, type Document, type Node, type Pair, type YAMLMap } from '../source/yaml.js';
import { findLines } from './text-edit.js';
import { getRange } from './yaml-source.js';

/** The 1-based line of a node's start in `body`, or undefined without a range. */
function lineOf(body: string, node: unknown): number | undefined {
  const range = getRange(node);
  return range === undefined ? undefined : findLines(body, [range[0]])[0];
}

/**
 * The 1-based line of `&name` before the node it anchors: a block value's range starts at its first item, a line
 * below the key and anchor that a reader looks for.
 */
function anchorLine(body: string, node: unknown, name: string): number | undefined {
  const range = getRange(node);
  if (range === undefined) return undefined;
  const at = body.lastIndexOf(`&${name}`, range[0]);
  return findLines(body, [at >= 0 ? at : range[0]])[0];
}

/** "the alias *h at line 9 of the value anchored &h at line 2" for an alias node. */
function describeAlias(doc: Document, body: string, alias: Node & { source: string }, line: number | undefined): Message {
  const target = isAlias(alias) ? alias.resolve(doc) : undefined;
  const anchored = target === undefined ? undefined : anchorLine(body, target, alias.source);
  return msg('edit.alias', { name: alias.source, line: line ?? null, anchoredAt: anchored ?? null });
}

/**
 * Why `milestones[index]` is no mapping this edit can change: the list or the item is an alias (shared), or it is
 * something else than a mapping. Always a sentence (the caller has found no mapping there).
 */
export function notEditableMilestone(doc: Document, body: string, index: number): Message {
  const list = doc.get('milestones', true);
  if (isAlias(list)) return msg('edit.shared.list', { alias: describeAlias(doc, body, list, lineOf(body, list)), name: list.source });
  const item: unknown = isSeq(list) ? list.items[index] : undefined;
  if (isAlias(item)) return msg('edit.shared.milestone', { item: index + 1, alias: describeAlias(doc, body, item, lineOf(body, item)), name: item.source });
  return msg('edit.not-mapping', { index });
}

/**
 * Whether `text` may hold a YAML anchor (`&name` at the start of a node: after a line start, a blank or a flow
 * indicator). A text without one is edited on the fast paths (a block read alone, the analysis's positions); one with
 * one goes through the whole document, where anchoredMilestone and anchoredList see every anchor on the way to the
 * edit (tester round 14 #2–#3: a flow `- &m {…}` and an anchored `milestones: &ms` were edited through). `R&D` and
 * `FoU & drift` are no anchor.
 */
export function mayHaveAnchor(text: string): boolean {
  return /(?:^|[\s[{,])&[^\s[\]{},]/m.test(text);
}

/**
 * Whether `node` is anchored and an alias of `doc` uses it. An anchor no alias uses shares nothing: the node is edited
 * as any other, its anchor kept (tester round 70 F7: `- &mp1` with no `*` in the file stopped set and snapshot).
 */
export function isShared(doc: Document, node: { readonly anchor?: string | undefined }): boolean {
  return node.anchor !== undefined && aliasedNodes(doc).has(node);
}

/**
 * Why the `milestones` list cannot be edited in place: it is anchored (`milestones: &ms`), and an alias elsewhere
 * uses it. Undefined when it is not.
 */
export function anchoredList(doc: Document, body: string): Message | undefined {
  const list = doc.get('milestones', true);
  if (!isSeq(list) || list.anchor === undefined || !isShared(doc, list)) return undefined;
  return msg('edit.anchored.list', { name: list.anchor, line: anchorLine(body, list, list.anchor) ?? null });
}

/**
 * Why a milestone's mapping cannot be edited in place: it is anchored (`- &m` then its keys), and an alias elsewhere
 * (`*m`) uses it, which an edit there would change too (tester round 13 #9: `set` said only "did not read back as
 * intended", and `snapshot` wrote its history entry through the anchor). Undefined when it is not anchored, or no alias
 * of `doc` uses it. `firstLine`: the line `body` starts on in the file (a block read alone).
 */
export function anchoredMilestone(doc: Document, body: string, map: YAMLMap, firstLine = 1): Message | undefined {
  if (map.anchor === undefined || !isShared(doc, map)) return undefined;
  const line = anchorLine(body, map, map.anchor);
  return msg('edit.anchored.milestone', { id: milestoneIdOf(map) ?? null, name: map.anchor, line: line !== undefined ? firstLine + line - 1 : null });
}

/** A milestone mapping's id as written, for messages; undefined when it has no plain one. */
export function milestoneIdOf(map: YAMLMap): string | undefined {
  const id: unknown = map.get('id');
  return typeof id === 'string' ? id : undefined;
}

/**
 * Why the `history` pair of a milestone cannot take a new entry in place: its list is an alias, or is anchored and an
 * alias elsewhere uses it; undefined when neither. `id`: the milestone's id, for the sentence.
 */
export function sharedHistory(doc: Document, body: string, pair: Pair, id: string | undefined): Message | undefined {
  const value = pair.value as unknown;
  if (isAlias(value)) return msg('edit.shared.history', { id: id ?? null, alias: describeAlias(doc, body, value, lineOf(body, value)), name: value.source });
  if (isSeq(value) && value.anchor !== undefined && isShared(doc, value)) return msg('edit.anchored.history', { id: id ?? null, name: value.anchor, line: anchorLine(body, value, value.anchor) ?? null });
  return undefined;
}
