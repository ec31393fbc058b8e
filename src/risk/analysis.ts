// Turns merged blocks into the SPEC §11 result: percentiles, probabilities, criticality and drivers per milestone.
import type { Workspace } from '../model/types.js';
import { checkGovernance, meetingsByBody } from '../schedule/governance.js';
import type { Schedule } from '../schedule/cpm.js';
import type { BlockResult } from './kernel.js';
import type { Network } from './network.js';
import { distributionOf, meanDay, percentile, round4, shareAtMost, type DayDistribution } from './statistics.js';
import { DriverRanker, type Driver } from './drivers.js';

export interface MilestoneRisk {
  readonly milestone: number;
  readonly deterministic: number;
  readonly p10: number;
  readonly p50: number;
  readonly p80: number;
  readonly p85: number;
  readonly p90: number;
  readonly mean: number;
  readonly probByDate: number;
  readonly probByDeadline: number | null;
  readonly probGovernance: number | null;
  readonly criticality: number;
  readonly distribution: DayDistribution;
}

export interface RiskResult {
  readonly iterations: number;
  readonly seed: number;
  readonly milestones: readonly MilestoneRisk[];
  readonly drivers: readonly Driver[];
}

export interface RiskSelection {
  /** Milestones to report, in report order (topological, ties by ref). */
  readonly milestones: readonly number[];
  /** Milestones whose drivers to rank. */
  readonly driverEnds: readonly number[];
}

/** The p(M) samples of position k over all iterations, in iteration order. */
export function samplesOf(blocks: readonly BlockResult[], k: number, out: Int32Array): Int32Array {
  let at = 0;
  for (const b of blocks) {
    out.set(b.projected.subarray(k * b.count, (k + 1) * b.count), at);
    at += b.count;
  }
  return out;
}

/** The draws of quantity q over all iterations. */
export function drawsOf(blocks: readonly BlockResult[], q: number, out: Int32Array): Int32Array {
  let at = 0;
  for (const b of blocks) {
    out.set(b.draws.subarray(q * b.count, (q + 1) * b.count), at);
    at += b.count;
  }
  return out;
}

export function summarize(ws: Workspace, schedule: Schedule, net: Network, blocks: readonly BlockResult[], seed: number, selection: RiskSelection): RiskResult {
  const iterations = blocks.reduce((s, b) => s + b.count, 0);
  const pos = new Int32Array(net.n);
  for (let k = 0; k < net.n; k++) pos[net.milestone[k]!] = k;
  const critical = new Uint32Array(net.n);
  for (const b of blocks) for (let k = 0; k < net.n; k++) critical[k]! += b.critical[k]!;
  const byBody = meetingsByBody(ws);
  const buffer = new Int32Array(iterations);
  const milestones = selection.milestones.map((v): MilestoneRisk => {
    const m = ws.milestones[v]!;
    const k = pos[v]!;
    const dist = distributionOf(samplesOf(blocks, k, buffer));
    return {
      milestone: v,
      deterministic: schedule.projected[v]!,
      p10: percentile(dist, 10), p50: percentile(dist, 50), p80: percentile(dist, 80), p85: percentile(dist, 85), p90: percentile(dist, 90),
      mean: meanDay(dist),
      probByDate: round4(shareAtMost(dist, m.current)),
      probByDeadline: m.deadline ? round4(shareAtMost(dist, m.deadline.day)) : null,
      probGovernance: governanceShare(ws, byBody, v, dist),
      criticality: round4(critical[k]! / iterations),
      distribution: dist,
    };
  });
  const ranker = selection.driverEnds.length > 0 ? new DriverRanker(ws, net, blocks, iterations) : undefined;
  const drivers = selection.driverEnds.flatMap((v) => ranker!.rank(pos[v]!));
  return { iterations, seed, milestones, drivers };
}

/** Share of iterations in which SPEC §4.2 holds with the drawn p(M) as its date; null when M has nothing to check. */
function governanceShare(ws: Workspace, byBody: ReturnType<typeof meetingsByBody>, v: number, dist: DayDistribution): number | null {
  const m = ws.milestones[v]!;
  if (checkGovernance(ws, byBody, m) === undefined) return null;
  let held = 0;
  for (let i = 0; i < dist.counts.length; i++) {
    const count = dist.counts[i]!;
    if (count > 0 && checkGovernance(ws, byBody, { ...m, current: dist.min + i })!.ok) held += count;
  }
  return round4(held / dist.total);
}

