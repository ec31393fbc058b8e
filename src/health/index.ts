// Schedule health (SPEC §13): the DCMA checks that apply to a milestone network, per plan, with thresholds from
// `plan.health`. Pure: the model, graph and schedule in, a report out.
import type { DayNumber } from '../calendar/index.js';
import type { Graph } from '../graph/graph.js';
import type { Workspace } from '../model/types.js';
import type { Schedule } from '../schedule/cpm.js';
import { LEFT_OUT_PROJECTED } from '../schedule/date-range.js';
import { projectedFinishes } from '../schedule/plan-finish.js';
import { bei } from './checks/bei.js';
import { cpli } from './checks/cpli.js';
import { criticalPathTest } from './checks/critical-path-test.js';
import { hardDates } from './checks/hard-dates.js';
import { highFloat } from './checks/high-float.js';
import { invalidDates } from './checks/invalid-dates.js';
import { lags } from './checks/lags.js';
import { leads } from './checks/leads.js';
import { logic } from './checks/logic.js';
import { missed } from './checks/missed.js';
import { negativeFloat } from './checks/negative-float.js';
import type { HealthCheckId } from './ids.js';
import type { HealthCheck, HealthUnit, Measurement, PlanHealthContext } from './types.js';

export { HEALTH_CHECK_IDS, type HealthCheckId } from './ids.js';
export type { HealthUnit } from './types.js';

/** Every check, in the scorecard's order (SPEC §13's table). */
export const HEALTH_CHECKS: readonly HealthCheck[] = [logic, leads, lags, hardDates, highFloat, negativeFloat, invalidDates, missed, criticalPathTest, cpli, bei];

export interface CheckResult extends Measurement {
  readonly id: HealthCheckId;
  readonly unit: HealthUnit;
  readonly dcma: number;
  /** In the unit's own terms (percent for shares). */
  readonly threshold: number;
  readonly pass: boolean;
}

export interface PlanHealth {
  readonly plan: number;
  readonly checks: readonly CheckResult[];
  readonly passed: number;
}

export interface HealthReport {
  readonly today: DayNumber;
  readonly plans: readonly PlanHealth[];
  /** True when any check of any reported plan fails. */
  readonly failing: boolean;
}

export interface HealthInput {
  readonly workspace: Workspace;
  readonly graph: Graph;
  readonly schedule: Schedule;
  readonly rank: Int32Array;
  readonly today: DayNumber;
  /** Only this plan (--plan). */
  readonly plan?: string | undefined;
}

/** Runs every check that is not `off` on every plan (or the one asked for) that has milestones. */
export function computeHealth(input: HealthInput): HealthReport {
  const { workspace: ws, graph } = input;
  const predecessors = new Int32Array(ws.milestones.length);
  const successors = new Int32Array(ws.milestones.length);
  const byPlan = ws.plans.map((): number[] => []);
  const edgesByPlan = ws.plans.map((): number[] => []);
  for (let e = 0; e < ws.dependencies.length; e++) {
    if (graph.edgeInCycle[e]) continue;
    const from = graph.edgeFrom[e]!;
    const to = graph.edgeTo[e]!;
    successors[from]!++;
    predecessors[to]!++;
    if (ws.milestones[to]!.gate === undefined) edgesByPlan[ws.milestones[to]!.plan]!.push(e);
  }
  // Gates are not counted by health checks (SPEC §13).
  const gatesByPlan = ws.plans.map((): number[] => []);
  for (const m of ws.milestones) (m.gate === undefined ? byPlan : gatesByPlan)[m.plan]!.push(m.index);
  // cpli's CPL runs to the plan's projected finish, the end of its critical path (DCMA check 13): the latest projected
  // date of its schedule nodes, gates included, though they are not counted (a tester found CPLI 3.08 where CPL ran to
  // the last milestone and the float to the closing gate after it). The floats are computed to SPEC §5's finish,
  // `plan.finish` when set: a commitment before the projected end is counted once, in TF, not also in CPL (tester
  // round 59 F1: (76 − 4) / 76 where DCMA's (80 − 4) / 80 passes, as the same commitment written as a deadline did).
  const { projected, leftOut } = input.schedule;
  const finishes = projectedFinishes(ws, projected);
  const finishLeftOut = new Uint8Array(ws.plans.length);
  for (let v = 0; v < ws.milestones.length; v++) {
    const p = ws.milestones[v]!.plan;
    if ((leftOut[v]! & LEFT_OUT_PROJECTED) !== 0 && projected[v] === finishes[p]) finishLeftOut[p] = 1;
  }
  const plans: PlanHealth[] = [];
  for (const plan of ws.plans) {
    const milestones = byPlan[plan.index]!;
    if (milestones.length === 0 || (input.plan !== undefined && plan.id !== input.plan)) continue;
    const finish = finishes[plan.index]!;
    const ctx: PlanHealthContext = {
      ...input, plan, calendar: plan.calendar, milestones,
      open: milestones.filter((m) => !ws.milestones[m]!.actual),
      openGates: gatesByPlan[plan.index]!.filter((m) => !ws.milestones[m]!.actual),
      edges: edgesByPlan[plan.index]!, predecessors, successors, finish, finishLeftOut: finishLeftOut[plan.index] === 1,
    };
    const checks: CheckResult[] = [];
    for (const check of HEALTH_CHECKS) {
      const override = plan.health.get(check.id);
      if (override === 'off') continue;
      const threshold = override ?? check.defaultThreshold;
      const measured = check.measure(ctx);
      checks.push({ id: check.id, unit: check.unit, dcma: check.dcma, threshold, ...measured, pass: passes(check.unit, measured, threshold) });
    }
    plans.push({ plan: plan.index, checks, passed: checks.filter((c) => c.pass).length });
  }
  return { today: input.today, plans, failing: plans.some((p) => p.passed < p.checks.length) };
}

/** Shares compare exactly in integers (count · 100 ≤ percent · of), so 1 of 20 passes a 5 % threshold. */
function passes(unit: HealthUnit, m: Measurement, threshold: number): boolean {
  if (m.finishPassed !== undefined) return false;
  if (m.value === null) return true;
  switch (unit) {
    case 'share': return m.count * 100 <= threshold * m.of;
    case 'count': return m.value <= threshold;
    case 'ratio': return m.value >= threshold;
    case 'test': return m.value >= 1;
  }
}
