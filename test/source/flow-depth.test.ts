// Flow nesting past what the full parser reads by recursion is refused before it starts (src/source/flow-depth.ts).
import { describe, expect, it } from 'vitest';
import { blockTooDeepAt, flowTooDeepAt, nestingTooDeepAt } from '../../src/source/flow-depth.js';
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

// A block list nested `n` levels deep, one more space of indentation a level (as the tester's file was).
const blockNested = (n: number): string => `plan: {id: p, title: t}\nx-deep:\n${Array.from({ length: n }, (_, i) => `${' '.repeat(i + 1)}- \n`).join('')}${' '.repeat(n + 1)}- leaf\n`;

describe('blockTooDeepAt', () => {
  it('finds the first line whose indentation and compact entries go past the limit', () => {
    expect(blockTooDeepAt('a:\n  - b\n    - c\n', 3)).toBe(7);
    expect(blockTooDeepAt('a:\n  - b\n    - c\n', 5)).toBe(15);
    expect(blockTooDeepAt('a:\n  - b\n    - c\n', 6)).toBe(-1);
    expect(blockTooDeepAt('x: - - - - - y\n', 8)).toBe(-1);
    expect(blockTooDeepAt('- - - - - y\n', 8)).toBe(10);
    expect(blockTooDeepAt('a\r\n   b\r\n', 2)).toBe(6);
    expect(blockTooDeepAt(blockNested(397))).toBe(-1);
    expect(blockTooDeepAt(blockNested(398))).toBeGreaterThan(0);
    expect(nestingTooDeepAt(`${'['.repeat(1001)}\n${' '.repeat(401)}x`)).toBe(1000);
    expect(nestingTooDeepAt(`${' '.repeat(401)}x\n${'['.repeat(1001)}`)).toBe(401);
  });
});

describe('the full parser on deep block nesting', () => {
  it('reads a list nested 397 levels deep, and refuses one nested 3,000 levels deep at the same place however warm the parser is', () => {
    expect(parseSource('ok.yaml', blockNested(397)).problems).toEqual([]);
    const deep = blockNested(3000);
    const first = parseSource('deep.yaml', deep).problems.map((p) => [p.line, p.column, p.message.id]);
    expect(first).toEqual([[401, 402, 'yaml-syntax.too-deep']]);
    // A tab-indented file sends the parser down the full path first (the order that changed the findings before).
    parseSource('tabs.yaml', 'plan:\n\tid: p\n\ttitle: t\n');
    for (let round = 0; round < 3; round++) expect(parseSource('deep.yaml', deep).problems.map((p) => [p.line, p.column, p.message.id])).toEqual(first);
  });
});
