// Shared by `set` and `snapshot`: read, plan (src/edit, pure), lock, check, write atomically, print. Only I/O here.
import { analyze, type Analysis } from '../../analyze.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import type { EditInput, EditPlan, EditText } from '../../edit/plan-set.js';
import { escapeControl } from '../../report/safe-text.js';
import { formatText } from '../../report/validate/text.js';
import { sameBytes } from '../atomic-write.js';
import { describeFsError } from '../fs-error.js';
import type { Io } from '../io.js';
import { loadPlanSources, type ReadSource } from '../load.js';
import { clockToday, decideLocale, formatOptions, parseToday, type CommonOptions } from '../options.js';
import { msg, renderMessage } from '../../messages/index.js';
import { UsageError } from '../usage-error.js';

/** Runs whose files another run changed meanwhile start again from a fresh read, this many times at most. */
const MAX_ATTEMPTS = 5;

interface Session {
  readonly sources: readonly ReadSource[];
  readonly input: EditInput;
}

function openSession(io: Io, paths: readonly string[], options: CommonOptions): Session {
  const today = parseToday(options.today);
  const sources = loadPlanSources(io, paths);
  const analyzeTexts = (texts: ReadonlyMap<string, string>, statusDate = today): Analysis =>
    analyze(sources.map((s) => ({ file: s.file, text: texts.get(s.file) ?? s.text, encodingProblem: texts.has(s.file) && texts.get(s.file) !== s.text ? undefined : s.encodingProblem })), { today: statusDate, clockToday: clockToday(io) });
  const texts = new Map(sources.map((s) => [s.file, s.text]));
  const analysis = analyzeTexts(texts);
  if (options.plan !== undefined && !analysis.workspace.planIndex.has(options.plan)) {
    throw new UsageError(`--plan ${escapeControl(options.plan)}: no such plan in the workspace (plans: ${analysis.workspace.plans.map((p) => escapeControl(p.id)).join(', ')})`);
  }
  return { sources, input: { texts, analysis, reanalyze: (edited) => analyzeTexts(edited, analysis.today), locale: decideLocale(options.locale, io) } };
}

/**
 * Plans an edit with `plan` and writes it. Files are locked (another milepel waits its turn),
 * checked to still hold the bytes the plan was made from (if another run changed them, everything
 * starts again from a fresh read), then replaced together: every file prepared before any is
 * renamed. Files milepel cannot rewrite faithfully (not UTF-8) are refused before anything is written.
 */
export async function runEdit(io: Io, paths: readonly string[], options: CommonOptions, plan: (input: EditInput) => EditPlan): Promise<number> {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const session = openSession(io, paths, options);
    const planned = plan(session.input);
    if (!planned.ok) throw new UsageError(planned.message);
    if (planned.edits.length === 0) {
      io.stdout(`${planned.lines.join('\n')}\n`);
      return 0;
    }
    const items = planned.edits.map((e) => toReplacement(session, e));
    const release = await io.lockFiles(items.map((i) => i.path));
    try {
      if (items.some((i) => !stillReads(io, i.path, i.expected))) continue;
      const result = await io.replaceFiles(items);
      if (!result.ok && 'refusal' in result && result.refusal.kind === 'changed') continue;
      if (!result.ok) throw new UsageError(describeFailure(result));
    } finally {
      release();
    }
    io.stdout(`${planned.lines.join('\n')}\n`);
    reportIntroduced(io, options, session, planned.introduced, planned.edits);
    return 0;
  }
  throw new UsageError(`the plan files kept changing on disk while milepel was editing them (${MAX_ATTEMPTS} attempts); nothing written: run the command again`);
}

function toReplacement(session: Session, e: EditText): { path: string; bytes: Uint8Array; expected: Uint8Array } {
  const source = session.sources.find((s) => s.file === e.file);
  if (source === undefined) throw new Error(`edited file ${e.file} was not read`);
  const { decoded } = source;
  const shown = escapeControl(e.file);
  if (decoded.problem !== undefined) throw new UsageError(`${shown}:${decoded.problem.line}:${decoded.problem.column}: ${renderMessage(decoded.problem.message, session.input.locale)}; milepel does not rewrite a file it could not read faithfully: save it as UTF-8 first; nothing written`);
  if (decoded.encoding !== 'UTF-8') throw new UsageError(`${shown} is ${decoded.encoding}; milepel edits UTF-8 files only (it would have to change every byte): save it as UTF-8 first; nothing written`);
  const body = Buffer.from(e.after, 'utf8');
  const bytes = decoded.hasBom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
  return { path: e.file, bytes, expected: source.bytes };
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
function describeFailure(result: Failure): string {
  if ('partial' in result) {
    const p = result.partial;
    const why = p.error === undefined ? 'it changed on disk meanwhile' : describeFsError(p.error);
    const restored = p.restored.length > 0 ? `${p.restored.map(escapeControl).join(', ')} ${p.restored.length === 1 ? 'was' : 'were'} written and then restored to the original` : '';
    const lost = p.notRestored.length > 0 ? `${p.notRestored.map(escapeControl).join(', ')} ${p.notRestored.length === 1 ? 'holds' : 'hold'} the NEW text and could not be restored` : '';
    return `${escapeControl(p.path)}: could not write the file (${why}); ${[restored, lost].filter(Boolean).join('; ')}${lost ? '' : '; no file changed'}`;
  }
  const r = result.refusal;
  if (r.kind === 'refused') return `${escapeControl(r.reason)}; nothing written`;
  if (r.kind === 'changed') return `${escapeControl(r.path)} changed on disk while milepel was editing it; nothing written: run the command again`;
  return `${escapeControl(r.path)}: could not write the file (${describeFsError(r.error)}); nothing written, every file is unchanged`;
}

/** Prints the diagnostics an edit introduced to stderr, in the validate text format, with excerpts of the new texts. */
function reportIntroduced(io: Io, options: CommonOptions, session: Session, diagnostics: readonly Diagnostic[], edits: readonly EditText[]): void {
  if (diagnostics.length === 0) return;
  const texts = new Map(session.input.texts);
  for (const e of edits) texts.set(e.file, e.after);
  const lines = new Map<string, string[]>();
  const sourceLine = (file: string, line: number): string | undefined => {
    let split = lines.get(file);
    if (split === undefined) {
      split = (texts.get(file) ?? '').split(/\r?\n/);
      lines.set(file, split);
    }
    return split[line - 1];
  };
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const display = formatOptions(options, io);
  io.stderr(`${renderMessage(msg('cli.edit.introduced', { count: diagnostics.length }), display.locale)}\n\n`);
  io.stderr(formatText({ files: session.sources.map((s) => s.file), diagnostics, summary: { errors, warnings: diagnostics.length - errors }, sourceLine }, { ...display, color: false }));
}
