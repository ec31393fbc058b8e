// The test walker refuses to find nothing.
import { describe, expect, it } from 'vitest';
import { findDirs, findFiles } from './walk.js';

describe('findFiles / findDirs', () => {
  it('finds the shipped plans, sorted, as repository-relative paths', () => {
    const plans = findFiles('plans', /\.ya?ml$/);
    expect(plans.length).toBeGreaterThan(0);
    expect(plans).toEqual([...plans].sort());
    for (const p of plans) expect(p).toMatch(/^plans\/.+\.ya?ml$/);
  });

  it('walks nested folders', () => {
    const all = findFiles('test/fixtures', /\.ya?ml$/);
    expect(all.some((f) => f.split('/').length > 4)).toBe(true);
  });

  it('throws when the pattern matches nothing or the folder is missing', () => {
    expect(() => findFiles('plans', /\.no-such-extension$/)).toThrow(/found nothing/);
    expect(() => findFiles('no/such/folder', /./)).toThrow(/cannot walk no\/such\/folder/);
    expect(() => findDirs('plans/no-such')).toThrow();
  });

  it('lists the fixture folders', () => {
    expect(findDirs('test/fixtures').map((d) => d.split('/').pop())).toEqual(['err', 'valid']);
  });
});
