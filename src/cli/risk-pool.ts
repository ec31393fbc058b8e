// Runs a risk simulation on worker threads over shared memory: the blocks write their iterations into one
// SharedArrayBuffer store, then the screening ranks and the drivers are computed in parallel too. Results land at
// fixed places (a block's iterations, an end's slot), so the output never depends on the number of workers.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { allocateScreen, type Found } from '../risk/drivers.js';
import { likelyProjected } from '../risk/block.js';
import type { Network } from '../risk/network.js';
import { BLOCK_SIZE } from '../risk/sampling.js';
import { blockCounts, simulateSequential, type Simulation } from '../risk/simulate.js';
import { allocateStore } from '../risk/store.js';
import type { RiskTask, RiskWorkerData } from './risk-worker.js';

/** Below this many node-iterations (about 0.3 s of work) a run stays on this thread: starting workers costs tens of ms each. */
export const SEQUENTIAL_WORK = 1_000_000;
/** Quantities screened per task, ends ranked per task. */
const SCREEN_CHUNK = 2048;
const DRIVER_CHUNK = 4;

/** The bundled worker script: beside the entry point (dist/), one level up from a chunk, or dist/ from the sources. */
function workerUrl(): URL | undefined {
  for (const candidate of ['./risk-worker.cjs', '../risk-worker.cjs', '../../dist/risk-worker.cjs']) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}

const shared = (bytes: number): SharedArrayBuffer => new SharedArrayBuffer(bytes);

export async function simulate(net: Network, iterations: number, seed: number, jobs: number, driverEnds: readonly number[], wide = false): Promise<Simulation> {
  const counts = blockCounts(iterations);
  const workers = Math.min(jobs, counts.length);
  const url = workers > 1 && net.n * iterations >= SEQUENTIAL_WORK ? workerUrl() : undefined;
  if (url === undefined) return simulateSequential(net, iterations, seed, driverEnds, wide);
  const store = allocateStore(net, iterations, counts.length, shared, likelyProjected(net), wide);
  const screen = allocateScreen(net, store, BLOCK_SIZE, shared);
  const data: RiskWorkerData = { net, seed, store, screen };
  const pool = Array.from({ length: workers }, () => new Worker(url, { workerData: data }));
  try {
    await runTasks(pool, counts.map((count, block): RiskTask => ({ kind: 'block', block, count })));
    // A date beyond the narrow store's reach: the same run with Int32 dates (see simulateSequential).
    if (store.overflow[0] === 1) return await simulate(net, iterations, seed, jobs, driverEnds, true);
    if (driverEnds.length === 0) return { store, found: [] };
    const q = net.quantityKind.length;
    const screens: RiskTask[] = [];
    for (let from = 0; from < q; from += SCREEN_CHUNK) screens.push({ kind: 'screen', from, to: Math.min(q, from + SCREEN_CHUNK) });
    await runTasks(pool, screens);
    const ranks: RiskTask[] = [];
    for (let from = 0; from < driverEnds.length; from += DRIVER_CHUNK) ranks.push({ kind: 'drivers', ends: driverEnds.slice(from, from + DRIVER_CHUNK) });
    const found = (await runTasks(pool, ranks)).flatMap((r) => r as Found[][]);
    return { store, found };
  } finally {
    for (const w of pool) void w.terminate();
  }
}

/** Runs the tasks on the pool, each worker taking the next when it is done; the replies in task order. */
function runTasks(pool: readonly Worker[], tasks: readonly RiskTask[]): Promise<unknown[]> {
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
