// Lines with a long run of blanks inside them. A lazy group before `\s*$` (or `[ \t]*:`) retries the blanks from every
// character it grows by: 200,000 spaces in one value took 30–70 s for validate to place a yaml-syntax finding, a
// second per 20,000 in an import's `after` cell, and the language server's outline as long. Each case here ran past
// the test timeout before; each is read in one pass now.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { renderMessage } from '../../src/messages/index.js';
import { parseAfter } from '../../src/interchange/sheet/after.js';
import { visitOutline } from '../../src/lsp/yaml-outline.js';
import { flowKeys } from '../../src/lsp/flow-collections.js';
import { TextIndex } from '../../src/lsp/text-index.js';

const BLANKS = ' '.repeat(200_000);

function syntax(text: string): string[] {
  const analysis = analyze([{ file: 'p.yaml', text }], { clockToday: 19700 });
  return analysis.diagnostics.filter((d) => d.rule === 'yaml-syntax').map((d) => `${d.line}:${d.column} ${renderMessage(d.message, 'en').slice(0, 40)}`);
}

describe('a long run of blanks inside a line', () => {
  it.each([
    ['a block value', `plan:\n  id: p\n  title: *a${BLANKS}b\n`, '3:10 the value of title starts with "*", whic'],
    ['a list entry', `plan:\n  id: p\n  x-notes:\n    - \`a${BLANKS}b\n`, '4:7 an entry of x-notes starts with "`", a c'],
    ['a flow mapping', `plan: {id: p, title: *a${BLANKS}b}\n`, '1:22 the value of title starts with "*", whic'],
  ])('validate places the yaml-syntax finding of %s', (_, text, expected) => {
    expect(syntax(text)).toEqual([expected]);
  });

  it('an import reads an after cell with them', () => {
    const notes: unknown[] = [];
    const links = parseAfter(`MP1${BLANKS}SS${BLANKS}+${BLANKS}2d; MP1${BLANKS}x`, new Map([['MP1', 'MP1']]), (p) => void notes.push(p));
    expect(links.map((l) => `${l.id} ${l.type} ${l.lagDays}`)).toEqual(['MP1 SS 2']);
    expect(notes).toHaveLength(1);
  });

  it('the language server reads the keys of a line with them, in block and flow style', () => {
    const keys: string[] = [];
    visitOutline(`plan${BLANKS}x\nmilestones${BLANKS}:\n  - {id${BLANKS}: A}\n`, (top, key) => {
      keys.push(`${top}.${key ?? ''}`);
      return false;
    });
    expect(keys).toContain('milestones.');
    const line = `  - {title: Don't${"'".repeat(50_000)}${BLANKS}, id: A}`;
    expect([...flowKeys(new TextIndex(`milestones:\n${line}\n`), 1, line.indexOf('{'))].map(([k]) => k)).toEqual(['title', 'id']);
  });
});
