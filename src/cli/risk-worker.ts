// Worker thread entry for `milepel risk`: runs the blocks the main thread sends and returns their results.
import { parentPort, workerData } from 'node:worker_threads';
import { runBlock } from '../risk/kernel.js';
import type { Network } from '../risk/network.js';

const { net, seed } = workerData as { net: Network; seed: number };
const port = parentPort!;
port.on('message', (message: { block: number; count: number } | null) => {
  if (message === null) {
    port.close();
    return;
  }
  const r = runBlock(net, seed, message.block, message.count);
  port.postMessage(r, [r.projected.buffer, r.critical.buffer, r.draws.buffer] as ArrayBuffer[]);
});
