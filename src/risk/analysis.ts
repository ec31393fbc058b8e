// Turns merged blocks into the SPEC §11 result: percentiles, probabilities, criticality and drivers per milestone.
import type { Workspace } from '../model/types.js';
import { meetsMeetingsBeforeMilestone, requiredBodies } from '../schedule/meeting-before-milestone.js';
import { meetingsByBody } from '../schedule/meetings-by-body.js';
import type { Schedule } from '../schedule/cpm.js';
import { Q_RISK, type Network } from './network.js';
import { dayAt, lastDay, meanDay, percentile, round4, shareAtMost, type DayDistribution } from './statistics.js';
import { nameDrivers, type Driver } from './drivers.js';
import type { Simulation } from './simulate.js';
import { clipDistribution, shownSimulated, type SimulatedOutOfRange } from './date-range.js';
import { shownProjected } from '../schedule/date-range.js';

export interface MilestoneRisk {
  readonly milestone: number;
  /** These dates: null when outside 0001-01-01 … 9999-12-31 (left out, SPEC §4 `date-range`). */
  readonly deterministic: number | null;
  readonly p10: number | null;
  readonly p50: number | null;
  readonly p80: number | null;
  readonly p85: number | null;
  readonly p90: number | null;
  readonly mean: number | null;
  readonly probByDate: number;
  readonly probByDeadline: number | null;
  readonly probGovernance: number | null;
  readonly criticality: number;
  /** True when p(M) was its current date c(M) in every iteration: held there, nothing drawn moved it. */
  readonly heldAtCurrent: boolean;
  /** The whole distribution, for the milestones selection.keep names (charts); undefined for the others. */
  readonly distribution: DayDistribution | undefined;
}

export interface RiskResult {
  readonly iterations: number;
  readonly seed: number;
  readonly milestones: readonly MilestoneRisk[];
  readonly drivers: readonly Driver[];
  /** Milestones whose simulated dates left 0001-01-01 … 9999-12-31 in some iterations (left out; rule date-range). */
  readonly outOfRange: readonly SimulatedOutOfRange[];
  /** Per risk event (its index in Workspace.risks): 1 when it occurred with an impact above 0 in some iteration. */
  readonly riskStruck: Uint8Array;
}

export interface RiskSelection {
  /** Milestones to report, in report order (topological, ties by ref). */
  readonly milestones: readonly number[];
  /** Milestones whose drivers to rank. */
  readonly driverEnds: readonly number[];
  /** Milestones whose whole distribution the report draws (100,000 of them would hold tens of MB); default all. */
  readonly keep?: (milestone: number) => boolean;
}

/**
 * The iterations to run for `iterations` asked for: one when the network samples nothing (no range estimate, no risk
 * event). Every iteration then passes the same likely values and gives the same dates and critical milestones, so
 * one stands for all (summarize repeats it): 100,000 such milestones × 10,000 iterations filled a 2 GB store and
 * took minutes for a report of deterministic dates (issue #18).
 */
export function iterationsToRun(net: Network, iterations: number): number {
  return net.quantityKind.length === 0 ? 1 : iterations;
}

/**
 * The SPEC §11 result from a run's tally and found drivers (`sim.found[j]` those of `selection.driverEnds[j]`).
 * `iterations`: those asked for, when the run was the one iteration that stands for them all (iterationsToRun);
 * each sample then counts `iterations` times.
 */
export function summarize(ws: Workspace, schedule: Schedule, net: Network, sim: Simulation, seed: number, selection: RiskSelection, iterations = sim.iterations): RiskResult {
  const repeat = iterations / sim.iterations;
  if (repeat !== 1 && sim.iterations !== 1) throw new Error(`${iterations} iterations cannot be summarized from ${sim.iterations}`);
  const pos = positions(net);
  const byBody = meetingsByBody(ws);
  const outOfRange: SimulatedOutOfRange[] = [];
  const milestones = selection.milestones.map((v): MilestoneRisk => {
    const m = ws.milestones[v]!;
    const k = pos[v]!;
    const dist = repeated(sim.tally.projected.distribution(k), repeat);
    // Percentiles, mean and shares come from the true dates; one outside the range is left out. Charts draw the inside.
    const shown = clipDistribution(dist, v, outOfRange);
    const at = (pct: number): number | null => shownSimulated(percentile(dist, pct));
    return {
      milestone: v,
      deterministic: shownProjected(schedule, v),
      p10: at(10), p50: at(50), p80: at(80), p85: at(85), p90: at(90),
      mean: shownSimulated(meanDay(dist)),
      probByDate: round4(shareAtMost(dist, m.current)),
      probByDeadline: m.deadline ? round4(shareAtMost(dist, m.deadline.day)) : null,
      probGovernance: governanceShare(ws, byBody, v, dist),
      criticality: round4(sim.tally.critical[k]! / sim.iterations),
      heldAtCurrent: dist.total > 0 && dayAt(dist, 0) === m.current && lastDay(dist) === m.current,
      distribution: selection.keep === undefined || selection.keep(v) ? shown : undefined,
    };
  });
  const drivers = selection.driverEnds.flatMap((v, j) => nameDrivers(ws, net, v, sim.found[j] ?? []));
  return { iterations, seed, milestones, drivers, outOfRange, riskStruck: riskStruck(ws, net, sim) };
}

/** RiskResult.riskStruck: a risk event's draws are its impact when it occurs, else 0 (kernel-draws.ts). */
function riskStruck(ws: Workspace, net: Network, sim: Simulation): Uint8Array {
  const struck = new Uint8Array(ws.risks?.length ?? 0);
  for (let q = 0; q < net.quantityKind.length; q++) {
    if (net.quantityKind[q] !== Q_RISK) continue;
    const drawn = sim.tally.draws.distribution(q);
    if (drawn.total > 0 && lastDay(drawn) > 0) struck[net.quantityIndex[q]!] = 1;
  }
  return struck;
}

/** The distribution with each sample counted `times` times (the shares, percentiles and mean stay the same), dense or sparse as `dist`. */
function repeated(dist: DayDistribution, times: number): DayDistribution {
  if (times === 1) return dist;
  const counts = dist.counts.map((c) => c * times);
  return dist.days === undefined ? { min: dist.min, counts, total: dist.total * times } : { min: dist.min, counts, total: dist.total * times, days: dist.days };
}

/** Milestone index → position in the network. */
export function positions(net: Network): Int32Array {
  const pos = new Int32Array(net.n);
  for (let k = 0; k < net.n; k++) pos[net.milestone[k]!] = k;
  return pos;
}

/**
 * Share of iterations in which SPEC §4.2 holds with the drawn p(M) as its date; null when M has nothing to check.
 * One check per distinct day drawn (dense or sparse), not per day of the range.
 */
function governanceShare(ws: Workspace, byBody: ReturnType<typeof meetingsByBody>, v: number, dist: DayDistribution): number | null {
  const m = ws.milestones[v]!;
  if (m.meetings.length === 0 && requiredBodies(ws, m).length === 0) return null;
  let held = 0;
  for (let i = 0; i < dist.counts.length; i++) {
    const count = dist.counts[i]!;
    if (count > 0 && meetsMeetingsBeforeMilestone(ws, byBody, m, dayAt(dist, i))) held += count;
  }
  return round4(held / dist.total);
}

