// The promise every run keeps: exit 0, 1 or 2; exit 2 is one `milepel: ` line on stderr; never a stack trace.
import { expect } from 'vitest';

export function expectNoCrash(r: { readonly code: number; readonly stdout: string; readonly stderr: string }): void {
  expect([0, 1, 2], r.stderr).toContain(r.code);
  expect(r.stderr).not.toMatch(/\n\s+at .+\(.*:\d+:\d+\)|internal error|RangeError|TypeError/);
  if (r.code === 2) expect(r.stderr).toMatch(/^milepel: [^\n]+\n$/);
  else expect(r.stderr).toBe('');
}
