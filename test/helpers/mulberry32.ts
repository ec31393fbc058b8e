// A small seeded generator for tests that need their own random draws (mulberry32), unrelated to the one milepel uses
// (pure-rand's xoroshiro128+): an independent re-computation must not share the generator it checks.

/** Uniform draws in [0, 1) from a 32-bit seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
