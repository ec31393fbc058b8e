// The quick fix that removes a key written after properties of its own on its line: a tag (`!!str dat: 1`) goes with
// the key, the parser placing the key after it (`- !!str dat: 1` had no fix, the tag standing between the dash and
// the key); an anchor on the key (`- &e dat: 1`: `*e` reads "dat") withholds the fix, as an anchor in a removed value
// does (remove-key-anchor.test.ts): with or without an alias of it, deliberately, not by the shape of the line.
import { describe, expect, it } from 'vitest';
import { expectRemoved, plan, removed } from './remove-fix.js';

const REST = ['    id: A', '    title: T', '    date: 2026-02-02'];
const NEXT = '  - {id: B, title: U, date: 2026-03-03}';
const DAT = ['milestones', 0, 'dat'];

describe.each([['LF', '\n'], ['CR LF', '\r\n']])('removing a key with a tag (%s)', (_, eol) => {
  it('takes the tag with the first key of a list entry, and moves the next key up', () => {
    for (const tag of ['!!str', '!<tag:yaml.org,2002:str>']) {
      expectRemoved(plan([`  - ${tag} dat: 1`, ...REST, NEXT], eol), 2, plan(['  - id: A', ...REST.slice(1), NEXT], eol), { path: DAT });
    }
  });

  it('takes the tag with a key on its own line, and with a block scalar value', () => {
    expectRemoved(plan(['  - id: A', '    !!str dat: 1', ...REST.slice(1), NEXT], eol), 3, plan(['  - id: A', ...REST.slice(1), NEXT], eol), { path: DAT });
    expectRemoved(plan(['  - id: A', ...REST.slice(1), '    !!str dat: |', '      x', '', NEXT], eol), 5, plan(['  - id: A', ...REST.slice(1), '', NEXT], eol), { path: DAT });
  });

  it('takes the tag with a key of a flow mapping', () => {
    expectRemoved(plan(['  - {id: A, title: T, date: 2026-02-02, !!str dat: 1}', NEXT], eol), 2, plan(['  - {id: A, title: T, date: 2026-02-02}', NEXT], eol), { path: DAT });
    expectRemoved(plan(['  - {!!str dat: 1, id: A, title: T, date: 2026-02-02}', NEXT], eol), 2, plan(['  - {id: A, title: T, date: 2026-02-02}', NEXT], eol), { path: DAT });
  });
});

describe('removing a key with an anchor on it', () => {
  it('offers none for the first key of a list entry, aliased or not', () => {
    expect(removed(plan(['  - &e dat: 1', ...REST, '  - {id: B, title: *e, date: 2026-03-03}']), 2)).toBeUndefined();
    expect(removed(plan(['  - &e dat: 1', ...REST, NEXT]), 2)).toBeUndefined();
    expect(removed(plan(['  - !!str &e dat: 1', ...REST, NEXT]), 2)).toBeUndefined();
  });

  it('offers none for a key on its own line or in a flow mapping', () => {
    expect(removed(plan(['  - id: A', '    &e dat: 1', ...REST.slice(1), '  - {id: B, title: *e, date: 2026-03-03}']), 3)).toBeUndefined();
    expect(removed(plan(['  - {id: A, title: T, date: 2026-02-02, &e dat: 1}', '  - {id: B, title: *e, date: 2026-03-03}']), 2)).toBeUndefined();
  });
});
