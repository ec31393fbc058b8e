// Tester round 85: a 1.26 GB MSPDI file was read to its first GiB only and imported from there, until V8 ran out of
// memory (exit 134, its native stack trace). A file larger than import reads is refused whole, with one line.
import { mkdtempSync, openSync, closeSync, ftruncateSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fakeIo, runCliOnDisk } from '../helpers/fake-io.js';
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
    const file = sparse('huge.xml', 1_260_000_000);
    const out = join(tmp, 'out');
    const r = await runCliOnDisk(['import', file, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(`milepel: cannot import ${file}: it is 1202 MB, more than import reads at once (256 MB); export the schedule in parts (a project or WBS branch each) and import each\n`);
    expect(readdirSync(tmp)).toEqual(['huge.xml']);
  });

  it('is refused one byte past the limit', async () => {
    const over = await runCliOnDisk(['import', sparse('over.xml', MAX_IMPORT_BYTES + 1), '--out', join(tmp, 'o1')]);
    expect(over.code).toBe(2);
    expect(over.err).toMatch(/it is 256 MB, more than import reads at once \(256 MB\)/);
  });

  it('is refused when it grows past the limit after its size was looked at', async () => {
    // The size looked at is small; the bytes read run past the limit (the fake reader gives maxBytes + 1 of them).
    const io = fakeIo({ binaryFiles: { 'grown.xml': new Uint8Array(MAX_IMPORT_BYTES + 1) } });
    const looked = io.stat;
    const code = await run(['import', 'grown.xml', '--out', 'out'], { ...io, stat: (path) => (path.endsWith('grown.xml') ? { isDirectory: false, isFile: true, size: 10 } : looked(path)) });
    expect(code).toBe(2);
    expect(io.err()).toMatch(/^milepel: cannot import grown\.xml: it is 256 MB, more than import reads at once \(256 MB\)/);
  }, 30_000);
});
