// What a run keeps (src/risk/store.ts): narrow kept end samples (Int16 days from the deterministic date) and the
// wide fallback when a drawn date lies more than 32,767 days from it; histograms of p(M) and of the draws that count
// exactly what the reference run (reference.ts) holds; the results are the same either way.
import { describe, expect, it } from 'vitest';
import { parseDayDate } from '../../src/calendar/index.js';
import { positions } from '../../src/risk/analysis.js';
import { simulateSequential } from '../../src/risk/simulate.js';
import { distributionOf } from '../../src/risk/statistics.js';
import { allocateEndSamples } from '../../src/risk/store.js';
import { likelyProjected } from '../../src/risk/block.js';
import { HEADER, runRiskOn } from './harness.js';
import { referenceRun } from './reference.js';

const A = parseDayDate('2019-06-03')!;
const day = (n: number): string => new Date((A + n) * 86_400_000).toISOString().slice(0, 10);

describe('what a run keeps', () => {
  it('counts every p(M) and draw in its histograms, and keeps Int16 end samples for small runs', () => {
    const yaml = `${HEADER('n')}  - {id: A, title: A, date: ${day(0)}, actual: ${day(0)}}
  - {id: B, title: B, date: ${day(0)}, after: [A], duration: 0ed..10ed..20ed}
`;
    const run = runRiskOn({ 'n.yaml': yaml }, 1000, 5);
    const ref = referenceRun(run.net, 1000, 5, []);
    const b = positions(run.net)[run.analysis.workspace.milestoneIndex.get('n/B')!]!;
    expect(run.sim.tally.projected.distribution(b)).toEqual(distributionOf(ref.projected[b]!));
    expect(run.sim.tally.draws.distribution(0)).toEqual(distributionOf(ref.draws[0]!));
    // B's date is A + its drawn duration in every iteration (elapsed days).
    for (let i = 0; i < 1000; i++) expect(ref.projected[b]![i]).toBe(A + ref.draws[0]![i]!);
    const ends = allocateEndSamples(run.net.n, [b], 1000, (bytes) => new ArrayBuffer(bytes), likelyProjected(run.net));
    expect(ends.values).toBeInstanceOf(Int16Array);
    expect(allocateEndSamples(run.net.n, [b], 40000, (bytes) => new ArrayBuffer(bytes), likelyProjected(run.net)).values).toBeInstanceOf(Int32Array);
  });

  it('reruns with Int32 end samples when a draw lands more than 32,767 days from the deterministic date', () => {
    const yaml = `${HEADER('w')}  - {id: A, title: A, date: ${day(0)}, actual: ${day(0)}}
  - {id: B, title: B, date: ${day(0)}, after: [A], duration: 0ed..10ed..40000ed}
`;
    const run = runRiskOn({ 'w.yaml': yaml }, 500, 5);
    const ref = referenceRun(run.net, 500, 5, []);
    const b = positions(run.net)[run.analysis.workspace.milestoneIndex.get('w/B')!]!;
    let far = 0;
    for (let i = 0; i < 500; i++) if (ref.projected[b]![i]! - A > 32767) far++;
    // P(draw > 32767) for the triangular on [0, 40000] with mode 10 is about ((40000 − 32767.5) / 40000)² ≈ 0.033: some of 500.
    expect(far).toBeGreaterThan(0);
    expect(run.sim.tally.projected.distribution(b)).toEqual(distributionOf(ref.projected[b]!));
    // B is an end: its drivers come from the wide rerun, as the reference ranks them.
    expect(run.sim.found).toEqual(referenceRun(run.net, 500, 5, [b]).found);
    expect(run.result.drivers.length).toBe(1);
    const narrow = simulateSequential(run.net, 500, 5, [b], true);
    expect(narrow.found).toEqual(run.sim.found);
    expect(run.byRef('w/B').p90).toBeGreaterThan(A + 20000);
  });
});
