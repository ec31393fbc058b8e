// What a run keeps (src/risk/store.ts): narrow kept end samples (Int16 days from the first iteration's date) and the
// wide fallback when a drawn date lies more than 32,767 days from it; histograms of p(M) and of the draws that count
// exactly what the reference run (reference.ts) holds; the results are the same either way.
import { describe, expect, it } from 'vitest';
import { parseDayDate } from '../../src/calendar/index.js';
import { positions } from '../../src/risk/analysis.js';
import { simulateSequential } from '../../src/risk/simulate.js';
import { distributionOf } from '../../src/risk/statistics.js';
import { allocateEndSamples, newTally } from '../../src/risk/store.js';
import { firstProjected, runBlock } from '../../src/risk/block.js';
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
    const ends = allocateEndSamples(run.net.n, [b], 1000, (bytes) => new ArrayBuffer(bytes), firstProjected(run.net, 3));
    expect(ends.values).toBeInstanceOf(Int16Array);
    expect(allocateEndSamples(run.net.n, [b], 40000, (bytes) => new ArrayBuffer(bytes), firstProjected(run.net, 3)).values).toBeInstanceOf(Int32Array);
  });

  it('reruns with Int32 end samples when a draw lands more than 32,767 days from its origin (the date of the first iteration)', () => {
    const yaml = `${HEADER('w')}  - {id: A, title: A, date: ${day(0)}, actual: ${day(0)}}
  - {id: B, title: B, date: ${day(0)}, after: [A], duration: 0ed..10ed..80000ed}
`;
    const run = runRiskOn({ 'w.yaml': yaml }, 500, 5);
    const ref = referenceRun(run.net, 500, 5, []);
    const b = positions(run.net)[run.analysis.workspace.milestoneIndex.get('w/B')!]!;
    let far = 0;
    // Draws over [0, 80000] (mode 10): from any origin (firstProjected, the first draw) some of 500 lie farther than Int16 reaches.
    const origin = firstProjected(run.net, 5)[b]!;
    expect(origin).toBe(ref.projected[b]![0]);
    for (let i = 0; i < 500; i++) if (Math.abs(ref.projected[b]![i]! - origin) > 32767) far++;
    expect(far).toBeGreaterThan(0);
    expect(run.sim.tally.projected.distribution(b)).toEqual(distributionOf(ref.projected[b]!));
    // B is an end: its drivers come from the wide rerun, as the reference ranks them.
    expect(run.sim.found).toEqual(referenceRun(run.net, 500, 5, [b]).found);
    expect(run.result.drivers.length).toBe(1);
    const narrow = simulateSequential(run.net, 500, 5, [b], true);
    expect(narrow.found).toEqual(run.sim.found);
    expect(run.byRef('w/B').p90).toBeGreaterThan(A + 20000);
  });

  it('keeps a long chain of skewed estimates narrow: its draws stay near the date of the first draw, far from the likely date', () => {
    // 60 links of 0..0..2000 calendar days: the likely date is A, the draws centre some 40,000 days later.
    let yaml = `${HEADER('c')}  - {id: M0, title: M0, date: ${day(0)}, actual: ${day(0)}}\n`;
    for (let i = 1; i <= 60; i++) yaml += `  - {id: M${i}, title: M${i}, date: ${day(0)}, after: [M${i - 1}], duration: 0ed..0ed..2000ed}\n`;
    const run = runRiskOn({ 'c.yaml': yaml }, 250, 3);
    const end = positions(run.net)[run.analysis.workspace.milestoneIndex.get('c/M60')!]!;
    const plain = (bytes: number): ArrayBuffer => new ArrayBuffer(bytes);
    const ends = allocateEndSamples(run.net.n, [end], 250, plain, firstProjected(run.net, 3));
    runBlock(run.net, 3, 0, 250, newTally(run.net), ends);
    expect(ends.values).toBeInstanceOf(Int16Array);
    expect(ends.overflow[0]).toBe(0);
    // Every sample read back from its origin is the reference's date.
    const ref = referenceRun(run.net, 250, 3, []);
    for (let i = 0; i < 250; i++) expect(ends.values[i]! + ends.origin[0]!).toBe(ref.projected[end]![i]!);
    expect(ref.projected[end]![0]! - A).toBeGreaterThan(32767);
  });
});
