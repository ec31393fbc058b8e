// Flow nesting past what the full parser reads by recursion is refused before it starts (src/source/flow-depth.ts).
import { describe, expect, it } from 'vitest';
import { flowTooDeepAt } from '../../src/source/flow-depth.js';
import { parseSource } from '../../src/source/full-parse.js';

const nested = (n: number): string => `${'{"k":['.repeat(n)}1${']}'.repeat(n)}`;
const plan = (id: string, n: number): string => `{"plan":{"id":"${id}","title":"T"},"milestones":[{"id":"M1","title":"t","date":"2019-06-19","x-deep":${nested(n)}}]}\n`;

describe('flowTooDeepAt', () => {
  it('finds the bracket that goes past the limit, and nothing in plans of ordinary depth', () => {
    expect(flowTooDeepAt('a: [b, {c: [d]}]', 2)).toBe(11);
    expect(flowTooDeepAt('a: [b, {c: [d]}]', 3)).toBe(-1);
    expect(flowTooDeepAt(plan('p', 400))).toBe(-1);
    expect(flowTooDeepAt(plan('p', 600))).toBeGreaterThan(0);
  });

  it('does not count brackets inside quoted scalars, nor an apostrophe inside a word as a quote', () => {
    expect(flowTooDeepAt(`a: "${'['.repeat(50)}"\nb: '${'{'.repeat(50)}'`, 10)).toBe(-1);
    expect(flowTooDeepAt(`title: Norway's plan\nafter: [[[[x]]]]`, 3)).toBe(31);
    expect(flowTooDeepAt(`a: "say \\"[[[\\" here"\nb: 'it''s [[['`, 1)).toBe(-1);
  });
});

describe('the full parser on very deep nesting', () => {
  it('reports the file as nested too deeply, at the bracket, without reading it', () => {
    // Two such files in one workspace aborted the process (V8: "RegExpCompiler Allocation failed", exit 134).
    for (const n of [2000, 20000]) {
      const parsed = parseSource(`deep-${n}.yaml`, plan(`p${n}`, n));
      expect(parsed.data).toBeUndefined();
      expect(parsed.problems.map((p) => [p.line, p.message.id])).toEqual([[1, 'yaml-syntax.too-deep']]);
    }
  });
});
