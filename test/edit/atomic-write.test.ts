// Atomic file replacement on a real temporary directory: all files prepared before any rename, rollback, mode kept, no temp file left.
import { chmodSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fsync } from 'node:fs';
import { promisify } from 'node:util';
import { NODE_ATOMIC_FS, type AtomicFs } from '../../src/cli/atomic-fs.js';
import { prepareReplacements } from '../../src/cli/atomic-prepare.js';
import { prepareReplacementsTogether } from '../../src/cli/atomic-prepare-together.js';
import { commitPrepared, writeNewFileAtomic } from '../../src/cli/atomic-write.js';
import { renderMessage } from '../../src/messages/index.js';

let dir: string;
let file: string;
const ORIGINAL = 'milestones:\n  - id: A\n    date: 2019-01-01\n';
const EDITED = 'milestones:\n  - id: A\n    date: 2019-01-01\n    forecast: 2019-02-01\n';
const bytes = (text: string): Buffer => Buffer.from(text, 'utf8');

/** Prepare + commit of one file, as set does it. */
function replaceOne(path: string, text: string, expected: string, afs: AtomicFs = NODE_ATOMIC_FS): string {
  const prepared = prepareReplacements([{ path, bytes: bytes(text), expected: bytes(expected) }], afs);
  if (!prepared.ok) return prepared.refusal.kind;
  const done = commitPrepared(prepared.prepared, afs);
  return done.ok ? 'replaced' : 'refusal' in done ? done.refusal.kind : 'partial';
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'milepel-atomic-'));
  file = join(dir, 'plan.yaml');
  writeFileSync(file, ORIGINAL);
  chmodSync(file, 0o640);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('prepareReplacements + commitPrepared', () => {
  it('replaces the text, keeps the mode and leaves no temporary file', () => {
    expect(replaceOne(file, EDITED, ORIGINAL)).toBe('replaced');
    expect(readFileSync(file, 'utf8')).toBe(EDITED);
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['plan.yaml']);
  });

  it('sets the mode explicitly: modes a umask would change survive (the temp file is opened 0o000-masked here)', () => {
    // A umask of 0o777 on open is simulated by opening every temporary file with mode 0: only fchmod can give the mode back.
    const masked: AtomicFs = { ...NODE_ATOMIC_FS, openExclusive: (path) => NODE_ATOMIC_FS.openExclusive(path, 0) };
    for (const mode of [0o640, 0o604, 0o666, 0o600, 0o755]) {
      chmodSync(file, mode);
      const before = readFileSync(file, 'utf8');
      expect(replaceOne(file, `${before}# ${mode}\n`, before, masked)).toBe('replaced');
      expect((statSync(file).mode & 0o7777).toString(8)).toBe(mode.toString(8));
    }
  });

  it('writes the temporary file in the same directory and renames it over the original', () => {
    const calls: string[] = [];
    const spy: AtomicFs = { ...NODE_ATOMIC_FS, rename: (from, to) => (calls.push(from, to), NODE_ATOMIC_FS.rename(from, to)) };
    replaceOne(file, EDITED, ORIGINAL, spy);
    expect(calls[0]!.startsWith(join(dir, '.plan.yaml.milepel-'))).toBe(true);
    expect(calls[1]).toBe(file);
  });

  it('a failing rename leaves the original intact and no temp file', () => {
    const dying: AtomicFs = { ...NODE_ATOMIC_FS, rename: (from) => {
      expect(readFileSync(from, 'utf8')).toBe(EDITED);
      throw Object.assign(new Error('killed'), { code: 'EIO' });
    } };
    expect(replaceOne(file, EDITED, ORIGINAL, dying)).toBe('failed');
    expect(readFileSync(file, 'utf8')).toBe(ORIGINAL);
    expect(readdirSync(dir)).toEqual(['plan.yaml']);
  });

  it('a failing write or fsync also leaves the original intact and no temp file', () => {
    for (const broken of [{ write: () => { throw Object.assign(new Error('full'), { code: 'ENOSPC' }); } }, { fsync: () => { throw Object.assign(new Error('io'), { code: 'EIO' }); } }]) {
      expect(replaceOne(file, EDITED, ORIGINAL, { ...NODE_ATOMIC_FS, ...broken })).toBe('failed');
      expect(readFileSync(file, 'utf8')).toBe(ORIGINAL);
      expect(readdirSync(dir)).toEqual(['plan.yaml']);
    }
  });

  it('refuses when the file is no longer what was read, and writes nothing', () => {
    writeFileSync(file, `${ORIGINAL}# edited meanwhile\n`);
    expect(replaceOne(file, EDITED, ORIGINAL)).toBe('changed');
    expect(readFileSync(file, 'utf8')).toBe(`${ORIGINAL}# edited meanwhile\n`);
    expect(readdirSync(dir)).toEqual(['plan.yaml']);
  });

  it('compares the whole file with what was read, a piece at a time: shorter, same length, longer than a piece', () => {
    const big = `${'# padding\n'.repeat(150_000)}${ORIGINAL}`;
    for (const [onDisk, expected, outcome] of [
      [ORIGINAL.slice(0, -1), ORIGINAL, 'changed'],
      [ORIGINAL.replace('A', 'B'), ORIGINAL, 'changed'],
      [big, big, 'replaced'],
      [big.replace('id: A', 'id: B'), big, 'changed'],
      [`${big}\n`, big, 'changed'],
    ] as const) {
      writeFileSync(file, onDisk);
      expect(replaceOne(file, EDITED, expected)).toBe(outcome);
      expect(readFileSync(file, 'utf8')).toBe(outcome === 'replaced' ? EDITED : onDisk);
      expect(readdirSync(dir)).toEqual(['plan.yaml']);
    }
  });

  it('refuses when an editor saves the file between preparing and renaming', () => {
    const prepared = prepareReplacements([{ path: file, bytes: bytes(EDITED), expected: bytes(ORIGINAL) }]);
    if (!prepared.ok) throw new Error('not prepared');
    writeFileSync(file, 'saved by an editor\n');
    const done = commitPrepared(prepared.prepared);
    expect(done.ok).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe('saved by an editor\n');
    expect(readdirSync(dir)).toEqual(['plan.yaml']);
  });

  it('follows a symlink: the target is replaced, the link stays a link', () => {
    const link = join(dir, 'link.yaml');
    symlinkSync(file, link);
    expect(replaceOne(link, EDITED, ORIGINAL)).toBe('replaced');
    expect(readFileSync(file, 'utf8')).toBe(EDITED);
    expect(readdirSync(dir).sort()).toEqual(['link.yaml', 'plan.yaml']);
  });

  it('refuses a read-only file and a file with hard links, byte for byte untouched', () => {
    chmodSync(file, 0o444);
    const prepared = prepareReplacements([{ path: file, bytes: bytes(EDITED), expected: bytes(ORIGINAL) }]);
    expect(prepared.ok ? '' : prepared.refusal.kind === 'refused' && renderMessage(prepared.refusal.reason)).toMatch(/is read-only \(mode 0444\)/);
    chmodSync(file, 0o644);
    linkSync(file, join(dir, 'other-name.yaml'));
    const linked = prepareReplacements([{ path: file, bytes: bytes(EDITED), expected: bytes(ORIGINAL) }]);
    expect(linked.ok ? '' : linked.refusal.kind === 'refused' && renderMessage(linked.refusal.reason)).toMatch(/has 2 hard links/);
    expect(readFileSync(file, 'utf8')).toBe(ORIGINAL);
    expect(readdirSync(dir).sort()).toEqual(['other-name.yaml', 'plan.yaml']);
  });

  it('prepares every file before renaming any: a second file that cannot be prepared leaves the first untouched', () => {
    const sub = join(dir, 'sub');
    mkdirSync(sub);
    const second = join(sub, 'b.yaml');
    writeFileSync(second, ORIGINAL);
    const failing: AtomicFs = { ...NODE_ATOMIC_FS, openExclusive: (path, mode) => {
      if (path.startsWith(sub)) throw Object.assign(new Error('denied'), { code: 'EACCES' });
      return NODE_ATOMIC_FS.openExclusive(path, mode);
    } };
    const prepared = prepareReplacements([{ path: file, bytes: bytes(EDITED), expected: bytes(ORIGINAL) }, { path: second, bytes: bytes(EDITED), expected: bytes(ORIGINAL) }], failing);
    expect(prepared.ok).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe(ORIGINAL);
    expect(readdirSync(dir).sort()).toEqual(['plan.yaml', 'sub']);
    expect(readdirSync(sub)).toEqual(['b.yaml']);
  });

  it('rolls back: when the second rename fails, the first file gets its original bytes back', () => {
    const second = join(dir, 'b.yaml');
    writeFileSync(second, ORIGINAL);
    let renames = 0;
    const failing: AtomicFs = { ...NODE_ATOMIC_FS, rename: (from, to) => {
      renames++;
      if (to === second) throw Object.assign(new Error('io'), { code: 'EIO' });
      NODE_ATOMIC_FS.rename(from, to);
    } };
    const prepared = prepareReplacements([{ path: file, bytes: bytes(EDITED), expected: bytes(ORIGINAL) }, { path: second, bytes: bytes(EDITED), expected: bytes(ORIGINAL) }], failing);
    if (!prepared.ok) throw new Error('not prepared');
    const done = commitPrepared(prepared.prepared, failing);
    expect(done.ok === false && 'partial' in done ? done.partial : undefined).toMatchObject({ path: second, restored: [file], notRestored: [] });
    expect(renames).toBe(3);
    expect(readFileSync(file, 'utf8')).toBe(ORIGINAL);
    expect(readFileSync(second, 'utf8')).toBe(ORIGINAL);
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir).sort()).toEqual(['b.yaml', 'plan.yaml']);
  });
});

describe('writeNewFileAtomic', () => {
  it('writes a new file and never overwrites one', () => {
    const target = join(dir, 'new.yaml');
    writeNewFileAtomic(target, 'a: 1\n');
    expect(readFileSync(target, 'utf8')).toBe('a: 1\n');
    expect(() => writeNewFileAtomic(target, 'b: 2\n')).toThrow(/EEXIST/);
    expect(readFileSync(target, 'utf8')).toBe('a: 1\n');
    expect(readdirSync(dir).sort()).toEqual(['new.yaml', 'plan.yaml']);
  });

  it('a full disk leaves no file behind, so the next attempt is not blocked', () => {
    const target = join(dir, 'new.yaml');
    const full: AtomicFs = { ...NODE_ATOMIC_FS, write: () => { throw Object.assign(new Error('no space'), { code: 'ENOSPC' }); } };
    expect(() => writeNewFileAtomic(target, 'a: 1\n', full)).toThrow(/no space/);
    expect(readdirSync(dir)).toEqual(['plan.yaml']);
    writeNewFileAtomic(target, 'a: 1\n');
    expect(readFileSync(target, 'utf8')).toBe('a: 1\n');
  });
});

describe('prepareReplacementsTogether (flushes awaited together, as snapshot and set write)', () => {
  // More files than one batch of flushes (64), so that a failure in the second batch must also undo the first.
  const names = Array.from({ length: 70 }, (_, i) => `plan-${String(i).padStart(2, '0')}.yaml`);
  const items = (): { path: string; bytes: Buffer; expected: Buffer }[] => names.map((n) => ({ path: join(dir, n), bytes: bytes(`${EDITED}# ${n}\n`), expected: bytes(ORIGINAL) }));
  const flushes: number[] = [];
  const fsyncAsync = (fd: number): Promise<void> => (flushes.push(fd), promisify(fsync)(fd));
  beforeEach(() => {
    rmSync(file);
    for (const n of names) writeFileSync(join(dir, n), ORIGINAL, { mode: 0o640 });
    flushes.length = 0;
  });

  it('replaces every file, flushes each once, keeps the modes and leaves no temporary file', async () => {
    const prepared = await prepareReplacementsTogether(items(), fsyncAsync);
    expect(prepared.ok).toBe(true);
    if (!prepared.ok) return;
    expect(flushes).toHaveLength(names.length);
    for (const n of names) expect(readFileSync(join(dir, n), 'utf8'), 'nothing renamed before the commit').toBe(ORIGINAL);
    expect(commitPrepared(prepared.prepared).ok).toBe(true);
    for (const n of names) {
      expect(readFileSync(join(dir, n), 'utf8')).toBe(`${EDITED}# ${n}\n`);
      expect(statSync(join(dir, n)).mode & 0o777).toBe(0o640);
    }
    expect(readdirSync(dir).sort()).toEqual(names);
  });

  it('a failing flush in the second batch fails with that file, and leaves every original and no temporary file', async () => {
    let calls = 0;
    const failing = (fd: number): Promise<void> => (++calls === 67 ? Promise.reject(Object.assign(new Error('io'), { code: 'EIO' })) : fsyncAsync(fd));
    const prepared = await prepareReplacementsTogether(items(), failing);
    expect(prepared.ok).toBe(false);
    if (prepared.ok) return;
    expect(prepared.refusal).toMatchObject({ kind: 'failed', path: join(dir, names[66]!) });
    for (const n of names) expect(readFileSync(join(dir, n), 'utf8')).toBe(ORIGINAL);
    expect(readdirSync(dir).sort()).toEqual(names);
  });

  it('a file edited meanwhile is refused before its flush, and nothing is written', async () => {
    writeFileSync(join(dir, names[3]!), `${ORIGINAL}# edited meanwhile\n`);
    const prepared = await prepareReplacementsTogether(items(), fsyncAsync);
    expect(prepared).toMatchObject({ ok: false, refusal: { kind: 'changed', path: join(dir, names[3]!) } });
    expect(flushes).toHaveLength(0);
    expect(readdirSync(dir).sort()).toEqual(names);
  });

  it('a failing write or mode change removes the temporary files of the batch too', async () => {
    let writes = 0;
    const full: AtomicFs = { ...NODE_ATOMIC_FS, write: (fd, b) => { if (++writes === 10) throw Object.assign(new Error('no space'), { code: 'ENOSPC' }); NODE_ATOMIC_FS.write(fd, b); } };
    expect(await prepareReplacementsTogether(items(), fsyncAsync, full)).toMatchObject({ ok: false, refusal: { kind: 'failed', path: join(dir, names[9]!) } });
    expect(readdirSync(dir).sort()).toEqual(names);
    let modes = 0;
    const stuck: AtomicFs = { ...NODE_ATOMIC_FS, fchmod: (fd, mode) => { if (++modes === 5) throw Object.assign(new Error('denied'), { code: 'EACCES' }); NODE_ATOMIC_FS.fchmod(fd, mode); } };
    expect(await prepareReplacementsTogether(items(), fsyncAsync, stuck)).toMatchObject({ ok: false, refusal: { kind: 'failed', path: join(dir, names[4]!) } });
    expect(readdirSync(dir).sort()).toEqual(names);
    for (const n of names) expect(readFileSync(join(dir, n), 'utf8')).toBe(ORIGINAL);
  });
});
