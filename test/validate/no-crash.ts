// The promise every run keeps: exit 0, 1 or 2; exit 2 is one `milepel: ` line on stderr; never a stack trace.
import { expect } from 'vitest';

export function expectNoCrash(r: { readonly code: number; readonly stdout: string; readonly stderr: string }, github = false): void {
  expect([0, 1, 2], r.stderr).toContain(r.code);
  expect(r.stderr).not.toMatch(/\n\s+at .+\(.*:\d+:\d+\)|internal error|RangeError|TypeError/);
  if (r.code === 2) expect(r.stderr).toMatch(/^milepel: [^\n]+\n$/);
  // `--format github` counts the findings on stderr, its stdout the workflow commands only (tester round 110 F2).
  else if (github) expect(r.stderr).toMatch(GITHUB_COUNT);
  else expect(r.stderr).toBe('');
}

/** The line `validate --format github` writes to stderr: the count of its findings. */
export const GITHUB_COUNT = /^milepel: (?:\d+ errors?, \d+ warnings? in \d+ files?|\d+ files? checked, no problems)\n$/;
