// Ties in the critical path method (SPEC §5: "ties by ref"), listed so that the first predecessor found and the lowest
// ref disagree: a scheduler that keeps the first of equal candidates fails here (issue #13's surviving mutants).
import { describe, expect, it } from 'vitest';
import { planYaml, scheduleOf } from './schedule-helpers.js';

const m = (body: string): string => `{${body}}`;

describe('ties go to the lower ref, whatever the order of listing', () => {
  // File order: X2 (index 0), X1, M. M lists X2 first. X2: add(Fri 30.8, 1d) = Mon 2.9; X1: add(2.9, 0) = 2.9;
  // both are later than c(M) = 30.8, so both could drive M: the lower ref a/X1 must, although a/X2 is found first
  // and is milestone 0.
  const s = scheduleOf({
    'a.yaml': planYaml('a', '', [
      m('id: X2, title: X2, date: 2019-08-30'),
      m('id: X1, title: X1, date: 2019-09-02'),
      m('id: M, title: M, date: 2019-08-30, after: [{id: X2, lag: 1d}, X1]'),
    ]),
  });

  it('the driver of M is a/X1', () => {
    expect(s.row('a/M')).toMatchObject({ projected: '2019-09-02', driver: 'a/X1' });
  });

  it('the critical path steps from M to a/X1', () => {
    expect(s.row('a/X1').critical && s.row('a/X2').critical).toBe(true);
    expect(s.paths()).toEqual([['a/X1', 'a/M']]);
  });

  it('listed the other way round, the same driver and path', () => {
    const t = scheduleOf({
      'a.yaml': planYaml('a', '', [
        m('id: M, title: M, date: 2019-08-30, after: [X1, {id: X2, lag: 1d}]'),
        m('id: X1, title: X1, date: 2019-09-02'),
        m('id: X2, title: X2, date: 2019-08-30'),
      ]),
    });
    expect(t.row('a/M').driver).toBe('a/X1');
    expect(t.paths()).toEqual([['a/X1', 'a/M']]);
  });

  it('a predecessor that only equals c(M) drives nothing, even when listed first', () => {
    // X: add(Fri 30.8, 1d) = Mon 2.9 = c(M): not later than c(M), so no driver.
    const t = scheduleOf({
      'a.yaml': planYaml('a', '', [m('id: X, title: X, date: 2019-08-30'), m('id: M, title: M, date: 2019-09-02, after: [{id: X, lag: 1d}]')]),
    });
    expect(t.row('a/M')).toMatchObject({ projected: '2019-09-02', driver: null });
  });

  it('critical paths with equal float are listed by end ref, not in file order', () => {
    // Two unconnected critical ends on the same day (float 0 under v1's and v2's end rule alike): B is milestone 0.
    const t = scheduleOf({
      'a.yaml': planYaml('a', '', [m('id: B, title: B, date: 2019-09-02'), m('id: A, title: A, date: 2019-09-02')]),
    });
    expect(t.paths()).toEqual([['a/A'], ['a/B']]);
  });

  it('across plans, ties compare the whole ref: b/P beats c/P, listed and filed after it', () => {
    const t = scheduleOf({
      'a.yaml': planYaml('a', '', [m('id: M, title: M, date: 2019-08-30, after: [{id: c/P, lag: 1d}, {id: b/P}]')]),
      'b.yaml': planYaml('b', '', [m('id: P, title: P, date: 2019-09-02')]),
      'c.yaml': planYaml('c', '', [m('id: P, title: P, date: 2019-08-30')]),
    });
    expect(t.row('a/M').driver).toBe('b/P');
  });
});
