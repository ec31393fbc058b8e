// Failing health checks as findings, for the machine formats validate already has (github, sarif): each at its
// plan's header, each counted milestone a related location.
import type { Diagnostic, ValidateResult } from '../../diagnostics/types.js';
import type { Origin } from '../../model/types.js';
import type { Locale } from '../locale.js';
import { formatThresholdText, formatValueText } from './values.js';
import type { HealthView } from './model.js';
import { checkName } from './words.js';

export type Locate = (origin: Origin) => { readonly line: number; readonly column: number };

/** Findings sorted like validate's (by file, line, column, rule); `files` are the plans' files. */
export function healthFindings(view: HealthView, locate: Locate, locale: Locale): ValidateResult {
  const diagnostics: Diagnostic[] = [];
  for (const p of view.report.plans) {
    const plan = view.workspace.plans[p.plan]!;
    const at = locate({ file: plan.file, path: ['plan', 'id'] });
    for (const c of p.checks) {
      if (c.pass) continue;
      const value = formatValueText(c, locale);
      const threshold = formatThresholdText(c, locale);
      const message = locale === 'nb'
        ? `Planhelse: «${checkName(c.id, locale)}» (${c.id}) i plan ${plan.id} er ${value}, grensen er ${threshold} (${c.count} av ${c.of})`
        : `Schedule health: ${checkName(c.id, locale).toLowerCase()} (${c.id}) in plan ${plan.id} is ${value}, the threshold is ${threshold} (${c.count} of ${c.of})`;
      const hint = locale === 'nb'
        ? `Rett milepælene som teller mot kontrollen, eller sett en annen grense med plan.health.${c.id}`
        : `fix the milestones that count against it, or set another threshold with plan.health.${c.id}`;
      diagnostics.push({
        file: plan.file, ...at, rule: `health/${c.id}`, severity: 'error', message, ref: plan.id, hint,
        related: c.refs.map((m) => {
          const milestone = view.workspace.milestones[m]!;
          return { file: milestone.origin.file, ...locate(milestone.origin), message: `${milestone.ref} ${locale === 'nb' ? 'teller mot' : 'counts against'} ${c.id}` };
        }),
      });
    }
  }
  diagnostics.sort((a, b) => (a.file !== b.file ? (a.file < b.file ? -1 : 1) : a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)));
  const files = [...new Set(view.report.plans.map((p) => view.workspace.plans[p.plan]!.file))].sort();
  return { files, diagnostics, summary: { errors: diagnostics.length, warnings: 0 }, sourceLine: () => undefined };
}
