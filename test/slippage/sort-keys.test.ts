// sortBySeverity with the milestones' ref ranks sorts one number a row (issue #18): the same order as its comparison, on
// random rows with ties of status and slip, slips left out, equal refs (a duplicate-id error), gates and rows of other
// plans left out of the report, and ranks that do not order the refs.
import { describe, expect, it } from 'vitest';
import type { SlipRow, SlipStatus } from '../../src/schedule/slippage.js';
import { sortBySeverity, SEVERITY_ORDER } from '../../src/report/slippage/order.js';

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

/** `count` milestones with refs drawn from few plans and ids (some equal), and each one's place in ref order. */
function milestones(next: () => number, count: number): { refs: string[]; rank: Int32Array } {
  const refs = Array.from({ length: count }, () => `${['p', 'p-2', 'q', 'æ'][Math.floor(next() * 4)]}/M${Math.floor(next() * count * 0.8)}`);
  const order = refs.map((_, i) => i).sort((a, b) => (refs[a]! < refs[b]! ? -1 : refs[a]! > refs[b]! ? 1 : next() - 0.5));
  const rank = new Int32Array(count);
  order.forEach((m, place) => (rank[m] = place));
  return { refs, rank };
}

function rows(next: () => number, refs: readonly string[], slips: readonly (number | null)[]): SlipRow[] {
  const out: SlipRow[] = [];
  for (let m = 0; m < refs.length; m++) {
    if (next() < 0.1) continue;
    const status: SlipStatus = SEVERITY_ORDER[Math.floor(next() * SEVERITY_ORDER.length)]!;
    out.push({ milestone: m, ref: refs[m]!, title: `T${m}`, status, slipDays: slips[Math.floor(next() * slips.length)]! } as unknown as SlipRow);
  }
  return out.sort(() => next() - 0.5);
}

describe('sortBySeverity with ref ranks', () => {
  it('gives the order of the comparison on random rows', () => {
    const next = random(18);
    for (let round = 0; round < 40; round++) {
      const { refs, rank } = milestones(next, 1 + Math.floor(next() * 300));
      const list = rows(next, refs, [0, 0, 0, 1, -1, 3, 250, -40, null, 4_000_000, -4_194_303]);
      const expected = sortBySeverity(list);
      expect(sortBySeverity(list, rank)).toEqual(expected);
      // A rank that does not order the refs is not trusted.
      const shuffled = Int32Array.from(rank).reverse();
      expect(sortBySeverity(list, shuffled)).toEqual(expected);
    }
  });

  it('sorts slips beyond the numbers it holds by the comparison', () => {
    const { refs, rank } = milestones(random(3), 50);
    const list = rows(random(4), refs, [0, 5_000_000, -5_000_000, 1.5, null]);
    expect(sortBySeverity(list, rank)).toEqual(sortBySeverity(list));
  });
});
