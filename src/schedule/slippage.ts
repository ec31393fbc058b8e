// Slippage (SPEC §6): each milestone's baseline, slip, status and driver at the status date T; BEI; new and removed.
import type { DateValue, DayNumber } from '../calendar/index.js';
import type { Milestone, Workspace } from '../model/types.js';
import type { Schedule } from './cpm.js';
import { shownFloat, shownProjected } from './date-range.js';
import { buildTrend, type TrendPoint } from './trend.js';
import { currentValue } from '../model/current.js';
import { isOverdue } from './overdue.js';

export type SlipStatus = 'done' | 'overdue' | 'at-risk' | 'slipped' | 'new' | 'on-track';

/** Every status, in the order the summary lists them (SPEC §8). */
export const SLIP_STATUSES: readonly SlipStatus[] = ['done', 'overdue', 'at-risk', 'slipped', 'on-track', 'new'];

export interface SlipRow {
  readonly milestone: number;
  readonly ref: string;
  readonly plan: string;
  readonly id: string;
  readonly title: string;
  /** The planned date, or the milestone's current date in the --baseline workspace. */
  readonly baseline: DateValue;
  readonly current: DateValue;
  /** p(M); null when it was computed outside 0001-01-01 … 9999-12-31 (SPEC §4 `date-range`: left out). */
  readonly projected: DayNumber | null;
  readonly actual: DayNumber | undefined;
  /** Calendar days from baseline to p(M); null with p(M) left out (the held date would give a wrong count). */
  readonly slipDays: number | null;
  /** between(baseline, p(M)) in the milestone's plan calendar; null with p(M) left out. */
  readonly slipWorkdays: number | null;
  /** Total float in working days; null when projected or latest is left out (date-range), as it counts from them. */
  readonly float: number | null;
  readonly status: SlipStatus;
  /** The ref of the predecessor that pushed p(M) past c(M), or undefined. */
  readonly pushedBy: string | undefined;
  readonly trend: readonly TrendPoint[];
}

export interface RemovedMilestone {
  readonly ref: string;
  readonly plan: string;
  readonly id: string;
  readonly title: string;
  /** Its current date in the baseline workspace. */
  readonly baseline: DateValue;
}

export interface SlippageSummary {
  readonly milestones: number;
  readonly counts: ReadonlyMap<SlipStatus, number>;
  readonly removed: number;
  /** Milestones with actual ≤ T. */
  readonly achieved: number;
  /** Milestones whose baseline ≤ T. */
  readonly due: number;
  /** achieved / due; null when nothing is due. */
  readonly bei: number | null;
}

export interface SlippageReport {
  readonly today: DayNumber;
  /** "plan", or the --baseline argument as given. */
  readonly baseline: string;
  /** In workspace order (files in path order, milestones in file order). */
  readonly rows: readonly SlipRow[];
  /** In ref order. */
  readonly removed: readonly RemovedMilestone[];
  readonly summary: SlippageSummary;
}

export interface SlippageInput {
  readonly workspace: Workspace;
  readonly schedule: Schedule;
  readonly today: DayNumber;
}

/**
 * What slippage reads of a --baseline workspace (SPEC §6): each milestone's current date there, by ref, with its plan
 * id, id and title for the removed ones; a gate's node is found by its ref too, and is never a removed milestone. A fraction of the workspace's model, which the command
 * can let go before it reads the workspace itself (tester round 85: 550 MB at 100,000 milestones, both models held).
 */
export interface BaselineDates {
  /** The --baseline argument as given (reports name it). */
  readonly label: string;
  /** Each milestone's (and gate node's) ref → its entry in `milestones` (the workspace's milestoneIndex). */
  readonly index: ReadonlyMap<string, number>;
  /** Each of the workspace's milestones, in its order. */
  readonly milestones: readonly RemovedMilestone[];
  /** The entries that are gates' nodes. */
  readonly gates: ReadonlySet<number>;
}

/** The baseline dates of `ws`, the --baseline workspace read as `label`. */
export function baselineDates(label: string, ws: Workspace): BaselineDates {
  const gates = new Set<number>();
  const milestones = ws.milestones.map((m, i): RemovedMilestone => {
    if (m.gate !== undefined) gates.add(i);
    return { ref: m.ref, plan: ws.plans[m.plan]!.id, id: m.id, title: m.title, baseline: resolveCurrent(m) };
  });
  return { label, index: ws.milestoneIndex, milestones, gates };
}

export interface SlippageOptions {
  /** What slippage reads of the --baseline workspace (baselineDates); without it, each milestone's `date` is its baseline. */
  readonly baseline?: BaselineDates | undefined;
  /** Report only this plan's milestones (and removed ones of this plan id). */
  readonly plan?: string | undefined;
}

/** The current date of a milestone as written (its one home is model/current.ts). */
export const resolveCurrent: (m: Milestone) => DateValue = currentValue;

export function computeSlippage(input: SlippageInput, options: SlippageOptions = {}): SlippageReport {
  const { workspace: ws, schedule, today } = input;
  const base = options.baseline;
  const inPlan = (planId: string): boolean => options.plan === undefined || planId === options.plan;
  const rows: SlipRow[] = [];
  for (const m of ws.milestones) {
    // A gate's node is no milestone here: `milepel gates` reports its margin (SPEC §12).
    if (m.gate !== undefined) continue;
    const plan = ws.plans[m.plan]!;
    if (!inPlan(plan.id)) continue;
    const before = base === undefined ? undefined : base.index.get(m.ref);
    const isNew = base !== undefined && before === undefined;
    const baseline = before === undefined ? m.date : base!.milestones[before]!.baseline;
    // Status compares the held date, which orders like the true one against any date a plan can hold.
    const projected = schedule.projected[m.index]!;
    const shown = shownProjected(schedule, m.index);
    const float = shownFloat(schedule, m.index);
    const driver = schedule.driver[m.index]!;
    rows.push({
      milestone: m.index, ref: m.ref, plan: plan.id, id: m.id, title: m.title,
      baseline, current: resolveCurrent(m), projected: shown, actual: m.actual?.day,
      slipDays: shown === null ? null : projected - baseline.day,
      slipWorkdays: shown === null ? null : plan.calendar.between(baseline.day, projected),
      float,
      status: classify(m, projected, float, baseline.day, isNew, today),
      pushedBy: driver >= 0 ? ws.milestones[driver]?.ref : undefined,
      trend: buildTrend(m.history, today, resolveCurrent(m)),
    });
  }
  const removed: RemovedMilestone[] = [];
  if (base !== undefined) {
    base.milestones.forEach((m, i) => {
      if (!base.gates.has(i) && !ws.milestoneIndex.has(m.ref) && inPlan(m.plan)) removed.push(m);
    });
    removed.sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
  }
  return { today, baseline: options.baseline?.label ?? 'plan', rows, removed, summary: summarize(rows, removed.length, today) };
}

/** SPEC §6, the first that applies: done, overdue, at-risk, slipped, new, on-track. */
export function classify(m: Milestone, projected: DayNumber, float: number | null, baseline: DayNumber, isNew: boolean, today: DayNumber): SlipStatus {
  if (m.actual) return 'done';
  if (isOverdue(m, projected, today)) return 'overdue';
  if (float !== null && float < 0) return 'at-risk';
  if (projected > baseline) return 'slipped';
  if (isNew) return 'new';
  return 'on-track';
}

function summarize(rows: readonly SlipRow[], removed: number, today: DayNumber): SlippageSummary {
  const counts = new Map<SlipStatus, number>(SLIP_STATUSES.map((s) => [s, 0]));
  let achieved = 0;
  let due = 0;
  for (const r of rows) {
    counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
    if (r.actual !== undefined && r.actual <= today) achieved++;
    if (r.baseline.day <= today) due++;
  }
  return { milestones: rows.length, counts, removed, achieved, due, bei: due === 0 ? null : achieved / due };
}
