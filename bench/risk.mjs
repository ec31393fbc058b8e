// `npm run bench` part for `milepel risk` (SPEC §11 targets): shipped plans, 1,000 milestones with 1 and 2 jobs,
// 10,000 milestones at the default 10,000 iterations (histograms, not samples: issue #18), 100,000 milestones; networks from bench/generate-risk.mjs. Each run is timed by /usr/bin/time when it is there:
// wall time, user + system CPU time (the steadier figure on a shared machine) and peak RSS of the whole process.
// Alone: node bench/risk.mjs [--runs N] prints the rows without touching results.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateRiskNetwork } from './generate-risk.mjs';

const TIME = '/usr/bin/time';

/** One run: wall and CPU seconds, peak RSS in MiB (CPU NaN without /usr/bin/time). */
function timed(root, argv) {
  const start = process.hrtime.bigint();
  const withTime = existsSync(TIME);
  const child = withTime
    ? spawnSync(TIME, ['-f', 'MILEPEL_TIME %e %U %S %M', process.execPath, ...argv], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(process.execPath, argv, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  if (child.status === null || child.status > 1) throw new Error(`${argv.join(' ')} exited ${child.status}: ${(child.stderr ?? '').slice(-500)}`);
  const m = /MILEPEL_TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(child.stderr ?? '');
  return m ? { wall, cpu: Number(m[2]) + Number(m[3]), rss: Number(m[4]) / 1024 } : { wall, cpu: NaN, rss: NaN };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Median wall and CPU of `runs` runs after a warm-up (none for the long 100,000 run); the largest peak RSS. */
function measure(root, label, argv, runs, warm = true) {
  if (warm) timed(root, argv);
  const samples = Array.from({ length: runs }, () => timed(root, argv));
  const r = { wall: median(samples.map((s) => s.wall)), cpu: median(samples.map((s) => s.cpu)), rss: Math.max(...samples.map((s) => s.rss)) };
  console.log(`${label.padEnd(44)} ${r.wall.toFixed(3).padStart(8)} s wall ${r.cpu.toFixed(2).padStart(7)} s CPU ${r.rss.toFixed(0).padStart(6)} MiB`);
  return r;
}

/** Returns table rows and target rows for results.md. */
export function riskBench(root, bin, work, runs) {
  const dir = (n) => join(work, `risk-logic-network-${n}`);
  for (const n of [1000, 10000, 100000]) if (!existsSync(dir(n))) generateRiskNetwork(dir(n), n);
  const args = (path, iterations, jobs) => [bin, 'risk', path, '--iterations', String(iterations), '--format', 'json', ...(jobs ? ['--jobs', String(jobs)] : [])];
  const shipped = measure(root, 'risk plans/ 10,000 iterations', args('plans', 10000), runs);
  const one = measure(root, 'risk 1,000 milestones 10,000 it. --jobs 1', args(dir(1000), 10000, 1), runs);
  const two = measure(root, 'risk 1,000 milestones 10,000 it. --jobs 2', args(dir(1000), 10000, 2), runs);
  const mid = measure(root, 'risk 10,000 milestones 10,000 it. --jobs 2', args(dir(10000), 10000, 2), Math.min(runs, 2), false);
  const big = measure(root, 'risk 100,000 milestones 1,000 it. --jobs 2', args(dir(100000), 1000, 2), Math.min(runs, 2), false);
  const s = (x) => `${x.toFixed(2)} s`;
  const speedup = one.wall / two.wall;
  const row = (name, n, it, jobs, r) => `| ${name} | ${n} | ${it} | ${jobs} | ${s(r.wall)} | ${s(r.cpu)} | ${r.rss.toFixed(0)} MiB |`;
  return {
    rows: [
      '| workload | milestones | iterations | jobs | wall | CPU (user + sys) | peak RSS |', '|---|---:|---:|---:|---:|---:|---:|',
      row('risk, shipped plans/', 29, '10,000', 'default', shipped),
      row('risk, generated (2,925 edges)', '1,000', '10,000', 1, one),
      row('risk, generated (2,925 edges)', '1,000', '10,000', 2, two),
      row('risk, generated (≈30,000 edges)', '10,000', '10,000', 2, mid),
      row('risk, generated (≈300,000 edges)', '100,000', '1,000', 2, big),
    ],
    targets: [
      ['risk shipped plans 10,000 iterations ≤ 1 s', `${s(shipped.wall)} (CPU ${s(shipped.cpu)})`, shipped.wall <= 1],
      ['risk 1,000 milestones 10,000 iterations ≤ 5 s (2 jobs)', `${s(two.wall)} (CPU ${s(two.cpu)})`, two.wall <= 5],
      ['risk 2 jobs ≥ 1.6 × faster than 1 (wall)', `${speedup.toFixed(2)} ×`, speedup >= 1.6],
      ['risk 100,000 milestones 1,000 iterations ≤ 60 s', `${s(big.wall)} (CPU ${s(big.cpu)})`, big.wall <= 60],
      ['risk 100,000 milestones peak memory ≤ 1.5 GB', `${big.rss.toFixed(0)} MiB`, big.rss <= 1536],
    ],
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const args = process.argv.slice(2);
  const runs = Number(args[args.indexOf('--runs') + 1]) || 3;
  const work = join(root, 'bench', 'work');
  mkdirSync(work, { recursive: true });
  const { rows, targets } = riskBench(root, join(root, 'bin', 'milepel.js'), work, runs);
  console.log(`\n${rows.join('\n')}\n\n${targets.map(([t, m, ok]) => `${ok ? 'ok ' : 'NO '} ${t}: ${m}`).join('\n')}`);
}
