// Shared by `set` and `snapshot`: read, plan (src/edit, pure), lock, check, write atomically, print. Only I/O here.
// This module reads and analyses the workspace and runs the attempts; each edited file's bytes and a failed write's
// message are edit-write.ts's, what is printed afterwards is edit-report.ts's.
import { analyze, type Analysis, type SourceText } from '../../analyze.js';
import { openEditAnalyses } from '../../edit/incremental.js';
import type { EditInput, EditPlan } from '../../edit/plan-set.js';
import { escapeControl } from '../../report/safe-text.js';
import type { FileReplacement } from '../atomic-prepare.js';
import type { Io } from '../io.js';
import { loadPlanSources, type ReadSource } from '../load.js';
import { refuseUnknownPlan } from '../plan-option.js';
import { clockToday, decideLocale, parseToday, type CommonOptions } from '../options.js';
import { msg } from '../../messages/index.js';
import { UsageError } from '../usage-error.js';
import { withBytesKeptFor, type BytesSlot } from '../bytes-from-text.js';
import { printLines, reportIntroduced, type Shown } from './edit-report.js';
import { describeFailure, stillReads, toReplacement } from './edit-write.js';

/** Runs whose files another run changed meanwhile start again from a fresh read, this many times at most. */
const MAX_ATTEMPTS = 5;

interface Session {
  readonly sources: readonly ReadSource[];
  readonly input: EditInput;
}

/**
 * Reads the plan files at `paths` and analyses them as the edit's input (texts, analysis, re-analysis of edited
 * texts). Refuses with a UsageError when a file could not be read as a plan or --plan names no plan.
 */
function openSession(io: Io, paths: readonly string[], options: CommonOptions, findings: Findings, keptPlan: string | undefined): Session {
  const today = parseToday(options.today);
  const locale = decideLocale(options.locale, io);
  const slot: BytesSlot = {};
  const loaded = loadPlanSources(io, paths, locale);
  // A file not read may define the milestone named, define it again, or hold milestones snapshot would skip without a
  // word: the edit cannot check a workspace it could not read (SPEC §7: refuse when the input is invalid).
  const unread = loaded.unread[0];
  if (unread !== undefined) throw new UsageError(msg('cli.edit.refuse-unread-name', { at: `${escapeControl(unread.file)}:1:1`, kind: unread.kind }));
  const sources = withBytesKeptFor(loaded.sources, slot, keptPlan);
  const base = { clockToday: clockToday(io), findings };
  const analyzeTexts = (texts: ReadonlyMap<string, string>, statusDate = today): Analysis =>
    analyze(toSourceTexts(sources, texts), { ...base, today: statusDate });
  const texts = new Map(sources.map((s) => [s.file, s.text]));
  const { analysis, reanalyzeSources, introduced } = openEditAnalyses(toSourceTexts(sources, texts), { ...base, today });
  refuseUnknownPlan(analysis, options.plan);
  return { sources, input: { texts, analysis, reanalyze: (edited) => analyzeTexts(edited, analysis.today), reanalyzeSources, introduced, locale } };
}

/** The files as read, with `texts` in place of those it holds; an edited file's encoding finding no longer applies. */
function toSourceTexts(sources: readonly ReadSource[], texts: ReadonlyMap<string, string>): SourceText[] {
  return sources.map((s) => ({ file: s.file, text: texts.get(s.file) ?? s.text, encodingProblem: texts.has(s.file) && texts.get(s.file) !== s.text ? undefined : s.encodingProblem }));
}

/**
 * Which findings the analyses make: `refusals` when the plan needs only those it refuses on (snapshot: unreadable
 * files, duplicate ids, bad dates; it introduces no finding, src/edit/plan-snapshot.ts), which saves the other rules'
 * run, and the graph and schedule that none of those rules reads.
 */
type Findings = 'all' | 'refusals';

/**
 * Plans an edit with `plan` and writes it. Files are locked (another milepel waits its turn),
 * checked to still hold the bytes the plan was made from (if another run changed them, everything
 * starts again from a fresh read), then replaced together: every file prepared before any is
 * renamed. Files milepel cannot rewrite faithfully (not UTF-8) are refused before anything is written.
 * `keptPlan`: the plan whose file keeps its bytes as read (`set`'s; ../bytes-from-text.ts withBytesKeptFor).
 */
export async function runEdit(io: Io, paths: readonly string[], options: CommonOptions, plan: (input: EditInput) => EditPlan, findings: Findings = 'all', keptPlan?: string): Promise<number> {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const write = planWrite(io, paths, options, plan, findings, keptPlan);
    if (write === undefined) return 0;
    const { items, finish } = write;
    const release = await io.lockFiles(items.map((i) => i.path));
    try {
      if (items.some((i) => !stillReads(io, i.path, i.expected))) continue;
      const result = await io.replaceFiles(items);
      if (!result.ok && 'refusal' in result && result.refusal.kind === 'changed') continue;
      if (!result.ok) throw new UsageError(describeFailure(result));
    } finally {
      release();
    }
    finish();
    return 0;
  }
  throw new UsageError(msg('cli.edit.kept-changing', { attempts: MAX_ATTEMPTS }));
}

/**
 * Reads, analyses and plans one attempt: the replacements to write and what to print once they are written, or
 * undefined when the plan changes nothing (its lines printed). Only the files as read, the edits and the introduced
 * findings outlive it: the analysis (model, parse trees, positions: ~170 MB at 100,000 milestones) is garbage while
 * the files are written, not held through the writes by the session (issue #18: peak RSS of snapshot and set).
 */
function planWrite(io: Io, paths: readonly string[], options: CommonOptions, plan: (input: EditInput) => EditPlan, findings: Findings, keptPlan: string | undefined): { items: FileReplacement[]; finish: () => void } | undefined {
  const session = openSession(io, paths, options, findings, keptPlan);
  const planned = plan(session.input);
  if (!planned.ok) throw new UsageError(planned.message);
  // A file named by bytes that are not UTF-8 is read through them (cli/raw-args.ts), but its name as milepel holds it is
  // the escaped one (`m\xe6ler.yaml`): a write would go to that other path, or replace another file of that name.
  const byteNamed = planned.edits.find((e) => io.isByteNamed?.(e.file) === true);
  if (byteNamed !== undefined) throw new UsageError(msg('cli.edit.byte-name', { file: escapeControl(byteNamed.file) }));
  if (planned.edits.length === 0) {
    printLines(io, planned.lines);
    return undefined;
  }
  // A loop, not a callback: a closure over `session` would share this scope's context with `finish`, and keep it.
  const items: FileReplacement[] = [];
  for (const e of planned.edits) items.push(toReplacement(session.sources, e));
  const shown: Shown = { sources: session.sources, texts: session.input.texts };
  const { lines, introduced, edits } = planned;
  return {
    items,
    finish: () => {
      printLines(io, lines);
      reportIntroduced(io, options, shown, introduced, edits);
    },
  };
}
