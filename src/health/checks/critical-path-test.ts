// DCMA check 12 (critical path test): delay the first open critical milestone by 600 working days, run the forward
// pass again, and see whether the plan's projected finish follows it: whether the delayed finish is at least where the
// delayed milestone's new date, carried through the chain that drove the finish (same lags, durations, link types),
// puts it (delayFollows). A break in the logic stops the delay.
import type { HealthCheck } from '../types.js';
import { delayFollows, CRITICAL_PATH_TEST_WORKDAYS } from '../delay.js';

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
    // "By the same": the finish follows the delayed milestone through the network, not a count of working days, which
    // an elapsed lag can make one fewer for the finish than for the milestone (Friday → Sunday against Monday →
    // Wednesday).
    const pass = delayFollows(ctx, first, CRITICAL_PATH_TEST_WORKDAYS);
    return { value: pass ? 1 : 0, count: pass ? 0 : 1, of: 1, refs: pass ? [] : [first] };
  },
};
