// Test sizes under `npm run mutate`: Stryker instruments src/schedule and src/calendar, which makes them 20–100 times
// slower, and runs the selected tests once per surviving mutant. vitest.mutate.config.ts sets MILEPEL_MUTATION=1;
// property tests then draw fewer cases and the exhaustive walks over 0000–9999 stay for the ordinary run.

/** True inside a mutation run. */
export const UNDER_MUTATION = process.env['MILEPEL_MUTATION'] === '1';

/** A property test's number of runs: `n` normally, a thirtieth (at least 3) under mutation. */
export function runs(n: number): number {
  return UNDER_MUTATION ? Math.max(3, Math.round(n / 30)) : n;
}
