// Test runner configuration: node environment, all tests under test/; test/global-setup.mjs first bundles src/ for
// the end-to-end tests, so they never run a stale dist/.
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/global-setup.mjs'],
    // A hang guard, not a measurement (speed is `npm run bench`): generous, so a loaded machine does not fail tests.
    testTimeout: 120_000,
    // The same for beforeAll and the other hooks: test/lsp/line-endings.test.ts starts three language servers in one,
    // which took over the default 10 s on a loaded host (a CI run beside two testers, session 57).
    hookTimeout: 120_000,
    // Two test files at a time at least. Vitest's default, one fewer than the cores, ran one at a time on CI's two
    // cores, where many files wait on the milepel processes they start: test/cli, test/edit and test/schema took
    // 120 s one at a time and 72 s two at a time (session 56).
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
