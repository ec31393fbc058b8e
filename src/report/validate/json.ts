// JSON output of `milepel validate`, SPEC §8: fixed key order, 2-space indentation, trailing newline.

import type { Diagnostic, FormatOptions, Related, ValidateResult } from '../../diagnostics/types.js';
import { stringifySafeJson } from '../safe-text.js';

function toJsonRelated(related: Related): object {
  return { file: related.file, line: related.line, column: related.column, message: related.message };
}

function toJsonDiagnostic(diagnostic: Diagnostic): object {
  return {
    rule: diagnostic.rule,
    severity: diagnostic.severity,
    message: diagnostic.message,
    file: diagnostic.file,
    line: diagnostic.line,
    column: diagnostic.column,
    ref: diagnostic.ref,
    hint: diagnostic.hint ?? null,
    related: diagnostic.related.map(toJsonRelated),
  };
}

/**
 * `{ok, files, summary: {errors, warnings}, diagnostics: [...]}`. Strings keep their exact
 * content; characters a terminal would act on are written as `\uXXXX` escapes.
 */
export function formatJson(result: ValidateResult, _options: FormatOptions): string {
  return stringifySafeJson({
    ok: result.summary.errors === 0,
    files: [...result.files],
    summary: { errors: result.summary.errors, warnings: result.summary.warnings },
    diagnostics: result.diagnostics.map(toJsonDiagnostic),
  });
}
