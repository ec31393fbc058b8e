// The GitHub job summary of `milepel validate --format github` (SPEC §15): every finding as a Markdown table, errors first.
import type { Diagnostic, ValidateResult } from '../../diagnostics/types.js';
import { msg, msg0, renderMessage, type Locale } from '../../messages/index.js';
import { escapeControl } from '../safe-text.js';
import { describeSummary } from './summary.js';
import { annotationNotes, hintLine } from './ci-notes.js';
import { inCharacterColumns } from './character-columns.js';

/**
 * GitHub refuses a step summary above 1 MiB, and drops all of it (what earlier commands of the step wrote too); the
 * table stops short of it, less what the file holds already (cli/ci-output.ts), and says how many rows it left out.
 */
export const STEP_SUMMARY_LIMIT_BYTES = 1024 * 1024 - 4096;

/**
 * Text for a table cell: control characters escaped, Markdown and HTML punctuation backslash-escaped
 * so plan text cannot add links, images, HTML or columns to the summary.
 */
export function markdownCell(text: string): string {
  return escapeControl(text).replace(/[\\`*_[\]<>|~&!]/g, (ch) => `\\${ch}`);
}

/** The findings table's header, in the locale as health's check tables are (tester round 20 #4: it stayed English). */
function header(locale: Locale): string {
  const name = (column: 'severity' | 'where' | 'rule' | 'finding'): string => renderMessage(msg('ci.summary.column', { column }), locale);
  return `| ${name('severity')} | ${name('where')} | ${name('rule')} | ${name('finding')} |`;
}

/**
 * A row: the severity in the locale's word (`feil`), the place, the rule's id (no word: it names the rule), the texts:
 * the message, its notes and its hint, each on a line of its own and labelled as in the annotation (tester round 22
 * F7: the notes were left out, and the hint read as part of the problem).
 */
function row(diagnostic: Diagnostic, locale: Locale): string {
  let texts = '';
  for (const note of annotationNotes(diagnostic, locale)) texts += `<br>${markdownCell(note)}`;
  if (diagnostic.hint !== undefined) texts += `<br>${markdownCell(hintLine(diagnostic.hint, locale))}`;
  const where = `${markdownCell(diagnostic.file)}:${diagnostic.line}:${diagnostic.column}`;
  const severity = renderMessage(msg0(diagnostic.severity === 'error' ? 'validate.error' : 'validate.warning'), locale);
  return `| ${severity} | ${where} | ${markdownCell(diagnostic.rule)} | ${markdownCell(renderMessage(diagnostic.message, locale))}${texts} |`;
}

/** What a command adds to its summary: its name in the heading, and Markdown (its own tables) after the heading. */
export interface StepSummaryParts {
  readonly command: string;
  readonly before?: string;
}

/**
 * A heading with the command and the summary, the command's own Markdown (health's check tables), then one table row
 * per finding (errors, then warnings, each in report order).
 */
export function formatStepSummary(written: ValidateResult, limitBytes = STEP_SUMMARY_LIMIT_BYTES, locale: Locale = 'en', parts: StepSummaryParts = { command: 'validate' }): string {
  const result = inCharacterColumns(written);
  const head = [`### milepel ${parts.command}: ${markdownCell(describeSummary(result, locale))}`, ''];
  if (parts.before !== undefined && parts.before !== '') head.push(parts.before);
  if (result.diagnostics.length === 0) return `${head.join('\n')}\n`;
  const ordered = [...result.diagnostics.filter((d) => d.severity === 'error'), ...result.diagnostics.filter((d) => d.severity !== 'error')];
  const lines = [...head, header(locale), '|---|---|---|---|'];
  let bytes = Buffer.byteLength(lines.join('\n'));
  let shown = 0;
  for (const diagnostic of ordered) {
    const line = row(diagnostic, locale);
    bytes += Buffer.byteLength(line) + 1;
    if (bytes > limitBytes) break;
    lines.push(line);
    shown += 1;
  }
  // Not even one row fits (the step's summary is nearly full already): the heading and the count, without a table.
  if (shown === 0) lines.length = head.length;
  if (shown < ordered.length) lines.push('', renderMessage(msg('ci.summary.more', { count: ordered.length - shown }), locale));
  return `${lines.join('\n')}\n\n`;
}
