// mkdir -p for `import --out` and `init` (src/cli/make-dir.ts): Node's recursive mkdir never returns under /proc.
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDirs } from '../../src/cli/make-dir.js';

describe('makeDirs', () => {
  const root = mkdtempSync(join(tmpdir(), 'milepel-mkdir-'));

  it('creates the missing directories of a path and accepts one that exists', () => {
    const deep = join(root, 'a', 'b', 'c');
    makeDirs(deep);
    expect(statSync(deep).isDirectory()).toBe(true);
    expect(() => makeDirs(deep)).not.toThrow();
    expect(() => makeDirs(root)).not.toThrow();
  });

  it('throws EEXIST for a file at the path and ENOTDIR for a file above it, as Node does', () => {
    const file = join(root, 'file');
    writeFileSync(file, 'x');
    expect(() => makeDirs(file)).toThrow(expect.objectContaining({ code: 'EEXIST' }));
    expect(() => makeDirs(join(file, 'below', 'deeper'))).toThrow(expect.objectContaining({ code: 'ENOTDIR' }));
  });

  it.runIf(process.platform === 'linux')('returns with the system\'s error under /proc, where mkdir answers ENOENT', () => {
    expect(() => makeDirs('/proc/milepel-test/plans')).toThrow(expect.objectContaining({ code: 'ENOENT' }));
  });
});
