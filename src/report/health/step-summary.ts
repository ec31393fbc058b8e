// `health --format github`'s job summary (SPEC §15: "writes the full table as Markdown to $GITHUB_STEP_SUMMARY"): each
// plan's checks as the text scorecard has them, passing ones included, as Markdown tables.
import type { Locale } from '../../messages/index.js';
import { markdownCell } from '../validate/step-summary.js';
import { checkName, HEALTH_MESSAGES } from './messages.js';
import type { HealthView } from './model.js';
import { formatThresholdText, formatValueText } from './values.js';

/** One `####` heading and table per plan (check, value, threshold, result, counted), then its score; '' without plans. */
export function formatHealthStepTables(view: HealthView, locale: Locale): string {
  const w = HEALTH_MESSAGES[locale];
  const out: string[] = [];
  for (const p of view.report.plans) {
    const plan = view.workspace.plans[p.plan]!;
    if (out.length > 0) out.push('');
    out.push(`#### ${markdownCell(`${w.title}: ${plan.id} (${plan.title})`)}`, '');
    out.push(`| | ${w.check} | ${w.value} | ${w.threshold} | ${w.result} | ${w.counted} |`, '|---|---|--:|--:|---|--:|');
    for (const c of p.checks) {
      const result = !c.pass ? w.fail : c.value === null ? w.na : w.pass;
      const cells = [c.pass ? '✓' : '✗', checkName(c.id, locale), formatValueText(c, locale), formatThresholdText(c, locale), result, `${c.count} ${w.of} ${c.of}`];
      out.push(`| ${cells.map(markdownCell).join(' | ')} |`);
    }
    out.push('', markdownCell(w.score(p.passed, p.checks.length)));
  }
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}
