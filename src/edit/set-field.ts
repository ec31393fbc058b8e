// `set`: replaces one scalar of a milestone, or inserts the key next to its most sensible sibling, leaving every other byte alone.
import { msg, type Message } from '../messages/index.js';
import type { YAMLMap } from '../source/yaml.js';
import { applyEdits, findLines, type TextEdit, type TextSplice } from './text-edit.js';
import type { ParsedSource } from '../source/parse.js';
import { openMilestoneBlock, verifyBlockEdit, type MilestoneBlock, type ReadBack } from './milestone-block.js';
import { findMilestoneData, readScalar, verifyEdit } from './verify.js';
import { anchoredList, anchoredMilestone, mayHaveAnchor, notEditableMilestone } from './shared-node.js';
import { planSetPair } from './pair-edit.js';
import type { SettableKey } from './set-keys.js';
import { findMilestoneMap, openYaml, type YamlSource } from './yaml-source.js';

export type { SettableKey } from './set-keys.js';

export interface FieldChange {
  readonly key: string;
  /** The value's source text before, or undefined when the key was inserted. */
  readonly before: string | undefined;
  readonly after: string;
  /** 1-based line of the new value in the new text. */
  readonly line: number;
}

/** `splice`, when given, says where `text` differs from the text edited: only the milestone's lines (milestone-block.ts). */
export type EditOutcome = { ok: true; text: string; changes: readonly FieldChange[]; splice?: TextSplice } | { ok: false; message: Message };

/** Sets `milestones[index].<key>` to `value` (a string written as a scalar). */
export function setMilestoneField(text: string, index: number, key: SettableKey, value: string): EditOutcome {
  return setMilestoneFields(text, index, [[key, value]]);
}

type Fields = readonly (readonly [SettableKey, string])[];
type PlannedField = { key: SettableKey; edit: TextEdit; lead?: TextEdit; before: string | undefined; rendered: string };

/**
 * The fields' edits, then each lead (pair-edit.ts Planned) once: two keys inserted after one commented line of a flow
 * mapping both bring the comma before its comment (flow-separator.ts flowInsert). applyEdits's offsets of the first
 * `planned.length` are the fields'.
 */
function editsOf(planned: readonly PlannedField[]): TextEdit[] {
  const leads = new Map<string, TextEdit>();
  for (const p of planned) if (p.lead !== undefined) leads.set(`${p.lead.start}:${p.lead.end}:${p.lead.insert}`, p.lead);
  return [...planned.map((p) => p.edit), ...leads.values()];
}

/**
 * Sets several fields of `milestones[index]` in one pass (one parse, one check); inserted keys keep the given order.
 * Only the milestone's own lines go through the yaml library when they read back alone as that milestone
 * (milestone-block.ts); otherwise the whole document does. `parsed`: the analysis's reading of the text, if at hand;
 * `read`: how the check reads the edited body back (by default the plan's reader alone).
 */
export function setMilestoneFields(text: string, index: number, fields: Fields, parsed?: ParsedSource, read?: ReadBack): EditOutcome {
  const bom = text.charCodeAt(0) === 0xfeff ? '\uFEFF' : '';
  const body = text.slice(bom.length);
  // Anchors are seen in the whole document only (shared-node.ts).
  const block = mayHaveAnchor(body) ? undefined : openMilestoneBlock(body, index, parsed);
  if (block === undefined) return setInDocument(text, index, fields);
  let outcome = setInBlock(bom, body, block, index, fields, read);
  // Blanks in place of a long value (block-skeleton.ts) may misplace an inserted key, as after a block scalar whose
  // last lines start with '#': the check catches it, and the block's own lines are read instead.
  if ('check' in outcome && block.skeleton === true) {
    const plain = openMilestoneBlock(body, index, parsed, false);
    if (plain !== undefined) outcome = setInBlock(bom, body, plain, index, fields, read);
  }
  if (!('check' in outcome)) return outcome;
  // A refusal read from the whole document says why when the block alone cannot (an anchor on the item's dash line,
  // `- &m`, is outside the block: tester round 13 #9); else the block's own reason.
  const whole = setInDocument(text, index, fields);
  return whole.ok ? { ok: false, message: msg('edit.nothing-written', { reason: outcome.check }) } : whole;
}

/** The edit made in the milestone's block, or why its check refused it. */
function setInBlock(bom: string, body: string, block: MilestoneBlock, index: number, fields: Fields, read: ReadBack | undefined): EditOutcome | { check: Message } {
  const planned = planFields(block.source, block.map, fields, block.firstLine);
  if (!Array.isArray(planned)) return planned;
  const edited = applyEdits(block.source.body, editsOf(planned));
  const after = body.slice(0, block.start) + edited.text + body.slice(block.end);
  const check = verifyBlockEdit(block, after, index, (m) => {
    for (const p of planned) m[p.key] = readScalar(p.rendered);
  }, read === undefined ? undefined : (edited, patch) => read(bom + edited, bom === '' ? patch : undefined), { block, index, text: edited.text });
  if (check !== undefined) return { check };
  // The block starts a line (never with a line break), so a value's line is the block's first line plus the lines
  // before it in the block: counted there, the edited file's text is not joined and searched as one (issue #18).
  const first = block.firstLine;
  const lines = findLines(edited.text, edited.offsets).map((line) => first + line - 1);
  const splice = { start: bom.length + block.start, end: bom.length + block.end, text: edited.text, line: first };
  return { ok: true, text: bom + after, changes: planned.map((p, i) => ({ key: p.key, before: p.before, after: p.rendered, line: lines[i]! })), splice };
}

function planFields(src: YamlSource, map: YAMLMap, fields: Fields, firstLine = 1): PlannedField[] | { ok: false; message: Message } {
  const anchored = anchoredMilestone(src.doc, src.body, map, firstLine);
  if (anchored !== undefined) return { ok: false, message: anchored };
  const planned: PlannedField[] = [];
  for (const [key, value] of fields) {
    const p = planSetPair(src, map, key, value);
    if (!p.ok) return p;
    planned.push({ key, ...p });
  }
  return planned;
}

/** The same edit planned and checked on the whole document (exported for the tests that compare both ways). */
export function setInDocument(text: string, index: number, fields: Fields): EditOutcome {
  const opened = openYaml(text);
  if (!opened.ok) return opened;
  const map = findMilestoneMap(opened.source.doc, index);
  if (!map) return { ok: false, message: notEditableMilestone(opened.source.doc, opened.source.body, index) };
  const list = anchoredList(opened.source.doc, opened.source.body);
  if (list !== undefined) return { ok: false, message: list };
  const planned = planFields(opened.source, map, fields);
  if (!Array.isArray(planned)) return planned;
  const { text: body, offsets } = applyEdits(opened.source.body, editsOf(planned));
  const check = verifyEdit(opened.source.doc, body, (data) => {
    const m = findMilestoneData(data, index);
    if (m) for (const p of planned) m[p.key] = readScalar(p.rendered);
  });
  if (check !== undefined) return { ok: false, message: msg('edit.nothing-written', { reason: check }) };
  const lines = findLines(body, offsets);
  return { ok: true, text: opened.source.bom + body, changes: planned.map((p, i) => ({ key: p.key, before: p.before, after: p.rendered, line: lines[i]! })) };
}
