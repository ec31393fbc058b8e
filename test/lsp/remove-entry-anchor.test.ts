// The quick fixes that remove a list entry (a listed meeting dropped, a repeated milestone of a risk removed) are not
// offered where an alias may read what they change, as the "Remove" fix of a key is not (remove-key-anchor.test.ts):
// the cut takes an anchor definition (`meetings: &ms` over its only entry: `*ms` was left unresolved, no YAML), or the
// list is anchored itself (`meetings: &ms [A]` emptied to `&ms []` emptied the meetings of the milestone that reads
// `*ms` too). An entry's tag goes with it; an anchor on an entry withholds the fix.
import { describe, expect, it } from 'vitest';
import { expectRemoved, removed } from './remove-fix.js';

const HEAD = [
  'plan: {id: q, title: Q, status_date: 2020-02-10}',
  'bodies:',
  '  - {id: KR, name: K}',
  'meetings:',
  '  - {body: KR, date: 2020-01-15}',
  '  - {body: KR, date: 2020-03-04}',
  'milestones:',
];
/** The plan of HEAD's meetings and the milestone `lines`: the first milestone's line is 0-based line 7. */
const milestones = (lines: readonly string[]): string => `${[...HEAD, ...lines].join('\n')}\n`;
const ONE = '  - {id: ONE, title: T, date: 2020-02-20, ';
const LATE = 'KR@2020-03-04';
const DROP = { title: `Drop ${LATE}` };

describe('dropping a listed meeting where an alias reads the list or the entry', () => {
  it('offers none for the only entry of an anchored list, flow or block', () => {
    const two = `  - {id: TWO, title: T, date: 2020-02-21, meetings: *ms}`;
    expect(removed(milestones([`${ONE}meetings: &ms [${LATE}]}`, two]), 7, DROP.title)).toBeUndefined();
    const block = ['  - id: ONE', '    title: T', '    date: 2020-02-20', '    meetings: &ms', `      - ${LATE}`, two];
    expect(removed(milestones(block), 11, DROP.title)).toBeUndefined();
  });

  it('offers none for an entry of an anchored list of two', () => {
    const two = `  - {id: TWO, title: T, date: 2020-02-21, meetings: *ms}`;
    expect(removed(milestones([`${ONE}meetings: &ms [KR@2020-01-15, ${LATE}]}`, two]), 7, DROP.title)).toBeUndefined();
    const block = ['  - id: ONE', '    title: T', '    date: 2020-02-20', '    meetings: &ms', '      - KR@2020-01-15', `      - ${LATE}`, two];
    expect(removed(milestones(block), 12, DROP.title)).toBeUndefined();
  });

  it('offers none for an entry that defines an anchor', () => {
    const two = '  - {id: TWO, title: T, date: 2020-02-01, meetings: [*k]}';
    expect(removed(milestones([`${ONE}meetings: [KR@2020-01-15, &k ${LATE}]}`, two]), 7, DROP.title)).toBeUndefined();
    const block = ['  - id: ONE', '    title: T', '    date: 2020-02-20', '    meetings:', '      - KR@2020-01-15', `      - &k ${LATE}`, two];
    expect(removed(milestones(block), 12, DROP.title)).toBeUndefined();
  });

  it('still drops the entry of a list no alias reads, and one with a tag, the tag with it', () => {
    const path = ['milestones', 0, 'meetings'];
    expectRemoved(milestones([`${ONE}meetings: [${LATE}]}`]), 7, milestones([`${ONE}meetings: []}`]), { ...DROP, path: [...path, 0] });
    const block = ['  - id: ONE', '    title: T', '    date: 2020-02-20', '    meetings:'];
    expectRemoved(milestones([...block, `      - ${LATE}`]), 11, milestones(['  - id: ONE', '    title: T', '    date: 2020-02-20', '    meetings: []']), { ...DROP, path: [...path, 0] });
    expectRemoved(milestones([`${ONE}meetings: [KR@2020-01-15, !!str ${LATE}]}`]), 7, milestones([`${ONE}meetings: [KR@2020-01-15]}`]), { ...DROP, path: [...path, 1] });
    expectRemoved(milestones([`${ONE}meetings: [!!str ${LATE}, KR@2020-01-15]}`]), 7, milestones([`${ONE}meetings: [KR@2020-01-15]}`]), { ...DROP, path: [...path, 0] });
    expectRemoved(milestones([...block, '      - KR@2020-01-15', `      - !!str ${LATE}`]), 12, milestones([...block, '      - KR@2020-01-15']), { ...DROP, path: [...path, 1] });
  });
});

describe('removing a repeated milestone of a risk where an alias reads the list or the entry', () => {
  const risk = (id: string, list: string): string => `  - {id: ${id}, title: R, probability: 0.3, impact: 5d, milestones: ${list}}`;
  const text = (risks: readonly string[]): string =>
    `${['plan: {id: q, title: Q, status_date: 2020-02-10}', 'risks:', ...risks, 'milestones:', '  - {id: A, title: T, date: 2020-02-20}'].join('\n')}\n`;

  it('offers none for an anchored list, or an entry that defines an anchor', () => {
    expect(removed(text([risk('R1', '&rm [A, A]'), risk('R2', '*rm')]), 2)).toBeUndefined();
    expect(removed(text([risk('R1', '[A, &k A]'), risk('R2', '[*k]')]), 2)).toBeUndefined();
  });

  it('removes the repeated entry with its tag', () => {
    expectRemoved(text([risk('R1', '[A, !!str A]')]), 2, text([risk('R1', '[A]')]), { path: ['risks', 0, 'milestones', 1] });
    const block = ['  - id: R1', '    title: R', '    probability: 0.3', '    impact: 5d', '    milestones:', '      - A'];
    expectRemoved(text([...block, '      - !!str A']), 8, text(block), { path: ['risks', 0, 'milestones', 1] });
  });
});
