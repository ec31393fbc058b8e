// `health --format json` (SPEC §13): per plan, every check with value, threshold, pass, count, of and refs.
import { formatDay } from '../../calendar/index.js';
import { stringifySafeJson } from '../safe-text.js';
import { refsOf, thresholdValue, type HealthView } from './model.js';

/** Shares and their thresholds are fractions (0.05); `value` is null where there was nothing to measure. */
export function formatHealthJson(view: HealthView): string {
  return stringifySafeJson({
    today: formatDay(view.report.today),
    plans: view.report.plans.map((p) => ({
      plan: view.workspace.plans[p.plan]!.id,
      checks: p.checks.map((c) => ({
        id: c.id, value: c.value, threshold: thresholdValue(c), pass: c.pass, count: c.count, of: c.of, refs: refsOf(view, c),
      })),
      score: p.checks.length === 0 ? null : p.passed / p.checks.length,
    })),
  });
}
