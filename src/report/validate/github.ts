// GitHub Actions output of `milepel validate`: one ::error/::warning workflow command per diagnostic.

import type { Diagnostic, FormatOptions, ValidateResult } from '../../diagnostics/types.js';
import type { Locale } from '../../messages/index.js';
import { annotationNotes } from './ci-notes.js';
import { escapeControl } from '../safe-text.js';
import { describeSummary } from './summary.js';
import { shownMessage } from '../shown-message.js';

/** Escapes a command's message as @actions/core does (`escapeData`). */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Escapes a command property value as @actions/core does (`escapeProperty`). */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

function formatCommand(diagnostic: Diagnostic, locale: Locale): string {
  // Control characters from plan text are shown escaped (the log is also read in terminals); the only real line
  // breaks are those between the message, each note and the hint, in the text report's order. The notes carry what
  // the annotation's one place cannot: a tester's b/X lost its dependency on an undated gate, and the only word of it
  // was the gate's finding's note, in another file (FINDINGS3 #3).
  const properties = [
    `file=${escapeProperty(escapeControl(diagnostic.file))}`,
    `line=${diagnostic.line}`,
    `col=${diagnostic.column}`,
    `title=${escapeProperty(diagnostic.rule)}`,
  ].join(',');
  let message = escapeData(shownMessage(diagnostic.message, locale));
  for (const note of annotationNotes(diagnostic, locale)) message += `%0A${escapeData(escapeControl(note))}`;
  if (diagnostic.hint !== undefined) message += `%0A${escapeData(shownMessage(diagnostic.hint, locale))}`;
  return `::${diagnostic.severity} ${properties}::${message}`;
}

/**
 * Workflow commands GitHub turns into annotations, errors first (GitHub shows only 10 of each kind
 * per step, SPEC §15), each kind in report order; then a plain `milepel: …` summary line.
 */
export function formatGithub(result: ValidateResult, options: FormatOptions): string {
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  const warnings = result.diagnostics.filter((d) => d.severity !== 'error');
  const lines = [...errors, ...warnings].map((d) => formatCommand(d, options.locale));
  lines.push(`milepel: ${describeSummary(result, options.locale)}`);
  return `${lines.join('\n')}\n`;
}
