// Seeded draws for the kernel: one xoroshiro128+ stream per block, triangular and PERT estimates in whole days.
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';

/** pure-rand's jumpable generator (its type is not exported on a path of its own). */
type JumpableRandomGenerator = ReturnType<typeof xoroshiro128plusFromState>;

/** Iterations per block: fixed, so that results never depend on how blocks are spread over workers. */
export const BLOCK_SIZE = 250;

export interface Uniform {
  /** A double in [0, 1) with 53 random bits. */
  next(): number;
}

/** MurmurHash3's 32-bit finaliser: every bit of `x` reaches every bit of the result. */
function mix32(x: number): number {
  let z = x | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return z ^ (z >>> 16);
}

/**
 * xoroshiro128+'s 128-bit state for seed S (0 ≤ S < 2^32): four words of S stepped by the golden ratio and mixed, as
 * SplitMix seeds a generator (Vigna's advice for the xoroshiro family). pure-rand's own seeding puts S in one word
 * beside constants, and its first draws were near 1 for every small seed (a tester's finding: one iteration drew a
 * triangular estimate's maximum for 7 seeds of 10).
 */
function seededState(seed: number): number[] {
  const state: number[] = [];
  for (let k = 1; k <= 4; k++) state.push(mix32((seed >>> 0) + Math.imul(k, 0x9e3779b9)));
  // The one state xoroshiro cannot leave (all zero), however unlikely.
  if ((state[0]! | state[1]! | state[2]! | state[3]!) === 0) state[0] = 1;
  return state;
}

/**
 * Where this thread's streams were last started: seed S, block b, and S's generator jumped to b's start (never drawn
 * from). Blocks are asked for in rising order by each thread (simulate.ts, cli/risk-pool.ts hand them out so, and
 * the correlation pass starts again at 0), so the next block's start is one jump on, not b + 1 jumps from S: a run of
 * N iterations makes N / BLOCK_SIZE jumps per pass instead of (N / BLOCK_SIZE)² / 2 (10,000,000 iterations took 12¾
 * minutes, nearly all of it jumping: tester round 15 #3). Only a cache: every block's stream is the same either way.
 */
let cursor: { seed: number; block: number; rng: JumpableRandomGenerator } | undefined;

/**
 * The stream of block `block` under seed S: xoroshiro128+ from S's mixed state jumped 2^64 steps `block` times, so
 * blocks never overlap (SPEC §11: results depend on the seed, never on how blocks are spread over threads). Cost:
 * one jump per block past the last one this thread started, else `block` jumps from S.
 */
export function blockStream(seed: number, block: number): Uniform {
  if (cursor === undefined || cursor.seed !== seed || cursor.block > block) cursor = { seed, block: 0, rng: xoroshiro128plusFromState(seededState(seed)) };
  for (; cursor.block < block; cursor.block++) cursor.rng.jump();
  const rng = cursor.rng.clone();
  return {
    next: () => ((rng.next() >>> 5) * 67108864 + (rng.next() >>> 6)) / 9007199254740992,
  };
}

/** Inverse CDF of the triangular distribution on [a, b] with mode m, at u in [0, 1). */
export function triangularAt(a: number, m: number, b: number, u: number): number {
  const width = b - a;
  const split = (m - a) / width;
  return u < split ? a + Math.sqrt(u * width * (m - a)) : b - Math.sqrt((1 - u) * width * (b - m));
}

/** Standard normal by Box–Muller (the cosine half). */
function normal(rng: Uniform): number {
  const u1 = 1 - rng.next();
  const u2 = rng.next();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/** Gamma(shape ≥ 1, 1) by Marsaglia and Tsang (2000). */
function gamma(shape: number, rng: Uniform): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normal(rng);
    const t = 1 + c * x;
    if (t <= 0) continue;
    const v = t * t * t;
    const u = rng.next();
    if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** PERT on [a, b] with mode m: a + (b − a)·Beta(1 + 4(m − a)/(b − a), 1 + 4(b − m)/(b − a)), λ = 4. */
export function pert(a: number, m: number, b: number, rng: Uniform): number {
  const width = b - a;
  const x = gamma(1 + (4 * (m - a)) / width, rng);
  const y = gamma(1 + (4 * (b - m)) / width, rng);
  return a + (width * x) / (x + y);
}

/** A draw in whole days, rounded to the nearest day (half up), so that P(draw ≤ k) = F(k + 0.5) (SPEC §11). */
export function drawDays(a: number, m: number, b: number, isPert: boolean, rng: Uniform): number {
  if (b <= a) return m;
  const x = isPert ? pert(a, m, b, rng) : triangularAt(a, m, b, rng.next());
  return Math.floor(x + 0.5);
}

/** Advances `rng` as drawDays(a, m, b, isPert, rng) does, without the triangular's arithmetic. */
export function skipDays(a: number, m: number, b: number, isPert: boolean, rng: Uniform): void {
  if (b <= a) return;
  if (isPert) pert(a, m, b, rng);
  else rng.next();
}
