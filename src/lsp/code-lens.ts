// Code lens (SPEC §14): above each milestone and gate id, its projected date and float (and driver when pushed).
import type { CodeLens } from 'vscode-languageserver';
import { explainNode } from '../explain/explain.js';
import { formatExplainText } from '../explain/text.js';
import { renderMessage, type Locale } from '../messages/index.js';
import type { Analysis } from '../pipeline.js';
import { shownFloat, shownProjected } from '../schedule/date-range.js';
import type { PlanFile, PlanWorkspace } from './workspace.js';

/**
 * The command a lens runs: a client may bind it to `milepel explain <ref>` (the VS Code extension does, and says so in
 * initializationOptions.clientCommands); else the server runs it (explainCommandText).
 */
export const EXPLAIN_COMMAND = 'milepel.explain';

/** Columns the explanation is fitted to when the server shows it: an editor's message, not a terminal. */
const SHOWN_WIDTH = 100;

/**
 * The text of `milepel explain <ref>` for workspace/executeCommand of EXPLAIN_COMMAND with `[ref]` as its arguments
 * (LSP 3.17 §workspace_executeCommand), which a client without a command of its own sends (Neovim, JetBrains' LSP4IJ:
 * the lens did nothing there, tester round 25 F10): the ref's explanation in the group of the file whose URI is the
 * second argument, else the first group whose model has it as a schedule node, as its lens showed it. Undefined for
 * arguments that are no such ref.
 */
export function explainCommandText(ws: PlanWorkspace, args: readonly unknown[] | undefined, locale: Locale): string | undefined {
  const ref = args?.[0];
  if (typeof ref !== 'string') return undefined;
  // The group of the file the lens is in (its URI the second argument) first: a multi-root workspace may hold the same
  // ref in two folders, and the first folder's was explained (tester round 28 F1).
  const from = typeof args?.[1] === 'string' ? ws.get(args[1])?.group : undefined;
  for (const group of from === undefined ? ws.groups() : [from, ...ws.groups().filter((g) => g !== from)]) {
    const analysis = ws.analysis(group);
    const v = analysis.workspace.milestoneIndex.get(ref);
    if (v !== undefined) return formatExplainText(analysis.workspace, explainNode(analysis, v), { locale, width: SHOWN_WIDTH });
  }
  return undefined;
}

export function codeLenses(ws: PlanWorkspace, f: PlanFile, analysis: Analysis, locale: Locale): CodeLens[] {
  const { workspace: model, schedule: s } = analysis;
  const lenses: CodeLens[] = [];
  for (const symbol of ws.symbols(f)) {
    if (!symbol.isDefinition || !symbol.key.startsWith('m:')) continue;
    const ref = symbol.key.slice(2);
    const v = model.milestoneIndex.get(ref);
    // A duplicate id is a finding, not a second node: only the node defined here gets the lens.
    if (v === undefined || model.milestones[v]!.origin.file !== f.file) continue;
    const driver = s.driver[v]!;
    const title = renderMessage({ id: 'lsp.lens', data: { projected: shownProjected(s, v), float: shownFloat(s, v), critical: s.critical[v] === 1, driver: driver >= 0 ? model.milestones[driver]!.ref : null } }, locale);
    // The file's URI after the ref: in a multi-root workspace the same ref may be in several folders' plans.
    lenses.push({ range: f.index.spanAt(symbol.line, symbol.column), command: { title, command: EXPLAIN_COMMAND, arguments: [ref, f.uri] } });
  }
  return lenses;
}
