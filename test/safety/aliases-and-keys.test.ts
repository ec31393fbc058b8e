// Tester round 38: the yaml library resolves each alias by a walk over the anchors and aliases before it, and checks
// each key of a mapping against every key before it. 10,000 anchors each used once took 14 s, a mapping of 20,000
// keys 6 s. A file with more than 1,000 aliases is refused with one finding; duplicate keys are found with a set per
// mapping, as the library finds them.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { renderMessage } from '../../src/messages/index.js';

function findings(text: string, locale: 'en' | 'nb' = 'en'): string[] {
  const analysis = analyze([{ file: 'p.yaml', text }], { clockToday: 19700 });
  return analysis.diagnostics.filter((d) => d.rule === 'yaml-syntax').map((d) => `${d.line}:${d.column} ${renderMessage(d.message, locale)}`);
}

/** The yaml-syntax findings' related notes, `line:column message` under their finding's `line:column`. */
function notes(text: string): string[] {
  const analysis = analyze([{ file: 'p.yaml', text }], { clockToday: 19700 });
  return analysis.diagnostics.filter((d) => d.rule === 'yaml-syntax').flatMap((d) => d.related.map((r) => `${d.line}:${d.column} → ${r.line}:${r.column} ${renderMessage(r.message, 'en')}`));
}

const HEAD = 'plan:\n  id: p\n  title: P\nmilestones:\n  - id: A\n    title: T\n    date: 2024-01-02\n';

describe('aliases', () => {
  const aliases = (n: number): string => HEAD + Array.from({ length: n }, (_, i) => `    x-a${i}: &a${i} v\n    x-b${i}: *a${i}\n`).join('');

  it('reads a file of 1,000 aliases', () => {
    expect(findings(aliases(1000))).toEqual([]);
  });

  it('refuses one of more at the first past them, in en and nb', () => {
    expect(findings(aliases(1001))).toEqual(['2009:14 the file has 1001 aliases, more than the 1000 milepel reads in one file; this is the first past them']);
    expect(findings(aliases(20000), 'nb')).toEqual(['2009:14 filen har 20000 aliaser, flere enn de 1000 milepel leser i én fil; dette er det første over grensen']);
  });
});

// Tester round 38 F2: the unknown alias was looked for by resolving each alias with a walk over the whole document.
describe('an alias without an anchor before it', () => {
  it('is the first in text order that no earlier anchor names', () => {
    const text = `${HEAD}    x-a: &a v\n    x-b: *a\n    x-c: *b\n    x-d: &b w\n    x-e: *c\n`;
    expect(findings(text)).toEqual(['10:10 unknown alias *b: no anchor &b comes before it']);
    const many = HEAD + Array.from({ length: 999 }, (_, i) => `    x-b${i}: *q${i}\n`).join('');
    expect(findings(many)).toEqual(['8:11 unknown alias *q0: no anchor &q0 comes before it']);
  });
});

describe('duplicate keys', () => {
  it('are the keys whose value an earlier key of the mapping has, as YAML compares them', () => {
    const text = 'plan:\n  id: p\n  title: P\n  title: Q\nmilestones:\n  - {id: A, id: B, title: T, date: 2024-01-02}\n  - id: C\n    1: x\n    "1": y\n    .nan: 1\n    .nan: 2\n    null: 1\n    ~: 2\n';
    expect(findings(text)).toEqual([
      '4:3 duplicate key "title" in plan p: this mapping already has one',
      '6:13 duplicate key "id" in milestone A: this mapping already has one',
      '13:5 duplicate key "~" in milestone C: this mapping already has one',
    ]);
    // Where the mapping's first such key is (tester round 43: the finding named neither it nor its milestone).
    expect(notes(text)).toEqual(['4:3 → 3:3 the first "title" is here', '6:13 → 6:6 the first "id" is here', '13:5 → 12:5 the first "null" is here']);
  });

  it('in a mapping inside an entry name the entry, not the mapping\'s own id (tester round 44 F4)', () => {
    const text = 'plan: {id: p, title: P}\nmilestones:\n  - id: M1\n    title: T\n    date: 2026-06-12\n    after:\n      - {id: X, lag: 2d, lag: 3d}\n    history:\n      - {reported: 2026-01-05, forecast: 2026-06-01, forecast: 2026-06-02}\n  - id: X\n    title: X\n    date: 2026-06-01\n';
    expect(findings(text)).toEqual([
      '7:26 duplicate key "lag" in milestone M1: this mapping already has one',
      '9:54 duplicate key "forecast" in milestone M1: this mapping already has one',
    ]);
  });

  it('are found in a mapping of 20,000 keys', () => {
    const keys = Array.from({ length: 20000 }, (_, i) => `    x-k${i}: v\n`);
    keys[5000] = '    x-k7: v\n';
    keys[19999] = '    x-k7: v\n';
    expect(findings(HEAD + keys.join(''))).toEqual(['5008:5', '20007:5'].map((at) => `${at} duplicate key "x-k7" in milestone A: this mapping already has one`));
    expect(notes(HEAD + keys.join(''))).toEqual(['5008:5 → 15:5 the first "x-k7" is here', '20007:5 → 15:5 the first "x-k7" is here']);
  });
});

// Tester round 38 F4: on the full parser's path (a file with an anchor), each finding was located by a search of its
// mapping, and each alias on the way by a walk of the whole document: 40,000 unknown keys took 86 s.
describe('findings in a file the full parser reads', () => {
  it('point at their keys, through aliases too', () => {
    const keys = Array.from({ length: 3000 }, (_, i) => `    tittel${i}: v\n`).join('');
    const text = `plan:\n  id: p\n  title: &t P\nmilestones:\n  - id: A\n    title: *t\n    date: 2024-01-02\n${keys}  - &b {id: B, title: T, date: 2024-01-03, statusx: 1}\n`;
    const analysis = analyze([{ file: 'p.yaml', text }], { clockToday: 19700 });
    const schema = analysis.diagnostics.filter((d) => d.rule === 'schema');
    expect(schema.length).toBe(3001);
    expect(schema.slice(0, 2).map((d) => `${d.line}:${d.column}`)).toEqual(['8:5', '9:5']);
    expect(schema.map((d) => d.line).at(-1)).toBe(3008);
  });
});
