// The quick fix that removes a key of a flow mapping written over lines whose lines end in comments: the key goes with
// a comma, and every comment stays where it was. `{dat: x,  # c` was cut to `{# c` (no comment, no YAML), and a key
// on the line after a comment, or a last key alone after one, had no fix.
import { describe, expect, it } from 'vitest';
import { expectRemoved, plan, removed } from './remove-fix.js';

describe('removing a key of a flow mapping over lines whose last line ends in a comment', () => {
  const flow = (first: string, second: string): string => plan([`  - {${first}`, `     ${second}  # note`]);

  it('takes the key with its comma wherever it stands, and keeps the comment', () => {
    expectRemoved(flow('id: A, title: T,', 'date: 2026-01-01, dat: x}'), 3, flow('id: A, title: T,', 'date: 2026-01-01}'));
    expectRemoved(flow('id: A, title: T,', 'dat: x, date: 2026-01-01}'), 3, plan(['  - {id: A, title: T, date: 2026-01-01}  # note']));
    expectRemoved(flow('id: A, dat: x,', 'title: T, date: 2026-01-01}'), 2, flow('id: A,', 'title: T, date: 2026-01-01}'));
    expectRemoved(flow('dat: x, id: A,', 'title: T, date: 2026-01-01}'), 2, flow('id: A,', 'title: T, date: 2026-01-01}'));
    expectRemoved(flow('id: A, tittel: T,', 'title: T, date: 2026-01-01}'), 2, flow('id: A,', 'title: T, date: 2026-01-01}'));
  });

  it('keeps a comment after a comma: after the first key, above the key, and before a last key on its own line', () => {
    expectRemoved(flow('dat: x,  # first', 'id: A, title: T, date: 2026-01-01}'), 2, flow('  # first', 'id: A, title: T, date: 2026-01-01}'));
    expectRemoved(flow('id: A, title: T,  # first', 'dat: x, date: 2026-01-01}'), 3, flow('id: A, title: T,  # first', 'date: 2026-01-01}'));
    expectRemoved(flow('id: A, title: T, dat: x,  # c', 'date: 2026-01-01}'), 2, flow('id: A, title: T,  # c', 'date: 2026-01-01}'));
    const last = plan(['  - {id: A, title: T, date: 2026-01-01,  # c', '     dat: x}  # note']);
    expectRemoved(last, 3, plan(['  - {id: A, title: T, date: 2026-01-01  # c', '     }  # note']));
  });

  it('leaves no line of blanks, and a comment after the key at the key\'s column (tester round 53 F9)', () => {
    const between = plan(['  - {id: A, title: T, date: 2026-02-02,', '     # c1', '     dat: 1,', '     # c2', '    }']);
    expectRemoved(between, 4, plan(['  - {id: A, title: T, date: 2026-02-02,', '     # c1', '     # c2', '    }']));
    const after = plan(['  - {id: A, title: T, date: 2026-02-02, # c', '     dat: 1 # d', '    }']);
    expectRemoved(after, 3, plan(['  - {id: A, title: T, date: 2026-02-02 # c', '     # d', '    }']));
  });

  it('offers none for a key whose value is on the line below it', () => {
    expect(removed(plan(['  - {id: A, title: T,', '     date: 2026-01-01, dat:', '       x}  # note']), 3)).toBeUndefined();
  });

  it('takes a last key alone on the last line with the comma before it, and keeps the comment after the brace', () => {
    const before = plan(['  - {id: A, title: T, date: 2026-01-01,', '     dat: x}  # note']);
    expectRemoved(before, 3, plan(['  - {id: A, title: T, date: 2026-01-01}  # note']));
  });
});
