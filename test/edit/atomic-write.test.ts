// Atomic file replacement on a real temporary directory: mode kept, no temp file left, refusals and failures harmless.
import { chmodSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NODE_ATOMIC_FS, replaceFileAtomic, type AtomicFs } from '../../src/cli/atomic-write.js';

let dir: string;
let file: string;
const ORIGINAL = 'milestones:\n  - id: A\n    date: 2019-01-01\n';
const EDITED = 'milestones:\n  - id: A\n    date: 2019-01-01\n    forecast: 2019-02-01\n';

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'milepel-atomic-'));
  file = join(dir, 'plan.yaml');
  writeFileSync(file, ORIGINAL);
  chmodSync(file, 0o640);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('replaceFileAtomic', () => {
  it('replaces the text, keeps the mode and leaves no temporary file', () => {
    expect(replaceFileAtomic(file, EDITED, ORIGINAL)).toBe('replaced');
    expect(readFileSync(file, 'utf8')).toBe(EDITED);
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['plan.yaml']);
  });

  it('writes the temporary file in the same directory and renames it over the original', () => {
    const calls: string[] = [];
    const spy: AtomicFs = { ...NODE_ATOMIC_FS, rename: (from, to) => (calls.push(from, to), NODE_ATOMIC_FS.rename(from, to)) };
    replaceFileAtomic(file, EDITED, ORIGINAL, spy);
    expect(calls[0]!.startsWith(join(dir, '.plan.yaml.milepel-'))).toBe(true);
    expect(calls[1]).toBe(file);
  });

  it('a process dying between writing the temporary file and the rename (a failing rename) leaves the original intact and no temp file', () => {
    let temp = '';
    const dying: AtomicFs = {
      ...NODE_ATOMIC_FS,
      rename: (from) => {
        temp = from;
        expect(readFileSync(from, 'utf8')).toBe(EDITED); // the new text was fully written first
        throw Object.assign(new Error('killed'), { code: 'EINTR' });
      },
    };
    expect(() => replaceFileAtomic(file, EDITED, ORIGINAL, dying)).toThrow('killed');
    expect(temp).not.toBe('');
    expect(readFileSync(file, 'utf8')).toBe(ORIGINAL);
    expect(readdirSync(dir)).toEqual(['plan.yaml']);
  });

  it('a failing write or fsync also leaves the original intact and no temp file', () => {
    for (const broken of [{ write: () => { throw new Error('ENOSPC'); } }, { fsync: () => { throw new Error('EIO'); } }]) {
      expect(() => replaceFileAtomic(file, EDITED, ORIGINAL, { ...NODE_ATOMIC_FS, ...broken })).toThrow();
      expect(readFileSync(file, 'utf8')).toBe(ORIGINAL);
      expect(readdirSync(dir)).toEqual(['plan.yaml']);
    }
  });

  it("refuses when the file is no longer what was read, and writes nothing", () => {
    writeFileSync(file, `${ORIGINAL}# edited meanwhile\n`);
    expect(replaceFileAtomic(file, EDITED, ORIGINAL)).toBe('changed');
    expect(readFileSync(file, 'utf8')).toBe(`${ORIGINAL}# edited meanwhile\n`);
    expect(readdirSync(dir)).toEqual(['plan.yaml']);
  });

  it('refuses when an editor saves the file while the temporary file is being written', () => {
    const racing: AtomicFs = { ...NODE_ATOMIC_FS, fsync: (fd) => (writeFileSync(file, 'saved by an editor\n'), NODE_ATOMIC_FS.fsync(fd)) };
    expect(replaceFileAtomic(file, EDITED, ORIGINAL, racing)).toBe('changed');
    expect(readFileSync(file, 'utf8')).toBe('saved by an editor\n');
    expect(readdirSync(dir)).toEqual(['plan.yaml']);
  });

  it('follows a symlink: the target is replaced, the link stays a link', () => {
    const link = join(dir, 'link.yaml');
    symlinkSync(file, link);
    expect(replaceFileAtomic(link, EDITED, ORIGINAL)).toBe('replaced');
    expect(readFileSync(file, 'utf8')).toBe(EDITED);
    expect(readdirSync(dir).sort()).toEqual(['link.yaml', 'plan.yaml']);
  });
});
