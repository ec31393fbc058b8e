// The risk report's data (SPEC §11): one row per milestone in topological order, drivers, and an optional focus.
import type { DayNumber } from '../../calendar/index.js';
import type { Workspace } from '../../model/types.js';
import type { RiskResult } from '../../risk/analysis.js';
import type { Driver } from '../../risk/drivers.js';
import type { DayDistribution } from '../../risk/statistics.js';

export interface RiskRow {
  readonly ref: string;
  readonly plan: string;
  readonly id: string;
  readonly title: string;
  readonly current: DayNumber;
  readonly deadline: DayNumber | undefined;
  /** These dates: null when outside 0001-01-01 … 9999-12-31 (left out, SPEC §4 `date-range`). */
  readonly deterministic: DayNumber | null;
  readonly p10: DayNumber | null;
  readonly p50: DayNumber | null;
  readonly p80: DayNumber | null;
  readonly p85: DayNumber | null;
  readonly p90: DayNumber | null;
  readonly mean: DayNumber | null;
  readonly probByDate: number;
  readonly probByDeadline: number | null;
  readonly probGovernance: number | null;
  readonly criticality: number;
  /** Kept for the milestones the report draws (every one in HTML, the --milestone one elsewhere). */
  readonly distribution: DayDistribution | undefined;
}

export interface RiskDriverRow {
  readonly end: string;
  readonly source: string;
  readonly kind: Driver['kind'];
  readonly sensitivity: number;
}

export interface RiskReport {
  readonly today: DayNumber;
  readonly iterations: number;
  readonly seed: number;
  readonly distribution: string;
  readonly plans: readonly { readonly id: string; readonly title: string }[];
  readonly rows: readonly RiskRow[];
  readonly drivers: readonly RiskDriverRow[];
  /** --milestone: its row, shown with a histogram and an S-curve. */
  readonly focus: RiskRow | undefined;
}

export function buildRiskReport(ws: Workspace, today: DayNumber, result: RiskResult, distribution: string, focus: number | undefined): RiskReport {
  const rows = result.milestones.map((r): RiskRow => {
    const m = ws.milestones[r.milestone]!;
    return {
      ref: m.ref, plan: ws.plans[m.plan]!.id, id: m.id, title: m.title, current: m.current, deadline: m.deadline?.day,
      deterministic: r.deterministic, p10: r.p10, p50: r.p50, p80: r.p80, p85: r.p85, p90: r.p90, mean: r.mean,
      probByDate: r.probByDate, probByDeadline: r.probByDeadline, probGovernance: r.probGovernance, criticality: r.criticality,
      distribution: r.distribution,
    };
  });
  const planIds = new Set(rows.map((r) => r.plan));
  const focusRef = focus === undefined ? undefined : ws.milestones[focus]!.ref;
  return {
    today, iterations: result.iterations, seed: result.seed, distribution,
    plans: ws.plans.filter((p) => planIds.has(p.id)).map((p) => ({ id: p.id, title: p.title })),
    rows,
    drivers: result.drivers.map((d) => ({ end: ws.milestones[d.end]!.ref, source: d.source, kind: d.kind, sensitivity: d.sensitivity })),
    focus: focusRef === undefined ? undefined : rows.find((r) => r.ref === focusRef),
  };
}
