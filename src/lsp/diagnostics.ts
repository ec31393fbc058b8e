// validate's findings as LSP diagnostics: the rule id as `code`, the range on the value, the hint in the message,
// the related places as related information (SPEC §14).
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { Diagnostic } from '../diagnostics/types.js';
import { shownMessage } from '../report/shown-message.js';
import { renderMessage, type Locale } from '../messages/index.js';
import type { Analysis } from '../pipeline.js';
import type { PlanFile, PlanWorkspace } from './workspace.js';
import { sameData } from '../source/same-data.js';

/** A file's findings as last published: the data and the generations of the texts their ranges point into. */
export interface PublishedFile {
  readonly findings: readonly Diagnostic[];
  readonly generations: readonly number[];
}

/** What to send after an analysis: the files whose findings changed, with what to compare against next time. */
export interface DiagnosticsUpdate {
  /** Every file of the group → its findings as they would be published now. */
  readonly files: Map<string, PublishedFile>;
  /** The files to publish: changed findings, or a file in `always`. */
  readonly send: Map<string, LspDiagnostic[]>;
}

/**
 * The findings of a group's analysis for the files whose published form changed since `previous` (URI → findings),
 * and always for the URIs in `always` (the file just changed or opened). Equal findings (as data) whose ranges point
 * into texts of the same generations give identical published bytes; the messages are rendered only for the files
 * that are sent (SPEC §14: a change re-analysed within 1 s on 10,000 milestones, most of whose files keep theirs).
 */
export function diagnosticsUpdate(ws: PlanWorkspace, group: string, analysis: Analysis, locale: Locale, previous: ReadonlyMap<string, PublishedFile>, always: ReadonlySet<string>): DiagnosticsUpdate {
  const all = ws.files(group);
  const byFile = new Map<string, PlanFile>();
  const own = new Map<string, Diagnostic[]>();
  for (const f of all) {
    byFile.set(f.file, f);
    own.set(f.file, []);
  }
  for (const d of analysis.diagnostics) own.get(d.file)?.push(d);
  const files = new Map<string, PublishedFile>();
  const send = new Map<string, LspDiagnostic[]>();
  for (const f of all) {
    const findings = own.get(f.file)!;
    const generations = [f.generation];
    for (const d of findings) for (const r of d.related) generations.push(byFile.get(r.file)?.generation ?? -1);
    const now: PublishedFile = { findings, generations };
    files.set(f.uri, now);
    const before = previous.get(f.uri);
    if (always.has(f.uri) || before === undefined || !sameData(before, now)) send.set(f.uri, findings.map((d) => toLspDiagnostic(d, f, byFile, locale)));
  }
  return { files, send };
}

export function toLspDiagnostic(d: Diagnostic, f: PlanFile, byFile: ReadonlyMap<string, PlanFile>, locale: Locale): LspDiagnostic {
  const related: DiagnosticRelatedInformation[] = [];
  for (const r of d.related) {
    const other = byFile.get(r.file);
    if (other === undefined) continue;
    related.push({ location: { uri: other.uri, range: other.index.spanAt(r.line, r.column) }, message: shownMessage(r.message, locale) });
  }
  const hint = d.hint === undefined ? '' : `\n${renderMessage({ id: 'validate.hint', data: {} }, locale)}: ${shownMessage(d.hint, locale)}`;
  return {
    // Columns in UTF-16 units, as LSP positions count them (the text formats show characters: character-columns.ts).
    range: f.index.spanAt(d.line, d.column),
    severity: d.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: d.rule,
    source: 'milepel',
    message: `${shownMessage(d.message, locale)}${hint}`,
    ...(related.length > 0 ? { relatedInformation: related } : {}),
    ...(d.ref !== null ? { data: { ref: d.ref } } : {}),
  };
}
