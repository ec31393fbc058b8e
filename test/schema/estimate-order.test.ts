// SPEC §1.6: the three-point estimates the JSON Schema cannot check (one unit, min ≤ likely ≤ max). checkEstimates
// passes over a text without `..` without parsing it: these tests hold it to parseEstimate on every value it reads.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEstimate } from '../../src/calendar/estimate.js';
import { checkEstimates } from '../../src/schema/estimate-order.js';

const part = fc.oneof(fc.constantFrom('1d', '2d', '3d', '10d', '2w', '1ed', '3ew', '-1d', '-2w', '0d', 'x', ''), fc.string({ maxLength: 4 }));
/** A duration or lag as a plan may write it, well formed or not. */
const estimate = fc.oneof(
  part,
  fc.tuple(part, part, part).map((p) => p.join('..')),
  fc.tuple(part, part).map((p) => p.join('..')),
  fc.record({ min: part, likely: part, max: part }),
  fc.record({ min: part, likely: part }),
  fc.constantFrom<unknown>(3, null, [], true, '1d..2d..3d..4d', ' 1d..2d..3d '),
);
const milestone = fc.record(
  { id: fc.constant('M'), duration: estimate, after: fc.array(fc.oneof(fc.constant('M0'), fc.record({ id: fc.constant('M0'), lag: estimate }, { requiredKeys: ['id'] })), { maxLength: 3 }) },
  { requiredKeys: ['id'] },
);
const risk = fc.record({ id: fc.constant('R'), impact: estimate }, { requiredKeys: ['id'] });

/** The paths checkEstimates must report, found by parsing every value (no shortcut), in document order. */
function expectedPaths(data: { milestones: unknown[]; risks: unknown[] }): (string | number)[][] {
  const out: (string | number)[][] = [];
  const bad = (raw: unknown, signed: boolean): boolean => {
    if (raw === undefined) return false;
    const parsed = parseEstimate(raw, signed);
    return !parsed.ok && parsed.problem !== 'form';
  };
  data.milestones.forEach((m, i) => {
    const { duration, after = [] } = m as { duration?: unknown; after?: unknown[] };
    if (bad(duration, false)) out.push(['milestones', i, 'duration']);
    after.forEach((a, j) => {
      if (typeof a === 'object' && a !== null && bad((a as { lag?: unknown }).lag, true)) out.push(['milestones', i, 'after', j, 'lag']);
    });
  });
  data.risks.forEach((r, i) => {
    if (bad((r as { impact?: unknown }).impact, false)) out.push(['risks', i, 'impact']);
  });
  return out;
}

describe('checkEstimates', () => {
  it('reports exactly the durations, lags and impacts whose units are mixed or out of order, in document order', () => {
    fc.assert(
      fc.property(fc.array(milestone, { maxLength: 6 }), fc.array(risk, { maxLength: 3 }), (milestones, risks) => {
        const data = { plan: { id: 'p', title: 'P' }, milestones, risks };
        expect(checkEstimates(data).map((p) => p.path)).toEqual(expectedPaths(data));
      }),
      { numRuns: 500 },
    );
  });

  it('reports the same text each time it is written, and a mapping as well as a text', () => {
    const data = {
      milestones: [
        { id: 'A', duration: '5d..2d..9d', after: [{ id: 'B', lag: '5d..2d..9d' }, 'B', { id: 'B', lag: { min: '1d', likely: '2ed', max: '3d' } }] },
        { id: 'B', duration: '5d..2d..9d' },
      ],
      risks: [{ id: 'R', impact: { min: '5d', likely: '1d', max: '9d' } }],
    };
    expect(checkEstimates(data).map((p) => [p.path.join('/'), p.message.id])).toEqual([
      ['milestones/0/duration', 'schema.estimate-order'],
      ['milestones/0/after/0/lag', 'schema.estimate-order'],
      ['milestones/0/after/2/lag', 'schema.estimate-units'],
      ['milestones/1/duration', 'schema.estimate-order'],
      ['risks/0/impact', 'schema.estimate-order'],
    ]);
  });
});
