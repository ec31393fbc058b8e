// An independent Monte Carlo of a small network, written here with its own generator and WorkCalendar arithmetic,
// agrees with `milepel risk` on the distribution of every milestone within sampling error.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR, parseDayDate } from '../../src/calendar/index.js';
import { HEADER, runRiskOn } from './harness.js';
import { mulberry32 } from '../helpers/mulberry32.js';

const N = 20000;
const cal = DEFAULT_CALENDAR;
const day = (text: string): number => parseDayDate(text)!;

const YAML = `${HEADER('ind')}  - {id: A, title: A, date: 2019-06-03, actual: 2019-06-03}
  - {id: B, title: B, date: 2019-06-10, after: [A], duration: 5d..10d..20d}
  - {id: C, title: C, date: 2019-06-12, after: [A], duration: 3d..5d..15d}
  - id: D
    title: D
    date: 2019-07-01
    after: [{id: B, lag: -2d..0d..5d}, {id: C, lag: 2d}]
    duration: 1w..2w..3w
  - {id: E, title: E, date: 2019-07-10, after: [{id: D, lag: 1ed..3ed..10ed}]}
risks:
  - {id: R, title: R, probability: 0.4, impact: 2d..4d..8d, milestones: [C]}
`;


function triangular(a: number, m: number, b: number, u: number): number {
  const f = (m - a) / (b - a);
  const x = u < f ? a + Math.sqrt(u * (b - a) * (m - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - m));
  return Math.round(x);
}

/** SPEC §5 forward pass by hand for this network, on drawn values. */
function independent(seed: number): Map<string, number[]> {
  const rand = mulberry32(seed);
  const out = new Map<string, number[]>(['B', 'C', 'D', 'E'].map((k) => [k, []]));
  const a = day('2019-06-03');
  for (let i = 0; i < N; i++) {
    const b = Math.max(day('2019-06-10'), cal.add(a, triangular(5, 10, 20, rand())));
    const finishC = cal.add(a, triangular(3, 5, 15, rand()));
    const c = Math.max(day('2019-06-12'), rand() < 0.4 ? cal.add(finishC, triangular(2, 4, 8, rand())) : finishC);
    // 1w..2w..3w is drawn in working days: 5..10..15.
    const durationD = triangular(5, 10, 15, rand());
    const lagBD = triangular(-2, 0, 5, rand());
    const d = Math.max(day('2019-07-01'), cal.add(cal.add(b, lagBD), durationD), cal.add(cal.add(c, 2), durationD));
    const e = Math.max(day('2019-07-10'), d + triangular(1, 3, 10, rand()));
    out.get('B')!.push(b);
    out.get('C')!.push(c);
    out.get('D')!.push(d);
    out.get('E')!.push(e);
  }
  return out;
}

describe('an independent simulation of a small network', () => {
  it('gives the same distribution of p(M) for every milestone (two-sample test on every day)', () => {
    const mine = runRiskOn({ 'ind.yaml': YAML }, N, 11);
    const theirs = independent(99);
    for (const id of ['B', 'C', 'D', 'E']) {
      const a = Array.from(mine.samples(`ind/${id}`));
      const b = theirs.get(id)!;
      const days = new Set([...a, ...b]);
      let checked = 0;
      for (const d of days) {
        const fa = a.filter((x) => x <= d).length / N;
        const fb = b.filter((x) => x <= d).length / N;
        const p = (fa + fb) / 2;
        const se = Math.sqrt(Math.max(p * (1 - p), 1 / N) * (2 / N));
        expect(Math.abs(fa - fb), `${id} on day ${d}: ${fa} vs ${fb}`).toBeLessThanOrEqual(5 * se);
        checked++;
      }
      expect(checked).toBeGreaterThan(5);
    }
  }, 60_000);
});
