// What an edit session (`set`, `snapshot`) prints once its files are written: the edit's lines on stdout, and the
// findings the edit introduced on stderr in the validate text format. Used by edit-session.ts.
import type { Diagnostic } from '../../diagnostics/types.js';
import { readEditedLines, type LineReader } from '../../edit/edited-lines.js';
import type { EditText } from '../../edit/plan-set.js';
import { msg, renderMessage } from '../../messages/index.js';
import { formatText } from '../../report/validate/text.js';
import { LazyLines } from '../../source/lazy-lines.js';
import type { Io } from '../io.js';
import type { ReadSource } from '../load.js';
import { formatOptions, type CommonOptions } from '../options.js';

/** What the report of introduced findings reads: the files as read and their texts. */
export interface Shown {
  readonly sources: readonly ReadSource[];
  readonly texts: ReadonlyMap<string, string>;
}

/** Lines written a thousand at a time: a snapshot of 100,000 milestones prints 10 MB, never one string or buffer. */
export function printLines(io: Io, lines: readonly string[]): void {
  if (lines.length === 0) io.stdout('\n');
  for (let from = 0; from < lines.length; from += 1000) io.stdout(`${lines.slice(from, from + 1000).join('\n')}\n`);
}

/** The lines of `file` as the edits leave it. */
function readLinesOf(shown: Shown, edits: readonly EditText[], file: string): LineReader {
  const edit = edits.find((e) => e.file === file);
  if (edit?.splice !== undefined) return readEditedLines(edit.before, edit.splice, () => edit.after);
  const lines = new LazyLines(edit?.after ?? shown.texts.get(file) ?? '');
  return (line) => lines.lineAt(line);
}

/**
 * Prints the diagnostics an edit introduced to stderr, in the validate text format, with excerpts of the new texts
 * (`shown`'s files with `edits` applied); nothing when there are none. Coloured as --color / --no-color say, else by
 * NO_COLOR and FORCE_COLOR alone: never because stdout is a terminal.
 */
export function reportIntroduced(io: Io, options: CommonOptions, shown: Shown, diagnostics: readonly Diagnostic[], edits: readonly EditText[]): void {
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
  io.stderr(formatText({ files: shown.sources.map((s) => s.file), diagnostics, summary: { errors, warnings: diagnostics.length - errors }, sourceLine }, { ...display, color: display.stderrColor }));
}
