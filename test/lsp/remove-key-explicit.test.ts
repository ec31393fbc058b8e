// The quick fix that removes a key written explicitly: `? dat` over `: value` in a block mapping (the `?` line, the
// `:` line and the value's lines go, as a key's own lines do), and `? dat : 1` or `? dat` in a flow mapping (the entry
// with its comma). None was offered: the `? ` before the key was taken for text the cut could not account for. Where
// the key is not all the `?` line holds (on the line below it, an anchor on it) none is offered still.
import { describe, expect, it } from 'vitest';
import { expectRemoved, plan, removed } from './remove-fix.js';

const HEAD = ['  - id: A', '    title: T'];
const DATE = '    date: 2026-02-02';
const NEXT = '  - {id: B, title: U, date: 2026-03-03}';
const DAT = ['milestones', 0, 'dat'];

describe.each([['LF', '\n'], ['CR LF', '\r\n']])('removing an explicit key of a block mapping (%s)', (_, eol) => {
  const fixed = plan([...HEAD, DATE, NEXT], eol);

  it('takes the `?` line and the `:` line, before a key or last in its mapping', () => {
    expectRemoved(plan([...HEAD, '    ? dat', '    : 2026-03-03', DATE, NEXT], eol), 4, fixed, { path: DAT });
    expectRemoved(plan([...HEAD, DATE, '    ? dat', '    : 2026-03-03', NEXT], eol), 5, fixed, { path: DAT });
    expectRemoved(plan([...HEAD, '    ? "dat"', '    : 1', DATE, NEXT], eol), 4, fixed, { path: DAT });
    expectRemoved(plan([...HEAD, '    ? !!str dat', '    : 1', DATE, NEXT], eol), 4, fixed, { path: DAT });
  });

  it('takes a key with no value (`? dat` alone)', () => {
    expectRemoved(plan([...HEAD, '    ? dat', DATE, NEXT], eol), 4, fixed, { path: DAT });
    expectRemoved(plan([...HEAD, '    ? dat', '    :', DATE, NEXT], eol), 4, fixed, { path: DAT });
  });

  it('takes a value over several lines: a nested mapping, a list at the key\'s column, a block scalar, a flow list', () => {
    const values = [
      ['    :', '      when: 2026-01-01', '      why: x'],
      ['    :', '    - 2026-01-01', '    - 2026-01-02'],
      ['    : |', '      one', '', '      two', ''],
      ['    : [2026-01-01,', '       2026-01-02]'],
    ];
    for (const value of values) expectRemoved(plan([...HEAD, '    ? dat', ...value, DATE, NEXT], eol), 4, fixed, { path: DAT });
  });

  it('takes the comments on its lines and between them, and keeps one after it at its column', () => {
    const before = plan([...HEAD, '    ? dat  # was the date', '    # between', '    : 2026-03-03', '    # about the date', DATE, NEXT], eol);
    expectRemoved(before, 4, plan([...HEAD, '    # about the date', DATE, NEXT], eol), { path: DAT });
  });

  it('takes the first key of a list entry, and moves the next key up onto the dash line', () => {
    const rest = ['    id: A', '    title: T', DATE, NEXT];
    expectRemoved(plan(['  - ? dat', '    : 1', ...rest], eol), 2, fixed, { path: DAT });
    expectRemoved(plan(['  - ? dat', ...rest], eol), 2, fixed, { path: DAT });
  });

  it('offers none for a key on the line below its `?`, one with an anchor, or the entry\'s only key', () => {
    expect(removed(plan([...HEAD, '    ?', '      dat', '    : 2026-03-03', DATE, NEXT], eol), 5)).toBeUndefined();
    expect(removed(plan([...HEAD, '    ? &k dat', '    : 2026-03-03', DATE, NEXT], eol), 4)).toBeUndefined();
    expect(removed(plan(['  - ? dat', '    : 1', NEXT], eol), 2)).toBeUndefined();
  });
});

describe('removing an explicit key, or a key with no value, of a flow mapping', () => {
  const fixed = plan(['  - {id: A, title: T, date: 2026-02-02}', NEXT]);

  it('takes the entry from its `?` with the comma before it, or after it for the first', () => {
    expectRemoved(plan(['  - {id: A, title: T, date: 2026-02-02, ? dat : 1}', NEXT]), 2, fixed, { path: DAT });
    expectRemoved(plan(['  - {? dat : 1, id: A, title: T, date: 2026-02-02}', NEXT]), 2, fixed, { path: DAT });
    expectRemoved(plan(['  - {id: A, title: T, ? dat : 1, date: 2026-02-02}', NEXT]), 2, fixed, { path: DAT });
  });

  it('takes a key with no value, with its `?` or without', () => {
    expectRemoved(plan(['  - {id: A, title: T, date: 2026-02-02, ? dat}', NEXT]), 2, fixed, { path: DAT });
    expectRemoved(plan(['  - {id: A, title: T, date: 2026-02-02, dat}', NEXT]), 2, fixed, { path: DAT });
    expectRemoved(plan(['  - {dat, id: A, title: T, date: 2026-02-02}', NEXT]), 2, fixed, { path: DAT });
  });

  it('takes a key with no value on the last line before the `}`, and keeps the comments', () => {
    const lines = (last: readonly string[]): string => plan(['  - {id: A, title: T,', '     date: 2026-02-02,  # c', ...last, '    }', NEXT]);
    // The comment keeps its place, and the line the key stood on its indentation, as for a key with a value.
    expectRemoved(lines(['     dat']), 4, plan(['  - {id: A, title: T,', '     date: 2026-02-02  # c', '     ', '    }', NEXT]), { path: DAT });
    expectRemoved(lines(['     ? dat  # d']), 4, plan(['  - {id: A, title: T,', '     date: 2026-02-02  # c', '     # d', '    }', NEXT]), { path: DAT });
  });
});
