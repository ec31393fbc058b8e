// Stryker runs of src/calendar alone (issue #13.5, test/MUTATION.md), with the calendar's own tests
// (vitest.mutate-calendar.config.ts). MUTATION_PART names the run, so that parts run one after another keep their
// own reports and temp dirs: `MUTATION_PART=C npx stryker run stryker.calendar.config.mjs --mutate '…'`.
import base from './stryker.config.mjs';

const part = (process.env.MUTATION_PART ?? 'calendar').replace(/[^A-Za-z0-9-]/g, '');

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  vitest: { configFile: 'vitest.mutate-calendar.config.ts' },
  mutate: ['src/calendar/**/*.ts'],
  ignorePatterns: [...base.ignorePatterns, '.stryker-tmp*'],
  htmlReporter: { fileName: `reports/mutation-${part}/index.html` },
  jsonReporter: { fileName: `reports/mutation-${part}/mutation.json` },
  tempDirName: `.stryker-tmp-${part}`,
};
