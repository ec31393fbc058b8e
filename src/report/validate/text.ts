// Compiler-style text output of `milepel validate`: header, source excerpt with marker, notes, hint, summary.

import type { Diagnostic, FormatOptions, ValidateResult } from '../../diagnostics/types.js';
import { msg0, renderMessage } from '../../messages/index.js';
import { wrapWords } from '../wrap.js';
import { escapeControl } from '../safe-text.js';
import { PIECE } from '../chunks.js';
import { append } from '../arrays.js';
import { displayWidth } from '../table.js';
import { renderExcerpt } from './excerpt.js';
import { lineContextAbove, type LineContext } from './line-context.js';
import { createStyle, type Paint, type Style } from './style.js';
import { describeSummary } from './summary.js';
import { shownMessage } from '../shown-message.js';
import { shownColumn } from './character-columns.js';

function formatLocation(file: string, line: number, column: number, labels: Labels): string {
  // The workspace's few paths are escaped once each (three places a finding at 100,000 milestones: 100,000 checks).
  let shown = labels.files.get(file);
  if (shown === undefined) {
    shown = escapeControl(file);
    labels.files.set(file, shown);
  }
  return `${shown}:${line}:${column}`;
}

function severityPaint(diagnostic: Diagnostic, style: Style): Paint {
  return diagnostic.severity === 'error' ? (text) => style.bold(style.red(text)) : style.yellow;
}

/** The words every finding repeats, rendered once per report (35,000 findings at 100,000 milestones). */
interface Labels {
  readonly error: string;
  readonly warning: string;
  readonly note: string;
  readonly hint: string;
  /** The severities painted as a finding's first line paints them. */
  readonly paintedError: string;
  readonly paintedWarning: string;
  /** `   = note: ` and `   = hint: ` painted, as a line of a note or hint starts. */
  readonly paintedNote: string;
  readonly paintedHint: string;
  /** Each file's path as shown (escaped), made when first shown. */
  readonly files: Map<string, string>;
}

function labelsOf(options: FormatOptions, style: Style): Labels {
  const say = (id: 'validate.error' | 'validate.warning' | 'validate.note' | 'validate.hint'): string => shownMessage(msg0(id), options.locale);
  const error = say('validate.error');
  const warning = say('validate.warning');
  const note = say('validate.note');
  const hint = say('validate.hint');
  return {
    error, warning, note, hint,
    paintedError: style.bold(style.red(error)),
    paintedWarning: style.yellow(warning),
    paintedNote: `   ${style.bold(`= ${note}:`)} `,
    paintedHint: `   ${style.bold(style.cyan(`= ${hint}:`))} `,
    files: new Map(),
  };
}

function formatDiagnostic(
  diagnostic: Diagnostic,
  result: ValidateResult,
  options: FormatOptions,
  style: Style,
  labels: Labels,
): string {
  if (options.wrap !== true) return formatWhole(diagnostic, result, options, style, labels);
  const { file, line, column } = diagnostic;
  const paintSeverity = severityPaint(diagnostic, style);
  const say = (m: Parameters<typeof renderMessage>[0]): string => shownMessage(m, options.locale);
  const severity = diagnostic.severity === 'error' ? labels.error : labels.warning;
  const lines: string[] = [];
  const location = formatLocation(file, line, shownColumn(result, file, line, column), labels);
  const prefix = `${location}: ${severity}: `;
  const paintedPrefix = `${style.bold(location)}: ${paintSeverity(severity)}: `;
  const rule = `[${diagnostic.rule}]`;
  const body = `${say(diagnostic.message)} ${rule}`;
  const firstWord = body.slice(0, body.indexOf(' '));
  // A long path leaves no room: the message starts on the next line instead of overflowing.
  const fits = displayWidth(prefix) + displayWidth(firstWord) <= options.width;
  const wrapped = wrapWords(body, options.width, fits ? ' '.repeat(displayWidth(prefix)) : CONTINUATION, CONTINUATION);
  if (fits) wrapped[0] = paintedPrefix + wrapped[0]!.slice(displayWidth(prefix));
  else lines.push(paintedPrefix.trimEnd());
  const last = wrapped.length - 1;
  wrapped[last] = wrapped[last]!.slice(0, -rule.length) + style.dim(rule);
  append(lines, wrapped);

  const source = result.sourceLine(file, line);
  if (source !== undefined) {
    // The rule `encoding` points at one invalid byte (SPEC §15): mark just that.
    const excerpt = renderExcerpt(source, line, column, options.width, diagnostic.rule === 'encoding' ? 'character' : 'token', 'auto', contextAbove(result, file, line));
    lines.push(`${style.blue(excerpt.gutter)}${excerpt.code}`);
    lines.push(`${style.blue(excerpt.blankGutter)}${excerpt.indent}${paintSeverity(excerpt.marker)}`);
  }

  for (const related of diagnostic.related) {
    const where = formatLocation(related.file, related.line, shownColumn(result, related.file, related.line, related.column), labels);
    const note = `= ${labels.note}:`;
    append(lines, labelled(`   ${note} `, `   ${style.bold(note)} `, `${where}: ${say(related.message)}`, options));
  }
  if (diagnostic.hint !== undefined) {
    const hint = `= ${labels.hint}:`;
    append(lines, labelled(`   ${hint} `, `   ${style.bold(style.cyan(hint))} `, say(diagnostic.hint), options));
  }
  return lines.join('\n');
}

/**
 * A finding without --width: its lines (as formatDiagnostic's wrapping path joins them, each whole) made as one text,
 * with no array of lines to join per finding (issue #18: 35,000 findings at 100,000 milestones).
 */
function formatWhole(diagnostic: Diagnostic, result: ValidateResult, options: FormatOptions, style: Style, labels: Labels): string {
  const { file, line, column } = diagnostic;
  const locale = options.locale;
  const isError = diagnostic.severity === 'error';
  const location = formatLocation(file, line, shownColumn(result, file, line, column), labels);
  let text = `${style.bold(location)}: ${isError ? labels.paintedError : labels.paintedWarning}: ${shownMessage(diagnostic.message, locale)} ${style.dim(`[${diagnostic.rule}]`)}`;
  const source = result.sourceLine(file, line);
  if (source !== undefined) {
    // The rule `encoding` points at one invalid byte (SPEC §15): mark just that.
    const excerpt = renderExcerpt(source, line, column, options.width, diagnostic.rule === 'encoding' ? 'character' : 'token', 'auto', contextAbove(result, file, line));
    const marker = isError ? style.bold(style.red(excerpt.marker)) : style.yellow(excerpt.marker);
    text += `\n${style.blue(excerpt.gutter)}${excerpt.code}\n${style.blue(excerpt.blankGutter)}${excerpt.indent}${marker}`;
  }
  const related = diagnostic.related;
  for (let i = 0; i < related.length; i++) {
    const place = related[i]!;
    text += `\n${labels.paintedNote}${formatLocation(place.file, place.line, shownColumn(result, place.file, place.line, place.column), labels)}: ${shownMessage(place.message, locale)}`;
  }
  if (diagnostic.hint !== undefined) text += `\n${labels.paintedHint}${shownMessage(diagnostic.hint, locale)}`;
  return text;
}

/** Continuation lines of a wrapped message. */
const CONTINUATION = '    ';

/** A note or hint line: with --width, wrapped at the width and continued under its text. */
function labelled(label: string, paintedLabel: string, text: string, options: FormatOptions): string[] {
  if (options.wrap !== true) return [paintedLabel + text];
  const pad = ' '.repeat(displayWidth(label));
  const wrapped = wrapWords(text, options.width, pad, pad);
  wrapped[0] = paintedLabel + wrapped[0]!.slice(pad.length);
  return wrapped;
}

/**
 * The summary line; with --width wrapped at the width and continued under its text, as a hint is (a report's structural
 * errors on stderr say "(warnings not checked: …)" after the counts, 84 columns: tester round 98 F12).
 */
function formatSummaryLine(result: ValidateResult, options: FormatOptions, style: Style): string {
  const text = describeSummary(result, options.locale);
  const [mark, paint] = result.summary.errors > 0 ? ['✖', (t: string) => style.bold(style.red(t))]
    : result.summary.warnings > 0 ? ['⚠', (t: string) => style.bold(style.yellow(t))] : ['✔', (t: string) => style.green(t)];
  if (options.wrap !== true) return paint(`${mark} ${text}`);
  return wrapWords(`${mark} ${text}`, options.width, '', '  ').map(paint).join('\n');
}

/**
 * Human-readable validate report, like rustc or actionlint. Plan text is shown with
 * control characters escaped; colour only when `options.color`.
 */
export function formatText(result: ValidateResult, options: FormatOptions): string {
  return [...formatTextChunks(result, options)].join('');
}

/**
 * formatText in pieces of about PIECE units, each of whole findings, the last with the summary line: what `validate` writes
 * (issue #18: 74,000 findings at 100,000 milestones were 28 MB of text held twice, as its blocks and joined, beside
 * the bytes written; 180 MB of the run's peak).
 */
export function* formatTextChunks(result: ValidateResult, options: FormatOptions): Generator<string, void, undefined> {
  const style = createStyle(options.color);
  const labels = labelsOf(options, style);
  const diagnostics = result.diagnostics;
  let piece = '';
  for (let i = 0; i < diagnostics.length; i++) {
    piece += `${formatDiagnostic(diagnostics[i]!, result, options, style, labels)}\n\n`;
    if (piece.length >= PIECE) {
      yield piece;
      piece = '';
    }
  }
  yield `${piece}${formatSummaryLine(result, options, style)}\n`;
}

/** What the lines above a finding's line say of its context, for underlining its token (excerpt.ts lineContextAbove). */
function contextAbove(result: ValidateResult, file: string, line: number): LineContext {
  return lineContextAbove((n) => result.sourceLine(file, n), line);
}
