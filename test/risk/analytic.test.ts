// Networks with known answers (SPEC §11), compared within tolerances derived from the standard error, for several seeds.
import { describe, expect, it } from 'vitest';
import { formatDay, parseDayDate } from '../../src/calendar/index.js';
import { HEADER, runRiskOn, triangularCdf, withinShare } from './harness.js';

const N = 10000;
const SEEDS = [1, 2, 3];
const A = parseDayDate('2019-06-03')!;
const day = (offset: number): string => formatDay(A + offset);

/**
 * The analytic percentile k* of a whole-day distribution (smallest k with cdf(k) ≥ level), plus a neighbour when
 * its CDF lies within 4.5 standard errors of the level (then either answer is statistically right).
 */
function admissibleQuantiles(cdf: (k: number) => number, level: number, n: number): number[] {
  let k = 0;
  while (cdf(k) < level) k++;
  const se = Math.sqrt((level * (1 - level)) / n);
  const out = [k];
  if (Math.abs(cdf(k - 1) - level) <= 4.5 * se) out.push(k - 1);
  if (Math.abs(cdf(k) - level) <= 4.5 * se) out.push(k + 1);
  return out;
}

const single = (duration: string): string => `${HEADER('t')}  - {id: A, title: A, date: ${day(0)}, actual: ${day(0)}}
  - {id: B, title: B, date: ${day(0)}, after: [A], duration: ${duration}}
`;

describe('a symmetric triangular duration 0ed..10ed..20ed, drawn in whole days', () => {
  for (const seed of SEEDS) {
    it(`P(draw ≤ k) = F(k + 0.5) for every k; percentiles and mean of the rounded distribution (seed ${seed})`, () => {
      const run = runRiskOn({ 't.yaml': single('0ed..10ed..20ed') }, N, seed);
      const samples = run.samples('t/B');
      for (let k = 0; k <= 20; k++) {
        let below = 0;
        for (const s of samples) if (s - A <= k) below++;
        expect(withinShare(below / N, triangularCdf(k + 0.5, 0, 10, 20), N), `k = ${k}: ${below / N}`).toBe(true);
      }
      const b = run.byRef('t/B');
      const cdf = (k: number): number => triangularCdf(k + 0.5, 0, 10, 20);
      for (const [pct, got] of [[10, b.p10], [50, b.p50], [80, b.p80], [85, b.p85], [90, b.p90]] as const) {
        expect(admissibleQuantiles(cdf, pct / 100, N), `P${pct}`).toContain(got! - A);
      }
      expect(b.p50! - A).toBe(10);
      expect(b.mean! - A).toBe(10);
      let min = Infinity;
      let max = -Infinity;
      for (const s of samples) {
        min = Math.min(min, s - A);
        max = Math.max(max, s - A);
      }
      expect(min).toBeGreaterThanOrEqual(0);
      expect(max).toBeLessThanOrEqual(20);
    });
  }
});

describe('a chain of ten durations 0ed..10ed..20ed', () => {
  for (const seed of SEEDS) {
    it(`has mean 100 and variance 10 × (300/18 + 1/12) within their standard errors (seed ${seed})`, () => {
      let yaml = `${HEADER('c')}  - {id: M0, title: M0, date: ${day(0)}, actual: ${day(0)}}\n`;
      for (let i = 1; i <= 10; i++) yaml += `  - {id: M${i}, title: M${i}, date: ${day(0)}, after: [M${i - 1}], duration: 0ed..10ed..20ed}\n`;
      const samples = runRiskOn({ 'c.yaml': yaml }, N, seed).samples('c/M10');
      let sum = 0;
      for (const s of samples) sum += s - A;
      const mean = sum / N;
      let ss = 0;
      for (const s of samples) ss += (s - A - mean) ** 2;
      const variance = ss / (N - 1);
      // Rounding to whole days adds 1/12 to the variance of each continuous draw (Sheppard's correction).
      const expectedVariance = 10 * (300 / 18 + 1 / 12);
      expect(Math.abs(mean - 100)).toBeLessThan(4.5 * Math.sqrt(expectedVariance / N));
      expect(Math.abs(variance - expectedVariance)).toBeLessThan(4.5 * expectedVariance * Math.sqrt(2 / (N - 1)));
    });
  }
});

describe('merge bias: four parallel branches 0ed..10ed..20ed into a milestone dated 10 days on', () => {
  for (const seed of SEEDS) {
    it(`is on time with probability F(10.5)^4 ≈ 0.091, not 0.5^4 (seed ${seed})`, () => {
      let yaml = `${HEADER('m')}  - {id: A, title: A, date: ${day(0)}, actual: ${day(0)}}\n`;
      for (let i = 1; i <= 4; i++) yaml += `  - {id: B${i}, title: B${i}, date: ${day(0)}, after: [A], duration: 0ed..10ed..20ed}\n`;
      yaml += `  - {id: M, title: M, date: ${day(10)}, after: [B1, B2, B3, B4]}\n`;
      const m = runRiskOn({ 'm.yaml': yaml }, N, seed).byRef('m/M');
      const expected = triangularCdf(10.5, 0, 10, 20) ** 4;
      expect(expected).toBeCloseTo(0.0907, 3);
      expect(withinShare(m.probByDate, expected, N), `${m.probByDate}`).toBe(true);
    });
  }
});

describe('a risk event', () => {
  for (const seed of SEEDS) {
    it(`with probability 0.3 delays its milestone in 30 % of the iterations (seed ${seed})`, () => {
      const yaml = `${HEADER('r')}  - {id: A, title: A, date: ${day(0)}, actual: ${day(0)}}
  - {id: B, title: B, date: ${day(5)}, after: [A], duration: 5ed}
risks:
  - {id: R1, title: Risk, probability: 0.3, impact: 3ed..4ed..5ed, milestones: [B]}
`;
      const run = runRiskOn({ 'r.yaml': yaml }, N, seed);
      const b = run.byRef('r/B');
      expect(withinShare(b.probByDate, 0.7, N), `${b.probByDate}`).toBe(true);
      const samples = run.samples('r/B');
      expect(new Set(Array.from(samples, (s) => s - A))).toEqual(new Set([5, 8, 9, 10]));
      expect(run.result.drivers.find((d) => d.source === 'r/R1')?.kind).toBe('risk');
    });

    it(`on a milestone without predecessors delays it from its current date (seed ${seed})`, () => {
      const yaml = `${HEADER('s')}  - {id: A, title: A, date: ${day(0)}}
risks:
  - {id: R1, title: Risk, probability: 0.5, impact: 7ed, milestones: [A]}
`;
      const run = runRiskOn({ 's.yaml': yaml }, N, seed);
      expect(withinShare(run.byRef('s/A').probByDate, 0.5, N)).toBe(true);
      expect(new Set(Array.from(run.samples('s/A'), (s) => s - A))).toEqual(new Set([0, 7]));
      expect(run.byRef('s/A').deterministic).toBe(A);
    });
  }
});

describe('PERT (λ = 4)', () => {
  it('has mean (a + 4m + b)/6 and a median near it', () => {
    const yaml = `${HEADER('p', '  risk: {distribution: pert}\n')}  - {id: A, title: A, date: ${day(0)}, actual: ${day(0)}}
  - {id: B, title: B, date: ${day(0)}, after: [A], duration: 0ed..10ed..40ed}
`;
    const samples = runRiskOn({ 'p.yaml': yaml }, N, 5).samples('p/B');
    let sum = 0;
    for (const s of samples) sum += s - A;
    // Mean 50/6 + ... = (0 + 40 + 40)/6 = 13.33; variance (μ − a)(b − μ)/7 = 13.33 · 26.67 / 7 ≈ 50.8.
    const mean = (0 + 4 * 10 + 40) / 6;
    const sd = Math.sqrt(((mean - 0) * (40 - mean)) / 7 + 1 / 12);
    expect(Math.abs(sum / N - mean)).toBeLessThan(4.5 * (sd / Math.sqrt(N)));
  });
});

// SPEC §11: a risk event's impact is in the weight of every edge into its milestone, FF and SF included (their weight
// holds no duration, but the delay all the same). 2019-06-03 is a Monday; a certain 10d event moves M ten working
// days on, past Whit Monday 2019-06-10: 2019-06-18; S, one working day after P's start, to 2019-06-19.
describe('a certain risk event on milestones whose only links in are FF and SF', () => {
  const texts = {
    'r.yaml': `${HEADER('r')}  - {id: P, title: P, date: ${day(0)}}
  - {id: M, title: M, date: ${day(0)}, after: [{id: P, type: FF}]}
  - {id: S, title: S, date: ${day(0)}, after: [{id: P, type: SF, lag: 1d}]}
  - {id: N, title: N, date: ${day(0)}, after: [M]}
risks:
  - {id: R, title: R, probability: 1, impact: 10d, milestones: [M, S]}
`,
  };
  it('delays them by the impact, and the backward pass takes it off again (P is critical through S)', () => {
    const run = runRiskOn(texts, 50, 1);
    const p = (ref: string): string | null => (run.byRef(ref).p50 === null ? null : formatDay(run.byRef(ref).p50!));
    expect([p('r/P'), p('r/M'), p('r/S'), p('r/N')]).toEqual(['2019-06-03', '2019-06-18', '2019-06-19', '2019-06-18']);
    expect(run.byRef('r/M').probByDate).toBe(0);
    // S ends the plan: l(S) = 2019-06-19, less the impact and the lag is P's start: P has no float, as S has; M and
    // N, a day earlier, have one working day.
    expect(['r/P', 'r/S', 'r/M', 'r/N'].map((ref) => run.byRef(ref).criticality)).toEqual([1, 1, 0, 0]);
  });
});
