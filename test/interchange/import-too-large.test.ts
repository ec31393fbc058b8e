// Tester round 85: a 1.26 GB MSPDI file was read to its first GiB only, and Node aborted reading that as Latin-1 text
// (exit 134, a native stack trace). A file larger than import reads is refused whole, with one line; so is a file
// read as one text (not UTF-8) that is longer than V8's longest string.
import { mkdtempSync, openSync, closeSync, ftruncateSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fakeIo, REPO_ROOT, runCliOnDisk } from '../helpers/fake-io.js';
import { spawnSync } from 'node:child_process';
import { Buffer, constants } from 'node:buffer';
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
    // Rounded up (tester round 86 F9: "1024 MB, more than … (1024 MB)").
    expect(over.err).toMatch(/it is 1025 MB, more than import reads at once \(1024 MB\)/);
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
    expect(r.stderr).toBe(`milepel: cannot import ${file}: it is 573 MB, and read as one text (a file not in UTF-8) milepel reads up to 511 MB: save it as UTF-8, or export the schedule in parts and import each\n`);
  }, 60_000);

  // Tester round 86 F5: a file of exactly V8's longest string still aborted Node (its Latin-1 decoder aborts at that
  // length); F4: UTF-16 past 2^28 bytes was an "internal error", exit 3 (Node's UTF-16 decoder throws there).
  it("is refused at V8's longest string, and as UTF-16 past 256 MB", () => {
    const made = (name: string, head: Buffer, size: number): string => {
      const file = join(tmp, name);
      const fd = openSync(file, 'w');
      writeSync(fd, head);
      ftruncateSync(fd, size);
      closeSync(fd);
      return file;
    };
    const importing = (file: string): string => spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'milepel.js'), 'import', file, '--out', join(tmp, 'o7')], { encoding: 'utf8' }).stderr;
    const exact = made('exact.xml', Buffer.from('<Project>\xe6', 'latin1'), constants.MAX_STRING_LENGTH);
    expect(importing(exact)).toBe(`milepel: cannot import ${exact}: it is 512 MB, and read as one text (a file not in UTF-8) milepel reads up to 511 MB: save it as UTF-8, or export the schedule in parts and import each\n`);
    const utf16 = made('utf16.xml', Buffer.from('\ufeff<Project>', 'utf16le'), 2 ** 28 + 2);
    expect(importing(utf16)).toBe(`milepel: cannot import ${utf16}: it is 257 MB, and read as one text (a file not in UTF-8) milepel reads up to 256 MB: save it as UTF-8, or export the schedule in parts and import each\n`);
  }, 120_000);

  // Tester round 86 F2: a UTF-8 CSV of 500 MB was read, and ran out of V8's heap (exit 134) after 109 s.
  it('is refused as a CSV or XER file, or MS Project XML read by the full reader, past 64 MB', async () => {
    const csv = sparse('big.csv', 70 * 1048576);
    const r = await runCliOnDisk(['import', csv, '--out', join(tmp, 'o4')]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`milepel: cannot import ${csv}: it is 70 MB, and milepel reads a CSV or XER file, or MS Project XML not in the shape MS Project writes, up to 64 MB (reading one takes some twenty times its size in memory): split the schedule into smaller files and import each\n`);
    const xer = await runCliOnDisk(['import', sparse('big.xer', 65 * 1048576), '--out', join(tmp, 'o5'), '--from', 'xer']);
    expect(xer.err).toMatch(/it is 65 MB, and milepel reads a CSV or XER file/);
    // XML that the common reader declines (a comment before the root), read by the full reader.
    const file = join(tmp, 'other-shape.xml');
    const fd = openSync(file, 'w');
    writeSync(fd, '<?xml version="1.0"?><!-- x --><Project xmlns="http://schemas.microsoft.com/project"><Name>a</Name>');
    ftruncateSync(fd, 66 * 1048576);
    closeSync(fd);
    const xml = await runCliOnDisk(['import', file, '--out', join(tmp, 'o6')]);
    expect(xml.err).toMatch(/it is 66 MB, and milepel reads a CSV or XER file, or MS Project XML not in the shape/);
  }, 30_000);

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
    expect(io.err()).toMatch(/^milepel: cannot import grown\.xml: it is 1025 MB, more than import reads at once \(1024 MB\)/);
  });
});
