// risk's text and HTML reports group rows and drivers by plan in one pass (src/report/risk/groups.ts): a filter per
// plan compared every row with every plan (~90 s of `risk` at 100,000 milestones in 10,000 plans, issue #18). The
// groups must be exactly what those filters gave: rows with r.plan === id, drivers whose end starts with `id/`, in
// the report's order, for plan ids that are prefixes of one another and ends with more than one '/'.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { driversByPlan, rowsByPlan } from '../../src/report/risk/groups.js';
import type { RiskDriverRow, RiskReport, RiskRow } from '../../src/report/risk/model.js';

const PLANS = ['a', 'a-b', 'ab', 'b', 'a/b', ''];
const plan = fc.constantFrom(...PLANS);

function row(p: string, n: number): RiskRow {
  return {
    ref: `${p}/M${n}`, plan: p, id: `M${n}`, title: '', current: 0, deadline: undefined, deterministic: 0,
    p10: 0, p50: 0, p80: 0, p85: 0, p90: 0, mean: 0, probByDate: 1, probByDeadline: null, probGovernance: null,
    criticality: 0, distribution: undefined,
  };
}

function report(rows: readonly RiskRow[], drivers: readonly RiskDriverRow[]): RiskReport {
  return { today: 0, iterations: 1, seed: 1, distribution: 'triangular', plans: [], rows, drivers, focus: undefined, unmoved: [] };
}

describe('risk report groups by plan', () => {
  it('equal the per-plan filters they replace', () => {
    fc.assert(fc.property(
      fc.array(plan, { maxLength: 30 }),
      fc.array(fc.tuple(plan, fc.constantFrom('M1', 'M2', 'x/M3', '/')), { maxLength: 30 }),
      (rowPlans, ends) => {
        const rows = rowPlans.map((p, n) => row(p, n));
        const drivers = ends.map(([p, id], n): RiskDriverRow => ({ end: `${p}/${id}`, source: `s${n}`, kind: 'lag', sensitivity: 0.5 }));
        const r = report(rows, drivers);
        const rowsOf = rowsByPlan(r);
        const driversOf = driversByPlan(r);
        for (const id of [...PLANS, 'c', 'a/b/M1']) {
          expect(rowsOf(id)).toEqual(rows.filter((x) => x.plan === id));
          expect(driversOf(id)).toEqual(drivers.filter((d) => d.end.startsWith(`${id}/`)));
        }
      },
    ), { numRuns: 300 });
  });
});
