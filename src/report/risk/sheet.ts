// `milepel risk --format xlsx` (SPEC §11, §15): the risk report as tables, the same fields as the JSON.
import { columns, type SheetTable } from '../sheet/table.js';
import type { RiskReport } from './model.js';
import { dayAt } from '../../risk/statistics.js';

/**
 * `milestones` (one row per milestone, topological order, as the JSON) and `drivers`; with --milestone also
 * `distribution`: each drawn day of that milestone with its count, share and cumulative share (the S-curve).
 */
export function riskSheets(report: RiskReport): SheetTable[] {
  const milestones: SheetTable = {
    name: 'milestones',
    columns: columns(
      ['ref', 'text'], ['plan', 'text'], ['id', 'text'], ['title', 'text'], ['current', 'date'], ['deadline', 'date'],
      ['deterministic', 'date'], ['p10', 'date'], ['p50', 'date'], ['p80', 'date'], ['p85', 'date'], ['p90', 'date'], ['mean', 'date'],
      ['prob_by_date', 'decimal'], ['prob_by_deadline', 'decimal'], ['prob_governance', 'decimal'], ['criticality', 'decimal'],
    ),
    rows: report.rows.map((r) => [
      r.ref, r.plan, r.id, r.title, r.current, r.deadline ?? null, r.deterministic, r.p10, r.p50, r.p80, r.p85, r.p90, r.mean,
      r.probByDate, r.probByDeadline, r.probGovernance, r.criticality,
    ]),
  };
  const drivers: SheetTable = {
    name: 'drivers',
    columns: columns(['end', 'text'], ['source', 'text'], ['kind', 'text'], ['sensitivity', 'decimal']),
    rows: report.drivers.map((d) => [d.end, d.source, d.kind, d.sensitivity]),
  };
  const dist = report.focus?.distribution;
  if (dist === undefined) return [milestones, drivers];
  const rows: (readonly [number, number, number, number])[] = [];
  let seen = 0;
  for (let i = 0; i < dist.counts.length; i++) {
    const count = dist.counts[i]!;
    if (count === 0) continue;
    seen += count;
    rows.push([dayAt(dist, i), count, count / dist.total, seen / dist.total]);
  }
  const distribution: SheetTable = {
    name: 'distribution',
    columns: columns(['date', 'date'], ['count', 'integer'], ['share', 'decimal'], ['cumulative', 'decimal']),
    rows,
  };
  return [milestones, drivers, distribution];
}
