// `risk --format json` exactly as SPEC §11.
import { formatDay } from '../../calendar/index.js';
import { JsonRows, safeJsonChunks, safeJsonText } from '../json-stream.js';
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
    milestones: new JsonRows(rows.length, (i, fields) => {
      const r = rows[i]!;
      fields.string('ref', r.ref);
      fields.day('deterministic', r.deterministic ?? undefined);
      fields.day('p10', r.p10 ?? undefined);
      fields.day('p50', r.p50 ?? undefined);
      fields.day('p80', r.p80 ?? undefined);
      fields.day('p85', r.p85 ?? undefined);
      fields.day('p90', r.p90 ?? undefined);
      fields.day('mean', r.mean ?? undefined);
      fields.number('prob_by_date', r.probByDate);
      fields.number('prob_by_deadline', r.probByDeadline);
      fields.number('prob_governance', r.probGovernance);
      fields.number('criticality', r.criticality);
    }),
    drivers: new JsonRows(drivers.length, (i, fields) => {
      const d = drivers[i]!;
      fields.string('end', d.end);
      fields.string('source', d.source);
      fields.string('kind', d.kind);
      fields.number('sensitivity', d.sensitivity);
    }),
  };
}
