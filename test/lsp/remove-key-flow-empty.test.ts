// The quick fix that removes a key of a flow mapping whose value is empty (`dat: ,`, `dat:}`): the parser places such
// a value at the next token, and the fix took that `,` or `}` with the key (tester round 53 F3: YAML no longer parsed);
// and a first key whose comma stands on the next line, after a comment (F4: `{ # c` over `, id: A` did not parse).
import { describe, it } from 'vitest';
import { expectRemoved, plan } from './remove-fix.js';

const REST = 'id: A, title: T, date: 2026-02-02';

describe('removing a key of a flow mapping whose value is empty', () => {
  it('keeps the comma after it and the closing brace', () => {
    expectRemoved(plan(['  - {id: A, dat: , title: T, date: 2026-02-02}']), 2, plan([`  - {${REST}}`]));
    expectRemoved(plan([`  - {${REST}, dat:}`]), 2, plan([`  - {${REST}}`]));
    expectRemoved(plan([`  - {${REST}, "dat": }`]), 2, plan([`  - {${REST}}`]));
    expectRemoved(plan([`  - {${REST}, dat: }`]), 2, plan([`  - {${REST}}`]));
    expectRemoved(plan(['  - {id: A, dat: # c', '     , title: T, date: 2026-02-02}']), 2, plan(['  - {id: A # c', '     , title: T, date: 2026-02-02}']));
  });

  it('takes the comma after it when it is the first key', () => {
    expectRemoved(plan([`  - {dat: , ${REST}}`]), 2, plan([`  - {${REST}}`]));
    expectRemoved(plan([`  - {dat:, ${REST}}`]), 2, plan([`  - {${REST}}`]));
  });
});

describe('removing the first key of a flow mapping whose comma follows a comment', () => {
  it('takes the comma on the next line and keeps the comment', () => {
    expectRemoved(plan(['  - {dat: 1 # c', `     , ${REST}}`]), 2, plan(['  - { # c', `     ${REST}}`]));
    expectRemoved(plan(['  - {dat: 1 # c', '     # d', `     ,${REST}}`]), 2, plan(['  - { # c', '     # d', `     ${REST}}`]));
  });
});
