// Code actions (SPEC §14): a quick fix for every hint that names a replacement value — a suggested reference or key,
// the nearest working days, a progress that fits, a lag of 0d, a forecast (dependency-order, overdue, gate-readiness,
// actual-in-future) or a meeting to list.
import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic, type Range, type TextEdit } from 'vscode-languageserver';
import { formatDay } from '../calendar/index.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { renderMessage, type Locale, type Message } from '../messages/index.js';
import type { Analysis } from '../pipeline.js';
import { toLspDiagnostic } from './diagnostics.js';
import { addToList, setMilestoneField } from './edits.js';
import type { PlanFile, PlanWorkspace } from './workspace.js';

interface Fix {
  readonly title: Message;
  readonly uri: string;
  readonly edit: TextEdit;
}

const overlaps = (a: Range, b: Range): boolean =>
  !(a.end.line < b.start.line || (a.end.line === b.start.line && a.end.character < b.start.character) ||
    b.end.line < a.start.line || (b.end.line === a.start.line && b.end.character < a.start.character));

export function codeActions(ws: PlanWorkspace, f: PlanFile, analysis: Analysis, range: Range, locale: Locale): CodeAction[] {
  const byFile = new Map(ws.files(f.group).map((x) => [x.file, x]));
  const actions: CodeAction[] = [];
  for (const d of analysis.diagnostics) {
    if (d.file !== f.file || d.hint === undefined) continue;
    const span = f.index.spanAt(d.line, d.column);
    if (!overlaps(span, range)) continue;
    const lsp = toLspDiagnostic(d, f, byFile, locale);
    for (const fix of fixesFor(ws, analysis, f, d, d.hint, span)) {
      actions.push({ title: renderMessage(fix.title, locale), kind: CodeActionKind.QuickFix, diagnostics: [lsp] satisfies LspDiagnostic[], edit: { changes: { [fix.uri]: [fix.edit] } } });
    }
  }
  return actions;
}

function fixesFor(ws: PlanWorkspace, analysis: Analysis, f: PlanFile, d: Diagnostic, hint: Message, span: Range): Fix[] {
  const written = f.index.text.slice(f.index.offsetAt(span.start), f.index.offsetAt(span.end));
  const replace = (value: string): Fix => ({ title: { id: 'lsp.action.replace', data: { value } }, uri: f.uri, edit: { range: span, newText: quoteLike(written, value) } });
  const set = (ref: string, field: string, value: string): Fix[] => {
    const edit = setMilestoneField(ws, analysis, f.group, ref, field, value);
    return edit === undefined ? [] : [{ title: { id: 'lsp.action.set', data: { ref, field, value } }, uri: edit.uri, edit: edit.edit }];
  };
  const ref = d.ref ?? '';
  switch (hint.id) {
    case 'unknown-reference.hint.did-you-mean':
      return [replace(hint.data.suggestion)];
    case 'schema.unknown-key.hint':
    case 'schema.unknown-name.hint':
      return hint.data.guess === null ? [] : [{ title: { id: 'lsp.action.rename-key', data: { from: written, to: hint.data.guess } }, uri: f.uri, edit: { range: span, newText: hint.data.guess } }];
    case 'non-working-day.hint':
    case 'non-working-day.meeting.hint':
      return [replace(formatDay(hint.data.before)), replace(formatDay(hint.data.after))];
    case 'progress-range.hint':
      return [replace(`${hint.data.total}/${hint.data.total}`), replace(`${hint.data.total}/${hint.data.started}`)];
    case 'lead.hint':
      return written.startsWith('-') || /^["']-/.test(written) ? [replace('0d')] : [];
    case 'dependency-order.hint':
      return set(ref, hint.data.field, formatDay(hint.data.earliest));
    case 'overdue.hint':
      return set(ref, 'forecast', formatDay(hint.data.today));
    case 'actual-in-future.hint':
      return renameActual(f, span, analysis, ref);
    case 'gate-readiness.hint':
      return set(hint.data.milestone, 'forecast', formatDay(hint.data.due));
    case 'meeting-before-milestone.missing.hint-list': {
      const edit = addToList(ws, analysis, f.group, ref, 'meetings', hint.data.meeting);
      return edit === undefined ? [] : [{ title: { id: 'lsp.action.add-meeting', data: { ref, meeting: hint.data.meeting } }, uri: edit.uri, edit: edit.edit }];
    }
    default:
      return [];
  }
}

/** `actual:` → `forecast:` on the finding's line, when the milestone has no forecast yet (a key is never doubled). */
function renameActual(f: PlanFile, span: Range, analysis: Analysis, ref: string): Fix[] {
  const node = analysis.workspace.milestoneIndex.get(ref);
  if (node === undefined || analysis.workspace.milestones[node]!.forecast !== undefined) return [];
  const before = f.index.lineText(span.start.line).slice(0, span.start.character);
  const key = /actual(\s*:\s*)$/.exec(before);
  if (key === null) return [];
  const start = { line: span.start.line, character: key.index };
  return [{ title: { id: 'lsp.action.rename-key', data: { from: 'actual', to: 'forecast' } }, uri: f.uri, edit: { range: { start, end: { line: start.line, character: start.character + 'actual'.length } }, newText: 'forecast' } }];
}

/** The new value in the quotes of the value it replaces (a plain value stays plain when YAML reads it back the same). */
export function quoteLike(written: string, value: string): string {
  if (written.startsWith("'")) return `'${value.replaceAll("'", "''")}'`;
  if (written.startsWith('"')) return JSON.stringify(value);
  return /^[A-Za-z0-9_][A-Za-z0-9._\-/@]*$/.test(value) ? value : JSON.stringify(value);
}
