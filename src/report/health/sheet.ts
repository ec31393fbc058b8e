// `milepel health --format xlsx` (SPEC §13, §15): the scorecard as one table, a row per plan and check, as in the JSON.
import { columns, type SheetTable, type SheetValue } from '../sheet/table.js';
import { refsOf, thresholdValue, type HealthView } from './model.js';

/**
 * One `health` sheet: plan, check id, value and threshold (shares as fractions, 0.05 for 5 %, like the JSON),
 * pass (`yes`/`no`), count, of, and the refs that count against the check. `value` is empty where nothing was
 * measured.
 */
export function healthSheets(view: HealthView): SheetTable[] {
  const rows: SheetValue[][] = [];
  for (const p of view.report.plans) {
    const plan = view.workspace.plans[p.plan]!.id;
    for (const c of p.checks) {
      rows.push([plan, c.id, c.value, thresholdValue(c), c.pass ? 'yes' : 'no', c.count, c.of, refsOf(view, c).join(', ') || null]);
    }
  }
  return [{
    name: 'health',
    columns: columns(['plan', 'text'], ['check', 'text'], ['value', 'decimal'], ['threshold', 'decimal'], ['pass', 'text'], ['count', 'integer'], ['of', 'integer'], ['refs', 'text']),
    rows,
  }];
}
