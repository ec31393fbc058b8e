// Code lens (SPEC §14): above each milestone and gate id, its projected date and float (and driver when pushed).
import type { CodeLens } from 'vscode-languageserver';
import { renderMessage, type Locale } from '../messages/index.js';
import type { Analysis } from '../pipeline.js';
import { shownFloat, shownProjected } from '../schedule/date-range.js';
import type { PlanFile, PlanWorkspace } from './workspace.js';

/** The command a lens runs: clients may bind it to `milepel explain <ref>` (the VS Code extension does). */
export const EXPLAIN_COMMAND = 'milepel.explain';

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
    lenses.push({ range: f.index.spanAt(symbol.line, symbol.column), command: { title, command: EXPLAIN_COMMAND, arguments: [ref] } });
  }
  return lenses;
}
