// SARIF, GitLab and JUnit are written in pieces, each finding made as it is written (tester round 24: at 1,000,000
// findings each report as one string passed V8's longest string, and validate ended in exit 3). The pieces joined are
// the report as one text, byte for byte.
import { describe, expect, it } from 'vitest';
import type { Diagnostic, ValidateResult } from '../../src/diagnostics/types.js';
import { formatGitlab, gitlabChunks } from '../../src/report/validate/gitlab.js';
import { formatJunit, junitChunks } from '../../src/report/validate/junit.js';
import { formatSarif, sarifChunks } from '../../src/report/validate/sarif.js';
import { fakeIo } from '../helpers/fake-io.js';
import { run } from '../../src/cli/main.js';
import { verbatim } from '../report/validate-fixtures.js';

const diagnostics: Diagnostic[] = Array.from({ length: 3000 }, (_, i) => ({
  rule: i % 3 === 0 ? 'unknown-reference' : 'overdue', severity: i % 3 === 0 ? 'error' : 'warning', ref: `p/M${i}`,
  file: i < 1500 ? 'plans/a.yaml' : 'plans/b.yaml', line: 10 + i, column: 5, related: [], message: verbatim(`finding ${i} <&> "q"`),
}));
const result: ValidateResult = { files: ['plans/a.yaml', 'plans/b.yaml'], diagnostics, sourceLine: () => undefined, summary: { errors: 1000, warnings: 2000 } };
const options = { color: false, width: 100, locale: 'en' as const };

describe('the CI formats in pieces', () => {
  it.each([
    ['sarif', () => sarifChunks(result, options, '1.2.3', 'file:///w/'), () => formatSarif(result, options, '1.2.3', 'file:///w/')],
    ['gitlab', () => gitlabChunks(result, options), () => formatGitlab(result, options)],
    ['junit', () => junitChunks(result, options), () => formatJunit(result, options)],
  ])('%s: many pieces of whole lines, none large, joined the report as one text', (_, chunks, whole) => {
    const pieces = [...chunks()];
    expect(pieces.length).toBeGreaterThan(10);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(100_000);
    for (const piece of pieces) expect(piece.endsWith('\n')).toBe(true);
    expect(pieces.join('')).toBe(whole());
  });

  it('validate writes them so: many writes to stdout, not one', async () => {
    const plan = `plan: {id: p, title: P}\nmilestones:\n${Array.from({ length: 2000 }, (_, i) => `  - {id: M${i}, title: M, date: 2019-09-02, after: [X${i}]}`).join('\n')}\n`;
    for (const format of ['sarif', 'gitlab', 'junit']) {
      const io = fakeIo({ files: { 'ws/p.yaml': plan } });
      const writes: string[] = [];
      const write = io.stdout.bind(io);
      Object.assign(io, { stdout: (text: string) => { writes.push(text); write(text); } });
      expect(await run(['validate', 'ws', '--format', format], io)).toBe(1);
      expect(writes.length, format).toBeGreaterThan(5);
    }
  });
});
