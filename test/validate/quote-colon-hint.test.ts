// The commonest YAML mistake, a plain value holding ': ' (`title: Fase 2: Innføring`), gets a hint that says how to
// fix it — quote the value, shown quoted — instead of the generic "fix the YAML syntax at this position" (a tester's
// finding, session 12). Other places of the same parser error keep the generic hint.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { renderMessage } from '../../src/messages/index.js';

const PLAN = (title: string): string => `plan:\n  id: p\n  title: P\nmilestones:\n  - id: M1\n    title: ${title}\n    date: 2024-01-02\n`;

function syntaxHints(text: string, locale: 'en' | 'nb' = 'en'): string[] {
  const analysis = analyze([{ file: 'p.yaml', text }], { clockToday: 19700 });
  return analysis.diagnostics.filter((d) => d.rule === 'yaml-syntax').map((d) => `${d.line}:${d.column} ${d.hint === undefined ? '' : renderMessage(d.hint, locale)}`);
}

describe("yaml-syntax's hint for a value holding ': '", () => {
  it('shows the value quoted, without a trailing comment, escaping quotes and backslashes', () => {
    expect(syntaxHints(PLAN('Fase 2: Innføring # note'))).toEqual(['6:12 the value holds ": ", which would start a mapping inside it; write it in quotes: "Fase 2: Innføring"']);
    expect(syntaxHints(PLAN('Fase 1 :: Oppstart'))).toEqual(['6:12 the value holds ": ", which would start a mapping inside it; write it in quotes: "Fase 1 :: Oppstart"']);
    expect(syntaxHints(PLAN('a "b": c\\d'))).toEqual(['6:12 the value holds ": ", which would start a mapping inside it; write it in quotes: "a \\"b\\": c\\\\d"']);
    expect(syntaxHints(PLAN('Fase 2: Innføring'), 'nb')).toEqual(['6:12 verdien inneholder ": ", som ellers starter en mapping inni den; skriv den i anførselstegn: "Fase 2: Innføring"']);
  });

  it('keeps the generic hint where the same parser error has another cause', () => {
    // A quoted value or an anchor before the colon, and a value continued on a more indented line (`a: b` then `  c: d`).
    for (const text of ['a: "x": y\n', 'a: &k b: c\n', 'a: b\n  c: d\n']) {
      const hints = syntaxHints(text);
      expect(hints.length, text).toBeGreaterThan(0);
      expect(hints.join('\n'), text).not.toContain('write it in quotes');
    }
  });
});
