// The risk report's data (SPEC §11): one row per milestone in topological order, drivers, and an optional focus.
import type { DayNumber } from '../../calendar/index.js';
import type { RiskEvent, Workspace } from '../../model/types.js';
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
  /** Risk events and the milestones of theirs (in the rows) that no iteration moved, in row order. */
  readonly unmoved: readonly RiskUnmoved[];
}

/**
 * A risk event whose milestone was at its current date in every iteration (MilestoneRisk.heldAtCurrent): the impact
 * lengthens the milestone's duration after its predecessors (SPEC §11), and the actual, forecast or date it has holds
 * it later than that could reach (tester round 43: R1, 40 % of up to 20 days, showed as harmless without a word).
 */
export interface RiskUnmoved {
  /** The plan whose table shows the milestone. */
  readonly plan: string;
  readonly risk: string;
  readonly title: string;
  readonly milestone: string;
  readonly day: DayNumber;
  /** The date as written when it is a period (`2026-Q3`), else null. */
  readonly written: string | null;
  /** What holds the milestone at `day`. */
  readonly by: 'actual' | 'forecast' | 'date';
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
    unmoved: unmovedRisks(ws, result),
  };
}

/** The RiskUnmoved notes of a run: for each reported milestone held at its current date, the risk events on it. */
function unmovedRisks(ws: Workspace, result: RiskResult): RiskUnmoved[] {
  const risks = ws.risks ?? [];
  if (risks.length === 0) return [];
  const held = new Map<number, RiskEvent[]>();
  for (const r of result.milestones) if (r.heldAtCurrent) held.set(r.milestone, []);
  for (const risk of risks) for (const v of risk.milestones) held.get(v)?.push(risk);
  const out: RiskUnmoved[] = [];
  for (const r of result.milestones) {
    const on = held.get(r.milestone);
    if (on === undefined || on.length === 0) continue;
    const m = ws.milestones[r.milestone]!;
    const by = m.actual !== undefined ? 'actual' : m.forecast !== undefined ? 'forecast' : 'date';
    // Only a risk event that struck (occurred with an impact above 0) was held off by the date: one that never did
    // says nothing of the date (tester round 44 F1: p = 0.00005, or one iteration in which it did not occur). An actual
    // date holds the milestone whatever is drawn.
    const value = m[by];
    const written = value?.isPeriod === true ? value.written : null;
    for (const risk of on) {
      if (by === 'actual' || result.riskStruck[risk.index] === 1) out.push({ plan: ws.plans[m.plan]!.id, risk: risk.ref, title: risk.title, milestone: m.ref, day: m.current, written, by });
    }
  }
  return out;
}
