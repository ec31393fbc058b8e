// A tab-indented line costs no whole-file parse of its own (tester round 45 F4: one tab in 30,000 milestones took
// 6.9 s, a full parse per round, against 0.76 s without it): the text read as meant goes the way a file without the
// tab goes. Counted, not timed: the full parser's calls.
import { describe, expect, it, vi } from 'vitest';
import { parseSource } from '../../src/source/full-parse.js';

const calls = vi.hoisted(() => ({ full: 0 }));
vi.mock('../../src/source/yaml.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/source/yaml.js')>();
  return {
    ...original,
    parsePlanDocument: (...args: Parameters<typeof original.parsePlanDocument>) => {
      calls.full++;
      return original.parsePlanDocument(...args);
    },
  };
});

const PLAN = 'plan:\n  id: p\n  title: P\n  status_date: 2026-06-01\nmilestones:\n';

describe('a large plan with tab-indented lines', () => {
  it('is read without the full parser, each tab one finding', () => {
    const entries = Array.from({ length: 3000 }, (_, i) => `  - id: M${i}\n${i % 1000 === 7 ? '\t' : '    '}title: Milestone ${i}\n    date: 2026-07-01\n`);
    calls.full = 0;
    const parsed = parseSource('p.yaml', PLAN + entries.join(''));
    expect(parsed.problems.map((p) => `${p.line}:${p.column} ${p.message.id}`)).toEqual(['28:1 yaml-syntax.tab-indent', '3028:1 yaml-syntax.tab-indent', '6028:1 yaml-syntax.tab-indent']);
    expect(parsed.data).toBeUndefined();
    expect(calls.full).toBe(0);
  });

  it('with another problem further on is read by one parse, which finds it', () => {
    const entries = Array.from({ length: 3000 }, (_, i) => `  - id: M${i}\n${i === 7 ? '\t' : '    '}title: Milestone ${i}\n    date: 2026-07-01\n${i === 2000 ? '    date: 2026-07-02\n' : ''}`);
    calls.full = 0;
    const parsed = parseSource('p.yaml', PLAN + entries.join(''));
    expect(parsed.problems.map((p) => `${p.line}:${p.column} ${p.message.id}`)).toEqual(['28:1 yaml-syntax.tab-indent', '6009:5 yaml-syntax.duplicate-key']);
    expect(calls.full).toBeLessThanOrEqual(1);
  });

  it('too large for the full parser once read with spaces is refused with the size of the file (tester round 46 F6)', () => {
    // An anchor keeps the text from the fast path; each tab is read as 60 spaces, doubling the text.
    const deep = `x-a: &a 1\nx-deep:\n${Array.from({ length: 60 }, (_, i) => `${' '.repeat(i)}k${i}:\n`).join('')}`;
    const text = `${PLAN}${deep}${'\tleaf: 1\n'.repeat(300_000)}`;
    const parsed = parseSource('p.yaml', text);
    expect(parsed.problems.filter((p) => p.message.id === 'yaml-syntax.too-large').map((p) => p.message.data)).toEqual([{ sizeMb: Math.round(text.length / 1048576), limitMb: 16 }]);
  });
});

