// Runs a risk simulation on worker threads: each worker counts its blocks into its own tally (merged here: exact
// counts), the kept end samples sit in one SharedArrayBuffer at their iterations, then the screening ranks, the
// shortlists and the correlation terms are computed in parallel too. Results land at fixed places or are exact sums,
// so the output never depends on the number of workers.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { firstProjected } from '../risk/block.js';
import { addSums, correlateBlock, EXACT_ITERATIONS, foundDrivers, type PairSums } from '../risk/correlation.js';
import type { Network } from '../risk/network.js';
import { allocateFirstDraws, blockCounts, prepareCorrelation, simulateSequential, type Simulation } from '../risk/simulate.js';
import { allocateEndSamples, mergeTallyData, tallyFrom, type Tally, type TallyData } from '../risk/store.js';
import type { RiskTask, RiskWorkerData } from './risk-worker.js';

/** Below this many node-iterations (about 0.3 s of work) a run stays on this thread: starting workers costs tens of ms each. */
export const SEQUENTIAL_WORK = 1_000_000;
/** Screen rows (quantities) ranked per task, ends shortlisted per task. */
const SCREEN_CHUNK = 2048;
const DRIVER_CHUNK = 16;

/** The bundled worker script: beside the entry point (dist/), one level up from a chunk, or dist/ from the sources. */
function workerUrl(): URL | undefined {
  for (const candidate of ['./risk-worker.cjs', '../risk-worker.cjs', '../../dist/risk-worker.cjs']) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}

const shared = (bytes: number): SharedArrayBuffer => new SharedArrayBuffer(bytes);

/**
 * simulateSequential's result for `iterations` from `seed`, on up to `jobs` worker threads when the run is large enough
 * to repay starting them (SEQUENTIAL_WORK node-iterations), else on this thread; the same bytes either way (SPEC §11).
 * `onBlock` is told the iterations done as each block finishes, in whatever order the workers finish them.
 */
export async function simulate(net: Network, iterations: number, seed: number, jobs: number, driverEnds: readonly number[], wide = false, onBlock?: (done: number) => void): Promise<Simulation> {
  const counts = blockCounts(iterations);
  const workers = Math.min(jobs, counts.length);
  const url = workers > 1 && net.n * iterations >= SEQUENTIAL_WORK ? workerUrl() : undefined;
  if (url === undefined) return simulateSequential(net, iterations, seed, driverEnds, wide, onBlock);
  const ends = allocateEndSamples(net.n, driverEnds, iterations, shared, firstProjected(net, seed), wide);
  // The screened quantities' first draws are written by whichever worker runs block 0.
  const first = driverEnds.length === 0 ? undefined : allocateFirstDraws(net, iterations, driverEnds, shared);
  // Blocks go to whichever worker is free: each counts about its share of them.
  const expectedSamples = Math.min(iterations, Math.ceil(counts.length / workers) * counts[0]!);
  const data: RiskWorkerData = { net, seed, iterations, ends, first, expectedSamples };
  const pool = Array.from({ length: workers }, () => new Worker(url, { workerData: data }));
  try {
    let done = 0;
    await runTasks(pool, counts.map((count, block): RiskTask => ({ kind: 'block', block, count })), (index) => onBlock?.((done += counts[index]!)));
    // A date beyond the narrow samples' reach: the same run with Int32 dates (see simulateSequential).
    if (ends.overflow[0] === 1) return await simulate(net, iterations, seed, jobs, driverEnds, true, onBlock);
    const tally = mergedTally(net, (await everyWorker(pool, { kind: 'tally' })) as (TallyData | null)[]);
    if (first === undefined) return { iterations, tally, found: [] };
    const rows = first.screen.quantities.length;
    const screens: RiskTask[] = [];
    for (let from = 0; from < rows; from += SCREEN_CHUNK) screens.push({ kind: 'screen', from, to: Math.min(rows, from + SCREEN_CHUNK) });
    await runTasks(pool, screens);
    const lists: RiskTask[] = [];
    for (let from = 0; from < driverEnds.length; from += DRIVER_CHUNK) lists.push({ kind: 'shortlist', ends: driverEnds.slice(from, from + DRIVER_CHUNK) });
    const shortlists = (await runTasks(pool, lists)).flatMap((r) => r as number[][]);
    const prepared = prepareCorrelation(driverEnds, shortlists, ends, tally);
    const { pairs } = prepared.plan;
    if (pairs.slot.length > 0) {
      if (iterations <= EXACT_ITERATIONS) {
        // Exact sums: any worker may add any block's terms.
        await everyWorker(pool, { kind: 'pairs', pairs });
        await runTasks(pool, counts.map((count, block): RiskTask => ({ kind: 'correlate', block, count })));
        for (const sums of (await everyWorker(pool, { kind: 'sums' })) as PairSums[]) addSums(prepared.sums, sums);
      } else {
        counts.forEach((count, block) => correlateBlock(net, seed, block, count, pairs, ends, prepared.sums, first));
      }
    }
    return { iterations, tally, found: foundDrivers(prepared.plan, prepared.sums, prepared.syy) };
  } finally {
    for (const w of pool) void w.terminate();
  }
}

/**
 * The workers' tallies added into the first one's, each let go of once added (its arrays are the only copy of its
 * counts: a second copy of 100,000 sparse histograms is hundreds of MB).
 */
function mergedTally(net: Network, parts: (TallyData | null)[]): Tally {
  let into: Tally | undefined;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    parts[i] = null;
    if (part === null) continue;
    if (into === undefined) into = tallyFrom(net, part);
    else mergeTallyData(into, part);
  }
  return into!;
}

/** The same task on every worker (each its own), the replies in worker order. */
function everyWorker(pool: readonly Worker[], task: RiskTask): Promise<unknown[]> {
  return Promise.all(pool.map((w) => runTasks([w], [task]).then((r) => r[0])));
}

/**
 * Runs the tasks on the pool, each worker taking the next when it is done; the replies in task order. `onReply` is
 * told the index of each task as its reply comes.
 */
function runTasks(pool: readonly Worker[], tasks: readonly RiskTask[], onReply?: (index: number) => void): Promise<unknown[]> {
  const replies: unknown[] = new Array<unknown>(tasks.length);
  let next = 0;
  let running = 0;
  return new Promise((resolve, reject) => {
    const cleanup = (): void => {
      for (const w of pool) w.removeAllListeners('message').removeAllListeners('error').removeAllListeners('exit');
    };
    const feed = (worker: Worker): void => {
      if (next >= tasks.length) {
        if (running === 0) {
          cleanup();
          resolve(replies);
        }
        return;
      }
      const index = next++;
      running++;
      worker.postMessage({ index, task: tasks[index] });
    };
    for (const worker of pool) {
      worker.on('message', (m: { index: number; reply: unknown }) => {
        replies[m.index] = m.reply;
        running--;
        onReply?.(m.index);
        feed(worker);
      });
      worker.on('error', (e) => {
        cleanup();
        reject(e);
      });
      worker.on('exit', (code) => {
        cleanup();
        reject(new Error(`risk worker exited with code ${code}`));
      });
    }
    if (tasks.length === 0) {
      cleanup();
      resolve(replies);
      return;
    }
    for (const worker of pool) feed(worker);
  });
}
