// cli/new-files.ts on the real file system: directories and files made by a run that then fails are removed again,
// and nothing that was there before is touched.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { nodeIo } from '../../src/cli/node-io.js';
import { writeNewFiles } from '../../src/cli/new-files.js';

const tmp = mkdtempSync(join(tmpdir(), 'milepel-new-files-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The real Io, whose createText fails with ENOSPC at `failAt` (a full disk after the first files). */
function failingIo(failAt: string): Io {
  const io = nodeIo();
  return { ...io, createText: (path, text) => (path === failAt ? (() => { throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' }); })() : io.createText(path, text)) };
}

describe('writeNewFiles', () => {
  it('a failure after some writes removes the files and directories this call made, newest first, and keeps the rest', () => {
    const root = join(tmp, 'partial');
    mkdirSync(join(root, 'kept'), { recursive: true });
    writeFileSync(join(root, 'kept', 'old.yaml'), 'mine\n');
    const dirs = [join(root, 'kept', 'a', 'b'), join(root, 'kept', 'a', 'b', 'schemas')];
    const files = [{ path: join(dirs[0]!, 'one.yaml'), text: '1\n' }, { path: join(dirs[0]!, 'two.yaml'), text: '2\n' }, { path: join(dirs[1]!, 'plan.schema.json'), text: '{}\n' }];
    expect(() => writeNewFiles(failingIo(files[2]!.path), dirs, files)).toThrow('ENOSPC');
    expect(readdirSync(join(root, 'kept'))).toEqual(['old.yaml']);
    expect(readFileSync(join(root, 'kept', 'old.yaml'), 'utf8')).toBe('mine\n');
    writeNewFiles(nodeIo(), dirs, files);
    expect(readdirSync(dirs[0]!).sort()).toEqual(['one.yaml', 'schemas', 'two.yaml']);
  });

  it('refuses an existing file target before making any directory', () => {
    const root = join(tmp, 'exists');
    mkdirSync(root);
    writeFileSync(join(root, 'x.yaml'), 'mine\n');
    expect(() => writeNewFiles(nodeIo(), [join(root, 'new')], [{ path: join(root, 'new', 'a.yaml'), text: '' }, { path: join(root, 'x.yaml'), text: '' }])).toThrow(expect.objectContaining({ code: 'EEXIST', existing: join(root, 'x.yaml') }) as Error);
    expect(existsSync(join(root, 'new'))).toBe(false);
  });
});
