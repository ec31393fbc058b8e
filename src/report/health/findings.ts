// Failing health checks as findings, for the machine formats validate already has (github, sarif): each at its
// plan's header, each counted milestone a related location.
import { compareDiagnostics, type Diagnostic, type ValidateResult } from '../../diagnostics/types.js';
import type { Origin } from '../../model/types.js';
import { msg } from '../../messages/index.js';
import { namedRefs, type HealthView } from './model.js';

export type Locate = (origin: Origin) => { readonly line: number; readonly column: number };

/**
 * Findings sorted like validate's (by file, line, column, rule); `files` are the plans' files. Each counted milestone
 * is a related place: SARIF and JUnit keep them as places, GitHub and GitLab as notes in the finding's text with their
 * places (src/report/validate/ci-notes.ts), as README promises; until 5 Dec 2026 those two left them out because the
 * hint names the milestones, but without where they are (tester round 23 F3).
 */
export function healthFindings(view: HealthView, locate: Locate): ValidateResult {
  const diagnostics: Diagnostic[] = [];
  for (const p of view.report.plans) {
    const plan = view.workspace.plans[p.plan]!;
    const at = locate({ file: plan.file, path: ['plan', 'id'] });
    for (const c of p.checks) {
      if (c.pass) continue;
      const measure = { value: c.value, threshold: c.threshold, unit: c.unit };
      const passed = c.finishPassed;
      const message = passed === undefined
        ? msg('health.finding', { check: c.id, plan: plan.id, measure, count: c.count, of: c.of })
        : msg('health.finding.finish-passed', { plan: plan.id, finish: passed.finish, today: view.report.today, float: passed.float, measure, count: c.count, of: c.of });
      const hint = msg(passed === undefined ? 'health.finding.hint' : 'health.finding.finish-passed.hint', { check: c.id, ...namedRefs(view, c) });
      diagnostics.push({
        file: plan.file, ...at, rule: `health/${c.id}`, severity: 'error', message, ref: plan.id, hint,
        related: c.refs.map((m) => {
          const milestone = view.workspace.milestones[m]!;
          return { file: milestone.origin.file, ...locate(milestone.origin), message: msg('health.note.counts', { ref: milestone.ref, check: c.id }) };
        }),
      });
    }
  }
  diagnostics.sort(compareDiagnostics);
  const files = [...new Set(view.report.plans.map((p) => view.workspace.plans[p.plan]!.file))].sort();
  return { files, diagnostics, summary: { errors: diagnostics.length, warnings: 0 }, sourceLine: () => undefined };
}
