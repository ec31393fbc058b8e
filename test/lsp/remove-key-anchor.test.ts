// The quick fix that removes a key is not offered when the text it would remove defines an anchor (`dat: &d …`): an
// alias of it further on would be left unresolved (no YAML), or, the anchor being defined twice, would take another
// value silently (tester round 53 F2). A key whose value is an alias, or a plain `&` inside a word, keeps its fix.
import { describe, expect, it } from 'vitest';
import { expectRemoved, plan, removed } from './remove-fix.js';

const USER = '  - {id: B, title: U, date: *d}';

describe('removing a key whose value defines an anchor', () => {
  it('offers none for a key in a block mapping, a nested value, and the first key of a list entry', () => {
    expect(removed(plan(['  - id: A', '    title: T', '    date: 2026-02-02', '    dat: &d 2026-03-03', USER]), 5)).toBeUndefined();
    expect(removed(plan(['  - id: A', '    title: T', '    date: &d 2026-02-02', '    dat:', '      when: &w 2026-03-03', USER]), 5)).toBeUndefined();
    expect(removed(plan(['  - dat: &d 2026-03-03', '    id: A', '    title: T', '    date: 2026-02-02', USER]), 2)).toBeUndefined();
    expect(removed(plan(['  - dat: !!str &d 2026-03-03', '    id: A', '    title: T', '    date: 2026-02-02', USER]), 2)).toBeUndefined();
  });

  it('offers none where the anchor is defined twice: removing the second would change what the alias reads', () => {
    const before = plan(['  - id: A', '    title: &t T', '    date: 2026-02-02', '    titel: &t X', '  - {id: B, title: *t, date: 2026-03-03}']);
    expect(removed(before, 5)).toBeUndefined();
  });

  it('offers none for an entry of a flow mapping', () => {
    expect(removed(plan(['  - {id: A, title: T, date: 2026-02-02, dat: &d 2026-03-03}', USER]), 2)).toBeUndefined();
    expect(removed(plan(['  - {dat: &d 2026-03-03, id: A, title: T, date: 2026-02-02}', USER]), 2)).toBeUndefined();
    expect(removed(plan(['  - {id: A, title: T, dat: [&d 2026-03-03], date: 2026-02-02}', USER]), 2)).toBeUndefined();
  });

  it('still removes a key whose value is an alias, or holds `&` in a word', () => {
    const head = ['  - id: A', '    title: T', '    date: &d 2026-02-02'];
    expectRemoved(plan([...head, '    dat: *d', USER]), 5, plan([...head, USER]));
    expectRemoved(plan([...head, '    titel: R&D', USER]), 5, plan([...head, USER]));
    expectRemoved(plan(['  - {id: A, title: T, date: &d 2026-02-02, dat: *d}', USER]), 2, plan(['  - {id: A, title: T, date: &d 2026-02-02}', USER]));
  });
});
