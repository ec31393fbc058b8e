// Mutation testing of the scheduler and the calendar (`npm run mutate`; issue #13.5). Reports go to reports/mutation/.
// The tests are chosen by vitest.mutate.config.ts. Equivalent mutants are listed in test/MUTATION.md, one line of
// reasoning each, with the counts and score of each run. One runner: the machine is shared (2 cores).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts' },
  coverageAnalysis: 'all',
  mutate: ['src/schedule/**/*.ts', 'src/calendar/**/*.ts'],
  ignorePatterns: ['dist', 'coverage', 'reports', 'test/artifacts', 'bench/work'],
  concurrency: 1,
  timeoutMS: 20000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 95, low: 90, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
