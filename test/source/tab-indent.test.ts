// A tab in a line's indentation (tester round 43): one finding at the tab, naming the entry the line is meant for, in
// words of milepel's own; the excerpt underlines the tab, not the line.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { renderMessage } from '../../src/messages/index.js';
import { renderExcerpt } from '../../src/report/validate/excerpt.js';

function findings(text: string, locale: 'en' | 'nb' = 'en'): string[] {
  const analysis = analyze([{ file: 'p.yaml', text }], { clockToday: 19700 });
  return analysis.diagnostics.filter((d) => d.rule === 'yaml-syntax').map((d) => `${d.line}:${d.column} ${renderMessage(d.message, locale)} | ${renderMessage(d.hint!, locale)}`);
}

const PLAN = 'plan:\n  id: tab\n  title: Tab-planen\nmilestones:\n  - id: T1\n    title: x\n    date: 2026-06-12\n';

describe('a tab in the indentation', () => {
  it('at the start of a line is reported at the tab, in the milestone above it', () => {
    expect(findings(`${PLAN}  - id: T2\n    title: y\n\tdate: 2026-06-12\n`)).toEqual([
      '10:1 a tab indents this line (in milestone T2), and YAML indents with spaces only | indent it with 4 spaces instead of the tab, as the lines around it show',
    ]);
    expect(findings(`${PLAN}  - id: T2\n    title: y\n\tdate: 2026-06-12\n`, 'nb')).toEqual([
      '10:1 linjen er rykket inn med tabulator (i milepæl T2), og YAML rykker bare inn med mellomrom | rykk inn med 4 mellomrom i stedet for tabulator, som linjene rundt viser',
    ]);
  });

  it('after spaces is reported at the tab, not as a line out of step', () => {
    expect(findings(`${PLAN}  - id: T2\n    title: y\n  \tdate: 2026-06-12\n`)).toEqual([
      '10:3 a tab indents this line (in milestone T2), and YAML indents with spaces only | indent it with 4 spaces instead of the tab, as the lines around it show',
    ]);
  });

  it('in the plan header names the plan, by the id written on the tab line too', () => {
    expect(findings('plan:\n  id: tab\n\ttitle: T\n')).toEqual(['3:1 a tab indents this line (in plan tab), and YAML indents with spaces only | indent it with 2 spaces instead of the tab, as the lines around it show']);
    expect(findings('plan:\n  title: T\n\tid: tab\n')).toEqual(['3:1 a tab indents this line (in plan tab), and YAML indents with spaces only | indent it with 2 spaces instead of the tab, as the lines around it show']);
    expect(findings('plan:\n  title: T\n\tstatus_date: 2026-06-01\n')).toEqual(['3:1 a tab indents this line, and YAML indents with spaces only | indent it with 2 spaces instead of the tab, as the lines around it show']);
  });

  it('leaves the lines after it read as written: no cascade, and a second tab or a real error further on is found (tester round 44 F3)', () => {
    const good = Array.from({ length: 300 }, (_, i) => `  - id: G${i}\n    title: Good ${i}\n    date: 2026-06-12\n`).join('');
    expect(findings(`${PLAN}  - id: T2\n\ttitle: y\n    date: 2026-06-12\n${good}`)).toEqual([
      '9:1 a tab indents this line (in milestone T2), and YAML indents with spaces only | indent it with 4 spaces instead of the tab, as the lines around it show',
    ]);
    const later = `${PLAN}  - id: T2\n\ttitle: y\n    date: 2026-06-12\n  - id: T3\n    title: a\n  \tdate: 2026-06-12\n  - id: T4\n    title: b\n    title: c\n    date: 2026-06-12\n`;
    expect(findings(later).map((f) => f.slice(0, f.indexOf(' |')))).toEqual([
      '9:1 a tab indents this line (in milestone T2), and YAML indents with spaces only',
      '13:3 a tab indents this line (in milestone T3), and YAML indents with spaces only',
      '16:5 duplicate key "title" in milestone T4: this mapping already has one',
    ]);
  });

  // Tester round 81 F5: a key glued to its value was measured as text going on from the line before, and the spaces
  // offered folded it into that line's value (`title: a date:2019-09-02`).
  it('measures a key glued to its value as the key it is meant to be', () => {
    expect(findings('plan: {id: r, title: R}\nmilestones:\n  - id: A\n    title: a\n\tdate:2019-09-02\n')).toEqual(['5:1 a tab indents this line (in milestone A), and YAML indents with spaces only | indent it with 4 spaces instead of the tab, as the lines around it show']);
    expect(findings('plan: {id: r, title: R}\nmilestones:\n  - id: A\n    date: 2019-09-02\n\tresponsible:x\n')).toEqual(['5:1 a tab indents this line (in milestone A), and YAML indents with spaces only | indent it with 4 spaces instead of the tab, as the lines around it show']);
  });

  it('names the entry its line starts', () => {
    expect(findings(`${PLAN}\t- id: T2\n    title: y\n`)[0]).toBe('8:1 a tab indents this line (in milestone T2), and YAML indents with spaces only | indent it with 2 spaces instead of the tab, as the lines around it show');
  });

  it('is underlined alone in the excerpt', () => {
    // A tab is drawn to the next stop of four columns: the marker covers its cells.
    const excerpt = renderExcerpt('\tdate: 2026-06-12', 10, 1, 80);
    expect(excerpt.indent + excerpt.marker).toBe('^~~~');
    const after = renderExcerpt('  \t\tdate: x', 10, 3, 80);
    expect(after.indent + after.marker).toBe('  ^~~~~~');
  });

  it('starting a block scalar, an entry or a key with a block is one finding, and the lines after read as written (tester round 45 F1, F2)', () => {
    const good = Array.from({ length: 50 }, (_, i) => `  - id: G${i}\n    title: Good ${i}\n    date: 2026-06-12\n`).join('');
    const only = (text: string): string[] => findings(text).map((f) => f.slice(0, f.indexOf(' |')));
    expect(only(`${PLAN}    description: |\n\tfirst content line\n      second\n${good}`)).toEqual([
      '9:1 a tab indents this line (in milestone T1), and YAML indents with spaces only',
    ]);
    expect(only(`${PLAN}\t- id: M1\n    title: One\n    date: 2026-07-02\n    after: [T1]\n${good}`)).toEqual([
      '8:1 a tab indents this line (in milestone M1), and YAML indents with spaces only',
    ]);
    expect(only(`${PLAN}  - id: M1\n    title: One\n\tafter:\n      - T1\n      - id: T1\n        type: SS\n${good}`)).toEqual([
      '10:1 a tab indents this line (in milestone M1), and YAML indents with spaces only',
    ]);
  });

  it('in every second entry of a file is reported at every one, each naming its entry (tester round 45 F3)', () => {
    const text = `${PLAN}${Array.from({ length: 40 }, (_, i) => `  - id: M${i}\n${i % 2 === 0 ? '\t' : '    '}title: Milestone ${i}\n    date: 2026-07-01\n`).join('')}`;
    const got = findings(text);
    expect(got).toHaveLength(20);
    expect(got.map((f) => /\(in milestone (M\d+)\)/.exec(f)?.[1])).toEqual(Array.from({ length: 20 }, (_, i) => `M${2 * i}`));
  });

  it('is read with the spaces the lines around it show, inside entries and lists of any layout (tester round 46 F1, F2, F5)', () => {
    const one = (text: string): string[] => findings(text).map((f) => f.replace(', and YAML indents with spaces only', '').replace(' instead of the tab, as the lines around it show', ''));
    const plan = 'plan:\n  id: p\n  title: P\nbodies:\n  - id: STY\n    name: S\nmilestones:\n  - id: A\n    title: A\n    date: 2026-07-01\n';
    // A milestone's `meetings:` after its `after:` list, a risk's `milestones:`: keys of the entry, not the file's.
    expect(one(`${plan}  - id: B\n    title: B\n    date: 2026-07-02\n    after:\n      - A\n\tmeetings:\n      - STY@2026-06-20\n  - id: C\n    title: C\n    date: 2026-07-03\n`)).toEqual([
      '16:1 a tab indents this line (in milestone B) | indent it with 4 spaces',
    ]);
    expect(one(`${plan}risks:\n  - id: R1\n    title: R\n\tmilestones:\n    - A\n    probability: 0.5\n    impact: 2d\n`)).toEqual([
      '14:1 a tab indents this line (in risk R1) | indent it with 4 spaces',
    ]);
    // A plain entry after a mapping entry of the same list.
    expect(one(`${plan}  - id: C\n    title: C\n    date: 2026-07-06\n    after:\n      - id: A\n        lag: 2d\n\t- B\n`)).toEqual([
      '17:1 a tab indents this line (in milestone C) | indent it with 6 spaces',
    ]);
    // An anchor before the first key; a list at its key's column; a Norwegian list key.
    expect(one(`${plan}  - &x id: B\n\ttitle: B\n    date: 2026-07-02\n`)).toEqual(['12:1 a tab indents this line (in milestone B) | indent it with 4 spaces']);
    expect(one('plan:\n  id: p\n  title: P\nmilestones:\n- id: A\n\ttitle: A\n  date: 2026-07-01\n')).toEqual(['6:1 a tab indents this line (in milestone A) | indent it with 2 spaces']);
    expect(one('plan:\n  id: p\n  title: P\nmilepæler:\n  - id: A\n\ttittel: A\n')[0]).toBe('6:1 a tab indents this line (in milestone A) | indent it with 4 spaces');
    // In any letter case, as the schema reads a Norwegian key (tester round 49 F2).
    expect(one('plan:\n  id: p\n  title: P\nRisikoer:\n  - id: X1\n\ttittel: A\n')[0]).toBe('6:1 a tab indents this line (in risk X1) | indent it with 4 spaces');
    expect(one('plan:\n  id: p\n  title: P\n  status_date: 2026-06-01\n\tMilepæler:\n  - id: M1\n    title: T\n    date: 2026-07-01\n')[0])
      .toBe(one('plan:\n  id: p\n  title: P\n  status_date: 2026-06-01\n\tmilepæler:\n  - id: M1\n    title: T\n    date: 2026-07-01\n')[0]);
  });

  it('after a list entry\'s dash, on a blank line of block text and before the comment that ends it (tester round 46 F3, F4)', () => {
    const good = Array.from({ length: 20 }, (_, i) => `  - id: G${i}\n    title: Good ${i}\n    date: 2026-06-12\n`).join('');
    expect(findings(`${PLAN}  -\tid: T2\n    title: y\n    date: 2026-06-12\n${good}`)).toEqual([
      '8:4 a tab indents this line (in milestone T2), and YAML indents with spaces only | write 1 space after the - instead of the tab, so the entry\'s keys line up with spaces',
    ]);
    expect(findings(`${PLAN}    description: |\n\t# A heading\n      text\n${good}`).map((f) => f.slice(0, f.indexOf(' |')))).toEqual([
      '9:1 a tab indents this line (in milestone T1), and YAML indents with spaces only',
    ]);
    expect(findings(`${PLAN}    description: |\n      text\n\t\n      more\n${good}`)).toEqual([
      '10:1 a tab indents this line (in milestone T1), and YAML indents with spaces only | remove the tab: the line is blank, and inside block text a tab is allowed only after the indentation',
    ]);
    expect(findings(`${PLAN}    description: |\n      text\n\t# a comment\n${good}`)).toEqual([
      '10:1 a tab indents this line (in milestone T1), and YAML indents with spaces only | indent it with 4 spaces instead of the tab, as the lines around it show',
    ]);
  });

  it('before a heading in the middle of block text, the block going on after it, is the block\'s (tester round 47 F1)', () => {
    const good = Array.from({ length: 5 }, (_, i) => `  - id: G${i}\n    title: Good ${i}\n    date: 2026-06-12\n`).join('');
    expect(findings(`${PLAN}    x-notes: >\n      Intro text\n\n\t## Risiko\n      text\n\n\t## Tiltak\n      more\n${good}`)).toEqual([
      '11:1 a tab indents this line (in milestone T1), and YAML indents with spaces only | indent it with 6 spaces instead of the tab, as the lines around it show',
      '14:1 a tab indents this line (in milestone T1), and YAML indents with spaces only | indent it with 6 spaces instead of the tab, as the lines around it show',
    ]);
  });
});

