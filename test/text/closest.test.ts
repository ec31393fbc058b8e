// closestWord and editDistance with their pruning give what the plain table and the plain loop give (src/text/closest.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidates as prepared, closestWord, closestWordExcept, MAX_SCANS } from '../../src/text/closest.js';
import { scanBudget } from '../../src/text/scan-budget.js';
import { editDistance } from '../../src/text/edit-distance.js';
import { plainClosestBy } from '../helpers/plain-closest.js';

/** The table as first written: optimal string alignment distance, no bound. */
function plainDistance(a: string, b: string): number {
  if (a.length > 200 || b.length > 200) return Math.abs(a.length - b.length) + 200;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}

/** The plain loop (test/helpers/plain-closest.ts) over the plain table. */
function plainClosest(word: string, candidates: readonly string[]): string | undefined {
  return plainClosestBy(plainDistance, word, candidates);
}

// A small alphabet, so that near misses, swaps and ties are common.
const word = fc.string({ unit: fc.constantFrom('a', 'b', 'A', 'p', '/', '-', '1', '2'), maxLength: 14 });

describe('closestWord', () => {
  it('gives what the plain loop over the plain distance gives', () => {
    fc.assert(fc.property(word, fc.array(word, { maxLength: 30 }), (w, candidates) => {
      expect(closestWord(w, candidates)).toBe(plainClosest(w, candidates));
      expect(closestWord(w, prepared(candidates))).toBe(plainClosest(w, candidates));
    }), { numRuns: 3000 });
  });

  it('gives the same for words of up to 40 characters (bit-parallel up to 32, the table above), near their candidates', () => {
    const long = fc.string({ unit: fc.constantFrom('a', 'b', 'A', 'p', '/', '-', '1', 'ø', '\u{1F600}'), minLength: 6, maxLength: 40 });
    // Candidates made from the word by a few edits, so that distances within the bound are common.
    const edited = (w: string): fc.Arbitrary<string> => fc.array(fc.tuple(fc.nat(w.length), fc.constantFrom('del', 'ins', 'sub', 'swap'), fc.constantFrom('a', 'b', 'p', 'Ø')), { maxLength: 6 }).map((edits) => {
      let s = w;
      for (const [at, kind, ch] of edits) {
        const i = Math.min(at, s.length);
        if (kind === 'del') s = s.slice(0, i) + s.slice(i + 1);
        else if (kind === 'ins') s = s.slice(0, i) + ch + s.slice(i);
        else if (kind === 'sub') s = s.slice(0, i) + ch + s.slice(i + 1);
        else if (i + 1 < s.length) s = s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
      }
      return s;
    });
    fc.assert(fc.property(long.chain((w) => fc.tuple(fc.constant(w), fc.array(fc.oneof(edited(w), long), { maxLength: 30 }))), ([w, candidates]) => {
      expect(closestWord(w, candidates)).toBe(plainClosest(w, candidates));
      expect(closestWord(w, prepared(candidates))).toBe(plainClosest(w, candidates));
    }), { numRuns: 3000 });
  });

  it('gives the same for many words among the same prepared candidates (from the scan, then from memory)', () => {
    fc.assert(fc.property(fc.array(word, { minLength: 20, maxLength: 60 }), fc.array(word, { maxLength: 40 }), (words, candidates) => {
      const among = prepared(candidates);
      // Each word twice: the second answer comes from memory.
      for (const w of [...words, ...words]) expect(closestWord(w, among)).toBe(plainClosest(w, candidates));
    }), { numRuns: 500 });
  });

  it('gives the same for words asked in turn among refs in plan order, each run of shared prefixes passed over or read', () => {
    // Refs as plans write them, sorted, so neighbours share long prefixes (the scan's layout and bitDistance's resumed
    // columns, after the first two searches); words are refs of plans that may be missing, or near misses of refs.
    const ref = fc.tuple(fc.nat(40), fc.nat(300)).map(([plan, id]) => `prosjekt-${plan}/P${plan}-M${id}`);
    const asked = fc.oneof(ref, fc.tuple(ref, fc.nat(30), fc.constantFrom('x', '1', '-', '')).map(([r, at, extra]) => `${r.slice(0, at)}${extra}${r.slice(at + 1)}`));
    fc.assert(fc.property(fc.uniqueArray(ref, { minLength: 5, maxLength: 150 }), fc.array(asked, { minLength: 3, maxLength: 12 }), (refs, words) => {
      refs.sort();
      const among = prepared(refs);
      for (const w of words) expect(closestWord(w, among), w).toBe(plainClosest(w, refs));
    }), { numRuns: 1000 });
  });

  it('finds near refs among many through the index: a missing plan\'s refs, a typo, a swap, the first of equals', () => {
    const refs = Array.from({ length: 3000 }, (_, i) => `plan-${1 + (i % 9)}/M${Math.floor(i / 9)}`).concat(['PLAN-1/M7', 'x'.repeat(201)]);
    const among = prepared(refs);
    const asked = ['plan-0/M12', 'plan-3/M1x7', 'paln-3/M17', 'plan-3/M17', 'PLAN-1/m7', 'plan-1/M', 'budget', 'M5', 'x'.repeat(200), 'x'.repeat(202)];
    // Typos enough for the index (it comes after 96 scans whose answer it would have given), then the words above.
    const typos = Array.from({ length: 130 }, (_, i) => `plan-${1 + (i % 9)}/M${i}${i % 3 === 0 ? 'x' : ''}`);
    for (let round = 0; round < 2; round++) for (const w of [...typos, ...asked]) expect(closestWord(w, among)).toBe(plainClosest(w, refs));
  });

  it('computes the same distance as the plain table', () => {
    fc.assert(fc.property(word, word, (a, b) => {
      expect(editDistance(a, b)).toBe(plainDistance(a, b));
    }), { numRuns: 3000 });
  });

  it('suggests refs among many: a typo, a swap, the first of equals, nothing far off', () => {
    const refs = Array.from({ length: 2000 }, (_, i) => `plan-${i % 10}/M${Math.floor(i / 10)}`);
    expect(closestWord('plan-3/M17', refs)).toBe('plan-3/M17');
    expect(closestWord('plan-3/M1x7', refs)).toBe('plan-3/M17');
    expect(closestWord('paln-3/M17', refs)).toBe('plan-3/M17');
    expect(closestWord('plan-0/M5', refs)).toBe(plainClosest('plan-0/M5', refs));
    expect(closestWord('budget', refs)).toBeUndefined();
    expect(editDistance('titel', 'title')).toBe(1);
    // Past 200 units the table is not made: no distance, rather than a made-up one (tester round 24 F6).
    expect(editDistance('x'.repeat(201), 'x')).toBe(Infinity);
  });
  it('gives the same among thousands of refs whose own plan seeds the search, before the index: the first of equals in another plan too', () => {
    // 4,500 refs (grouped by plan, the search's seed) in an order that mixes plans; each prepared list answers its 12
    // words from the scan (the index comes after 96 scans).
    const next = (() => {
      let s = 7;
      return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
    })();
    const refs = Array.from({ length: 4500 }, (_, i) => `plan-${i % 7}/M${Math.floor(next() * 900)}`).concat(['PLAN-3/x', 'solo', 'a/b/c1']);
    const words = ['plan-3/M17', 'plan-3/M9999', 'plan-9/M12', 'plan-3/', 'Plan-3/m1', 'a/b/c', 'a/b/', 'plan-3/M1x7', 'plan-2/M900x', 'plan-6/M12345678', '/M1', 'plan-3/x'];
    for (let round = 0; round < 3; round++) {
      const among = prepared(refs);
      for (const w of words) expect(closestWord(w, among), w).toBe(plainClosest(w, refs));
      refs.reverse();
    }
    // The own plan's nearest is at distance 1; an earlier ref of another plan is too, and is the answer.
    const tie = [...Array.from({ length: 4100 }, (_, i) => `p-${i % 5}/N${i}`), 'plan-2/M17', 'plan-3/M18'];
    expect(closestWord('plan-3/M17', prepared(tie))).toBe('plan-2/M17');
    expect(closestWord('plan-3/M17', prepared(tie.slice(0, -2).concat(['plan-3/M18', 'plan-2/M17'])))).toBe('plan-3/M18');
  });
});

describe('the scans one set of prepared candidates makes (tester round 24: 100,000 unknown refs, two and a half minutes)', () => {
  it('are at most MAX_SCANS; a word asked after them gets what needs no scan, the same on every run', () => {
    const words = Array.from({ length: 3000 }, (_, i) => `p/Milestone-${i}`);
    const asked = Array.from({ length: MAX_SCANS + 50 }, (_, i) => `p/Milestone-${i}xq`);
    const run = (): (string | undefined)[] => {
      const made = prepared(words);
      return asked.map((w) => closestWord(w, made));
    };
    const answers = run();
    // Each asked word extends one candidate by two characters (`p/Milestone-12` for `p/Milestone-12xq`): before the
    // cap the scan confirms nothing nearer, after it the extension is taken without one.
    expect(answers.slice(0, 3)).toEqual(['p/Milestone-0', 'p/Milestone-1', 'p/Milestone-2']);
    expect(answers[MAX_SCANS + 10]).toBe(`p/Milestone-${MAX_SCANS + 10}`);
    expect(run()).toEqual(answers);
    // A word two edits from every candidate and no extension of any: found by a scan, none after the cap.
    const spent = prepared(words);
    for (let i = 0; i < MAX_SCANS; i++) closestWord(`q/zz-${i}`, spent);
    expect(closestWord('p/Milestone-12xy', prepared(words))).toBe('p/Milestone-12');
    expect(closestWord('p/Milestone-12xy', spent)).toBe('p/Milestone-12');
    expect(closestWord('p/Milestome-13x', prepared(words))).toBe('p/Milestone-13');
    expect(closestWord('p/Milestome-13x', spent)).toBeUndefined();
  });
});

describe('the scans of sets prepared with one budget (100,000 references to ids not there, in 40 sets: 1.8 s of scans)', () => {
  it('stop when the candidates they visited together would pass it; a word asked then gets what needs no scan', () => {
    const words = (plan: string): string[] => Array.from({ length: 2000 }, (_, i) => `${plan}/M-${i}`);
    // Room for 40 scans of 2,000 candidates (and not a 41st), shared by two sets; each set scans 16 times whatever is left.
    const budget = scanBudget(81_000);
    const a = prepared(words('a'), undefined, budget);
    const b = prepared(words('b'), undefined, budget);
    // Two edits from every candidate and no extension of any: each is a scan.
    for (let i = 0; i < 24; i++) closestWord(`a/zz-${i}`, a);
    for (let i = 0; i < 16; i++) closestWord(`b/zz-${i}`, b);
    expect(budget.left).toBe(1000);
    expect(closestWord('a/Q-1234x', prepared(words('a')))).toBe('a/M-1234');
    expect(closestWord('a/Q-1234x', a)).toBeUndefined();
    expect(closestWordExcept('b/Q-1234x', b, 'b/M-7')).toBeUndefined();
    // Within one edit the index or the groups answer without a scan.
    expect(closestWord('a/M-1234x', a)).toBe('a/M-1234');
  });

  it('leave each set its first scans, whatever the others spent (tester round 54 F4)', () => {
    const words = (plan: string): string[] => Array.from({ length: 2000 }, (_, i) => `${plan}/M-${i}`);
    const budget = scanBudget(10_000);
    const a = prepared(words('a'), undefined, budget);
    for (let i = 0; i < 20; i++) closestWord(`a/zz-${i}`, a);
    expect(budget.left).toBeLessThan(0);
    const late = prepared(words('c'), undefined, budget);
    expect(closestWord('c/Q-1234x', late)).toBe('c/M-1234');
  });
});

describe('ids longer than 200 characters (tester round 24 F6)', () => {
  it('get the id one edit away, never the first id of the file because the distance was not computed', () => {
    for (const length of [201, 600, 1000]) {
      const pad = (head: string): string => head + 'abcdefghij'.repeat(length).slice(0, length - head.length);
      const ids = [pad('M0_'), pad('M5_')];
      const typo = `${ids[1]!.slice(0, -1)}Q`;
      expect(closestWord(typo, ids), String(length)).toBe(ids[1]);
      expect(closestWord(typo, prepared(ids)), String(length)).toBe(ids[1]);
      // Two edits away from both: no suggestion, rather than a wrong one.
      expect(closestWord(`${ids[1]!.slice(0, -2)}QQ`, ids), String(length)).toBeUndefined();
    }
  });
});

// Tester round 38 F1: a reference whose nearest id is its holder's own (`M1x` in M1) searched all ids again, without
// an index, for each such reference. Those searches count against MAX_SCANS with the others.
describe('closestWordExcept', () => {
  it('answers the nearest but the excluded word, and none once the scans are spent', () => {
    const words = Array.from({ length: 3000 }, (_, i) => `M${i}`);
    const list = prepared(words);
    expect(closestWordExcept('M7x', list, 'M7')).toBe('M70');
    expect(closestWordExcept('M7x', words, 'M7')).toBe('M70');
    for (let i = 1; i < MAX_SCANS; i++) closestWordExcept(`M${i}x`, list, `M${i}`);
    expect(closestWordExcept('M8x', list, 'M8')).toBeUndefined();
  });

  // Tester round 48 F2: each such search copied the 100,000 refs without the holder's and lower-cased them again
  // (14 s for 1,000). It now passes over the holder where it stands, with the prepared list's layout and a seed from
  // the word's plan: the same answers as the plain search of the list without it.
  it('gives among prepared refs what closestWord gives among them without the excluded one', () => {
    let state = 48;
    const next = (n: number): number => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) % n);
    const refs: string[] = [];
    for (let plan = 0; plan < 6; plan++) for (let i = 0; i < 900; i++) refs.push(`plan-${plan}/${['M', 'MP', 'BP'][i % 3]}${i}${i % 7 === 0 ? '-revised' : ''}`);
    const list = prepared(refs);
    const edits = [(w: string) => `${w}x`, (w: string) => w.slice(0, -1), (w: string) => w.replace('/M', '/Q'), (w: string) => w.replace('plan-', 'plan'), (w: string) => `${w.slice(0, -2)}9${w.slice(-1)}`, (w: string) => w.toUpperCase()];
    for (let n = 0; n < 300; n++) {
      const self = refs[next(refs.length)]!;
      const word = edits[next(edits.length)]!(self);
      const expected = closestWord(word, refs.filter((w) => w !== self));
      expect(closestWordExcept(word, list, self), `${word} except ${self}`).toBe(expected);
    }
  });
});
