// Worker thread entry for `milepel risk`: runs the tasks the main thread sends (blocks into this thread's tally and
// block 0's screened draws, screening ranks, shortlists, correlation terms) and replies with their index and result.
import { parentPort, workerData } from 'node:worker_threads';
import { DriverRanker, screenRanks } from '../risk/drivers.js';
import { runBlock, type FirstDraws } from '../risk/block.js';
import { correlateBlock, newSums, type PairSums, type Pairs } from '../risk/correlation.js';
import type { Network } from '../risk/network.js';
import { newTally, tallyData, type EndSamples, type Tally } from '../risk/store.js';

export interface RiskWorkerData {
  readonly net: Network;
  readonly seed: number;
  readonly iterations: number;
  readonly ends: EndSamples;
  /** The screen and the first block's draws of its quantities (written by block 0), shared; undefined without driver ends. */
  readonly first: FirstDraws | undefined;
  /** Iterations this worker is expected to count (its share of the blocks; newTally). */
  readonly expectedSamples: number;
}

export type RiskTask =
  | { readonly kind: 'block'; readonly block: number; readonly count: number }
  | { readonly kind: 'tally' }
  | { readonly kind: 'screen'; readonly from: number; readonly to: number }
  | { readonly kind: 'shortlist'; readonly ends: readonly number[] }
  | { readonly kind: 'pairs'; readonly pairs: Pairs }
  | { readonly kind: 'correlate'; readonly block: number; readonly count: number }
  | { readonly kind: 'sums' };

const port = parentPort;
if (port) {
  const { net, seed, ends, first, expectedSamples } = workerData as RiskWorkerData;
  let tally: Tally | undefined;
  let ranker: DriverRanker | undefined;
  let pairs: Pairs | undefined;
  let sums: PairSums | undefined;
  port.on('message', ({ index, task }: { index: number; task: RiskTask }) => {
    let reply: unknown = null;
    let transfer: ArrayBuffer[] = [];
    switch (task.kind) {
      case 'block':
        tally ??= newTally(net, expectedSamples);
        runBlock(net, seed, task.block, task.count, tally, ends, first);
        break;
      case 'tally': {
        // This thread's counts move to the main thread (null when it ran no block).
        if (tally !== undefined) {
          ({ data: reply, transfer } = tallyData(tally));
          tally = undefined;
        }
        break;
      }
      case 'screen':
        screenRanks(first!.column, first!.screen, task.from, task.to);
        break;
      case 'shortlist':
        ranker ??= new DriverRanker(net, ends, first!.screen);
        reply = task.ends.map((end) => ranker!.shortlist(end));
        break;
      case 'pairs':
        pairs = task.pairs;
        sums = newSums(pairs);
        break;
      case 'correlate':
        correlateBlock(net, seed, task.block, task.count, pairs!, ends, sums!, first);
        break;
      case 'sums':
        reply = sums ?? null;
        if (sums !== undefined) transfer = [sums.sxy.buffer as ArrayBuffer, sums.sxx.buffer as ArrayBuffer];
        sums = undefined;
        break;
    }
    port.postMessage({ index, reply }, transfer);
  });
}
