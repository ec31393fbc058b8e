// Loading a workspace stats each plan file once (src/cli/load.ts): the stat that tells files apart by device and inode
// also gives the size the workspace limit is checked with before anything is read (10,000 small files made 10,000
// stat calls more). The limit still holds, and a file named twice is still read once.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { nodeIo } from '../../src/cli/node-io.js';
import { loadPlanSources, readPlanFiles } from '../../src/cli/load.js';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'milepel-load-stats-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** nodeIo with every stat call's path recorded. */
function countingIo(): { io: Io; stats: string[] } {
  const base = nodeIo();
  const stats: string[] = [];
  return { io: { ...base, stat: (path) => (stats.push(path), base.stat(path)) }, stats };
}

const plan = (id: string): string => `plan: {id: ${id}, title: ${id}}\nmilestones:\n  - {id: A, title: A, date: 2026-01-05}\n`;

describe('loading plan files', () => {
  it('stats each file once, and the directories it walks', () => {
    mkdirSync(join(dir, 'sub'));
    for (const [file, id] of [['a.yaml', 'a'], ['b.yml', 'b'], ['sub/c.yaml', 'c']] as const) writeFileSync(join(dir, file), plan(id));
    const { io, stats } = countingIo();
    const { sources } = loadPlanSources(io, [dir, join(dir, 'a.yaml')], 'en');
    expect(sources.map((s) => s.file)).toEqual([join(dir, 'a.yaml'), join(dir, 'b.yml'), join(dir, 'sub/c.yaml')]);
    expect(sources.map((s) => s.text)).toEqual([plan('a'), plan('b'), plan('c')]);
    const files = stats.filter((p) => /\.ya?ml$/.test(p));
    expect(files.sort()).toEqual([join(dir, 'a.yaml'), join(dir, 'a.yaml'), join(dir, 'b.yml'), join(dir, 'sub/c.yaml')]);
  });

  it('refuses a workspace over the limit by the sizes it was given, before reading', () => {
    writeFileSync(join(dir, 'a.yaml'), plan('a'));
    const { io, stats } = countingIo();
    const read: string[] = [];
    const reading: Io = { ...io, readBytes: (path, max) => (read.push(path), io.readBytes(path, max)) };
    expect(() => readPlanFiles(reading, [join(dir, 'a.yaml')], new Map([[join(dir, 'a.yaml'), 200 * 1024 * 1024]]))).toThrow(/200 MB/);
    expect(read).toEqual([]);
    expect(stats).toEqual([]);
    // Without sizes, the file is stat'ed here.
    expect(readPlanFiles(reading, [join(dir, 'a.yaml')]).map((s) => s.text)).toEqual([plan('a')]);
    expect(stats).toEqual([join(dir, 'a.yaml')]);
  });
});
