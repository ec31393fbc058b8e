// Test selection for the src/calendar Stryker runs (stryker.calendar.config.mjs): only test/calendar, the files that
// import src/calendar directly. Static mutants (code run while the modules load) rerun the whole selection in a fresh
// module graph, and most of that time is importing: the full selection (vitest.mutate.config.ts) spends ~6 s of
// ~16 s importing the schedule, slippage and report stacks for tests that take 2.5 s. Leaving those files out can
// only keep a mutant alive that they alone would kill, so the calendar's score is measured by its own tests.
import { defineConfig } from 'vitest/config';
import base from './vitest.mutate.config.js';

export default defineConfig({ ...base, test: { ...base.test, include: ['test/calendar/*.test.ts'] } });
