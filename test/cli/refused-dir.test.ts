// The folder import and init name when the system refuses a write (tester round 66 F11, round 71 F10): the one holding
// what was refused, shown relative as the folder given was.
import { describe, expect, it } from 'vitest';
import { refusedDir } from '../../src/cli/new-files.js';

const refused = (code: string, path?: string): NodeJS.ErrnoException => Object.assign(new Error(code), { code, ...(path === undefined ? {} : { path }) });

describe('refusedDir', () => {
  it('names the folder of the refused path, relative when the folder was given relative', () => {
    expect(refusedDir(refused('EACCES', 'part/schemas/plan.schema.json'), 'part', '/w')).toBe('part/schemas');
    expect(refusedDir(refused('EACCES', '/w/z/ro2/sub'), 'ro2/sub', '/w/z')).toBe('ro2');
    expect(refusedDir(refused('EROFS', '/w/z/out'), 'out', '/w/z')).toBe('.');
    expect(refusedDir(refused('EPERM', '/abs/out/a.yaml'), '/abs/out', '/w')).toBe('/abs/out');
  });

  it('keeps the folder given for other errors, or without a path', () => {
    expect(refusedDir(refused('ENOSPC', '/w/out/a.yaml'), 'out', '/w')).toBe('out');
    expect(refusedDir(refused('EACCES'), 'out', '/w')).toBe('out');
  });
});
