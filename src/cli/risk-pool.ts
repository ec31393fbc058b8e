// Runs the blocks of a risk simulation on worker threads; results are put back in block order, so the output
// never depends on the number of workers or on which worker ran which block.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BlockResult } from '../risk/kernel.js';
import type { Network } from '../risk/network.js';
import { blockCounts, simulateSequential } from '../risk/simulate.js';

/** The bundled worker script: beside the entry point (dist/), one level up from a chunk, or dist/ from the sources. */
function workerUrl(): URL | undefined {
  for (const candidate of ['./risk-worker.js', '../risk-worker.js', '../../dist/risk-worker.js']) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}

export async function simulate(net: Network, iterations: number, seed: number, jobs: number): Promise<BlockResult[]> {
  const counts = blockCounts(iterations);
  const workers = Math.min(jobs, counts.length);
  const url = workers > 1 ? workerUrl() : undefined;
  if (url === undefined) return simulateSequential(net, iterations, seed);
  const results: BlockResult[] = new Array<BlockResult>(counts.length);
  let next = 0;
  const pool: Worker[] = [];
  try {
    await Promise.all(Array.from({ length: workers }, () => new Promise<void>((resolve, reject) => {
      const worker = new Worker(url, { workerData: { net, seed } });
      pool.push(worker);
      const feed = (): void => {
        if (next < counts.length) {
          const block = next++;
          worker.postMessage({ block, count: counts[block]! });
        } else {
          worker.postMessage(null);
        }
      };
      worker.on('message', (r: BlockResult) => {
        results[r.block] = r;
        feed();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`risk worker exited with code ${code}`))));
      feed();
    })));
  } finally {
    for (const w of pool) void w.terminate();
  }
  return results;
}
