// `npm run bench` part for `milepel risk` (SPEC §11 targets): shipped plans, 1,000 milestones with 1 and 2 jobs,
// 100,000 milestones; networks from bench/generate-risk.mjs.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { generateRiskNetwork } from './generate-risk.mjs';

/** @param measure (label, argv, runs?) → {median, rss}; returns table rows and target rows for results.md. */
export function riskBench(measure, bin, work, runs) {
  const dir = (n) => join(work, `risk-network-${n}`);
  for (const n of [1000, 100000]) if (!existsSync(dir(n))) generateRiskNetwork(dir(n), n);
  const args = (path, iterations, jobs) => [bin, 'risk', path, '--iterations', String(iterations), '--format', 'json', ...(jobs ? ['--jobs', String(jobs)] : [])];
  const shipped = measure('risk plans/ 10,000 iterations', args('plans', 10000));
  const one = measure('risk 1,000 milestones 10,000 it. --jobs 1', args(dir(1000), 10000, 1));
  const two = measure('risk 1,000 milestones 10,000 it. --jobs 2', args(dir(1000), 10000, 2));
  const big = measure('risk 100,000 milestones 1,000 it.', args(dir(100000), 1000), Math.min(runs, 3));
  const s = (m) => (m / 1000).toFixed(2);
  const speedup = one.median / two.median;
  return {
    rows: [
      '| workload | milestones | iterations | jobs | time | peak RSS |', '|---|---:|---:|---:|---:|---:|',
      `| risk, shipped plans/ | 29 | 10,000 | default | ${s(shipped.median)} s | ${shipped.rss.toFixed(0)} MiB |`,
      `| risk, generated (≈3,000 edges) | 1,000 | 10,000 | 1 | ${s(one.median)} s | ${one.rss.toFixed(0)} MiB |`,
      `| risk, generated (≈3,000 edges) | 1,000 | 10,000 | 2 | ${s(two.median)} s | ${two.rss.toFixed(0)} MiB |`,
      `| risk, generated (≈300,000 edges) | 100,000 | 1,000 | default | ${s(big.median)} s | ${big.rss.toFixed(0)} MiB |`,
    ],
    targets: [
      ['risk shipped plans 10,000 iterations ≤ 1 s', `${s(shipped.median)} s`, shipped.median <= 1000],
      ['risk 1,000 milestones 10,000 iterations ≤ 5 s (2 jobs)', `${s(two.median)} s`, two.median <= 5000],
      ['risk 2 jobs ≥ 1.6 × faster than 1', `${speedup.toFixed(2)} ×`, speedup >= 1.6],
      ['risk 100,000 milestones 1,000 iterations ≤ 60 s', `${s(big.median)} s`, big.median <= 60000],
      ['risk 100,000 milestones peak memory ≤ 1.5 GB', `${big.rss.toFixed(0)} MiB`, big.rss <= 1536],
    ],
  };
}
