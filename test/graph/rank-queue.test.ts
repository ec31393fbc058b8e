// The rank queue of Kahn's algorithm: both kinds pop by rank, whatever the order of pushes.
import { describe, expect, it } from 'vitest';
import { rankQueue } from '../../src/graph/rank-queue.js';

/** A deterministic shuffle of 0 … n-1. */
function permutation(n: number, seed: number): Int32Array {
  const out = Int32Array.from({ length: n }, (_, i) => i);
  let s = seed;
  for (let i = n - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Pushes the nodes of `pushes`, popping one after every `every` pushes, then drains: the nodes in pop order. */
function run(rank: Int32Array, pushes: Int32Array, every: number): number[] {
  const queue = rankQueue(rank);
  const popped: number[] = [];
  pushes.forEach((v, i) => {
    queue.push(v);
    if (i % every === every - 1) popped.push(queue.pop());
  });
  while (queue.size > 0) popped.push(queue.pop());
  return popped;
}

/** The same with a plain sorted list as the queue. */
function reference(rank: Int32Array, pushes: Int32Array, every: number): number[] {
  const ready: number[] = [];
  const popped: number[] = [];
  const take = (): void => {
    ready.sort((a, b) => rank[a]! - rank[b]!);
    popped.push(ready.shift()!);
  };
  pushes.forEach((v, i) => {
    ready.push(v);
    if (i % every === every - 1) take();
  });
  while (ready.length > 0) take();
  return popped;
}

describe('rankQueue', () => {
  for (const n of [1, 31, 32, 33, 1025, 3000]) {
    it(`pops by rank with ranks a permutation of 0 … ${n - 1} (bits)`, () => {
      const rank = permutation(n, n);
      const pushes = permutation(n, n + 7);
      for (const every of [1, 3, n + 1]) expect(run(rank, pushes, every)).toEqual(reference(rank, pushes, every));
    });
  }

  it('pops by rank when ranks have gaps (heap)', () => {
    const rank = Int32Array.from(permutation(500, 3), (r) => r * 3 + 1);
    const pushes = permutation(500, 11);
    expect(run(rank, pushes, 2)).toEqual(reference(rank, pushes, 2));
  });

  it('pops the smallest rank first when ranks repeat (heap)', () => {
    const rank = Int32Array.from([2, 0, 2, 1, 0]);
    const popped = run(rank, Int32Array.from([0, 1, 2, 3, 4]), 10);
    expect(popped.map((v) => rank[v])).toEqual([0, 0, 1, 2, 2]);
  });
});
