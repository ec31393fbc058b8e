// sortDiagnostics (src/pipeline.ts) sorts on numbers made of each diagnostic's file, line, column and rule: it must
// give exactly what sorting with compareDiagnostics and dropping each diagnostic equal to the one before gives.
import { describe, expect, it } from 'vitest';
import { compareDiagnostics, type Diagnostic, type RuleId } from '../../src/diagnostics/types.js';
import { msg } from '../../src/messages/index.js';
import { sortDiagnostics } from '../../src/diagnostics/sort.js';
import { mulberry32 } from '../helpers/mulberry32.js';

/** The order and de-duplication as sortDiagnostics was written before it sorted on numbers. */
function reference(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const sorted = [...diagnostics].sort(compareDiagnostics);
  return sorted.filter((d, i) => i === 0 || compareDiagnostics(sorted[i - 1]!, d) !== 0);
}

const RULES: readonly RuleId[] = ['overdue', 'lead', 'dependency-order', 'non-working-day', 'schema'];
const FILES = ['b.yaml', 'a.yaml', 'plans/a.yaml', 'a.yaml ', 'Z.yaml', 'ø.yaml'];

function draw(seed: number, count: number, odd: boolean): Diagnostic[] {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const out: Diagnostic[] = [];
  for (let i = 0; i < count; i++) {
    // Few places, ids and rules, so that ties (same place and rule) and duplicates are common.
    const id = pick(['M1', 'M2', 'M10', 'M2 ']);
    const message = random() < 0.2 && out.length > 0 ? out[out.length - 1]!.message : msg('overdue.hint', { id, today: 19000 + Math.floor(random() * 3) });
    out.push({
      file: pick(FILES),
      line: odd && random() < 0.05 ? pick([0.5, -1, 2 ** 31, Number.NaN]) : 1 + Math.floor(random() * 5),
      column: 1 + Math.floor(random() * 3),
      rule: pick(RULES),
      severity: random() < 0.5 ? 'error' : 'warning',
      message,
      ref: null,
      related: [],
    });
  }
  return out;
}

describe('sortDiagnostics', () => {
  it('orders and de-duplicates as compareDiagnostics does, keeping the first of equal findings', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const diagnostics = draw(seed, 1 + (seed % 60), false);
      const sorted = sortDiagnostics(diagnostics);
      const expected = reference(diagnostics);
      expect(sorted.length).toBe(expected.length);
      // The very same objects: of equal findings, the one kept is the first in the rules' order.
      for (let i = 0; i < sorted.length; i++) expect(sorted[i]).toBe(expected[i]);
    }
  });

  it('gives the same when a line is not a whole number below 2^31 (the numbers cannot hold it)', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const diagnostics = draw(seed, 40, true).filter((d) => !Number.isNaN(d.line));
      const sorted = sortDiagnostics(diagnostics);
      const expected = reference(diagnostics);
      expect(sorted.length).toBe(expected.length);
      for (let i = 0; i < sorted.length; i++) expect(sorted[i]).toBe(expected[i]);
    }
  });

  it('leaves its argument as it was', () => {
    const diagnostics = draw(7, 30, false);
    const before = [...diagnostics];
    sortDiagnostics(diagnostics);
    expect(diagnostics).toEqual(before);
  });
});
