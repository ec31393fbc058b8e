// Test selection for `npm run mutate` (Stryker, stryker.config.mjs): the unit tests that exercise src/schedule and
// src/calendar directly, with smaller property runs (MILEPEL_MUTATION, test/helpers/mutation.ts) and without the
// scale, performance and source-text tests, so that one pass stays short while the code is instrumented.
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Fast, targeted files first and the property, end-to-end and CLI files last: Stryker stops a run at the first
 * failing test (bail), so a mutant that a unit test kills no longer waits for the slow files. Every file still runs
 * for a surviving mutant; only the order changes.
 */
const LAST = ['calendar-properties', 'schedule/properties', 'current-and-overdue', 'report-critical-path', 'link-types'];

class FastFirst extends BaseSequencer {
  override sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (f: TestSpecification): number => LAST.findIndex((part) => f.moduleId.includes(part));
    return Promise.resolve([...files].sort((a, b) => rank(a) - rank(b) || (a.moduleId < b.moduleId ? -1 : a.moduleId > b.moduleId ? 1 : 0)));
  }
}

export default defineConfig({
  test: {
    include: [
      'test/calendar/*.test.ts',
      'test/schedule/*.test.ts',
      'test/slippage/hand-computed.test.ts',
      'test/slippage/boundaries.test.ts',
      'test/report-critical-path/report.test.ts',
    ],
    exclude: [
      'test/calendar/performance.test.ts', // speed, measured by npm run bench
      'test/calendar/no-date.test.ts', // reads the source text, which Stryker instruments
      'test/calendar/cli-date-zones.test.ts', // spawns the bundled CLI, which the vitest runner does not mutate
      'test/schedule/scale.test.ts', // a million milestones
    ],
    env: { MILEPEL_MUTATION: '1' },
    setupFiles: ['test/mutation-setup.ts'],
    environment: 'node',
    testTimeout: 60000,
    sequence: { sequencer: FastFirst },
  },
});
