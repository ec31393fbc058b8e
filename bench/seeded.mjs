// Shared by the bench generators (generate.mjs, generate-risk.mjs): one seeded PRNG and the day helpers, so that
// every generated workspace is a pure function of its seed.

/** Small deterministic PRNG (mulberry32): a function returning doubles in [0, 1). */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A day number (days since 1970-01-01) as YYYY-MM-DD. */
export function dayText(n) {
  return new Date(n * 86400000).toISOString().slice(0, 10);
}

/** Next Monday–Friday on or after day n (holidays are left to the validator to find). */
export function weekday(n) {
  const dow = (n + 4) % 7; // 1970-01-01 was a Thursday (dow 4, Sunday = 0)
  return dow === 6 ? n + 2 : dow === 0 ? n + 1 : n;
}
