// Compiler-style text output of `milepel validate`: header, source excerpt with marker, notes, hint, summary.

import type { Diagnostic, FormatOptions, ValidateResult } from '../../diagnostics/types.js';
import { msg0, renderMessage } from '../../messages/index.js';
import { escapeControl } from '../safe-text.js';
import { renderExcerpt } from './excerpt.js';
import { createStyle, type Paint, type Style } from './style.js';
import { describeSummary } from './summary.js';

function formatLocation(file: string, line: number, column: number): string {
  return `${escapeControl(file)}:${line}:${column}`;
}

function severityPaint(diagnostic: Diagnostic, style: Style): Paint {
  return diagnostic.severity === 'error' ? (text) => style.bold(style.red(text)) : style.yellow;
}

function formatDiagnostic(
  diagnostic: Diagnostic,
  result: ValidateResult,
  options: FormatOptions,
  style: Style,
): string {
  const { file, line, column } = diagnostic;
  const paintSeverity = severityPaint(diagnostic, style);
  const say = (m: Parameters<typeof renderMessage>[0]): string => escapeControl(renderMessage(m, options.locale));
  const severity = say(msg0(diagnostic.severity === 'error' ? 'validate.error' : 'validate.warning'));
  const lines = [
    `${style.bold(formatLocation(file, line, column))}: ${paintSeverity(severity)}: ` +
      `${say(diagnostic.message)} ${style.dim(`[${diagnostic.rule}]`)}`,
  ];

  const source = result.sourceLine(file, line);
  if (source !== undefined) {
    const excerpt = renderExcerpt(source, line, column, options.width);
    lines.push(`${style.blue(excerpt.gutter)}${excerpt.code}`);
    lines.push(`${style.blue(excerpt.blankGutter)}${excerpt.indent}${paintSeverity(excerpt.marker)}`);
  }

  for (const related of diagnostic.related) {
    const where = formatLocation(related.file, related.line, related.column);
    lines.push(`   ${style.bold(`= ${say(msg0('validate.note'))}:`)} ${where}: ${say(related.message)}`);
  }
  if (diagnostic.hint !== undefined) {
    lines.push(`   ${style.bold(style.cyan(`= ${say(msg0('validate.hint'))}:`))} ${say(diagnostic.hint)}`);
  }
  return lines.join('\n');
}

function formatSummaryLine(result: ValidateResult, options: FormatOptions, style: Style): string {
  const text = describeSummary(result, options.locale);
  if (result.summary.errors > 0) return style.bold(style.red(`✖ ${text}`));
  if (result.summary.warnings > 0) return style.bold(style.yellow(`⚠ ${text}`));
  return style.green(`✔ ${text}`);
}

/**
 * Human-readable validate report, like rustc or actionlint. Plan text is shown with
 * control characters escaped; colour only when `options.color`.
 */
export function formatText(result: ValidateResult, options: FormatOptions): string {
  const style = createStyle(options.color);
  const blocks = result.diagnostics.map((diagnostic) => formatDiagnostic(diagnostic, result, options, style));
  blocks.push(formatSummaryLine(result, options, style));
  return `${blocks.join('\n\n')}\n`;
}
