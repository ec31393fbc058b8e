// Counting words shared by the validate formatters: "1 error, 2 warnings in 3 files".

import type { ValidateResult } from '../../diagnostics/types.js';
import { msg, renderMessage, type Locale } from '../../messages/index.js';

/** `1 file`, `3 files`, `0 errors`. */
export function pluralize(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** True when the result has at least one diagnostic of either severity. */
export function hasProblems(result: ValidateResult): boolean {
  return result.summary.errors + result.summary.warnings > 0;
}

/**
 * `3 errors, 14 warnings in 3 files` when there are problems, else `3 files checked, no problems`.
 * The file count is every file of the workspace, not only those with findings
 * ("0 errors, 2 warnings in 3 files").
 */
export function describeSummary(result: ValidateResult, locale: Locale = 'en'): string {
  const files = result.files.length;
  if (!hasProblems(result)) return renderMessage(msg('validate.clean', { files }), locale);
  const { errors, warnings, errorsOnly } = result.summary;
  if (errorsOnly === true) return renderMessage(msg('report.errors-summary', { errors, files }), locale);
  return renderMessage(msg('validate.summary', { errors, warnings, files }), locale);
}
