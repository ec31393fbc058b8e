// The analysis ranks milestones by ref (`<`, UTF-16 code units): the tie-breaker everywhere. src/pipeline-schedule.ts finds
// that order plan by plan (plans by `<id>/`, then ids) and checks it against the refs; the rank must be the refs'
// order whatever the plan ids (one a prefix of another, digits and '-' around the '/'), the ids and the file order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildWorkspace } from '../../src/model/build.js';
import { analyzeSources } from '../../src/pipeline.js';
import type { ParsedSource } from '../../src/source/parse.js';

/** A parsed source of plain data (no text: nothing here is located). */
function source(file: string, data: unknown): ParsedSource {
  return { file, text: '', data, problems: [], locate: () => ({ line: 1, column: 1 }) } as unknown as ParsedSource;
}

const planIds = fc.uniqueArray(fc.constantFrom('a', 'a-b', 'ab', 'a0', 'b', 'b-', 'z9', '0a', 'a-', 'aa'), { minLength: 1, maxLength: 6 });
const ids = fc.uniqueArray(fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9._-]{0,3}$/), { maxLength: 12 });

describe('ref rank', () => {
  it('orders the milestones by ref, over plans whose ids are prefixes of each other', () => {
    fc.assert(fc.property(planIds.chain((plans) => fc.tuple(fc.constant(plans), fc.array(ids, { minLength: plans.length, maxLength: plans.length }))), ([plans, idLists]) => {
      const sources = plans.map((p, k) => source(`${p}.yaml`, { plan: { id: p, title: p }, milestones: idLists[k]!.map((id) => ({ id, title: id, date: '2026-01-05' })) }));
      const analysis = analyzeSources(sources, { clockToday: 20_000 as never });
      const refs = analysis.workspace.milestones.map((m) => m.ref);
      const expected = refs.map((_, i) => i).sort((a, b) => (refs[a]! < refs[b]! ? -1 : 1));
      const byRank: number[] = [];
      analysis.rank.forEach((r, i) => (byRank[r] = i));
      expect(byRank).toEqual(expected);
    }), { numRuns: 300 });
  });

  it('orders refs that a slash inside an id makes ambiguous as the refs themselves', () => {
    // buildWorkspace does not check ids (the schema does): `a` + `b/c` and `a/b` + `d` break the grouping's premise.
    const ws = buildWorkspace([
      { file: 'a.yaml', data: { plan: { id: 'a' }, milestones: [{ id: 'b/c', date: '2026-01-05' }, { id: 'z', date: '2026-01-05' }] } },
      { file: 'ab.yaml', data: { plan: { id: 'a/b' }, milestones: [{ id: 'd', date: '2026-01-06' }] } },
    ]);
    expect(ws.milestones.map((m) => m.ref)).toEqual(['a/b/c', 'a/z', 'a/b/d']);
    const analysis = analyzeSources([], { clockToday: 20_000 as never, workspace: ws });
    expect([...analysis.rank]).toEqual([0, 2, 1]);
  });
});
