// The unknown references of a resolve and their suggestions (src/model/missed-references.ts), on a builder read from
// plans but not resolved: elsewhere answers the same from its scans and from its map of bare ids, and what is not
// reported (known broken, into an unreadable plan) is left out or counted.
import { describe, expect, it } from 'vitest';
import { addFile, startWorkspace } from '../../src/model/build.js';
import { ELSEWHERE_SCANS, MissedReferences } from '../../src/model/missed-references.js';
import { closestWord } from '../../src/text/closest.js';
import type { Builder } from '../../src/model/build.js';

const plan = (id: string, ids: string[]): { file: string; data: unknown } => ({ file: `${id}.yaml`, data: { plan: { id, title: id }, milestones: ids.map((m) => ({ id: m, date: '2026-01-05' })) } });
const builder = (): Builder => {
  const build = startWorkspace();
  // A '/' inside an id (the schema forbids it; the builder does not check): p/q/x's bare id is q/x, not x.
  for (const f of [plan('p', ['q/x']), plan('a', ['x', 'M1']), plan('b', ['y', 'x'])]) addFile(build, f);
  return build.b;
};
const origin = { file: 'a.yaml', path: ['milestones', 0, 'after', 0] };

describe('MissedReferences', () => {
  it('finds the first ref with a bare id the same way by its scans and by its map', () => {
    const missed = new MissedReferences(builder(), new Map());
    const ids = ['x', 'y', 'q/x', 'z', 'M1'];
    const expected = ['a/x', 'b/y', 'p/q/x', undefined, 'a/M1'];
    // The first ELSEWHERE_SCANS answers come from scans, the rest from the map.
    expect(ids.length).toBeGreaterThan(ELSEWHERE_SCANS);
    expect(ids.map((id) => missed.elsewhere(id))).toEqual(expected);
    expect(ids.map((id) => missed.elsewhere(id))).toEqual(expected);
  });

  it('gives a plan its own milestones as bare ids and the others as refs near its length, in order, prepared once per length', () => {
    const missed = new MissedReferences(builder(), new Map());
    // A bare id of 2 characters (limit 1): p/q/x, 5 characters, is no candidate; b/y and b/x, 3, are.
    const a = missed.bareIds(1, 2);
    expect(a.words).toEqual(['x', 'M1', 'b/y', 'b/x']);
    expect(a.lower).toEqual(['x', 'm1', 'b/y', 'b/x']);
    expect([...a.at!]).toEqual([1, 2, 3, 4]);
    expect(missed.bareIds(1, 2)).toBe(a);
    // Of 5 characters (limit 1): p/q/x is one, b/y and b/x, 3, are not; the plan's own ids always are.
    expect(missed.bareIds(1, 5).words).toEqual(['p/q/x', 'x', 'M1']);
    expect(missed.milestoneCandidates('b/M2', 1)).toBe(missed.milestoneRefs());
    expect(missed.milestoneCandidates('M2', 1)).toBe(a);
  });

  it('suggests for a bare id what the search among all the refs suggests (seeded random plans)', () => {
    let seed = 11;
    const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    const alphabet = 'abM1-2x/';
    const word = (): string => Array.from({ length: 1 + next(7) }, () => alphabet[next(alphabet.length)]).join('').replace(/\//g, '');
    let found = 0;
    for (let round = 0; round < 200; round++) {
      const build = startWorkspace();
      const plans = Array.from({ length: 1 + next(4) }, (_, i) => `${'p'.repeat(1 + next(2))}${i}`);
      for (const id of plans) addFile(build, plan(id, [...new Set(Array.from({ length: next(6) }, word))].filter((w) => w !== '')));
      const missed = new MissedReferences(build.b, new Map());
      const all = [...build.b.milestoneIndex.keys()];
      const p = next(plans.length);
      const own = `${plans[p]}/`;
      const plainly = all.map((r) => (r.startsWith(own) ? r.slice(own.length) : r));
      const target = word();
      if (target === '') continue;
      expect(closestWord(target, missed.milestoneCandidates(target, p)), `${target} in ${plans[p]} among ${all.join(' ')}`).toBe(closestWord(target, plainly));
      if (closestWord(target, plainly) !== undefined) found++;
    }
    // Not vacuous: most targets have a suggestion.
    expect(found).toBeGreaterThan(60);
  });

  it('records in order with the chosen or nearest suggestion, never the one to leave out, and not a known broken one', () => {
    const b = builder();
    b.knownBroken.add('milestones:a/broken');
    const missed = new MissedReferences(b, new Map());
    missed.missMilestone({ kind: 'after', target: 'M2', brokenKey: 'milestones:a/M2', holder: 'a/x', plan: 1, origin });
    missed.missMilestone({ kind: 'after', target: 'broken', brokenKey: 'milestones:a/broken', holder: 'a/x', plan: 1, origin });
    missed.missMilestone({ kind: 'after', target: 'M11', brokenKey: 'milestones:a/M11', holder: 'a/M1', plan: 1, origin }, { self: 'M1' });
    missed.miss({ kind: 'gate-ready', target: 'y', brokenKey: 'milestones:a/y', holder: 'a/x', plan: 1, origin, isGate: true }, () => { throw new Error('not searched'); }, { chosen: 'b/y' });
    missed.miss({ kind: 'body', target: 'KRR', brokenKey: 'body:KRR', holder: 'm', plan: undefined, origin }, () => new Set(['KR', 'SR']).keys());
    expect(missed.unresolved.map((u) => [u.target, u.suggestion, u.isGate])).toEqual([
      ['M2', 'M1', undefined], ['M11', undefined, undefined], ['y', 'b/y', true], ['KRR', 'KR', undefined],
    ]);
  });

  it('counts the milestone references into a plan only an unreadable file declares, and reports the rest', () => {
    const missed = new MissedReferences(builder(), new Map([['gone', 'gone.yaml']]));
    const at = (k: number): { file: string; path: (string | number)[] } => ({ file: 'a.yaml', path: ['milestones', k] });
    missed.missMilestone({ kind: 'after', target: 'gone/M1', brokenKey: 'milestones:gone/M1', holder: 'a/x', plan: 1, origin: at(0) });
    missed.missMilestone({ kind: 'milestones', target: 'gone/M2', brokenKey: 'milestones:gone/M2', holder: 'a/m', plan: 1, origin: at(1) });
    missed.miss({ kind: 'goal', target: 'gone/G', brokenKey: 'goals:a/gone/G', holder: 'a/x', plan: 1, origin: at(2) }, () => []);
    missed.missMilestone({ kind: 'after', target: 'other/M1', brokenKey: 'milestones:other/M1', holder: 'a/x', plan: 1, origin: at(3) });
    expect(missed.unresolved.map((u) => u.target)).toEqual(['gone/G', 'other/M1']);
    expect(missed.unreadablePlans()).toEqual([{ plan: 'gone', file: 'gone.yaml', references: 2, first: at(0) }]);
    expect(new MissedReferences(builder(), new Map()).unreadablePlans()).toBeUndefined();
  });
});
