// JSON output of `milepel validate`, SPEC §8: fixed key order, 2-space indentation, trailing newline.

import type { Diagnostic, FormatOptions, Related, ValidateResult } from '../../diagnostics/types.js';
import type { Locale } from '../../messages/index.js';
import { shownMessage } from '../shown-message.js';
import { DiagnosticRows } from './json-rows.js';
import { JsonRows, safeJsonChunks, safeJsonText, type JsonFields } from '../json-stream.js';
import { inCharacterColumns } from './character-columns.js';

function writeRelated(related: Related, locale: Locale, fields: JsonFields): void {
  fields.string('file', related.file);
  fields.number('line', related.line);
  fields.number('column', related.column);
  fields.string('message', shownMessage(related.message, locale));
}

function writeDiagnostic(diagnostic: Diagnostic, locale: Locale, fields: JsonFields): void {
  fields.string('rule', diagnostic.rule);
  fields.string('severity', diagnostic.severity);
  fields.string('message', shownMessage(diagnostic.message, locale));
  fields.string('file', diagnostic.file);
  fields.number('line', diagnostic.line);
  fields.number('column', diagnostic.column);
  fields.string('ref', diagnostic.ref);
  fields.string('hint', diagnostic.hint !== undefined ? shownMessage(diagnostic.hint, locale) : null);
  const related = diagnostic.related;
  fields.objects('related', related.length, (i, place) => writeRelated(related[i]!, locale, place));
}

function toJsonDocument(written: ValidateResult, options: FormatOptions): object {
  const result = inCharacterColumns(written);
  const { diagnostics } = result;
  let rows: DiagnosticRows | undefined;
  return {
    ok: result.summary.errors === 0,
    files: [...result.files],
    summary: { errors: result.summary.errors, warnings: result.summary.warnings },
    diagnostics: new JsonRows(diagnostics.length, (i, fields) => writeDiagnostic(diagnostics[i]!, options.locale, fields), (i, indent) => {
      if (rows === undefined || rows.indent !== indent) rows = new DiagnosticRows(options.locale, indent);
      return rows.text(diagnostics[i]!);
    }),
  };
}

/**
 * `{ok, files, summary: {errors, warnings}, diagnostics: [...]}`. Strings keep their exact
 * content; characters a terminal would act on are written as `\uXXXX` escapes.
 */
export function formatJson(result: ValidateResult, options: FormatOptions): string {
  return safeJsonText(toJsonDocument(result, options));
}

/**
 * The same text in pieces that end at line ends (json-stream.ts): at 100,000 milestones the 35,000 findings made a
 * 21 MB string, escaped into a second one and encoded into a third, most of `validate`'s peak memory (issue #18).
 */
export function validateJsonChunks(result: ValidateResult, options: FormatOptions): Iterable<string> {
  return safeJsonChunks(toJsonDocument(result, options));
}
