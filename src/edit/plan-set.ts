// `set` as a pure function: the workspace's texts and the requested values in; the new file text and the messages out.
import type { Diagnostic } from '../diagnostics/types.js';
import type { Analysis } from '../pipeline.js';
import type { Milestone } from '../model/types.js';
import type { ParsedSource } from '../source/parse.js';
import { msg, msg0, renderMessage, type Locale, type Message } from '../messages/index.js';
import { escapeControl } from '../report/safe-text.js';
import { findIntroduced } from './introduced.js';
import { mapEditedLines, type LineMap } from './line-map.js';
import { findDuplicateRefusal } from './refusal.js';
import { findIndexInFile, resolveMilestoneRef } from './resolve-ref.js';
import { setMilestoneFields, type SettableKey } from './set-field.js';
import type { BlockPatch } from './milestone-block.js';
import { patchSource } from './patched-source.js';
import type { TextSplice } from './text-edit.js';

export interface EditText {
  readonly file: string;
  /** The text the edit was computed from (without a byte order mark). */
  readonly before: string;
  readonly after: string;
  /** Where `after` differs from `before`, when the edit knows (set: the milestone's lines); the rest is the same text. */
  readonly splice?: TextSplice;
  /** Every place `after` differs from `before`, sorted and apart, when the edit knows (snapshot); the rest is the same text. */
  readonly splices?: readonly TextSplice[];
}

/** An edit's outcome: the files to write (possibly none) and the lines to print, or why nothing may be written. */
export type EditPlan =
  | { readonly ok: true; readonly edits: readonly EditText[]; readonly lines: readonly string[]; readonly introduced: readonly Diagnostic[] }
  | { readonly ok: false; readonly message: Message };

export interface EditInput {
  /** Every file of the workspace as read (file → text without BOM). */
  readonly texts: ReadonlyMap<string, string>;
  readonly analysis: Analysis;
  /** Analyses edited texts with the same status date (the caller's pipeline; keeps this module pure). */
  readonly reanalyze: (texts: ReadonlyMap<string, string>) => Analysis;
  /**
   * The same on readings at hand: the analysis's own for the files not edited, and those in `edited` (read again
   * or patched, src/edit/patched-source.ts). Saves reading every file again; absent, `reanalyze` is used.
   */
  readonly reanalyzeSources?: (sources: readonly ParsedSource[], edited: ReadonlySet<string>) => Analysis;
  /**
   * The diagnostics of an analysis after the edit that `analysis` did not have (src/edit/incremental.ts, whose
   * `analysis` holds only the structural findings and makes the others as far as needed); absent, findIntroduced of
   * the two analyses' diagnostics.
   */
  readonly introduced?: (after: Analysis, mapLine?: LineMap) => Diagnostic[];
  /** The language of the lines to print. */
  readonly locale: Locale;
}

/** Sets each requested field of the milestone `ref` names; a value already there is reported, not rewritten. */
export function planSet(input: EditInput, ref: string, values: readonly (readonly [SettableKey, string])[]): EditPlan {
  const resolved = resolveMilestoneRef(input.analysis, [...input.texts.keys()], ref);
  if (!resolved.ok) return resolved;
  const m = resolved.milestone;
  const duplicate = findDuplicateRefusal(input.analysis, new Set([m.ref]));
  if (duplicate !== undefined) return { ok: false, message: duplicate };
  const file = m.origin.file;
  const before = input.texts.get(file);
  if (before === undefined) return { ok: false, message: msg('edit.set.not-read', { file: escapeControl(file) }) };
  const shownFile = escapeControl(file);
  const lines: string[] = [];
  const changes: [SettableKey, string][] = [];
  for (const [key, value] of values) {
    const current = writtenValue(m, key);
    if (current === value) lines.push(renderMessage(msg('cli.set.already', { file: shownFile, field: key, ref: escapeControl(m.ref), value: escapeControl(value) }), input.locale));
    else changes.push([key, value]);
  }
  if (changes.length === 0) return { ok: true, edits: [], lines: [`${lines.join('\n')}; ${renderMessage(msg0('cli.set.nothing-written'), input.locale)}`], introduced: [] };
  const parsed = input.analysis.sources.find((s) => s.file === file);
  // The check reads the edited file back through the analysis after the edit, which also gives the diagnostics the
  // edit introduces: one reading of the new text instead of two (issue #18: 0.5 s of a 20,000-milestone file). Of
  // that text only the milestone's lines are read again (patched-source.ts), the other files keep their reading.
  let after: { readonly text: string; readonly analysis: Analysis } | undefined;
  const readBack = (text: string, patch?: BlockPatch): ParsedSource => {
    const patched = patch === undefined || input.reanalyzeSources === undefined ? undefined : patchSource(file, patch.block, patch.index, patch.text, text);
    const analysis = patched !== undefined && input.reanalyzeSources !== undefined
      ? input.reanalyzeSources(input.analysis.sources.map((s) => (s.file === file ? patched : s)), new Set([file]))
      : input.reanalyze(new Map(input.texts).set(file, text));
    after = { text, analysis };
    const source = analysis.sources.find((s) => s.file === file);
    if (source === undefined) throw new Error(`the analysis after the edit lost ${file}`);
    return source;
  };
  const outcome = setMilestoneFields(before, findIndexInFile(m), changes, parsed, readBack);
  if (!outcome.ok) return { ok: false, message: msg('edit.set.refused', { file: shownFile, fields: changes.map(([k]) => k), ref: escapeControl(m.ref), reason: outcome.message }) };
  outcome.changes.forEach((c, i) => {
    const [key, value] = changes[i]!;
    lines.push(renderMessage(msg('cli.set.changed', { file: shownFile, line: c.line, field: key, before: describeBefore(c.before, writtenValue(m, key)), after: escapeControl(value) }), input.locale));
  });
  const edits = [{ file, before, after: outcome.text, ...(outcome.splice === undefined ? {} : { splice: outcome.splice }) }];
  const analysed = after?.text === outcome.text ? after.analysis : undefined;
  return { ok: true, edits, lines, introduced: analysed === undefined ? introducedBy(input, edits) : introducedIn(input, analysed, edits) };
}

/** The milestone's value of `key` as the model read it from the file (undefined when it has none or it was invalid). */
function writtenValue(m: Milestone, key: SettableKey): string | undefined {
  return key === 'status' ? m.status : key === 'forecast' ? m.forecast?.written : m.actual?.written;
}

/**
 * The value as the file had it (its source text), never a value derived from other fields: a
 * milestone without a forecast had none, whatever its planned date (issue #12). A value written over several lines
 * (a block scalar, `status: >-` and `red` below it) is shown as the value it reads as, `red`, when it was valid.
 */
function describeBefore(sourceText: string | undefined, value: string | undefined): string | null {
  if (sourceText === undefined || sourceText === '') return null;
  return escapeControl(/[\r\n]/.test(sourceText) && value !== undefined ? value : sourceText);
}

/** The diagnostics present after the edits and not before, by rule and entity (./introduced.ts). */
export function introducedBy(input: EditInput, edits: readonly EditText[]): Diagnostic[] {
  const texts = new Map(input.texts);
  for (const e of edits) texts.set(e.file, e.after);
  return introducedIn(input, input.reanalyze(texts), edits);
}

function introducedIn(input: EditInput, after: Analysis, edits: readonly EditText[]): Diagnostic[] {
  const mapLine = mapEditedLines(edits);
  return input.introduced === undefined ? findIntroduced(input.analysis.diagnostics, after.diagnostics, mapLine) : input.introduced(after, mapLine);
}
