// set's scoped findings (src/edit/scoped-findings.ts): a rule without a scope in src/edit/rule-scopes.ts is made whole
// unless no edit can change it (UNAFFECTED) or it is structural, so a rule added later is never silently skipped.
import { describe, expect, it } from 'vitest';
import { analyzeTextsWith, STRUCTURAL_RULES } from '../../src/analyze-texts.js';
import { findScopedDiagnostics } from '../../src/edit/scoped-findings.js';
import { UNAFFECTED } from '../../src/edit/rule-scopes.js';
import { parseFullChecked } from '../../src/source/full-parse.js';

const PLAN = `plan: {id: p, title: P, status_date: 2026-03-02}
milestones:
  - {id: A, title: A, date: 2026-01-06}
  - {id: B, title: B, date: 2026-01-05, after: [A]}
  - {id: C, title: C, date: 2026-01-10, after: [{id: B, lag: -2d}]}
`;

describe('scoped findings without scopes', () => {
  it('are every finding of the whole analysis but the structural and unaffected rules', () => {
    const analysis = analyzeTextsWith(parseFullChecked, [{ file: 'p.yaml', text: PLAN }], { clockToday: 20600 });
    const made = findScopedDiagnostics(analysis, { milestones: new Map() }, false).map((d) => `${d.rule} ${d.ref}`).sort();
    const left = new Set<string>([...STRUCTURAL_RULES, ...UNAFFECTED]);
    const expected = analysis.diagnostics.filter((d) => !left.has(d.rule)).map((d) => `${d.rule} ${d.ref}`).sort();
    expect(expected.length).toBeGreaterThan(2);
    expect(made).toEqual(expected);
    expect(analysis.diagnostics.some((d) => d.rule === 'lead')).toBe(true);
  });
});
