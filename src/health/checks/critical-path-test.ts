// DCMA check 12 (critical path test): delay the first open critical milestone by 600 working days, run the forward
// pass again, and see whether the plan's projected finish moves by as much as the milestone did, both counted from the
// working day on or after each date. A break in the logic stops the delay.
import type { HealthCheck } from '../types.js';
import { delayFinish, delayMoves, CRITICAL_PATH_TEST_WORKDAYS } from '../delay.js';

export const criticalPathTest: HealthCheck = {
  id: 'critical-path-test', unit: 'test', defaultThreshold: 1, dcma: 12,
  measure(ctx) {
    let first = -1;
    for (const m of ctx.open) {
      if (ctx.schedule.critical[m] !== 1) continue;
      const p = ctx.schedule.projected[m]!;
      const best = first < 0 ? Infinity : ctx.schedule.projected[first]!;
      if (p < best || (p === best && ctx.rank[m]! < ctx.rank[first]!)) first = m;
    }
    if (first < 0) return { value: null, count: 0, of: 0, refs: [] };
    // "By the same": as far as the delayed milestone itself moved, both counted alike (599 from a non-working day).
    const needed = delayMoves(ctx, first, CRITICAL_PATH_TEST_WORKDAYS);
    const pass = delayFinish(ctx, first, CRITICAL_PATH_TEST_WORKDAYS, needed) >= needed;
    return { value: pass ? 1 : 0, count: pass ? 0 : 1, of: 1, refs: pass ? [] : [first] };
  },
};
