// The ids as near as a suggestion, named with it (tester round 94 F7; SPEC §14 "naming the nearest ids, as everywhere").
import { describe, expect, it } from 'vitest';
import { equallyNear } from '../../src/text/equally-near.js';
import { scanBudget } from '../../src/text/scan-budget.js';

const near = (word: string, chosen: string, among: string[], excluded?: (c: string) => boolean): { named: readonly string[]; more: number } =>
  equallyNear(word, chosen, among, scanBudget(), excluded);

describe('equallyNear', () => {
  it.each([
    // word, chosen, among, named, more
    ['T3', 'T1', ['T1', 'T2', 'T4'], ['T1', 'T2', 'T4'], 0],
    // In the order given, the chosen one where it stands.
    ['T3', 'T2', ['T1', 'T2', 'T4'], ['T1', 'T2', 'T4'], 0],
    // Only the equally near: MP10 is two edits from MP3, MP4 one.
    ['MP3', 'MP4', ['MP10', 'MP4', 'MP5', 'XY3Z'], ['MP4', 'MP5'], 0],
    // Compared in lower case, as closest.ts compares; a case twin of the chosen one is another id as near.
    ['t3', 'T1', ['T1', 't1', 't2'], ['T1', 't1', 't2'], 0],
    // The word itself in other letters: the other ids that are so (tester round 97 F4), nothing else.
    ['Mp1', 'mp1', ['mp1', 'MP1', 'mp2'], ['mp1', 'MP1'], 0],
    // One that starts the other was preferred by closest.ts over equally near ones: named alone.
    ['MP4', 'MP4-x', ['MP4-x', 'MP5'], ['MP4-x'], 0],
    ['MP4-x', 'MP4', ['MP4', 'MP5-x'], ['MP4'], 0],
    // The word in other letters, with no other so: alone.
    ['mp4', 'MP4', ['MP4', 'MP5'], ['MP4'], 0],
    // Farther than a typo (limitOf: a third of the word): found otherwise, by a name; named alone.
    ['prosjektstyret', 'PS', ['PS', 'KR'], ['PS'], 0],
    // More than MAX_NAMED (4) as near: the chosen one first, then the first others, the rest counted.
    ['M9', 'M5', ['M1', 'M2', 'M3', 'M4', 'M5', 'M6'], ['M5', 'M1', 'M2', 'M3'], 2],
  ])('%s, chosen %s among %j → %j and %d more', (word, chosen, among, named, more) => {
    expect(near(word, chosen, among)).toEqual({ named, more });
  });

  it('leaves out what the caller excludes (its own id, a listed one)', () => {
    expect(near('T3', 'T1', ['T1', 'T2', 'T4'], (c) => c === 'T2')).toEqual({ named: ['T1', 'T4'], more: 0 });
    expect(near('T3', 'T1', ['T1', 'T2'], (c) => c === 'T2')).toEqual({ named: ['T1'], more: 0 });
  });

  it('scans only within its budget, counted in candidates, and names the chosen one alone past it', () => {
    const budget = scanBudget(5);
    expect(equallyNear('T3', 'T1', ['T1', 'T2', 'T4'], budget).named).toEqual(['T1', 'T2', 'T4']);
    expect(budget.left).toBe(2);
    expect(equallyNear('T3', 'T1', ['T1', 'T2', 'T4'], budget).named).toEqual(['T1']);
    expect(budget.left).toBe(2);
  });
});
