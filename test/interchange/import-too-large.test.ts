// Tester round 85: a 1.26 GB MSPDI file was read to its first GiB only, and Node aborted reading that as Latin-1 text
// (exit 134, a native stack trace). A file larger than import reads is refused whole, with one line; so is a file
// read as one text (not UTF-8) that is longer than V8's longest string.
import { mkdtempSync, openSync, closeSync, ftruncateSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fakeIo, REPO_ROOT, runCliOnDisk } from '../helpers/fake-io.js';
import { spawnSync } from 'node:child_process';
import { Buffer } from 'node:buffer';
import { run } from '../../src/cli/main.js';
import { MAX_IMPORT_BYTES } from '../../src/cli/commands/import.js';

const tmp = mkdtempSync(join(tmpdir(), 'milepel-import-large-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A sparse file of `size` bytes that starts as MSPDI does (no disk blocks for the rest). */
function sparse(name: string, size: number): string {
  const file = join(tmp, name);
  const fd = openSync(file, 'w');
  writeSync(fd, '<?xml version="1.0"?><Project xmlns="http://schemas.microsoft.com/project">');
  ftruncateSync(fd, size);
  closeSync(fd);
  return file;
}

describe('import of a file larger than it reads', () => {
  it('is refused, naming the file, its size and the limit, and writes nothing', async () => {
    const file = sparse('huge.xml', 1_360_000_000);
    const out = join(tmp, 'out');
    const r = await runCliOnDisk(['import', file, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(`milepel: cannot import ${file}: it is 1297 MB, more than import reads at once (1024 MB); export the schedule in parts (a project or WBS branch each) and import each\n`);
    expect(readdirSync(tmp)).toEqual(['huge.xml']);
  });

  it('is refused one byte past the limit', async () => {
    const over = await runCliOnDisk(['import', sparse('over.xml', MAX_IMPORT_BYTES + 1), '--out', join(tmp, 'o1')]);
    expect(over.code).toBe(2);
    expect(over.err).toMatch(/it is 1024 MB, more than import reads at once \(1024 MB\)/);
  });

  it('is refused, not aborted, when it is read as one text longer than V8 holds', () => {
    // Not UTF-8 (a byte 0xFF), so read as Windows-1252 text: 600 MB of it. In a process of its own: it reads 600 MB.
    const file = join(tmp, 'latin.xml');
    const fd = openSync(file, 'w');
    writeSync(fd, Buffer.from('<?xml version="1.0"?><Project xmlns="http://schemas.microsoft.com/project"><Name>\xff</Name>', 'latin1'));
    ftruncateSync(fd, 600_000_000);
    closeSync(fd);
    const r = spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'milepel.js'), 'import', file, '--out', join(tmp, 'o3')], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`milepel: cannot import ${file}: it is 572 MB, and read as one text (a file not in UTF-8, or XML not in the shape MS Project writes) milepel reads up to 511 MB: save it as UTF-8, or export the schedule in parts and import each\n`);
  }, 60_000);

  it('is refused when it grows past the limit after its size was looked at', async () => {
    // The size looked at is small; the bytes read run past the limit, as the reader gives them (maxBytes + 1: a
    // stand-in with that length, not a GiB allocated).
    const io = fakeIo({ files: { 'grown.xml': '<Project/>' } });
    const code = await run(['import', 'grown.xml', '--out', 'out'], {
      ...io,
      stat: (path) => (path.endsWith('grown.xml') ? { isDirectory: false, isFile: true, size: 10 } : io.stat(path)),
      readBytes: (path, maxBytes = 0) => (path.endsWith('grown.xml') ? new Proxy(new Uint8Array(0), { get: (t, k) => (k === 'byteLength' ? maxBytes + 1 : Reflect.get(t, k)) }) : io.readBytes(path, maxBytes)),
    });
    expect(code).toBe(2);
    expect(io.err()).toMatch(/^milepel: cannot import grown\.xml: it is 1024 MB, more than import reads at once \(1024 MB\)/);
  });
});
