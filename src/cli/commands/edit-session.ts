// Shared by `set` and `snapshot`: load and analyse, resolve a milestone ref, write edited files safely, report new diagnostics.
import { analyze, type Analysis, type SourceText } from '../../analyze.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import type { Milestone } from '../../model/types.js';
import { msg, renderMessage } from '../../messages/index.js';
import { formatText } from '../../report/validate/text.js';
import { closestWord } from '../../text/closest.js';
import type { Io } from '../io.js';
import { findPlanFiles, readPlanFiles } from '../load.js';
import { clockToday, formatOptions, parseToday, type CommonOptions } from '../options.js';
import { UsageError } from '../usage-error.js';

export interface EditSession {
  readonly io: Io;
  readonly options: CommonOptions;
  readonly sources: readonly SourceText[];
  readonly analysis: Analysis;
}

export function openSession(io: Io, paths: readonly string[], options: CommonOptions): EditSession {
  const today = parseToday(options.today);
  const sources = readPlanFiles(io, findPlanFiles(io, paths));
  const analysis = analyze(sources, { today, clockToday: clockToday(io) });
  if (options.plan !== undefined && !analysis.workspace.planIndex.has(options.plan)) {
    throw new UsageError(`--plan ${options.plan}: no such plan in the workspace (plans: ${analysis.workspace.plans.map((p) => p.id).join(', ')})`);
  }
  return { io, options, sources, analysis };
}

/** The milestone a ref names: `plan/ID`, or a bare `ID` when exactly one plan has it. */
export function resolveMilestone(session: EditSession, ref: string): Milestone {
  const ws = session.analysis.workspace;
  const exact = ws.milestoneIndex.get(ref);
  if (exact !== undefined && ws.milestones[exact]!.gate !== undefined) {
    throw new UsageError(`${JSON.stringify(ref)} is a gate (decision point), not a milestone: set edits milestones; write the gate's decided: date in its file (nothing written)`);
  }
  if (exact !== undefined) return ws.milestones[exact]!;
  if (!ref.includes('/')) {
    const matches = ws.milestones.filter((m) => m.id === ref && m.gate === undefined);
    if (matches.length === 1) return matches[0]!;
    if (matches.length > 1) throw new UsageError(`${ref} names milestones in several plans (${matches.map((m) => m.ref).join(', ')}); write plan/ID`);
  }
  const refs = ws.milestones.map((m) => m.ref);
  const guess = closestWord(ref, refs) ?? closestWord(ref, ws.milestones.map((m) => m.id));
  const shown = guess === undefined ? undefined : ws.milestones.find((m) => m.ref === guess || m.id === guess)?.ref;
  const files = session.sources.map((s) => s.file).join(', ');
  throw new UsageError(`${JSON.stringify(ref)}: no such milestone in ${files}${shown ? `; did you mean ${shown}?` : ''} (nothing written)`);
}

/** The index of a milestone in its file's `milestones` list. */
export function findIndexInFile(m: Milestone): number {
  const i = m.origin.path[1];
  if (m.origin.path[0] !== 'milestones' || typeof i !== 'number') throw new Error(`milestone ${m.ref} has no list position`);
  return i;
}

/** The file as it is on disk now, BOM included; refused when it no longer matches what was analysed. */
export function readRaw(session: EditSession, file: string): string {
  let raw: string;
  try {
    raw = session.io.readText(file);
  } catch {
    throw new UsageError(`${file}: cannot read the file again to edit it; nothing written`);
  }
  const analysed = session.sources.find((s) => s.file === file)?.text;
  if ((raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw) !== analysed) throw refuseChanged(file);
  return raw;
}

function refuseChanged(file: string): UsageError {
  return new UsageError(`${file} changed on disk while milepel was editing it; nothing written: run the command again`);
}

export interface FileEdit {
  readonly file: string;
  readonly before: string;
  readonly after: string;
}

/**
 * Writes every edited file atomically (each checked for changes on disk first, so a refusal writes
 * nothing), then returns the diagnostics the edits introduce: present after, not before (by rule, ref and message).
 */
export function commitEdits(session: EditSession, edits: readonly FileEdit[]): readonly Diagnostic[] {
  const replaced = new Map(edits.map((e) => [e.file, stripBom(e.after)]));
  const sources = session.sources.map((s) => ({ file: s.file, text: replaced.get(s.file) ?? s.text }));
  const after = analyze(sources, { today: session.analysis.today, clockToday: session.analysis.today });
  for (const e of edits) {
    let now: string | undefined;
    try {
      now = session.io.readText(e.file);
    } catch {
      now = undefined;
    }
    if (now !== e.before) throw refuseChanged(e.file);
  }
  for (const e of edits) {
    let outcome: 'replaced' | 'changed';
    try {
      outcome = session.io.replaceText(e.file, e.after, e.before);
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      throw new UsageError(`${e.file}: could not write the file (${typeof code === 'string' ? code : error instanceof Error ? error.message : 'unknown error'}); the original is unchanged`);
    }
    if (outcome === 'changed') throw refuseChanged(e.file);
  }
  return findIntroduced(session.analysis.diagnostics, after.diagnostics);
}

function findIntroduced(before: readonly Diagnostic[], after: readonly Diagnostic[]): Diagnostic[] {
  const key = (d: Diagnostic): string => JSON.stringify([d.rule, d.ref, d.message]);
  const counts = new Map<string, number>();
  for (const d of before) counts.set(key(d), (counts.get(key(d)) ?? 0) + 1);
  return after.filter((d) => {
    const left = counts.get(key(d)) ?? 0;
    if (left === 0) return true;
    counts.set(key(d), left - 1);
    return false;
  });
}

/** Prints the diagnostics an edit introduced to stderr, in the validate text format. */
export function reportIntroduced(session: EditSession, diagnostics: readonly Diagnostic[], afterSources: (file: string, line: number) => string | undefined): void {
  if (diagnostics.length === 0) return;
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const display = formatOptions(session.options, session.io);
  session.io.stderr(`${renderMessage(msg('cli.edit.introduced', { count: diagnostics.length }), display.locale)}\n\n`);
  session.io.stderr(formatText({ files: session.sources.map((s) => s.file), diagnostics, summary: { errors, warnings: diagnostics.length - errors }, sourceLine: afterSources }, { ...display, color: false }));
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A source-line lookup over the edited texts (for excerpts of new diagnostics). */
export function lookupSourceLines(session: EditSession, edits: readonly FileEdit[]): (file: string, line: number) => string | undefined {
  const texts = new Map(session.sources.map((s) => [s.file, s.text]));
  for (const e of edits) texts.set(e.file, stripBom(e.after));
  const lines = new Map<string, string[]>();
  return (file, line) => {
    let split = lines.get(file);
    if (split === undefined) {
      split = (texts.get(file) ?? '').split(/\r?\n/);
      lines.set(file, split);
    }
    return split[line - 1];
  };
}
