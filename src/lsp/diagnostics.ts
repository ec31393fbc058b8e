// validate's findings as LSP diagnostics: the rule id as `code`, the range on the value, the hint in the message,
// the related places as related information (SPEC §14).
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { Diagnostic } from '../diagnostics/types.js';
import { renderMessage, type Locale } from '../messages/index.js';
import type { Analysis } from '../pipeline.js';
import type { PlanFile, PlanWorkspace } from './workspace.js';

/** The findings of a group's analysis per URI; every file of the group has an entry (empty clears old findings). */
export function diagnosticsByUri(ws: PlanWorkspace, group: string, analysis: Analysis, locale: Locale): Map<string, LspDiagnostic[]> {
  const out = new Map<string, LspDiagnostic[]>();
  const byFile = new Map<string, PlanFile>();
  for (const f of ws.files(group)) {
    out.set(f.uri, []);
    byFile.set(f.file, f);
  }
  for (const d of analysis.diagnostics) {
    const f = byFile.get(d.file);
    if (f === undefined) continue;
    out.get(f.uri)!.push(toLspDiagnostic(d, f, byFile, locale));
  }
  return out;
}

export function toLspDiagnostic(d: Diagnostic, f: PlanFile, byFile: ReadonlyMap<string, PlanFile>, locale: Locale): LspDiagnostic {
  const related: DiagnosticRelatedInformation[] = [];
  for (const r of d.related) {
    const other = byFile.get(r.file);
    if (other === undefined) continue;
    related.push({ location: { uri: other.uri, range: other.index.spanAt(r.line, r.column) }, message: renderMessage(r.message, locale) });
  }
  const hint = d.hint === undefined ? '' : `\n${renderMessage({ id: 'validate.hint', data: {} }, locale)}: ${renderMessage(d.hint, locale)}`;
  return {
    range: f.index.spanAt(d.line, d.column),
    severity: d.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: d.rule,
    source: 'milepel',
    message: `${renderMessage(d.message, locale)}${hint}`,
    ...(related.length > 0 ? { relatedInformation: related } : {}),
    ...(d.ref !== null ? { data: { ref: d.ref } } : {}),
  };
}
