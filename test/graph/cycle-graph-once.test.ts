// The graph the cycle checks of offers ask (graph/for-cycles.ts) is made once per analysis: the schema rule (its
// hints' offers) and unknown-reference (its suggestions) each made it, twice the work at 100,000 milestones (session
// 55's review).
import { describe, expect, it, vi } from 'vitest';
import { analyze } from '../../src/analyze.js';

const built = vi.hoisted(() => ({ nodes: [] as number[] }));
vi.mock('../../src/graph/graph.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/graph/graph.js')>();
  return { ...original, buildGraph: (...args: Parameters<typeof original.buildGraph>) => (built.nodes.push(args[0]), original.buildGraph(...args)) };
});

// B's `after: ["id:A"]` gets the colon hint (an offer, schema), C's `after: [a]` a suggestion (unknown-reference); a
// milestone without a date makes the cycles' graph one node larger than the schedule's.
const PLAN = `plan: {id: p, title: P}
milestones:
  - {id: A, title: a, date: 2026-01-05}
  - {id: B, title: b, date: 2026-01-06, after: ["id:A"]}
  - {id: C, title: c, date: 2026-01-07, after: [a]}
  - {id: D, title: d, after: [C]}
`;

describe('the cycles graph of offers and suggestions', () => {
  it('is made once for both rules', () => {
    const analysis = analyze([{ file: 'p.yaml', text: PLAN }], { clockToday: 20400 });
    const hints = analysis.diagnostics.filter((d) => d.rule === 'schema' || d.rule === 'unknown-reference').map((d) => `${d.line} ${d.rule}`);
    expect(hints).toEqual(['4 schema', '5 unknown-reference', '6 schema']);
    // The schedule's graph has the three dated milestones; the cycles' graph four, made once.
    expect(built.nodes.filter((n) => n === 4)).toEqual([4]);
  });
});
