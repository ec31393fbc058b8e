// Very large plan files: 50 MB of plain YAML validates; what would exhaust memory is refused with a message, not a crash.
import { closeSync, mkdtempSync, openSync, rmSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';
import { expectNoCrash } from './no-crash.js';

const MB = 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), 'milepel-large-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `header` then milestones until the file has `bytes` bytes; returns the number of milestones. */
function writePlan(path: string, bytes: number, header: string): number {
  const fd = openSync(path, 'w');
  let size = writeSync(fd, header);
  let count = 0;
  const chunk: string[] = [];
  while (size < bytes) {
    const entry = `  - id: M${count}\n    title: Milestone number ${count} of the big generated plan\n    date: 2019-09-02\n${count > 0 ? `    after: [M${count - 1}]\n` : ''}`;
    chunk.push(entry);
    size += entry.length;
    count++;
    if (chunk.length === 10000) writeSync(fd, chunk.splice(0).join(''));
  }
  writeSync(fd, chunk.join(''));
  closeSync(fd);
  return count;
}

describe('a 50 MB plan file', () => {
  let count = 0;

  it('in plain block style validates, each milestone after the previous one', async () => {
    const path = join(dir, 'plain.yaml');
    count = writePlan(path, 50 * MB, 'plan:\n  id: big\n  title: Big\nmilestones:\n');
    const r = await runCli(['validate', path, '--today', '2019-06-03', '--format', 'json'], { diskRoots: [dir] });
    expectNoCrash(r);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).summary).toEqual({ errors: 0, warnings: 0 });
    expect(count).toBeGreaterThan(400_000);
  }, 300_000);

  it('that needs the full YAML parser (an anchor) is refused with a yaml-syntax diagnostic, quickly', async () => {
    const path = join(dir, 'anchored.yaml');
    writePlan(path, 50 * MB, 'plan:\n  id: big\n  title: &t Big\nmilestones:\n');
    const r = await runCli(['validate', path, '--today', '2019-06-03', '--format', 'json'], { diskRoots: [dir] });
    expectNoCrash(r);
    expect(r.code).toBe(1);
    const diagnostics = JSON.parse(r.stdout).diagnostics as { rule: string; line: number; column: number; message: string }[];
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual(['1:1 yaml-syntax']);
    expect(diagnostics[0]!.message).toMatch(/^the file is 50 MB and uses YAML that only the full parser reads/);
  }, 300_000);

  // Tester round 102 F2: a 17 MB file in plain block style, 400 levels deep, was told it held anchors, tags or tabs.
  it('nested too deeply is told so, not that it needs the full parser', async () => {
    const path = join(dir, 'deep.yaml');
    const levels = Array.from({ length: 399 }, (_, i) => `${'  '.repeat(i + 1)}k${i + 1}:\n`).join('');
    writeFileSync(path, `plan: {id: deep, title: D}\nx-deep:\n${levels}x-pad: "${'a'.repeat(17 * MB)}"\nmilestones:\n  - {id: M1, title: x, date: 2019-06-03}\n`);
    const r = await runCli(['validate', path, '--today', '2019-06-03', '--format', 'json'], { diskRoots: [dir] });
    expectNoCrash(r);
    const diagnostics = JSON.parse(r.stdout).diagnostics as { rule: string; message: string; hint: string }[];
    expect(diagnostics.map((d) => [d.rule, d.message, d.hint])).toEqual([['yaml-syntax', expect.stringMatching(/^the YAML nests too deeply to read/), 'flatten the nested lists or mappings']]);
  }, 60_000);

  it('a workspace over 128 MB is refused before it is read (exit 2)', async () => {
    const path = join(dir, 'sparse.yaml');
    writeFileSync(path, '');
    truncateSync(path, 200 * MB);
    const r = await runCli(['validate', path], { diskRoots: [dir] });
    expectNoCrash(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`milepel: ${path}: 200 MB is more than milepel reads at once (128 MB); split the plans, or validate them in parts\n`);
  });
});
