// GitHub Actions output of `milepel validate`: one ::error/::warning workflow command per diagnostic.

import type { Diagnostic, FormatOptions, ValidateResult } from '../../diagnostics/types.js';
import type { Locale } from '../../messages/index.js';
import { annotationNotes, hintLine } from './ci-notes.js';
import { escapeCodePoint, escapeControl } from '../safe-text.js';
import { describeSummary } from './summary.js';
import { shownMessage } from '../shown-message.js';
import { joinChunks, lineChunks } from '../chunks.js';
import { inCharacterColumns } from './character-columns.js';

/** Escapes a command's message as @actions/core does (`escapeData`). */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Escapes a command property value as @actions/core does (`escapeProperty`). */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

// C0 and C1 controls but CR and LF (which GitHub's escaping carries), and lone surrogates (which UTF-8 cannot carry).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NO_PROPERTY_ESCAPE = /[\0-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * The `file=` property: the real path, which GitHub matches to a file of the repository, with escapeProperty's
 * escapes, so a newline in a name is `%0A` and a `,` or `:` `%2C` or `%3A` (tester round 16 #6: the display form,
 * `\n` or `\u202e` written out, named no file and the annotation landed nowhere). A bidi mark or line separator stays
 * the character it is. Only what GitHub's escaping cannot carry and SPEC §15 keeps out of output (a C0 or C1 control
 * but CR and LF, as `\x1b`; a lone surrogate) is shown escaped: a path holding one matches no file either way. A
 * name that is not UTF-8 stays the escaped text it is shown as (`m\xe6ler.yaml`), though SARIF names its bytes
 * (Diagnostic.nameBytes): a workflow command is a line of UTF-8 text, which cannot hold them, and the runner decodes
 * only these five escapes, so a `%E6` would be read as the name `m%E6ler.yaml`, no better; the escaped text at least
 * shows the reader which file it is (tester round 17 #1).
 */
export function githubFileProperty(path: string): string {
  return escapeProperty(path.replace(NO_PROPERTY_ESCAPE, (ch) => escapeCodePoint(ch.charCodeAt(0))));
}

function formatCommand(diagnostic: Diagnostic, locale: Locale): string {
  // Control characters from plan text are shown escaped in the message (the log is also read in terminals); the only
  // real line breaks are those between the message, each note and the hint, in the text report's order. The notes
  // carry what the annotation's one place cannot: a tester's b/X lost its dependency on an undated gate, and the only
  // word of it was the gate's finding's note, in another file (FINDINGS3 #3). The file property is the real path.
  const properties = [
    `file=${githubFileProperty(diagnostic.file)}`,
    `line=${diagnostic.line}`,
    `col=${diagnostic.column}`,
    `title=${escapeProperty(diagnostic.rule)}`,
  ].join(',');
  let message = escapeData(shownMessage(diagnostic.message, locale));
  for (const note of annotationNotes(diagnostic, locale)) message += `%0A${escapeData(escapeControl(note))}`;
  // Labelled as the text report's `= hint:` (tester round 22 F7: unlabelled, it read as part of the problem).
  if (diagnostic.hint !== undefined) message += `%0A${escapeData(escapeControl(hintLine(diagnostic.hint, locale)))}`;
  return `::${diagnostic.severity} ${properties}::${message}`;
}

/**
 * Workflow commands GitHub turns into annotations, errors first (GitHub shows only 10 of each kind
 * per step, SPEC §15), each kind in report order, and nothing else: one workflow command per diagnostic (SPEC §8).
 * The CLI writes githubSummaryLine to stderr (tester round 110 F2: on stdout it was a line of no command). The whole
 * text of githubChunks (tests and small results).
 */
export function formatGithub(result: ValidateResult, options: FormatOptions): string {
  return joinChunks(githubChunks(result, options));
}

/**
 * formatGithub's text in pieces of whole lines, each command made as it is written: 500,000 findings as one text
 * passed V8's longest string, exit 3 (tester round 48 F1), as SARIF, GitLab and JUnit did before them.
 */
export function githubChunks(result: ValidateResult, options: FormatOptions): Iterable<string> {
  return lineChunks(githubLines(result, options));
}

function* githubLines(written: ValidateResult, options: FormatOptions): Generator<string> {
  const result = inCharacterColumns(written);
  for (const d of result.diagnostics) if (d.severity === 'error') yield formatCommand(d, options.locale);
  for (const d of result.diagnostics) if (d.severity !== 'error') yield formatCommand(d, options.locale);
}

/** The `milepel: …` line that counts what the annotations say, for stderr beside them (a CI log shows both). */
export function githubSummaryLine(result: ValidateResult, locale: Locale): string {
  return `milepel: ${describeSummary(result, locale)}\n`;
}
