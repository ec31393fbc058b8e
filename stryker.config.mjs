// Mutation testing of the scheduler and the calendar (`npm run mutate`; issue #13.5). Reports go to reports/mutation/.
// The tests are chosen by vitest.mutate.config.ts. Equivalent mutants are listed in test/MUTATION.md and silenced at
// their line with `// Stryker disable next-line <mutator>: <why>`, so the score counts only mutants a test could kill.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts' },
  coverageAnalysis: 'all',
  mutate: ['src/schedule/**/*.ts', 'src/calendar/**/*.ts'],
  ignorePatterns: ['dist', 'coverage', 'reports', 'test/artifacts', 'bench/work'],
  concurrency: 2,
  timeoutMS: 20000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 95, low: 90, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
