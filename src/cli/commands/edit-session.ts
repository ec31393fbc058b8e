// Shared by `set` and `snapshot`: read, plan (src/edit, pure), lock, check, write atomically, print. Only I/O here.
import { analyze, type Analysis, type SourceText } from '../../analyze.js';
import { openEditAnalyses } from '../../edit/incremental.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import type { EditInput, EditPlan, EditText } from '../../edit/plan-set.js';
import { readEditedLines, type LineReader } from '../../edit/edited-lines.js';
import { escapeControl } from '../../report/safe-text.js';
import { formatText } from '../../report/validate/text.js';
import { sameBytes } from '../atomic-fs.js';
import type { FileReplacement } from '../atomic-prepare.js';
import { spliceBytes } from '../splice-bytes.js';
import { spliceAllBytes } from './splice-all.js';
import { describeFsError } from '../fs-error.js';
import type { Io } from '../io.js';
import { loadPlanSources, type ReadSource } from '../load.js';
import { clockToday, decideColor, decideLocale, formatOptions, parseToday, type CommonOptions } from '../options.js';
import { msg, renderMessage, type Message } from '../../messages/index.js';
import { UsageError } from '../usage-error.js';
import { LazyLines } from '../../source/lazy-lines.js';
import { encodeUtf8, withBytesKeptFor, type BytesSlot } from '../bytes-from-text.js';

/** Runs whose files another run changed meanwhile start again from a fresh read, this many times at most. */
const MAX_ATTEMPTS = 5;

interface Session {
  readonly sources: readonly ReadSource[];
  readonly input: EditInput;
}

/** What the report of introduced findings reads: the files as read and their texts. */
interface Shown {
  readonly sources: readonly ReadSource[];
  readonly texts: ReadonlyMap<string, string>;
}

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
  if (options.plan !== undefined && !analysis.workspace.planIndex.has(options.plan)) {
    throw new UsageError(msg('cli.plan.unknown', { plan: escapeControl(options.plan), known: analysis.workspace.plans.map((p) => escapeControl(p.id)) }));
  }
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
  for (const e of planned.edits) items.push(toReplacement(session, e));
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

/** Lines written a thousand at a time: a snapshot of 100,000 milestones prints 10 MB, never one string or buffer. */
function printLines(io: Io, lines: readonly string[]): void {
  if (lines.length === 0) io.stdout('\n');
  for (let from = 0; from < lines.length; from += 1000) io.stdout(`${lines.slice(from, from + 1000).join('\n')}\n`);
}

/**
 * The replacement of an edited file, refused here when milepel cannot rewrite it faithfully. Its new bytes are made
 * when they are written (`bytes` is a getter, read once by the write): made for every file before the first was
 * written, they were all alive at once, 100 MB of the rich 100,000-milestone workspace's snapshot (issue #18).
 */
function toReplacement(session: Session, e: EditText): FileReplacement {
  const source = session.sources.find((s) => s.file === e.file);
  if (source === undefined) throw new Error(`edited file ${e.file} was not read`);
  const { decoded } = source;
  const shown = escapeControl(e.file);
  // UTF-16 first: it reads well (its encoding finding says only that it is not UTF-8), it just is not rewritten.
  if (decoded.encoding !== 'UTF-8') throw new UsageError(msg('cli.edit.not-utf8', { file: shown, encoding: decoded.encoding }));
  if (decoded.problem !== undefined) throw new UsageError(msg('cli.edit.undecodable', { at: `${shown}:${decoded.problem.line}:${decoded.problem.column}`, problem: decoded.problem.message }));
  // The file as read with the edited lines in their place, when the edit says where they are (set, snapshot); else
  // encoded whole.
  const bom = decoded.hasBom ? 3 : 0;
  const makeBytes = (): Uint8Array => {
    if (e.splice !== undefined && e.before === source.text) return spliceBytes(source.bytes, bom, e.before, e.splice);
    if (e.splices !== undefined && e.before === source.text) return spliceAllBytes(source.bytes, bom, e.before, e.splices);
    return encodeUtf8(e.after, decoded.hasBom);
  };
  return {
    path: e.file,
    get expected() {
      return source.bytes;
    },
    get bytes() {
      return makeBytes();
    },
  };
}

function stillReads(io: Io, path: string, expected: Uint8Array): boolean {
  try {
    return sameBytes(io.readBytes(path, expected.length), expected);
  } catch {
    return false;
  }
}

type Failure = Exclude<Awaited<ReturnType<Io['replaceFiles']>>, { ok: true }>;

/** The truth about a failed write, for one `milepel:` line. */
function describeFailure(result: Failure): Message {
  if ('partial' in result) {
    const p = result.partial;
    const reason = p.error === undefined ? null : describeFsError(p.error);
    return msg('cli.edit.write-failed', { file: escapeControl(p.path), reason, restored: p.restored.map(escapeControl), notRestored: p.notRestored.map(escapeControl) });
  }
  const r = result.refusal;
  if (r.kind === 'refused') return msg('cli.edit.refused', { reason: escapeControl(r.reason) });
  if (r.kind === 'changed') return msg('cli.edit.changed', { file: escapeControl(r.path) });
  return msg('cli.edit.write-failed', { file: escapeControl(r.path), reason: describeFsError(r.error), restored: [], notRestored: [] });
}

/** The lines of `file` as the edits leave it. */
function readLinesOf(shown: Shown, edits: readonly EditText[], file: string): LineReader {
  const edit = edits.find((e) => e.file === file);
  if (edit?.splice !== undefined) return readEditedLines(edit.before, edit.splice, () => edit.after);
  const lines = new LazyLines(edit?.after ?? shown.texts.get(file) ?? '');
  return (line) => lines.lineAt(line);
}

/** Prints the diagnostics an edit introduced to stderr, in the validate text format, with excerpts of the new texts. */
function reportIntroduced(io: Io, options: CommonOptions, shown: Shown, diagnostics: readonly Diagnostic[], edits: readonly EditText[]): void {
  if (diagnostics.length === 0) return;
  // Only the lines shown are found: splitting a 3 MB file into its 120,000 lines cost more than printing (issue #18).
  // An edited file's lines come from its text before the edit and the lines the edit wrote (readEditedLines).
  const lines = new Map<string, LineReader>();
  const sourceLine = (file: string, line: number): string | undefined => {
    let found = lines.get(file);
    if (found === undefined) {
      found = readLinesOf(shown, edits, file);
      lines.set(file, found);
    }
    return found(line);
  };
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const display = formatOptions(options, io);
  io.stderr(`${renderMessage(msg('cli.edit.introduced', { count: diagnostics.length }), display.locale)}\n\n`);
  io.stderr(formatText({ files: shown.sources.map((s) => s.file), diagnostics, summary: { errors, warnings: diagnostics.length - errors }, sourceLine }, { ...display, color: decideColor(options.color, { ...io, stdoutIsTTY: false }) }));
}
