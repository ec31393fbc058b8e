// Setup file of vitest.mutate.config.ts: property tests without an explicit numRuns draw 5 cases (fast-check's default
// is 100), so that one pass over the selected tests stays short while the code under test is instrumented.
import fc from 'fast-check';

fc.configureGlobal({ numRuns: 5 });
