// The sample store (src/risk/store.ts): narrow columns (Int8 draws, Int16 dates from the deterministic date) and
// the wide fallback when a drawn date lies more than 32,767 days from it; the results are the same either way.
import { describe, expect, it } from 'vitest';
import { parseDayDate } from '../../src/calendar/index.js';
import { HEADER, runRiskOn } from './harness.js';

const A = parseDayDate('2019-06-03')!;
const day = (n: number): string => new Date((A + n) * 86_400_000).toISOString().slice(0, 10);

describe('the sample store', () => {
  it('keeps draws of small estimates in Int8 and dates as Int16 offsets, and reads back exact dates', () => {
    const yaml = `${HEADER('n')}  - {id: A, title: A, date: ${day(0)}, actual: ${day(0)}}
  - {id: B, title: B, date: ${day(0)}, after: [A], duration: 0ed..10ed..20ed}
`;
    const run = runRiskOn({ 'n.yaml': yaml }, 1000, 5);
    expect(run.store.draws).toBeInstanceOf(Int8Array);
    expect(run.store.projected).toBeInstanceOf(Int16Array);
    const samples = run.samples('n/B');
    const draws = run.store.draws;
    // B's date is A + its drawn duration in every iteration (elapsed days).
    for (let i = 0; i < 1000; i++) expect(samples[i]).toBe(A + draws[i]!);
  });

  it('reruns with Int32 dates when a draw lands more than 32,767 days from the deterministic date', () => {
    const yaml = `${HEADER('w')}  - {id: A, title: A, date: ${day(0)}, actual: ${day(0)}}
  - {id: B, title: B, date: ${day(0)}, after: [A], duration: 0ed..10ed..40000ed}
`;
    const run = runRiskOn({ 'w.yaml': yaml }, 500, 5);
    expect(run.store.draws).toBeInstanceOf(Int32Array);
    expect(run.store.projected).toBeInstanceOf(Int32Array);
    const samples = run.samples('w/B');
    let far = 0;
    for (let i = 0; i < 500; i++) {
      expect(samples[i]).toBe(A + run.store.draws[i]!);
      if (samples[i]! - A > 32767) far++;
    }
    // P(draw > 32767) for the triangular on [0, 40000] with mode 10 is about ((40000 − 32767.5) / 40000)² ≈ 0.033: some of 500.
    expect(far).toBeGreaterThan(0);
    const b = run.byRef('w/B');
    expect(b.p90).toBeGreaterThan(A + 20000);
  });
});
