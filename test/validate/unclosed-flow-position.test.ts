// A flow collection left open before the next line goes back to its block's indentation: the yaml library reports it
// at that next line, and the finding now points where the collection opens, which its hint ("close the flow collection
// that starts here") names (a tester's finding, session 12: it pointed at the line after).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';

function syntaxPlaces(text: string): string[] {
  return analyze([{ file: 'p.yaml', text }], { clockToday: 19700 }).diagnostics.filter((d) => d.rule === 'yaml-syntax').map((d) => `${d.line}:${d.column}`);
}

describe('an unclosed flow collection', () => {
  it('is reported at its opening bracket', () => {
    expect(syntaxPlaces('plan:\n  id: p\n  title: [oops\nmilestones:\n  - id: X\n')).toEqual(['3:10']);
    expect(syntaxPlaces('plan: {id: p, title: P}\nmilestones:\n  - id: X\n    title: x\n    date: 2024-01-02\n    after: [A, {id: B, lag: 2d}\n  - id: Y\n')).toEqual(['6:12']);
    expect(syntaxPlaces('a: {b: 1\nc: 2\n')).toEqual(['1:4']);
  });

  it('at the end of the file, as before', () => {
    expect(syntaxPlaces('a: [x, y\n')).toEqual(['1:4']);
  });
});
