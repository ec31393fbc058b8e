// `risk --format json` exactly as SPEC §11.
import { formatDay } from '../../calendar/index.js';
import { stringifySafeJson } from '../safe-text.js';
import type { RiskReport } from './model.js';

export function formatRiskJson(report: RiskReport): string {
  return stringifySafeJson({
    today: formatDay(report.today),
    iterations: report.iterations,
    seed: report.seed,
    distribution: report.distribution,
    milestones: report.rows.map((r) => ({
      ref: r.ref,
      deterministic: formatDay(r.deterministic),
      p10: formatDay(r.p10), p50: formatDay(r.p50), p80: formatDay(r.p80), p85: formatDay(r.p85), p90: formatDay(r.p90),
      mean: formatDay(r.mean),
      prob_by_date: r.probByDate,
      prob_by_deadline: r.probByDeadline,
      prob_governance: r.probGovernance,
      criticality: r.criticality,
    })),
    drivers: report.drivers.map((d) => ({ end: d.end, source: d.source, kind: d.kind, sensitivity: d.sensitivity })),
  });
}
