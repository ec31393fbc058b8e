// The notes a CI annotation (GitHub workflow command, GitLab Code Quality issue) carries after its message.
import type { Diagnostic } from '../../diagnostics/types.js';
import { msg, msg0, renderMessage, type Locale, type Message } from '../../messages/index.js';

/**
 * The most notes one annotation carries. A cycle of 3,000 milestones has a note per edge (about 180 KB on one line);
 * GitHub shows an annotation in a box a few lines high, and the text report lists them all.
 */
export const CI_NOTE_LIMIT = 10;

/**
 * Each note of `diagnostic` as `note: <file>:<line>:<col>: <text>` (the label in `locale`, as the text report's `= note:`),
 * at most CI_NOTE_LIMIT of them, then `note: and N more notes (the text report lists them)` when there are more. Plain
 * text: the caller escapes it for its format.
 */
export function annotationNotes(diagnostic: Diagnostic, locale: Locale): string[] {
  const related = diagnostic.related;
  if (related.length === 0) return [];
  const label = renderMessage(msg0('validate.note'), locale);
  const shown = Math.min(related.length, CI_NOTE_LIMIT);
  const lines: string[] = [];
  for (let i = 0; i < shown; i++) {
    const r = related[i]!;
    lines.push(`${label}: ${r.file}:${r.line}:${r.column}: ${renderMessage(r.message, locale)}`);
  }
  if (related.length > shown) lines.push(`${label}: ${renderMessage(msg('validate.more-notes', { count: related.length - shown }), locale)}`);
  return lines;
}

/** The hint as a CI annotation or summary shows it: labelled as the text report's `= hint:` (`tips:` in Norwegian). */
export function hintLine(hint: Message, locale: Locale): string {
  return `${renderMessage(msg0('validate.hint'), locale)}: ${renderMessage(hint, locale)}`;
}
