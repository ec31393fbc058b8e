// Tester round 33 F1: titles people write (`*Viktig* milepæl`, `[Utkast] Plan`, `"Fase 1" del 2`, `- Fase 2`) got the
// yaml library's jargon ("Unexpected scalar at node end") at the second word and the hint "fix the YAML syntax at this
// position". They are found at the value, said in words, and shown quoted.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { renderMessage } from '../../src/messages/index.js';

const PLAN = (title: string): string => `plan:\n  id: p\n  title: P\nmilestones:\n  - id: M1\n    title: ${title} # merknad\n    date: 2024-01-02\n`;

function syntax(text: string, locale: 'en' | 'nb' = 'en'): string[] {
  const analysis = analyze([{ file: 'p.yaml', text }], { clockToday: 19700 });
  return analysis.diagnostics.filter((d) => d.rule === 'yaml-syntax').map((d) => `${d.line}:${d.column} ${renderMessage(d.message, locale)} | ${d.hint === undefined ? '' : renderMessage(d.hint, locale)}`);
}

describe('a value that starts the way YAML reads as another node', () => {
  it.each([
    ['*Viktig* milepæl', 'starts with "*", which YAML reads as an alias (a reference to an anchor)', '"*Viktig* milepæl"'],
    ['[Utkast] Plan', 'starts with "[", which YAML reads as a list, and more text follows it', '"[Utkast] Plan"'],
    ['{x} Plan', 'starts with "{", which YAML reads as a mapping, and more text follows it', '"{x} Plan"'],
    ['"Fase 1" del 2', 'starts with a quoted text, and more text follows its closing quote', '\'"Fase 1" del 2\''],
    ['- Fase 2', 'starts with "- ", which YAML reads as a list entry', '"- Fase 2"'],
    ['`Kode` klar', 'starts with "`", a character YAML reserves', '"`Kode` klar"'],
    ['@helsedir', 'starts with "@", a character YAML reserves', '"@helsedir"'],
    ['? spørsmål', 'starts with "?", which YAML reads as the start of a key', '"? spørsmål"'],
    // Tester round 106 F4: `responsible: ?` unquoted, the unassigned marker, got the parser's own words.
    ['?', 'starts with "?", which YAML reads as the start of a key', '"?"'],
    ['? # ukjent', 'starts with "?", which YAML reads as the start of a key', '"?"'],
  ])('%s: at the value, said in words, the hint quoting it', (title, says, quoted) => {
    expect(syntax(PLAN(title))).toEqual([`6:12 the value of title ${says}, so YAML does not read it as text | write it in quotes: ${quoted}`]);
  });

  // Its rest (session 61): in a flow mapping the parser missed a comma after the `?`; an unclosed mapping keeps its finding.
  it('says the same of a lone ? in a flow mapping, last or followed by more keys', () => {
    const plan = (entry: string): string => `plan: {id: p, title: P}\nmilestones:\n  - ${entry}\n`;
    for (const entry of ['{id: A, title: A, date: 2024-01-10, responsible: ?}', '{id: A, title: A, responsible: ?, date: 2024-01-10}']) {
      expect(syntax(plan(entry))).toEqual([`3:${entry.indexOf('?') + 5} the value of responsible starts with "?", which YAML reads as the start of a key, so YAML does not read it as text | write it in quotes: "?"`]);
    }
    expect(syntax(plan('{id: A, title: "A, date: 2024-01-10}')).join('\n')).not.toContain('write it in quotes');
  });

  // Tester round 34 F6, F3: a comment after a tab was quoted into the title; a list field was told to quote its text.
  it('leaves a comment after a tab out of the quoted value, and leaves list fields to the parser', () => {
    expect(syntax('plan:\n  id: p\n  title: [Utkast] Plan\t# kommentar\n')).toEqual(['3:10 the value of title starts with "[", which YAML reads as a list, and more text follows it, so YAML does not read it as text | write it in quotes: "[Utkast] Plan"']);
    expect(syntax('plan:\n  id: p\n  title: P\n  governance:\n    require: "PS", "KR"\n').join('\n')).not.toContain('write it in quotes');
  });

  // Tester round 35 N3: such a list got the parser's jargon at its comma.
  it('says a list written without its brackets is one, with the list it should be', () => {
    expect(syntax('plan:\n  id: p\n  title: P\n  governance:\n    require: "PS", "KR"\n')).toEqual(['5:14 the value of require is a list written without its brackets, which YAML does not read | write it as a list: require: ["PS", "KR"]']);
    expect(syntax(PLAN('T').replace('    date: 2024-01-02\n', '    date: 2024-01-02\n    after: - M0\n'), 'nb')).toEqual(['8:12 verdien av after er en liste skrevet uten hakeparenteser, som YAML ikke leser | skriv den som en liste: after: [M0]']);
  });

  it('in Norwegian', () => {
    expect(syntax(PLAN('[Utkast] Plan'), 'nb')).toEqual(['6:12 verdien av title begynner med «[», som YAML leser som en liste, og mer tekst følger etter den, så YAML leser den ikke som tekst | skriv den i anførselstegn: "[Utkast] Plan"']);
  });

  it('leaves a list with text after it where a list goes, and a quoted key, to the parser\'s own finding', () => {
    const after = syntax('plan:\n  id: p\n  title: P\nmilestones:\n  - id: M1\n    title: T\n    date: 2024-01-02\n    after: [M0] M2\n');
    expect(after.join('\n')).not.toContain('write it in quotes');
    expect(syntax('a: "x": y\n').join('\n')).not.toContain('write it in quotes');
  });

  // Tester round 35 N4: one emphasised word was told to put an anchor &Viktig* above it.
  it('tells one emphasised word, read as an alias, to go in quotes', () => {
    expect(syntax('plan:\n  id: p\n  title: *Viktig*\n')).toEqual(['3:10 unknown alias *Viktig*: no anchor &Viktig* comes before it | write it in quotes: "*Viktig*"']);
  });
});

// Tester round 34 F7: the compact styles (flow mappings, list entries, quoted keys) and `%` kept the parser's jargon.
describe('the same value in a flow mapping, a list entry or after a quoted key', () => {
  const COMPACT = [
    'plan: {id: f1, title: T}',
    'milestones:',
    '  - {id: A, title: *Viktig* milepæl, date: 2025-03-03}',
    '  - {id: B, title: [Utkast, v2] Plan, date: 2025-03-03}',
    '  - id: C',
    '    title: c',
    '    date: 2025-03-03',
    '    x-notes:',
    '      - "Fase 1" del 2',
    '      - `kode` # merknad',
    '    "tittel med mellomrom": @x',
    '',
  ].join('\n');

  it('finds each at its value, in words, with the value quoted', () => {
    expect(syntax(COMPACT)).toEqual([
      '3:20 the value of title starts with "*", which YAML reads as an alias (a reference to an anchor), so YAML does not read it as text | write it in quotes: "*Viktig* milepæl"',
      '4:20 the value of title starts with "[", which YAML reads as a list, and more text follows it, so YAML does not read it as text | write it in quotes: "[Utkast, v2] Plan"',
      '9:9 an entry of x-notes starts with a quoted text, and more text follows its closing quote, so YAML does not read it as text | write it in quotes: \'"Fase 1" del 2\'',
      '10:9 an entry of x-notes starts with "`", a character YAML reserves, so YAML does not read it as text | write it in quotes: "`kode`"',
      '11:29 the value of "tittel med mellomrom" starts with "@", a character YAML reserves, so YAML does not read it as text | write it in quotes: "@x"',
    ]);
  });

  it('in Norwegian', () => {
    expect(syntax(COMPACT, 'nb')[2]).toBe('9:9 et element i x-notes begynner med en tekst i anførselstegn, og mer tekst følger etter det avsluttende anførselstegnet, så YAML leser det ikke som tekst | skriv det i anførselstegn: \'"Fase 1" del 2\'');
  });

  it('names the list of each entry, past sibling entries and lists nested in them', () => {
    const nested = 'plan:\n  id: p\n  title: P\n  x-notes:\n    - `a`\n    - sub:\n        # merknad\n        - `b`\n    - `c`\n';
    expect(syntax(nested).map((s) => s.replace(/ starts with.*/, ''))).toEqual(['5:7 an entry of x-notes', '8:11 an entry of sub', '9:7 an entry of x-notes']);
  });

  it('ends a value in a flow mapping at its comma, past brackets and quoted texts inside it', () => {
    const plan = (title: string): string => `plan:\n  id: p\n  title: P\nmilestones:\n  - {id: M1, title: ${title}, date: 2024-01-02}\n`;
    expect(syntax(plan("[Utkast, 'a, b'] Don't")).map((s) => s.replace(/.* \| /, ''))).toEqual(['write it in quotes: "[Utkast, \'a, b\'] Don\'t"']);
    expect(syntax(plan('`kode` # merknad')).map((s) => s.replace(/.* \| /, ''))).toEqual(['write it in quotes: "`kode`"']);
  });

  it('reads the innermost value: a flow mapping\'s after a block key, a block value holding a flow key', () => {
    expect(syntax('plan: {id: p, title: *Viktig* plan}\n').map((s) => s.replace(/ starts with.*\| /, ' | '))).toEqual(['1:22 the value of title | write it in quotes: "*Viktig* plan"']);
    expect(syntax('plan:\n  id: p\n  title: [Utkast, v: 2] Plan\n').map((s) => s.replace(/ starts with.*\| /, ' | '))).toEqual(['3:10 the value of title | write it in quotes: "[Utkast, v: 2] Plan"']);
  });

  // Tester round 39 F2, F7, F8.
  it('reads a quoted list key as the key, a line of blanks and tabs as blank, and keys with Norwegian letters', () => {
    const base = 'plan:\n  id: p\n  title: P\nmilestones:\n  - id: M1\n    title: T\n    date: 2024-01-02\n';
    for (const key of ['"after"', "'after'"]) expect(syntax(`${base}    ${key}: [M0] M2\n`).join('\n')).not.toContain('write it in quotes');
    expect(syntax(`${base}    deliverables:\n      - ok\n\t\n      - "Fase 1" del 2\n`).map((s) => s.replace(/ starts with.*/, ''))).toEqual(['11:9 an entry of deliverables']);
    expect(syntax(`${base}    x-merknad-på: *Viktig* milepæl\n`).map((s) => s.replace(/ starts with.*/, ''))).toEqual(['8:19 the value of x-merknad-på']);
    expect(syntax(`${base}    x-leveranser-på:\n      - "Fase 1" del 2\n`).map((s) => s.replace(/ starts with.*/, ''))).toEqual(['9:9 an entry of x-leveranser-på']);
  });

  // Tester round 39 F5, F6: a flow mapping over lines kept its comma or brace in the quoted value; a flow value holding
  // a `key: ` of its own got the parser's words.
  it('ends a value of a flow mapping over lines at its comma or brace, and reads a flow value holding a key: ', () => {
    const base = 'plan:\n  id: p\n  title: P\nmilestones:\n';
    const hint = (s: string): string => s.replace(/^(\d+:\d+) .* \| /, '$1 | ');
    expect(syntax(`${base}  - {id: A,\n     title: *x y,\n     date: 2024-01-10}\n`).map(hint)).toEqual(['6:13 | write it in quotes: "*x y"']);
    expect(syntax(`${base}  - {id: A, date: 2024-01-10,\n     title: "Fase 1" del 2}\n`).map(hint)).toEqual(['6:13 | write it in quotes: \'"Fase 1" del 2\'']);
    expect(syntax(`${base}  - {id: B, title: [Utkast, v: 2] Plan, date: 2024-01-10}\n`).map(hint)).toEqual(['5:20 | write it in quotes: "[Utkast, v: 2] Plan"']);
  });

  it('says "%" is reserved', () => {
    expect(syntax('plan:\n  id: p\n  title: %x\n')).toEqual(['3:10 the value of title starts with "%", a character YAML reserves, so YAML does not read it as text | write it in quotes: "%x"']);
  });

  it('leaves entries of lists of references and mappings to the parser', () => {
    const after = syntax('plan:\n  id: p\n  title: P\nmilestones:\n  - id: M1\n    title: T\n    date: 2024-01-02\n    after:\n      - [M0] M2\n');
    expect(after.join('\n')).not.toContain('write it in quotes');
    const entry = syntax('plan:\n  id: p\n  title: P\nmilestones:\n  - "Fase 1" del 2\n');
    expect(entry.join('\n')).not.toContain('write it in quotes');
    const flowAfter = syntax('plan:\n  id: p\n  title: P\nmilestones:\n  - {id: M1, title: T, date: 2024-01-02, after: [M0] M2}\n');
    expect(flowAfter.join('\n')).not.toContain('write it in quotes');
  });
});
