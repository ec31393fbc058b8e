// blockStream's cost (tester round 15 #3): each block's stream was made by jumping from the seed, block·2^64 steps
// one jump at a time, so a run of N iterations made (N / 250)² / 2 jumps: 10,000,000 iterations took 12¾ minutes on a
// two-milestone plan. Counted here in jumps, not timed: each thread's blocks, asked for in rising order, cost one
// jump each, and every block's stream is still the one its definition gives (SPEC §11: the seed decides the result).
import { describe, expect, it, vi } from 'vitest';

const counter = vi.hoisted(() => ({ jumps: 0 }));

vi.mock('pure-rand/generator/xoroshiro128plus', async (importOriginal) => {
  const real = await importOriginal<typeof import('pure-rand/generator/xoroshiro128plus')>();
  type Generator = ReturnType<typeof real.xoroshiro128plusFromState>;
  const counted = (rng: Generator): Generator => ({
    next: () => rng.next(),
    getState: () => rng.getState(),
    clone: () => counted(rng.clone()),
    jump: () => {
      counter.jumps++;
      rng.jump();
    },
  });
  return { ...real, xoroshiro128plusFromState: (state: readonly number[]) => counted(real.xoroshiro128plusFromState(state)) };
});

const { blockStream } = await import('../../src/risk/sampling.js');
const { xoroshiro128plusFromState } = await import('pure-rand/generator/xoroshiro128plus');

/** The first `n` draws of a stream. */
function draws(rng: { next(): number }, n: number): number[] {
  return Array.from({ length: n }, () => rng.next());
}

describe('blockStream', () => {
  it('costs one jump per block when a thread asks for blocks 0…999 in order, and again for a second pass', () => {
    counter.jumps = 0;
    for (let block = 0; block < 1000; block++) blockStream(7, block).next();
    // From the seed each time: 0 + 1 + … + 999 = 499,500 jumps.
    expect(counter.jumps).toBe(999);
    // The correlation pass starts at block 0 again.
    counter.jumps = 0;
    for (let block = 0; block < 1000; block += 2) blockStream(7, block).next();
    expect(counter.jumps).toBe(998);
  });

  it('gives every block the stream its definition gives, whatever order and seeds the blocks are asked for in', () => {
    const asked: [number, number][] = [[3, 0], [3, 5], [3, 5], [3, 2], [9, 4], [3, 4], [3, 40], [9, 41], [9, 41], [0, 1]];
    for (const [seed, block] of asked) {
      // Jumped from the seed's state as SPEC §11's streams are defined: the state of a fresh block-0 stream.
      const fresh = blockStream(seed, 0);
      const first = draws(fresh, 3);
      const got = draws(blockStream(seed, block), 4);
      expect(draws(blockStream(seed, 0), 3), `seed ${seed}: block 0 again`).toEqual(first);
      expect(draws(blockStream(seed, block), 4), `seed ${seed}, block ${block}, asked twice`).toEqual(got);
      if (block > 0) expect(got.slice(0, 3)).not.toEqual(first);
    }
  });

  it('starts block b where b jumps from block 0 lead', () => {
    // The definition, by hand: xoroshiro128+ from the seed's mixed words, jumped `block` times.
    const reference = (seed: number, block: number): number[] => {
      const rng = xoroshiro128plusFromState(seedWords(seed));
      for (let b = 0; b < block; b++) rng.jump();
      return draws({ next: () => ((rng.next() >>> 5) * 67108864 + (rng.next() >>> 6)) / 9007199254740992 }, 5);
    };
    for (const [seed, block] of [[1, 0], [1, 3], [1, 2], [2, 7], [1, 9]] as const) expect(draws(blockStream(seed, block), 5)).toEqual(reference(seed, block));
  });
});

/** sampling.ts seededState, restated: MurmurHash3's finaliser of S + k·0x9e3779b9 for k = 1…4. */
function seedWords(seed: number): number[] {
  const mix32 = (x: number): number => {
    let z = x | 0;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return z ^ (z >>> 16);
  };
  const state: number[] = [];
  for (let k = 1; k <= 4; k++) state.push(mix32((seed >>> 0) + Math.imul(k, 0x9e3779b9)));
  return state;
}
