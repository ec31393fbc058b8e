// Test runner configuration: node environment, all tests under test/; test/global-setup.mjs first bundles src/ for
// the end-to-end tests, so they never run a stale dist/.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/global-setup.mjs'],
    // A hang guard, not a measurement (speed is `npm run bench`): generous, so a loaded machine does not fail tests.
    testTimeout: 120_000,
  },
});
