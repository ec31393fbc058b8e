// findIntroduced (src/edit/introduced.ts): counted by rule and entity (issue #12), and of a rule and entity with more
// findings than before, only those that match no older finding are new — not whichever sort last.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { parseDayDate } from '../../src/calendar/index.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import { openEditAnalyses } from '../../src/edit/incremental.js';
import { findIntroduced } from '../../src/edit/introduced.js';
import { mapEditedLines } from '../../src/edit/line-map.js';
import { planSet, type EditInput } from '../../src/edit/plan-set.js';
import { renderMessage } from '../../src/messages/index.js';

const today = parseDayDate('2019-08-01')!;
const FILE = 'ws/p.yaml';

// M is late for Z (Z's date + lag 5d is after M's forecast). Its forecast moved earlier makes it late for A as well:
// A's finding is the new one, Z's only names M's new forecast. By text, A's sorts first among M's dependency-order
// findings — the old matching took the first one as the old finding and reported Z's as introduced.
const PLAN = `plan: {id: p, title: P}
milestones:
  - id: A
    title: A
    date: 2019-09-02
  - id: Z
    title: Z
    date: 2019-09-16
  - id: M
    title: M
    date: 2019-09-20
    forecast: 2019-09-18
    after: [A, {id: Z, lag: 5d}]
`;

function inputs(texts: ReadonlyMap<string, string>): EditInput[] {
  const toSources = (t: ReadonlyMap<string, string>): { file: string; text: string }[] => [...t].map(([file, text]) => ({ file, text }));
  const options = { today, clockToday: today };
  const full = analyze(toSources(texts), options);
  const incremental = openEditAnalyses(toSources(texts), options);
  const reanalyze = (t: ReadonlyMap<string, string>): ReturnType<typeof analyze> => analyze(toSources(t), options);
  return [
    { texts, analysis: full, reanalyze, locale: 'en' },
    { texts, analysis: incremental.analysis, reanalyze, reanalyzeSources: incremental.reanalyzeSources, introduced: incremental.introduced, locale: 'en' },
  ];
}

describe('set names only the findings its edit introduced', () => {
  it('reports the new late predecessor, not the older finding of the same rule and milestone that sorts after it', () => {
    for (const input of inputs(new Map([[FILE, PLAN]]))) {
      const plan = planSet(input, 'p/M', [['forecast', '2019-08-30']]);
      expect(plan.ok).toBe(true);
      if (!plan.ok) continue;
      expect(plan.introduced.map((d) => [d.rule, d.ref])).toEqual([['dependency-order', 'p/M']]);
      expect(renderMessage(plan.introduced[0]!.message)).toContain('its predecessor p/A ');
      // Both findings are there after the edit; Z's (the older) is the one that sorts last.
      const after = input.reanalyze(new Map(input.texts).set(FILE, plan.edits[0]!.after)).diagnostics.filter((d) => d.rule === 'dependency-order');
      expect(after.map((d) => renderMessage(d.message).includes('predecessor p/Z'))).toEqual([false, true]);
    }
  });

  it('pairs an unchanged finding below an inserted line with its old self, by its place after the edit', () => {
    // Two findings of one rule and entity before at lines 10 and 20; after an edit that added a line at 5, the same
    // two sit at 11 and 21 and a new one at 6, which sorts first.
    const d = (line: number, text: string, related: number[] = []): Diagnostic => ({
      rule: 'lead', ref: 'p/M', file: 'f', line, column: 3, severity: 'warning',
      message: { id: 'lead', data: { text } }, related: related.map((l) => ({ file: 'f', line: l, column: 5, message: { id: 'x' } })),
    }) as unknown as Diagnostic;
    const before = [d(10, 'b'), d(20, 'c', [30])];
    const after = [d(6, 'a'), d(11, 'b'), d(21, 'c2', [31])];
    const lines = Array.from({ length: 40 }, (_, i) => `line ${i + 1}`);
    const edited = [...lines.slice(0, 5), 'new', ...lines.slice(5)];
    const mapLine = mapEditedLines([{ file: 'f', before: `${lines.join('\n')}\n`, after: `${edited.join('\n')}\n` }]);
    expect(mapLine('f', 4)).toBe(4);
    expect(mapLine('f', 10)).toBe(11);
    expect(findIntroduced(before, after, mapLine).map((x) => x.line)).toEqual([6]);
    // Without the line map only b's unchanged text pairs it; c (new text, moved places) is left to pair in order.
    expect(findIntroduced(before, after).map((x) => x.line)).toEqual([21]);
    // Counted, not matched: no more findings than before, nothing new, whatever moved (issue #12).
    expect(findIntroduced([d(10, 'b'), d(20, 'c')], [d(1, 'x'), d(2, 'y')])).toEqual([]);
  });

  it('maps lines of CR LF and CR files, and of edits that remove lines', () => {
    const map = mapEditedLines([
      { file: 'crlf', before: 'a\r\nb\r\nc\r\nd\r\n', after: 'a\r\nb\r\nX\r\nY\r\nc\r\nd\r\n' },
      { file: 'cr', before: 'a\rb\rc\rd\r', after: 'a\rc\rd\r' },
    ]);
    expect([1, 2, 3, 4].map((l) => map('crlf', l))).toEqual([1, 2, 5, 6]);
    expect([1, 3, 4].map((l) => map('cr', l))).toEqual([1, 2, 3]);
    expect(map('other', 7)).toBe(7);
  });

  it('maps lines the same when the edit says where it spliced and on which line (set), for any text and splice', () => {
    const text = fc.array(fc.constantFrom('a', 'b ', '\r', '\n', '\r\n'), { maxLength: 24 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, text, fc.nat(), fc.nat(), (before, inserted, a, b) => {
      const start = Math.min(a, b) % (before.length + 1);
      const end = Math.min(before.length, start + (Math.max(a, b) % (before.length + 1)));
      const after = before.slice(0, start) + inserted + before.slice(end);
      const line = 1 + (before.slice(0, start).match(/\r\n|\r|\n/g)?.length ?? 0) - (before[start - 1] === '\r' && before[start] === '\n' ? 1 : 0);
      const whole = mapEditedLines([{ file: 'f', before, after }]);
      const spliced = mapEditedLines([{ file: 'f', before, after, splice: { start, end, text: inserted, line } }]);
      for (let l = 1; l <= before.length + 2; l++) expect(spliced('f', l), `line ${l}`).toBe(whole('f', l));
    }), { numRuns: 5000, seed: 18 });
  });
});
