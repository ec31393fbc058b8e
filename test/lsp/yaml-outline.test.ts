// The outline looksLikePlan judges (src/lsp/yaml-outline.ts): the top-level keys of a YAML text, each with the keys
// one level below it, read from the text in block and flow style, mid-typing too.
import { describe, expect, it } from 'vitest';
import { visitOutline } from '../../src/lsp/yaml-outline.js';

/** Each top-level key with the keys below it, in the order visited. */
function outline(text: string): [string, string[]][] {
  const found = new Map<string, string[]>();
  visitOutline(text, (top, key) => {
    const below = found.get(top) ?? [];
    found.set(top, key === undefined || below.includes(key) ? below : [...below, key]);
    return false;
  });
  return [...found];
}

describe('visitOutline', () => {
  const cases: readonly (readonly [string, string, [string, string[]][]])[] = [
    ['block mapping and list of mappings', 'plan:\n  id: p\n  calendar:\n    holidays: NO\nmilestones:\n  - id: A\n    after:\n      - {id: B, lag: 1d}\n  -\n    title: B\n', [['plan', ['id', 'calendar']], ['milestones', ['id', 'after', 'title']]]],
    ['an indentless list, CRLF, a byte order mark and comments', '\uFEFF# c\r\nmeetings: # m\r\n- body: PS # b\r\n  date: 2026-01-01\r\n', [['meetings', ['body', 'date']]]],
    ['every key of a flow document, over lines', '{plan: {stage: plan, script: x},\n apply: {stage: apply}, "q": [{\'a\': 1}]}\n', [['plan', ['stage', 'script']], ['apply', ['stage']], ['q', ['a']]]],
    ['quoted keys and escapes: no } or # in quotes ends or comments', "'it''s': {\"a\\\"}\": 1, 'b'' #}': 2, c: \"\\\\\"}\nnext: {d: 1}\n", [["it's", ['a\\"}', "b' #}", 'c']], ['next', ['d']]]],
    ['a flow collection not closed ends where the block goes on', 'milestones: [\n  {id: A, title: "x\nplan:\n  title: P\n', [['milestones', ['id', 'title']], ['plan', ['title']]]],
    ['a closing bracket at column 0 goes on with the collection', 'milestones: [\n  {id: A},\n]\nplan: {id: p}\n', [['milestones', ['id']], ['plan', ['id']]]],
    ['a block scalar\'s lines are text', 'script: |\n  plan:\n  id: x\nother: >-\n\n  a: b\nlast: 1\n', [['script', []], ['other', []], ['last', []]]],
    ['anchors, tags and every document', 'plan: &p !!map {id: p}\n---\nkind: x\n--- {goals: [{id: G}]}\n...\n', [['plan', ['id']], ['kind', []], ['goals', ['id']]]],
    ['a quoted scalar over lines', 'title: "a\n  b: c"\nplan:\n  id: p\n- \'x\n  y: z\'\n', [['title', []], ['plan', ['id']]]],
    ['a quoted scalar not closed ends where the block goes on', 'title: "a\nplan:\n  id: \'p\n  title: P\n', [['title', []], ['plan', ['id', 'title']]]],
    ['no keys', '- a\n- b: c\n', [['b', []]]],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => expect(outline(text)).toEqual(expected));
  }
});

describe('visitOutline stopping', () => {
  it('stops when the visitor has seen enough, and says so', () => {
    const seen: string[] = [];
    const text = 'plan: {id: p, title: P}\nmilestones:\n  - id: A\n';
    expect(visitOutline(text, (top, key) => (seen.push(key ?? top), key === 'id'))).toBe(true);
    expect(seen).toEqual(['plan', 'id']);
    expect(visitOutline(text, () => false)).toBe(false);
  });
});
