// Worker thread entry for `milepel risk`: runs the tasks the main thread sends on the shared store (blocks,
// screening ranks, drivers) and replies with their index (and the drivers found).
import { parentPort, workerData } from 'node:worker_threads';
import { DriverRanker, screenRanks, type Screen } from '../risk/drivers.js';
import { runBlock } from '../risk/block.js';
import type { Network } from '../risk/network.js';
import type { SampleStore } from '../risk/store.js';

export interface RiskWorkerData {
  readonly net: Network;
  readonly seed: number;
  readonly store: SampleStore;
  readonly screen: Screen;
}

export type RiskTask =
  | { readonly kind: 'block'; readonly block: number; readonly count: number }
  | { readonly kind: 'screen'; readonly from: number; readonly to: number }
  | { readonly kind: 'drivers'; readonly ends: readonly number[] };

const port = parentPort;
if (port) {
  const { net, seed, store, screen } = workerData as RiskWorkerData;
  let ranker: DriverRanker | undefined;
  port.on('message', ({ index, task }: { index: number; task: RiskTask }) => {
    let reply: unknown = null;
    if (task.kind === 'block') runBlock(net, seed, task.block, task.count, store);
    else if (task.kind === 'screen') screenRanks(store, screen, task.from, task.to);
    else {
      ranker ??= new DriverRanker(net, store, screen);
      reply = task.ends.map((end) => ranker!.rank(end));
    }
    port.postMessage({ index, reply });
  });
}
