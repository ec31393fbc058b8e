// Two YAML mistakes whose parser messages point elsewhere get hints that say what to fix (a tester's findings): a key
// without its colon (`date 2019-09-02`, reported as an implicit key without a value, whose hint looked for an unclosed
// quote) and a key indented further than the entry's other keys (reported as a nested mapping at the line before).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { renderMessage } from '../../src/messages/index.js';

function syntaxHints(text: string, locale: 'en' | 'nb' = 'en'): string[] {
  const analysis = analyze([{ file: 'p.yaml', text }], { clockToday: 19700 });
  return analysis.diagnostics.filter((d) => d.rule === 'yaml-syntax').map((d) => `${d.line}:${d.column} ${d.hint === undefined ? '' : renderMessage(d.hint, locale)}`);
}

describe('yaml-syntax hints for a missing colon and an over-indented key', () => {
  it('shows the line with its colon', () => {
    const text = 'plan: {id: d, title: D}\nmilestones:\n  - id: M1\n    title: T\n    date 2019-09-02\n';
    expect(syntaxHints(text)).toEqual(['5:5 put a colon after the key: date: 2019-09-02']);
    expect(syntaxHints(text, 'nb')).toEqual(['5:5 sett et kolon etter nøkkelen: date: 2019-09-02']);
    // A value of several words before a `key:` line is reported as a key over two lines: the same hint.
    expect(syntaxHints('plan: {id: d, title: D}\nmilestones:\n  - id: M1\n    title Leverandørdialog er fullført\n    date: 2019-09-02\n')).toEqual(['4:5 put a colon after the key: title: Leverandørdialog er fullført']);
  });

  it('names the key whose value the deeper line continues', () => {
    const text = 'plan: {id: d, title: D}\nmilestones:\n  - id: M1\n      title: T\n    date: 2019-09-02\n';
    expect(syntaxHints(text)).toEqual(["3:9 the next line is indented further than id, so it reads as part of id's value: line its key up under id"]);
  });

  it('keeps the other hints where the line is no `key value` (an unclosed quote, a value with a colon)', () => {
    expect(syntaxHints('plan: {id: d, title: "D}\n').join('\n')).not.toContain('put a colon');
    expect(syntaxHints('plan:\n  id: p\n  title: Fase 2: Innføring\n').join('\n')).toContain('write it in quotes');
  });
});
