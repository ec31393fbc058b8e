// Shared by `set` and `snapshot`: read, plan (src/edit, pure), lock, check, write atomically, print. Only I/O here.
// This module reads and analyses the workspace and runs the attempts; each edited file's bytes and a failed write's
// message are edit-write.ts's, what is printed afterwards is edit-report.ts's.
import { analyze, type Analysis, type SourceText } from '../../analyze.js';
import { openEditAnalyses } from '../../edit/incremental.js';
import type { EditInput, EditPlan } from '../../edit/plan-set.js';
import { escapeControl } from '../../report/safe-text.js';
import type { FileReplacement } from '../atomic-prepare.js';
import type { Io } from '../io.js';
import { findPlanFiles, readPlanFiles, type ReadSource, type UnreadFile } from '../load.js';
import { refuseUnknownPlan } from '../plan-option.js';
import { clockToday, decideLocale, parseToday, type CommonOptions } from '../options.js';
import { msg, renderMessage, type Locale, type Message } from '../../messages/index.js';
import { UsageError } from '../usage-error.js';
import { withBytesKeptFor, type BytesSlot } from '../bytes-from-text.js';
import { printLines, reportIntroduced, type Shown } from './edit-report.js';
import { describeFailure, stillReads, toReplacement } from './edit-write.js';

interface Session {
  readonly sources: readonly ReadSource[];
  readonly input: EditInput;
}

/** The workspace's plan files, found but not yet read; `sizes` as the walk saw them. */
interface Found {
  readonly files: readonly string[];
  readonly sizes: ReadonlyMap<string, number>;
}

/**
 * Finds the plan files at `paths` (its notes printed). Refuses with a UsageError when a file could not be read, its
 * name not being UTF-8: it may define the milestone named, define it again, or hold milestones snapshot would skip
 * without a word; the edit cannot check a workspace it could not read (SPEC §7: refuse when the input is invalid).
 */
function findSession(io: Io, paths: readonly string[], locale: Locale): Found {
  const notes: Message[] = [];
  const sizes = new Map<string, number>();
  const unreadFiles: UnreadFile[] = [];
  const files = findPlanFiles(io, paths, notes, sizes, unreadFiles);
  for (const note of notes) io.stderr(`milepel: ${renderMessage(msg('cli.warning', { text: note }), locale)}\n`);
  const unread = unreadFiles.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))[0];
  if (unread !== undefined) throw new UsageError(msg('cli.edit.refuse-unread-name', { at: `${escapeControl(unread.file)}:1:1`, kind: unread.kind }));
  return { files, sizes };
}

/**
 * Reads the found plan files and analyses them as the edit's input (texts, analysis, re-analysis of edited texts).
 * Refuses with a UsageError when a file could not be read as a plan or --plan names no plan.
 */
function openSession(io: Io, found: Found, options: CommonOptions, findings: Findings, keptPlan: string | undefined, locale: Locale): Session {
  const today = parseToday(options.today);
  const slot: BytesSlot = {};
  const sources = withBytesKeptFor(readPlanFiles(io, found.files, found.sizes), slot, keptPlan);
  // An edit changes no reference: its unknown-reference findings are never introduced, so never printed.
  const base = { clockToday: clockToday(io), findings, suggestions: false };
  const analyzeTexts = (texts: ReadonlyMap<string, string>, statusDate = today): Analysis =>
    analyze(toSourceTexts(sources, texts), { ...base, today: statusDate });
  const texts = new Map(sources.map((s) => [s.file, s.text]));
  const { analysis, reanalyzeSources, introduced } = openEditAnalyses(toSourceTexts(sources, texts), { ...base, today });
  refuseUnknownPlan(analysis, options.plan);
  return { sources, input: { texts, analysis, reanalyze: (edited) => analyzeTexts(edited, analysis.today), reanalyzeSources, introduced, locale } };
}

/**
 * What an edit that cannot be planned is refused with: its own reason, unless a file changed on disk since it was read.
 * The lock keeps milepel's own runs out, not another program writing a file in place (truncated, then written): a plan
 * read half-written lacked the milestone named, and the user was told "no such milestone" (tester round 22 F2). The files
 * are read again only on this path, which writes nothing.
 */
function refusalOf(io: Io, sources: readonly ReadSource[], reason: Message): Message {
  const changed = sources.find((s) => !stillReads(io, s.file, s.bytes));
  return changed === undefined ? reason : msg('cli.edit.changed', { file: escapeControl(changed.file) });
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
 * Plans an edit with `plan` and writes it. The workspace's files are locked before they are read and stay locked until
 * the edit is written (another milepel waits its turn, and then reads what this run wrote), so a file that no longer
 * holds the bytes the plan was made from was changed by another program meanwhile (an editor saving): the edit is
 * refused, exit 2 and nothing written (SPEC §7), never read again and merged. Files are replaced together: every file
 * prepared before any is renamed. Files milepel cannot rewrite faithfully (not UTF-8) are refused before anything is
 * written. `keptPlan`: the plan whose file keeps its bytes as read (`set`'s; ../bytes-from-text.ts withBytesKeptFor).
 */
export async function runEdit(io: Io, paths: readonly string[], options: CommonOptions, plan: (input: EditInput) => EditPlan, findings: Findings = 'all', keptPlan?: string): Promise<number> {
  const locale = decideLocale(options.locale, io);
  const found = findSession(io, paths, locale);
  // A file named by bytes that are not UTF-8 is never written (planWrite refuses it): its lock would get the escaped name.
  const locks = await io.lockFiles(found.files.filter((f) => io.isByteNamed?.(f) !== true));
  let finish: () => void;
  try {
    for (const note of locks.notes) io.stderr(`milepel: ${renderMessage(msg('cli.warning', { text: note }), locale)}\n`);
    const write = planWrite(io, found, options, plan, findings, keptPlan, locale);
    if (write === undefined) return 0;
    const { items } = write;
    for (const item of items) {
      const refusal = locks.notLocked.get(item.path);
      if (refusal !== undefined) throw refusal;
    }
    // A file changed since it was read is refused by replaceFiles, which compares each with what was read, a piece at a
    // time, before it writes any (and again before each rename): a whole second reading of every file here first made a
    // copy of each as large as the file (issue #18).
    const result = await io.replaceFiles(items);
    if (!result.ok) throw new UsageError(describeFailure(result));
    finish = write.finish;
  } finally {
    locks.release();
  }
  finish();
  return 0;
}

/**
 * Reads, analyses and plans the edit: the replacements to write and what to print once they are written, or
 * undefined when the plan changes nothing (its lines printed). Only the files as read, the edits and the introduced
 * findings outlive it: the analysis (model, parse trees, positions: ~170 MB at 100,000 milestones) is garbage while
 * the files are written, not held through the writes by the session (issue #18: peak RSS of snapshot and set).
 */
function planWrite(io: Io, found: Found, options: CommonOptions, plan: (input: EditInput) => EditPlan, findings: Findings, keptPlan: string | undefined, locale: Locale): { items: FileReplacement[]; finish: () => void } | undefined {
  const session = openSession(io, found, options, findings, keptPlan, locale);
  const planned = plan(session.input);
  if (!planned.ok) throw new UsageError(refusalOf(io, session.sources, planned.message));
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
  // The sources by file, looked up once per edit: `snapshot` edits every file, and a search of the list for each was
  // 10,000 × 10,000 comparisons over a workspace of 10,000 plan files (tester round 48 F7).
  const byFile = new Map<string, ReadSource>();
  for (const source of session.sources) if (!byFile.has(source.file)) byFile.set(source.file, source);
  for (const e of planned.edits) items.push(toReplacement(byFile, e));
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
