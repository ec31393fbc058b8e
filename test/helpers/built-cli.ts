// The CLI bundled from src/ for this test run by test/global-setup.mjs: end-to-end tests spawn `node <builtCli()>`.
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute path of bin/milepel.js beside a fresh bundle of src/. */
    milepelBin: string;
  }
}

/** Absolute path of the freshly built bin/milepel.js; throws when the global setup did not run. */
export function builtCli(): string {
  const bin = inject('milepelBin');
  if (typeof bin !== 'string' || bin === '') throw new Error('no built CLI: run the tests through vitest.config.ts (its globalSetup bundles src/)');
  return bin;
}
