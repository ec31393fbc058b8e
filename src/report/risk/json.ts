// `risk --format json` exactly as SPEC §11.
import { formatDay } from '../../calendar/index.js';
import { LazyJsonArray, safeJsonChunks, safeJsonText } from '../json-stream.js';
import type { RiskReport } from './model.js';

export function formatRiskJson(report: RiskReport): string {
  return safeJsonText(riskDocument(report));
}

/** The same JSON in pieces that end at line ends: a million milestones' rows are never one string. */
export function riskJsonChunks(report: RiskReport): Iterable<string> {
  return safeJsonChunks(riskDocument(report));
}

function riskDocument(report: RiskReport): object {
  const { rows, drivers } = report;
  return {
    today: formatDay(report.today),
    iterations: report.iterations,
    seed: report.seed,
    distribution: report.distribution,
    milestones: new LazyJsonArray(rows.length, (i) => {
      const r = rows[i]!;
      return {
      ref: r.ref,
      deterministic: formatDay(r.deterministic),
      p10: formatDay(r.p10), p50: formatDay(r.p50), p80: formatDay(r.p80), p85: formatDay(r.p85), p90: formatDay(r.p90),
      mean: formatDay(r.mean),
      prob_by_date: r.probByDate,
      prob_by_deadline: r.probByDeadline,
      prob_governance: r.probGovernance,
      criticality: r.criticality,
      };
    }),
    drivers: new LazyJsonArray(drivers.length, (i) => {
      const d = drivers[i]!;
      return { end: d.end, source: d.source, kind: d.kind, sensitivity: d.sensitivity };
    }),
  };
}
