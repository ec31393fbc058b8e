// The folder import and init name when the system refuses a write (tester round 66 F11, round 71 F10): the one holding
// what was refused, shown relative as the folder given was.
import { describe, expect, it } from 'vitest';
import { refusedPlace } from '../../src/cli/new-files.js';

const refused = (code: string, path?: string): NodeJS.ErrnoException => Object.assign(new Error(code), { code, ...(path === undefined ? {} : { path }) });

describe('refusedPlace: the folder refused', () => {
  it('names the folder of the refused path, relative when the folder was given relative', () => {
    expect(refusedPlace(refused('EACCES', 'part/schemas/plan.schema.json'), 'part', '/w').dir).toBe('part/schemas');
    expect(refusedPlace(refused('EACCES', '/w/z/ro2/sub'), 'ro2/sub', '/w/z').dir).toBe('ro2');
    expect(refusedPlace(refused('EROFS', '/w/z/out'), 'out', '/w/z').dir).toBe('.');
    expect(refusedPlace(refused('EPERM', '/abs/out/a.yaml'), '/abs/out', '/w').dir).toBe('/abs/out');
  });

  it('keeps the folder given for other errors, or without a path', () => {
    expect(refusedPlace(refused('ENOSPC', '/w/out/a.yaml'), 'out', '/w').dir).toBe('out');
    expect(refusedPlace(refused('EACCES'), 'out', '/w').dir).toBe('out');
  });
});

// Tester round 79 F7: `init ro/sub` in a read-only `ro` named only `ro`, the folder the user did not give.
describe('refusedPlace', () => {
  it('gives the folder given as the target when it was to be made in the refused one above it', () => {
    expect(refusedPlace(refused('EACCES', '/w/z/ro2/sub'), 'ro2/sub', '/w/z')).toEqual({ dir: 'ro2', target: 'ro2/sub' });
    expect(refusedPlace(refused('EROFS', '/w/z/out'), 'out', '/w/z')).toEqual({ dir: '.', target: 'out' });
    expect(refusedPlace(refused('EACCES', '/abs/ro/new'), '/abs/ro/new/', '/w')).toEqual({ dir: '/abs/ro', target: '/abs/ro/new/' });
  });

  it('and no target when the refused folder is the one given or inside it', () => {
    expect(refusedPlace(refused('EACCES', 'part/schemas/plan.schema.json'), 'part', '/w')).toEqual({ dir: 'part/schemas', target: null });
    expect(refusedPlace(refused('EPERM', '/abs/out/a.yaml'), '/abs/out', '/w')).toEqual({ dir: '/abs/out', target: null });
    expect(refusedPlace(refused('EACCES', '/w/a.yaml'), '.', '/w')).toEqual({ dir: '.', target: null });
    expect(refusedPlace(refused('ENOSPC', '/w/out/a.yaml'), 'out', '/w')).toEqual({ dir: 'out', target: null });
  });
});
