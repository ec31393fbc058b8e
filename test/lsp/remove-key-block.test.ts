// The quick fix that removes a key (one like a key written beside it, `dat` beside `date`; a Norwegian one beside its
// English one) where its line is not all it takes: the first key of a list entry (`- dat: …`: the entry's next key
// moves up onto the dash's line), and a value over several lines (a block scalar, a nested mapping or list, a plain
// scalar folded). Each fixed text still parses, its finding is gone, and the rest of the file is as it was, in LF and
// in CR LF.
import { describe, expect, it } from 'vitest';
import { expectRemoved, plan, removed } from './remove-fix.js';

const REST = ['    id: A', '    title: T', '    date: 2026-02-02', '  - {id: B, title: U, date: 2026-03-03}'];

describe.each([['LF', '\n'], ['CR LF', '\r\n']])('removing the first key of a list entry (%s)', (_, eol) => {
  it('takes the key and its value, and moves the next key up onto the dash line', () => {
    expectRemoved(plan(['  - dat: 2026-01-01', ...REST], eol), 2, plan(['  - id: A', ...REST.slice(1)], eol));
  });

  it('takes the comment on its line with it, and moves comment lines before the next key above the entry, at its dash', () => {
    const before = plan(['  # A, the first', '  - dat: 2026-01-01   # was the date', '', '    # the id', ...REST], eol);
    expectRemoved(before, 3, plan(['  # A, the first', '  # the id', '  - id: A', ...REST.slice(1)], eol));
    // Tester round 53 F9: a moved comment kept its deeper indentation, out of line with the dash it now stands above.
    const deep = ['  - id: A', '    title: T', '    date: 2026-02-02', '    history:'];
    const entry = ['      - forcast: 2026-01-01', '        # moved', '        reported: 2025-01-01', '        forecast: 2026-02-02'];
    const after = ['      # moved', '      - reported: 2025-01-01', '        forecast: 2026-02-02'];
    expectRemoved(plan([...deep, ...entry, REST[3]!], eol), 6, plan([...deep, ...after, REST[3]!], eol));
  });

  it('takes a value over several lines: a nested mapping, a list, a block scalar with its blank lines', () => {
    const values = [
      ['  - dat:', '      when: 2026-01-01', '      # inner', '      why: x'],
      ['  - dat:', '    - 2026-01-01', '    - 2026-01-02'],
      ['  - dat: [2026-01-01,', '      2026-01-02]'],
      ['  - dat: |', '      one', '', '      two', ''],
      ['  - dat: >-', '      folded', '      text'],
    ];
    for (const value of values) expectRemoved(plan([...value, ...REST], eol), 2, plan(['  - id: A', ...REST.slice(1)], eol));
  });

  it('takes a key with no value, and a plain scalar folded over lines', () => {
    expectRemoved(plan(['  - dat:', ...REST], eol), 2, plan(['  - id: A', ...REST.slice(1)], eol));
    expectRemoved(plan(['  - dat: some', '      folded text', ...REST], eol), 2, plan(['  - id: A', ...REST.slice(1)], eol));
    expectRemoved(plan(['  - id: A', '    dat: some', '      folded text', ...REST.slice(1)], eol), 3, plan(['  - id: A', ...REST.slice(1)], eol));
  });

  it('takes a key with no value but a comment (tester round 53 F8), as the first key of an entry or not', () => {
    expectRemoved(plan(['  - dat: # c', ...REST], eol), 2, plan(['  - id: A', ...REST.slice(1)], eol));
    expectRemoved(plan(['  - id: A', '    dat:   # note', ...REST.slice(1)], eol), 3, plan(['  - id: A', ...REST.slice(1)], eol));
  });

  it('offers none for the entry\'s only key: nothing is left to move up, and `- ` alone is a null entry', () => {
    expect(removed(plan(['  - dat: 2026-01-01', '  - {id: B, title: U, date: 2026-03-03}'], eol), 2)).toBeUndefined();
    expect(removed(plan(['  - dat: |', '      text', '  - {id: B, title: U, date: 2026-03-03}'], eol), 2)).toBeUndefined();
  });
});

describe.each([['LF', '\n'], ['CR LF', '\r\n']])('removing a key whose value is a block scalar (%s)', (_, eol) => {
  const entry = ['  - id: A', '    title: T', '    date: 2026-02-02'];
  const next = '  - {id: B, title: U, date: 2026-03-03}';

  it('takes the indicator line and the block\'s lines, whichever the header (|, >-, |+, |2, with a comment)', () => {
    for (const header of ['|', '>-', '|+', '>2', '| # note']) {
      const before = plan([...entry.slice(0, 2), `    titel: ${header}`, '      line one', '', '      line two', ...entry.slice(2), next], eol);
      expectRemoved(before, 4, plan([...entry, next], eol));
    }
  });

  it('takes its trailing blank lines before a key of the same mapping, and keeps those that set the next entry off', () => {
    expectRemoved(plan([...entry.slice(0, 2), '    titel: |', '      text', '', '', ...entry.slice(2), next], eol), 4, plan([...entry, next], eol));
    expectRemoved(plan([...entry, '    titel: |', '      text', '', next], eol), 5, plan([...entry, '', next], eol));
    expectRemoved(plan([...entry, '    titel: >', '      text'], eol), 5, plan(entry, eol));
  });

  it('takes the blank lines when they would join a keep (|+) block scalar above it', () => {
    const keep = ['  - id: A', '    date: 2026-02-02', '    title: |+', '      T'];
    expectRemoved(plan([...keep, '    titel: |', '      text', '', next], eol), 6, plan([...keep, next], eol));
  });

  it('knows a keep block scalar by its header after an anchor or a tag (tester round 53 F1: `title: !!str |+`)', () => {
    for (const header of ['!!str |+', '&t |+', '&t !!str |+', '!<tag:yaml.org,2002:str> >+ # kept', '!!str |2+']) {
      const keep = ['  - id: A', '    date: 2026-02-02', `    title: ${header}`, '      T'];
      expectRemoved(plan([...keep, '    titel: x', '', next], eol), 6, plan([...keep, next], eol));
      expectRemoved(plan([...keep, '    titel: |', '      text', '', next], eol), 6, plan([...keep, next], eol));
    }
  });

  it('takes the blank lines of a block scalar value written after a tag before a key of the same mapping', () => {
    for (const header of ['!!str |', '!<tag:yaml.org,2002:str> >-', '!!str |2']) {
      const before = plan([...entry.slice(0, 2), `    titel: ${header}`, '      text', '', ...entry.slice(2), next], eol);
      expectRemoved(before, 4, plan([...entry, next], eol));
    }
  });

  it('leaves the lines around it alone: a comment after the block, the key before it', () => {
    const before = plan([...entry.slice(0, 2), '    titel: |', '      text', '    # about the date', ...entry.slice(2), next], eol);
    expectRemoved(before, 4, plan([...entry.slice(0, 2), '    # about the date', ...entry.slice(2), next], eol));
  });
});
