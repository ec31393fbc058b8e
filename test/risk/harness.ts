// Runs the risk pipeline in-process on YAML texts: analysis, compiled network, sequential blocks, summary.
import { analyze } from '../../src/analyze.js';
import { positions, summarize, type MilestoneRisk, type RiskResult } from '../../src/risk/analysis.js';
import { compileNetwork, type Network } from '../../src/risk/network.js';
import { simulateSequential } from '../../src/risk/simulate.js';
import type { Simulation } from '../../src/risk/simulate.js';
import { referenceRun } from './reference.js';
import { parseDayDate } from '../../src/calendar/index.js';
import type { Analysis } from '../../src/pipeline.js';

export interface RiskRun {
  readonly analysis: Analysis;
  readonly net: Network;
  readonly sim: Simulation;
  readonly result: RiskResult;
  readonly byRef: (ref: string) => MilestoneRisk;
  /** The p(M) samples of a milestone, in iteration order (day numbers), from the reference run (reference.ts). */
  readonly samples: (ref: string) => Int32Array;
}

export function runRiskOn(texts: Readonly<Record<string, string>>, iterations: number, seed: number): RiskRun {
  const analysis = analyze(Object.entries(texts).map(([file, text]) => ({ file, text })), { clockToday: parseDayDate('2019-06-03')! });
  const errors = analysis.diagnostics.filter((d) => d.severity === 'error' && d.rule !== 'dependency-order');
  if (errors.length > 0) throw new Error(errors.map((d) => `${d.rule}: ${d.message}`).join('\n'));
  const { workspace: ws, graph, schedule } = analysis;
  const net = compileNetwork(ws, graph, schedule);
  const all = Array.from(graph.order);
  const ends = all.filter((v) => schedule.isEnd[v] === 1);
  const pos = positions(net);
  const sim = simulateSequential(net, iterations, seed, ends.map((v) => pos[v]!));
  const result = summarize(ws, schedule, net, sim, seed, { milestones: all, driverEnds: ends });
  let reference: ReturnType<typeof referenceRun> | undefined;
  const index = (ref: string): number => {
    const v = ws.milestoneIndex.get(ref);
    if (v === undefined) throw new Error(`no milestone ${ref}`);
    return v;
  };
  return {
    analysis, net, sim, result,
    byRef: (ref) => result.milestones.find((m) => m.milestone === index(ref))!,
    samples: (ref) => {
      reference ??= referenceRun(net, iterations, seed, []);
      return reference.projected[pos[index(ref)]!]!;
    },
  };
}

/** |observed − expected| ≤ z standard errors of a share estimated from n samples. */
export function withinShare(observed: number, expected: number, n: number, z = 4.5): boolean {
  const se = Math.sqrt((expected * (1 - expected)) / n);
  return Math.abs(observed - expected) <= z * Math.max(se, 1 / n);
}

/** CDF of the triangular distribution on [a, b] with mode m. */
export function triangularCdf(x: number, a: number, m: number, b: number): number {
  if (x <= a) return 0;
  if (x >= b) return 1;
  return x <= m ? ((x - a) * (x - a)) / ((b - a) * (m - a)) : 1 - ((b - x) * (b - x)) / ((b - a) * (b - m));
}

export const HEADER = (id: string, extra = ''): string => `plan:\n  id: ${id}\n  title: Risk test ${id}\n  status_date: 2019-06-03\n${extra}milestones:\n`;
