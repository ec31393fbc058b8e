// A milestone's fields are its own keys only (src/model/written-milestone.ts reads them with for-in): a `__proto__` key
// written in the YAML is an own key like any other (both parsers define it), never the object's prototype, so the
// fields inside it are not the milestone's.
import { describe, expect, it } from 'vitest';
import { analyzeTextsWith } from '../../src/analyze-texts.js';
import { parseFullChecked } from '../../src/source/full-parse.js';

const PLAN = `plan: {id: p, title: P}
milestones:
  - id: A
    title: A
    __proto__: {date: 2026-01-05, after: [B], title: Inherited}
  - id: B
    title: B
    date: 2026-01-06
`;

describe('milestone fields', () => {
  for (const fullParse of [false, true]) {
    it(`are read from own keys only, never from a __proto__ key's value (${fullParse ? 'full' : 'fast'} parser)`, () => {
      const analysis = analyzeTextsWith(parseFullChecked, [{ file: 'p.yaml', text: PLAN }], { clockToday: 20000, fullParse });
      expect(analysis.workspace.milestones.map((m) => [m.ref, m.title])).toEqual([['p/B', 'B']]);
      expect([...analysis.workspace.dependencies]).toEqual([]);
      expect(analysis.diagnostics.map((d) => d.rule)).toContain('schema');
    });
  }
});
