// Test runner configuration: node environment, all tests under test/.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // A hang guard, not a measurement (speed is `npm run bench`): generous, so a loaded machine does not fail tests.
    testTimeout: 120_000,
  },
});
