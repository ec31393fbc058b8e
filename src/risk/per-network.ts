// Tables derived from a compiled network once and shared by every simulator of a run (kernel-links.ts, variable.ts).
import type { Network } from './network.js';

/** `make(net)`, computed at the first call for each network and remembered as long as the network lives. */
export function perNetwork<T>(make: (net: Network) => T): (net: Network) => T {
  const cache = new WeakMap<Network, T>();
  return (net) => {
    let value = cache.get(net);
    if (value === undefined) {
      value = make(net);
      cache.set(net, value);
    }
    return value;
  };
}

/**
 * Values grouped into `buckets` numbered buckets, in the order `each` gives them within a bucket (a counting sort):
 * bucket b holds values[start[b] .. start[b + 1]]. `each` is called twice and must give the same pairs both times.
 */
export function bucketed(buckets: number, each: (add: (bucket: number, value: number) => void) => void): { start: Int32Array; values: Int32Array } {
  const start = new Int32Array(buckets + 1);
  each((bucket) => start[bucket + 1]!++);
  for (let b = 0; b < buckets; b++) start[b + 1]! += start[b]!;
  const fill = start.slice(0, buckets);
  const values = new Int32Array(start[buckets]!);
  each((bucket, value) => {
    values[fill[bucket]!++] = value;
  });
  return { start, values };
}
