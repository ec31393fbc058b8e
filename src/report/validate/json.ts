// JSON output of `milepel validate`, SPEC §8: fixed key order, 2-space indentation, trailing newline.

import type { Diagnostic, FormatOptions, Related, ValidateResult } from '../../diagnostics/types.js';
import { renderMessage, type Locale } from '../../messages/index.js';
import { stringifySafeJson } from '../safe-text.js';

function toJsonRelated(related: Related, locale: Locale): object {
  return { file: related.file, line: related.line, column: related.column, message: renderMessage(related.message, locale) };
}

function toJsonDiagnostic(diagnostic: Diagnostic, locale: Locale): object {
  return {
    rule: diagnostic.rule,
    severity: diagnostic.severity,
    message: renderMessage(diagnostic.message, locale),
    file: diagnostic.file,
    line: diagnostic.line,
    column: diagnostic.column,
    ref: diagnostic.ref,
    hint: diagnostic.hint !== undefined ? renderMessage(diagnostic.hint, locale) : null,
    related: diagnostic.related.map((r) => toJsonRelated(r, locale)),
  };
}

/**
 * `{ok, files, summary: {errors, warnings}, diagnostics: [...]}`. Strings keep their exact
 * content; characters a terminal would act on are written as `\uXXXX` escapes.
 */
export function formatJson(result: ValidateResult, options: FormatOptions): string {
  return stringifySafeJson({
    ok: result.summary.errors === 0,
    files: [...result.files],
    summary: { errors: result.summary.errors, warnings: result.summary.warnings },
    diagnostics: result.diagnostics.map((d) => toJsonDiagnostic(d, options.locale)),
  });
}
