// The golden helper itself: compares, refuses updates under CI, and never lets an update run pass silently.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkGolden, expectGolden } from './golden.js';

const dir = mkdtempSync(join(tmpdir(), 'milepel-golden-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('checkGolden', () => {
  it('reports same, differs and missing without writing when UPDATE_GOLDEN is unset', () => {
    const path = join(dir, 'a.txt');
    writeFileSync(path, 'old\n');
    expect(checkGolden(path, 'old\n', {})).toEqual({ kind: 'same' });
    expect(checkGolden(path, 'new\n', { UPDATE_GOLDEN: '0' })).toEqual({ kind: 'differs', expected: 'old\n' });
    expect(checkGolden(join(dir, 'none.txt'), 'x', {})).toEqual({ kind: 'missing' });
    expect(readFileSync(path, 'utf8')).toBe('old\n');
  });

  it('with UPDATE_GOLDEN rewrites or creates only what differs, and says so', () => {
    const path = join(dir, 'b.txt');
    writeFileSync(path, 'old\n');
    expect(checkGolden(path, 'old\n', { UPDATE_GOLDEN: '1' })).toEqual({ kind: 'same' });
    expect(checkGolden(path, 'new\n', { UPDATE_GOLDEN: '1' })).toEqual({ kind: 'rewritten', created: false });
    expect(readFileSync(path, 'utf8')).toBe('new\n');
    const created = join(dir, 'sub', 'c.txt');
    expect(checkGolden(created, 'c\n', { UPDATE_GOLDEN: 'true' })).toEqual({ kind: 'rewritten', created: true });
    expect(readFileSync(created, 'utf8')).toBe('c\n');
  });

  it('refuses to update under CI, whatever the golden holds, and writes nothing', () => {
    const path = join(dir, 'd.txt');
    writeFileSync(path, 'old\n');
    for (const ci of ['true', '1', 'yes']) {
      expect(() => checkGolden(path, 'new\n', { UPDATE_GOLDEN: '1', CI: ci })).toThrow(/UPDATE_GOLDEN is set under CI/);
      expect(() => checkGolden(path, 'old\n', { UPDATE_GOLDEN: '1', CI: ci })).toThrow(/under CI/);
    }
    expect(readFileSync(path, 'utf8')).toBe('old\n');
    expect(checkGolden(path, 'new\n', { CI: 'true' })).toEqual({ kind: 'differs', expected: 'old\n' });
  });
});

describe('expectGolden', () => {
  it('fails on a golden test/golden does not hold, naming how to create it', () => {
    expect(() => expectGolden('no-such-golden-file.txt', 'x', {})).toThrow(/missing golden file test\/golden\/no-such-golden-file\.txt/);
  });

  it('fails on a difference', () => {
    expect(() => expectGolden('export.ics', 'not the calendar', {})).toThrow(/export\.ics differs/);
  });

  it('passes on equal bytes, also in an update run', () => {
    const text = readFileSync(join(import.meta.dirname, '..', 'golden', 'export.ics'), 'utf8');
    expectGolden('export.ics', text, {});
    expectGolden('export.ics', text, { UPDATE_GOLDEN: '1' });
  });
});
