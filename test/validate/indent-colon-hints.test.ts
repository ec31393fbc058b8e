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

  // Tester round 79 F2: `date:2019-09-02` is one plain text to YAML; the parser's message ("Implicit map keys need to
  // be followed by map values") and the hint ("close the flow collection or quoted string") sent the user looking for
  // what is not there.
  it('says a key is glued to its value when its colon has no space after it', () => {
    const findings = (text: string, locale: 'en' | 'nb' = 'en'): string[] => analyze([{ file: 'p.yaml', text }], { clockToday: 19700 }).diagnostics
      .filter((d) => d.rule === 'yaml-syntax').map((d) => `${d.line}:${d.column} ${renderMessage(d.message, locale)} | ${d.hint === undefined ? '' : renderMessage(d.hint, locale)}`);
    const glued = 'has no space after the colon, so YAML reads it as one text, not as the key';
    expect(findings('plan:\n  title: T\n  id:p\nmilestones:\n  - id: A\n    title: a\n    date: 2019-09-02\n')).toEqual([`3:3 id:p ${glued} id and its value | put a space after the colon: id: p`]);
    // Before a `key:` line the parser says "a key over two lines"; an entry's first key; the last line of the file.
    expect(findings('plan: {id: q, title: Q}\nmilestones:\n  - id: B\n    title:b\n    date: 2019-09-02\n')).toEqual([`4:5 title:b ${glued} title and its value | put a space after the colon: title: b`]);
    expect(findings('plan: {id: r, title: R}\nmilestones:\n  - id:C\n    title: c\n')).toEqual([`3:5 id:C ${glued} id and its value | put a space after the colon: id: C`]);
    expect(findings('plan: {id: r, title: R}\nmilestones:\n  - id: C\n    title: c\n    date:2019-09-02   # planned\n')).toEqual([`5:5 date:2019-09-02 ${glued} date and its value | put a space after the colon: date: 2019-09-02`]);
    // Tester round 80 F11: a glued key its mapping has already (above, or below on an entry's first line) is not told
    // to get its space, which would repeat the key; the note says where the other one is.
    const taken = analyze([{ file: 'p.yaml', text: 'plan: {id: r, title: R}\nmilestones:\n  - id: C\n    title: c\n    date: 2019-09-02\n    date:2019-09-09\n  - id: D\n    date:2019-09-09\n    title: d\n  - date:2019-09-09\n    id: E\n    date: 2019-09-02\n' }], { clockToday: 19700 }).diagnostics
      .filter((d) => d.rule === 'yaml-syntax').map((d) => `${d.line} ${renderMessage(d.hint!, 'en')}${d.related.map((r) => ` | ${r.line}:${r.column} ${renderMessage(r.message, 'en')}`).join('')}`);
    expect(taken).toEqual([
      '6 this mapping has date already: keep the one meant and remove the other | 5:5 the other date is here',
      '8 put a space after the colon: date: 2019-09-09',
      '10 this mapping has date already: keep the one meant and remove the other | 12:5 the other date is here',
    ]);
    // Round 81 F3: the key quoted or spaced before its colon counts too; in a flow mapping the schema says the same.
    const quotedTaken = analyze([{ file: 'p.yaml', text: 'plan: {id: r, title: R}\nmilestones:\n  - id: C\n    title: c\n    "date": 2019-09-02\n    date:2019-09-09\n  - id: D\n    date    : 2019-09-03\n    date:2019-09-09\n' }], { clockToday: 19700 }).diagnostics;
    expect(quotedTaken.map((d) => `${d.line} ${d.hint?.id ?? ''} ${d.related.map((r) => r.line).join(',')}`)).toEqual(['6 yaml-syntax.colon-without-space.taken.hint 5', '9 yaml-syntax.colon-without-space.taken.hint 8']);
    const flowTaken = analyze([{ file: 'p.yaml', text: 'plan: {id: r, title: R}\nmilestones:\n  - {id: A, title: a, date: 2019-09-02, date:2019-09-03}\n' }], { clockToday: 19700 }).diagnostics;
    expect(flowTaken.filter((d) => d.rule === 'schema').map((d) => `${d.line}:${d.column} ${d.hint === undefined ? '' : renderMessage(d.hint, 'en')}`)).toEqual(['3:41 this mapping has date already: keep the one meant and remove the other']);
    // Tester round 89 F2: two glued, each told to get its space, wrote the key twice; the second is told it is taken.
    const twoGlued = analyze([{ file: 'p.yaml', text: 'plan: {id: r, title: R}\nmilestones:\n  - {id: A, title: a, date:2019-09-02, date:2019-09-03}\n' }], { clockToday: 19700 }).diagnostics;
    expect(twoGlued.filter((d) => d.rule === 'schema').map((d) => `${d.line}:${d.column} ${d.hint === undefined ? '' : renderMessage(d.hint, 'en')}`)).toEqual([
      '3:23 put a space after the colon: date: 2019-09-02',
      '3:40 this mapping has date already: keep the one meant and remove the other',
    ]);
    // Round 81 F4: two glued pairs on one line are no one key's value: not offered as one, but each on a line of its
    // own (the parser's sentence and "close the flow collection" before); a value with a blank is no such line.
    expect(findings('plan: {id: r, title: R}\nmilestones:\n  - id: C\n    title: c\n    date:2019-09-02 after:[A]\n')).toEqual([
      '5:5 date:2019-09-02 after:[A] has no space after its colons, so YAML reads it as one text, not as the keys date and after and their values | write each key on a line of its own, with a space after its colon: date: 2019-09-02, then after: [A]',
    ]);
    expect(findings('plan: {id: r, title: R}\nmilestones:\n  - id: C\n    title:c  date:2019-09-02 x-n:@a\n', 'nb')).toEqual([
      '4:5 title:c  date:2019-09-02 x-n:@a har ikke mellomrom etter kolonene, så YAML leser det som én tekst, ikke som nøklene title, date og x-n og verdiene deres | skriv hver nøkkel på en egen linje, med mellomrom etter kolonet: title: c, deretter date: 2019-09-02, deretter x-n: "@a"',
    ]);
    // Round 83 F7, round 84 F5: a word with a colon in a title is no key (the rest is the key's value, quoted), nor is a
    // key written twice or a word no plan has as a key; a line of colons that is neither gets no hint to close a flow
    // collection, which is not there.
    expect(findings('plan: {id: r, title: R}\nmilestones:\n  - id: C\n    title:Møte KR:vedtak\n')).toEqual([`4:5 title:Møte KR:vedtak ${glued} title and its value | put a space after the colon: title: "Møte KR:vedtak"`]);
    expect(findings('plan: {id: r, title: R}\nmilestones:\n  - id: C\n    title:Avklaring ref:sak-12\n')).toEqual([`4:5 title:Avklaring ref:sak-12 ${glued} title and its value | put a space after the colon: title: "Avklaring ref:sak-12"`]);
    const colons = 'Implicit map keys need to be followed by map values | a key needs a space after its colon (key: value), one key to a line; a text holding a colon goes in quotes';
    expect(findings('plan: {id: r, title: R}\nmilestones:\n  - id: C\n    date:2019-09-02 date:2019-09-03\n')).toEqual([`4:5 ${colons}`]);
    expect(findings('plan: {id: r, title: R}\nmilestones:\n  - id: C\n    title:Fase 2 date:2019-09-02\n')).toEqual([`4:5 ${colons}`]);
    // A spaced second pair is the key `status:green forecast` to YAML: the schema offers both pairs.
    const spaced = analyze([{ file: 'p.yaml', text: 'plan: {id: r, title: R}\nmilestones:\n  - id: C\n    title: c\n    date: 2019-09-02\n    status:green forecast: 2019-09-04\n' }], { clockToday: 19700 }).diagnostics;
    expect(spaced.filter((d) => d.rule === 'schema').map((d) => renderMessage(d.hint!, 'en'))).toEqual(['write each key on a line of its own, with a space after its colon: status: green, then forecast: 2019-09-04']);
    // A key with an emoji in it (`x-😀:b` was "Implicit keys need to be on a single line", a key over two lines).
    expect(findings('plan: {id: r, title: R}\nmilestones:\n  - id: C\n    x-😀:b\n    title: c\n')).toEqual([`4:5 x-😀:b ${glued} x-😀 and its value | put a space after the colon: x-😀: b`]);
    // A URL keeps its own colons.
    expect(findings('plan: {id: r, title: R}\nmilestones:\n  - id: C\n    x-url:http://x\n')[0]).toContain('put a space after the colon: x-url: http://x');
    // Tester round 80 F2–F4: a flow list, a quoted key, a key in another script, a second colon; a value that starts
    // with one of YAML's indicators is quoted; one quoted already stays as written.
    // (`title:"Fase: 2"` is the key `title:"Fase` to YAML, a schema finding: the same hint.)
    const hintOf = (line: string): string[] => analyze([{ file: 'p.yaml', text: `plan: {id: r, title: R}\nmilestones:\n  - id: C\n    ${line}\n    x-note: n\n` }], { clockToday: 19700 }).diagnostics
      .flatMap((d) => (d.hint?.id === 'yaml-syntax.colon-without-space.hint' ? [renderMessage(d.hint, 'en')] : []));
    expect(['after:[A]', '"after":[A]', 'møter:PS@2019-08-12', 'date::2019-09-03', 'title:@team', "title:'s plan", 'title:#1 prioritet', 'title:[Fase] 2', 'title:"Fase: 2"', "title:'x: y'", 'title:&x'].flatMap(hintOf)).toEqual([
      'put a space after the colon: after: [A]',
      'put a space after the colon: "after": [A]',
      'put a space after the colon: møter: PS@2019-08-12',
      'put a space after the colon: date: 2019-09-03',
      'put a space after the colon: title: "@team"',
      'put a space after the colon: title: "\'s plan"',
      'put a space after the colon: title: "#1 prioritet"',
      'put a space after the colon: title: "[Fase] 2"',
      'put a space after the colon: title: "Fase: 2"',
      "put a space after the colon: title: 'x: y'",
      'put a space after the colon: title: "&x"',
    ]);
    expect(findings('plan: {id: r, title: R}\nmilestones:\n  - id: C\n    title: c\n    date:2019-09-02\n', 'nb')).toEqual(['5:5 date:2019-09-02 har ikke mellomrom etter kolonet, så YAML leser det som én tekst, ikke som nøkkelen date og verdien | sett et mellomrom etter kolonet: date: 2019-09-02']);
  });

  // The same typo where YAML reads a key: `{id:C}` is the key `id:C` without a value, `title:Fase 2: Innføring` the
  // key `title:Fase 2`. "Did you mean id?" renamed the key in the language server's quick fix and lost the value.
  it('tells an unknown key that is a known key glued to its value to put a space after the colon', () => {
    const hints = (text: string): string[] => analyze([{ file: 'p.yaml', text }], { clockToday: 19700 }).diagnostics
      .filter((d) => d.rule === 'schema' && d.hint?.id === 'yaml-syntax.colon-without-space.hint').map((d) => `${d.line}:${d.column} ${renderMessage(d.hint!, 'en')}`);
    expect(hints('plan: {id: r, title: R}\nmilestones:\n  - {id:C, title: c, date:2019-09-02}\n')).toEqual(['3:6 put a space after the colon: id: C', '3:22 put a space after the colon: date: 2019-09-02']);
    expect(hints('plan: {id: r, title: R}\nmilestones:\n  - id: D\n    title:Fase 2: Innføring\n    date: 2019-09-02\n')).toEqual(['4:5 put a space after the colon: title: "Fase 2: Innføring"']);
    // An after entry `id:A` (block or flow) is the text "id:A", meant as the mapping {id: A}; another glued text is not.
    expect(hints('plan: {id: r, title: R}\nmilestones:\n  - {id: A, title: a, date: 2019-09-02}\n  - id: C\n    title: c\n    date: 2019-09-03\n    after:\n      - id:A\n  - {id: D, title: d, date: 2019-09-03, after: [id:A, x:y], require: [id:PS]}\n'))
      .toEqual(['8:9 put a space after the colon: id: A', '9:49 put a space after the colon: id: A']);
    // A mapping of one line, `plan: id:p` or `plan:` then `  id:p`, is the text "id:p" to YAML: in braces it reads on
    // either line, where `plan: id: p` did not (tester round 80 F1); two pairs on the line get no such hint.
    const mapping = (text: string): string[] => analyze([{ file: 'p.yaml', text }], { clockToday: 19700 }).diagnostics
      .filter((d) => d.hint?.id === 'schema.glued-mapping.hint').map((d) => `${d.line}:${d.column} ${renderMessage(d.hint!, 'en')}`);
    expect(mapping('plan:\n  id:p\nmilestones: []\n')).toEqual(['2:3 a key is glued to its value: put a space after the colon, in braces: {id: p}']);
    expect(mapping('plan: id:p   # header\nmilestones: []\n')).toEqual(['1:7 a key is glued to its value: put a space after the colon, in braces: {id: p}']);
    expect(mapping('plan: id:p title:P\nmilestones: []\n')).toEqual([]);
    // A value too long to show whole is shown cut, and no quick fix writes the cut one.
    const long = `P${'x'.repeat(70)}`;
    expect(analyze([{ file: 'p.yaml', text: `plan: id:${long}\nmilestones: []\n` }], { clockToday: 19700 }).diagnostics.map((d) => d.hint?.id === 'schema.glued-mapping.hint' && d.hint.data.changed)).toEqual([true]);
    // Inside the braces `,[]{}` would end or open a node (round 81 F6): the value is quoted there.
    expect(mapping('plan: id:p,q\nmilestones: []\n')).toEqual(['1:7 a key is glued to its value: put a space after the colon, in braces: {id: "p,q"}']);
    expect(mapping('plan: id:a}b\nmilestones: []\n')).toEqual(['1:7 a key is glued to its value: put a space after the colon, in braces: {id: "a}b"}']);
    // Not a key of the place (`owner` is a plan's, not a milestone's), nor a key whose value YAML read as a list.
    expect(hints('plan: {id: r, title: R}\nmilestones:\n  - {id: C, title: c, date: 2019-09-02, owner:KS, after:A: [B]}\n')).toEqual([]);
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
