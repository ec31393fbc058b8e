// Findings' columns as the text, JSON, GitHub, JUnit and summary formats show them: counted in characters (code
// points), as SPEC §15 counts an `encoding` finding's. Findings hold UTF-16 units, as the parsers, LSP positions and
// SARIF (columnKind utf16CodeUnits) count; the two differ only after a character outside the Basic Multilingual Plane
// on the same line (an emoji in a title). Until 8 Dec 2026 every rule but `encoding` was shown in UTF-16 units, so
// two findings on one such line used two units (tester round 94 F10).
import type { Diagnostic, Related, ValidateResult } from '../../diagnostics/types.js';
import { characterColumn } from '../../text/utf16-column.js';

/**
 * `column` (UTF-16 units) of 1-based `line` of `file` in characters; as it is when the file holds no character outside
 * the BMP (ValidateResult.astralFiles) or its line is not known.
 */
export function shownColumn(result: Pick<ValidateResult, 'astralFiles' | 'sourceLine'>, file: string, line: number, column: number): number {
  if (result.astralFiles !== undefined && !result.astralFiles.has(file)) return column;
  const text = result.sourceLine(file, line);
  return text === undefined ? column : characterColumn(text, column);
}

/**
 * The result with every finding's and related place's column in characters (shownColumn), for a format that writes
 * them as they are. The same result when no file holds a character outside the BMP; else a finding whose columns
 * change is a copy, the others are shared.
 */
export function inCharacterColumns(result: ValidateResult): ValidateResult {
  if (result.astralFiles !== undefined && result.astralFiles.size === 0) return result;
  const { diagnostics } = result;
  let shown: Diagnostic[] | undefined;
  for (let i = 0; i < diagnostics.length; i++) {
    const d = diagnostics[i]!;
    const column = shownColumn(result, d.file, d.line, d.column);
    const related = shownRelated(result, d.related);
    const same = column === d.column && related === d.related;
    if (!same && shown === undefined) shown = diagnostics.slice(0, i);
    if (shown !== undefined) shown.push(same ? d : { ...d, column, related });
  }
  return shown === undefined ? result : { ...result, diagnostics: shown };
}

/** The related places in characters: the same list when no column changes. */
function shownRelated(result: ValidateResult, related: readonly Related[]): readonly Related[] {
  let shown: Related[] | undefined;
  for (let i = 0; i < related.length; i++) {
    const r = related[i]!;
    const column = shownColumn(result, r.file, r.line, r.column);
    if (column !== r.column && shown === undefined) shown = related.slice(0, i);
    if (shown !== undefined) shown.push(column === r.column ? r : { ...r, column });
  }
  return shown ?? related;
}
