// The links every import leaves out so that no written plan has a dependency cycle: self-links, repeats, and the links
// that close cycles, each said with its line (tester round 20 #3).
import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../src/messages/index.js';
import { dropUnschedulableLinks } from '../../src/interchange/loops.js';
import type { ImportedLink, ImportedLinkAt, ImportedMilestone, ImportedPlan, LinkType } from '../../src/interchange/plan-model.js';

/** A link as a test writes it: `[pred, line, type?, lag?, unit?]`. */
type LinkSpec = readonly [string, number | undefined, LinkType?, number?, ImportedLink['lagUnit']?];

/**
 * Plans from `{ plan: { milestone: links } }`, and the links in the order `order` gives (default: as listed), as an
 * importer hands them over.
 */
function imported(spec: Record<string, Record<string, readonly LinkSpec[]>>, order?: (a: ImportedLinkAt, b: ImportedLinkAt) => number): { plans: ImportedPlan[]; links: ImportedLinkAt[] } {
  const links: ImportedLinkAt[] = [];
  const plans = Object.entries(spec).map(([id, milestones]): ImportedPlan => ({
    id, title: id, source: 'test',
    milestones: Object.entries(milestones).map(([mid, after]) => {
      const m: ImportedMilestone & { after: ImportedLink[] } = { id: mid, title: mid, date: '2021-03-01', after: [] };
      for (const [pred, line, type = 'FS', lagDays = 0, lagUnit] of after) {
        const link: ImportedLink = { id: pred, type, lagDays, ...(lagUnit !== undefined ? { lagUnit } : {}) };
        m.after.push(link);
        links.push(line === undefined ? { milestone: m, link } : { milestone: m, link, line });
      }
      return m;
    }),
  }));
  return { plans, links: order === undefined ? links : links.sort(order) };
}

const check = (spec: Record<string, Record<string, readonly LinkSpec[]>>, options: { isRowNumber?: boolean } = {}, order?: (a: ImportedLinkAt, b: ImportedLinkAt) => number) => {
  const { plans, links } = imported(spec, order);
  return dropUnschedulableLinks(plans, links, options);
};
const afters = (plans: readonly ImportedPlan[]): string[][] => plans.flatMap((p) => p.milestones.map((m) => [m.id, ...m.after.map((l) => `${l.id} ${l.type} ${l.lagDays}${l.lagUnit ?? 'd'}`)]));
const said = (r: ReturnType<typeof dropUnschedulableLinks>, locale: 'en' | 'nb' = 'en'): (string | number | undefined)[][] =>
  r.findings.map((f) => [f.line, f.kind, f.topic, f.activity, renderMessage(f.message, locale)]);

describe('dropUnschedulableLinks', () => {
  it('changes nothing when no link is in a cycle or repeated, and keeps the milestones as they were', () => {
    const { plans, links } = imported({ p: { A: [], B: [['A', 3], ['A', 4, 'SS', 2]], C: [['B', 5], ['other/X', 5], ['A', 5, 'FS', 1, 'ed']] } });
    const r = dropUnschedulableLinks(plans, links);
    expect(r.findings).toEqual([]);
    expect(r.plans[0]!.milestones.every((m, i) => m === plans[0]!.milestones[i])).toBe(true);
  });

  it('leaves out a link from a milestone to itself, named with its line, in English and Norwegian', () => {
    const r = check({ p: { A: [], B: [['A', 3], ['B', 4]] } });
    expect(afters(r.plans)).toEqual([['A'], ['B', 'A FS 0d']]);
    expect(said(r)).toEqual([[4, 'dropped', 'link', 'B', 'link B → B: B comes after itself, a dependency cycle no schedule can hold; the link was left out']]);
    expect(said(r, 'nb')[0]?.[4]).toBe('lenke B → B: B kommer etter seg selv, en sirkulær avhengighet ingen tidsplan kan holde; lenken ble utelatt');
  });

  it('leaves out a second link of the same type between the same two milestones, and keeps the first read of links with one lag', () => {
    const r = check({ p: { A: [], B: [['A', 10], ['A', 11], ['A', 12, 'FS', 1, 'w'], ['A', 13, 'FS', 5]] } });
    expect(afters(r.plans)).toEqual([['A'], ['B', 'A FS 1w']]);
    expect(said(r).slice(2)).toEqual([
      [13, 'dropped', 'link', 'B', 'link A → B: a second FS link between the same two milestones (the first at line 12, with a lag of 1w where this one has 5d); the first is kept (both require the same date), this one was left out'],
    ]);
    const same = check({ p: { A: [], B: [['A', 10], ['A', 11]] } });
    expect(said(same)).toEqual([
      [11, 'dropped', 'link', 'B', 'link A → B: a second FS link between the same two milestones (the first at line 10); the first is kept, this one was left out'],
    ]);
    expect(said(same, 'nb').map((f) => f[4])).toEqual([
      'lenke A → B: en FS-lenke nummer to mellom de samme to milepælene (den første står på linje 10); den første er beholdt, denne ble utelatt',
    ]);
  });

  // Tester round 57 F8: a sheet's `MP1; MP1+2d` kept the link with no lag, and the schedule lost the 2 days; the MS
  // Project export keeps, of two links between the same two tasks, the one that requires the latest date.
  it('keeps, of links of one type between the same two milestones, the one that requires the latest date, and says why', () => {
    const r = check({ p: { A: [], B: [['A', 10], ['A', 11], ['A', 12, 'FS', 2]] } });
    expect(afters(r.plans)).toEqual([['A'], ['B', 'A FS 2d']]);
    expect(said(r)).toEqual([
      [10, 'dropped', 'link', 'B', 'link A → B: another FS link between the same two milestones (the other at line 12, with a lag of 2d where this one has 0d); the other is kept, as it requires the later date, this one was left out'],
      [11, 'dropped', 'link', 'B', 'link A → B: another FS link between the same two milestones (the other at line 12, with a lag of 2d where this one has 0d); the other is kept, as it requires the later date, this one was left out'],
    ]);
    expect(said(r, 'nb')[0]?.[4]).toBe('lenke A → B: en annen FS-lenke mellom de samme to milepælene (den andre står på linje 12, med etterslep 2d der denne har 0d); den andre er beholdt, fordi den krever den seneste datoen, denne ble utelatt');
    // The first, when it is the one that binds: a lead is weaker than no lag, a shorter lag weaker than a longer one.
    const first = check({ p: { A: [], B: [['A', 3, 'SS', 2, 'w'], ['A', 3, 'SS', 9]] } }, { isRowNumber: true });
    expect(afters(first.plans)).toEqual([['A'], ['B', 'A SS 2w']]);
    expect(said(first).map((f) => f[4])).toEqual(['link A → B: a second SS link between the same two milestones (the first earlier in the same row, with a lag of 2w where this one has 9d); the first is kept, as it requires the later date, this one was left out']);
    expect(said(first, 'nb').map((f) => f[4])).toEqual(['lenke A → B: en SS-lenke nummer to mellom de samme to milepælene (den første står tidligere på samme rad, med etterslep 2w der denne har 9d); den første er beholdt, fordi den krever den seneste datoen, denne ble utelatt']);
    const lead = check({ p: { A: [], B: [['A', 4, 'FF', -3], ['A', 4, 'FF', -1], ['A', 4, 'FF', -2, 'ew']] } });
    expect(afters(lead.plans)).toEqual([['A'], ['B', 'A FF -1d']]);
  });

  it('compares a lag in working days with one in calendar days only where no dates can change the order, else keeps the first', () => {
    // 2d spans at least 2 calendar days: never earlier than 2ed, and later than 1ed; a lead of 2ed never earlier than one of 2d.
    expect(afters(check({ p: { A: [], B: [['A', 1, 'FS', 2, 'ed'], ['A', 2, 'FS', 2]] } }).plans)).toEqual([['A'], ['B', 'A FS 2d']]);
    expect(afters(check({ p: { A: [], B: [['A', 1, 'FS', -2], ['A', 2, 'FS', -2, 'ed']] } }).plans)).toEqual([['A'], ['B', 'A FS -2ed']]);
    const notEarlier = check({ p: { A: [], B: [['A', 1, 'FS', 1, 'ed'], ['A', 2, 'FS', 2, 'ed'], ['A', 3, 'FS', 2]] } });
    expect(afters(notEarlier.plans)).toEqual([['A'], ['B', 'A FS 2d']]);
    expect(said(notEarlier).map((f) => f[4])).toEqual([
      'link A → B: another FS link between the same two milestones (the other at line 3, with a lag of 2d where this one has 1ed); the other is kept, as it requires the later date, this one was left out',
      'link A → B: another FS link between the same two milestones (the other at line 3, with a lag of 2d where this one has 2ed); the other is kept, as it never requires an earlier date, this one was left out',
    ]);
    expect(said(notEarlier, 'nb')[1]?.[4]).toBe('lenke A → B: en annen FS-lenke mellom de samme to milepælene (den andre står på linje 3, med etterslep 2d der denne har 2ed); den andre er beholdt, fordi den aldri krever en tidligere dato, denne ble utelatt');
    // 2d against 3ed: which is later depends on the weekends between.
    const open = check({ p: { A: [], B: [['A', 1, 'FS', 2], ['A', 2, 'FS', 3, 'ed']] } });
    expect(afters(open.plans)).toEqual([['A'], ['B', 'A FS 2d']]);
    expect(said(open).map((f) => f[4])).toEqual(['link A → B: a second FS link between the same two milestones (the first at line 1, with a lag of 2d where this one has 3ed); the first is kept, this one was left out (which of the two requires the later date depends on the dates: one lag is in working days, the other in calendar days)']);
    expect(said(open, 'nb').map((f) => f[4])).toEqual(['lenke A → B: en FS-lenke nummer to mellom de samme to milepælene (den første står på linje 1, med etterslep 2d der denne har 3ed); den første er beholdt, denne ble utelatt (hvilken av de to som krever den seneste datoen, avhenger av datoene: det ene etterslepet er i arbeidsdager, det andre i kalenderdager)']);
  });

  it('keeps links of different types between the same two milestones (P6\'s SS and FF pair): a plan holds both', () => {
    const r = check({ p: { A: [], B: [['A', 3, 'SS', 2], ['A', 4, 'FF', 3], ['A', 5, 'FS', -1]] } });
    expect(r.findings).toEqual([]);
    expect(afters(r.plans)).toEqual([['A'], ['B', 'A SS 2d', 'A FF 3d', 'A FS -1d']]);
  });

  it('keeps the link read first, not the one listed first in the milestone (P6 TASKPRED rows in any order)', () => {
    const r = check({ p: { A: [], B: [['A', 20, 'FS', 1, 'w'], ['A', 10, 'FS', 5]] } }, {}, (a, b) => (a.line ?? 0) - (b.line ?? 0));
    expect(afters(r.plans)).toEqual([['A'], ['B', 'A FS 5d']]);
    expect(said(r).map((f) => f[0])).toEqual([20]);
  });

  it('says where the first is in a sheet: earlier on the same line, or a workbook\'s row', () => {
    const spec = { p: { A: [], B: [['A', 3], ['A', 3, 'FS', 0, 'ed']] } } satisfies Record<string, Record<string, readonly LinkSpec[]>>;
    expect(said(check(spec)).map((f) => f[4])).toEqual(['link A → B: a second FS link between the same two milestones (the first earlier in the same line, with a lag of 0d where this one has 0ed); the first is kept (both require the same date), this one was left out']);
    expect(said(check(spec, { isRowNumber: true }), 'nb').map((f) => f[4])).toEqual(['lenke A → B: en FS-lenke nummer to mellom de samme to milepælene (den første står tidligere på samme rad, med etterslep 0d der denne har 0ed); den første er beholdt (begge krever samme dato), denne ble utelatt']);
    const rows = check({ p: { A: [], B: [['A', 3]], C: [['A', 4]] } }, { isRowNumber: true });
    expect(rows.findings).toEqual([]);
    const apart = check({ p: { A: [], B: [['A', 3], ['A', 7]] } }, { isRowNumber: true });
    expect(said(apart).map((f) => f[4])).toEqual(['link A → B: a second FS link between the same two milestones (the first in row 3); the first is kept, this one was left out']);
    expect(said(check({ p: { A: [], B: [['A', undefined], ['A', undefined]] } })).map((f) => [f[0], f[4]])).toEqual([[undefined, 'link A → B: a second FS link between the same two milestones (the first before it); the first is kept, this one was left out']]);
  });

  it('leaves out the link that leads back to the first milestone of a loop through ten, naming the first five and the last (tester round 20 #3, t1cyc.xml)', () => {
    const ids = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'];
    // A after J (line 362, the link added), then B after A, C after B, …, each in its own task element further down.
    const spec = { t1: Object.fromEntries(ids.map((id, i) => [id, i === 0 ? [['J', 362]] : [[ids[i - 1]!, 362 + 38 * i]]])) } as Record<string, Record<string, readonly LinkSpec[]>>;
    const r = check(spec);
    expect(afters(r.plans)).toEqual([['A'], ...ids.slice(1).map((id, i) => [id, `${ids[i]} FS 0d`])]);
    expect(said(r)).toEqual([[362, 'dropped', 'link', 'A', 'link J → A closes the dependency cycle A → B → C → D → E → … → J → A (10 milestones); the link was left out, so that the plan can be scheduled']]);
    expect(said(r, 'nb')[0]?.[4]).toBe('lenke J → A lukker den sirkulære avhengigheten A → B → C → D → E → … → J → A (10 milepæler); lenken ble utelatt, så planen kan beregnes');
  });

  it('names a short cycle whole, and drops a repeated link before it can close one (cyc.xml: A ↔ B, B after A twice)', () => {
    const r = check({ cyc: { A: [['B', 8]], B: [['A', 10], ['A', 11, 'FS', 1]] } });
    expect(afters(r.plans)).toEqual([['A'], ['B', 'A FS 1d']]);
    expect(said(r).map((f) => [f[0], f[4]])).toEqual([
      [8, 'link B → A closes the dependency cycle A → B → A (2 milestones); the link was left out, so that the plan can be scheduled'],
      [10, 'link A → B: another FS link between the same two milestones (the other at line 11, with a lag of 1d where this one has 0d); the other is kept, as it requires the later date, this one was left out'],
    ]);
  });

  it('says a link repeated after one that closes a cycle closes it too, never that the first is kept (tester round 21 #1, same.xer)', () => {
    // B after A (line 20); A after B (line 21) closes A → B → A, and A after B again with a lag (line 22): the plan
    // holds neither, so the repeat is no "second link" beside a kept first one, and is said as what it is.
    const r = check({ same: { A: [['B', 21], ['B', 22, 'FS', 2]], B: [['A', 20]] } });
    expect(afters(r.plans)).toEqual([['A'], ['B', 'A FS 0d']]);
    expect(said(r).map((f) => [f[0], f[4]])).toEqual([
      [21, 'link B → A closes the dependency cycle A → B → A (2 milestones); the link was left out, so that the plan can be scheduled'],
      [22, 'link B → A closes the dependency cycle A → B → A (2 milestones); the link was left out, so that the plan can be scheduled'],
    ]);
    // In one sheet cell (dup.csv's `imp/E; E`): both entries close the cycle, and each is said once.
    const cell = check({ imp: { D: [['E', 7], ['E', 7]], E: [['D', 8]] } });
    expect(said(cell).map((f) => [f[0], f[4]])).toEqual([
      [7, 'link E → D closes the dependency cycle D → E → D (2 milestones); the link was left out, so that the plan can be scheduled'],
      [7, 'link E → D closes the dependency cycle D → E → D (2 milestones); the link was left out, so that the plan can be scheduled'],
    ]);
    // Whenever a repeat's line says "the first is kept", the plan holds that first link.
    for (const res of [r, cell]) for (const f of res.findings) if (renderMessage(f.message, 'en').includes('the first is kept')) throw new Error(`a repeat of a link left out: ${renderMessage(f.message, 'en')}`);
  });

  it('keeps the first of a repeated pair whose first is no cycle\'s closing link, and says the repeat as a repeat', () => {
    // A → B first (a tree edge of the search), then B → A closes the cycle; the repeat of A → B is a plain repeat.
    const r = check({ p: { A: [['B', 5]], B: [['A', 3, 'FS', 1], ['A', 4]] } });
    expect(afters(r.plans)).toEqual([['A'], ['B', 'A FS 1d']]);
    // In the order the links were read: A's link (line 5) first.
    expect(said(r).map((f) => f[0])).toEqual([5, 4]);
    expect(renderMessage(r.findings[1]!.message, 'en')).toContain('the first is kept');
  });

  it('sees a cycle that a link closes with plans already in the output directory, and leaves it out (tester round 21 #9)', () => {
    // plans/x.yaml (already written): x/A after y/B. The sheet y.csv: B after x/A.
    const outside = { nodes: [{ ref: 'x/A', file: 'plans/x.yaml' }], links: [{ from: 'y/B', to: 'x/A' }] };
    const { plans, links } = imported({ y: { B: [['x/A', 2]] } });
    const r = dropUnschedulableLinks(plans, links, { outside });
    expect(afters(r.plans)).toEqual([['B']]);
    expect(said(r)).toEqual([[2, 'dropped', 'link', 'B', 'link x/A → y/B closes the dependency cycle y/B → x/A → y/B (2 milestones), through plans/x.yaml already in the output directory; the link was left out, so that the plan can be scheduled']]);
    expect(said(r, 'nb')[0]?.[4]).toBe('lenke x/A → y/B lukker den sirkulære avhengigheten y/B → x/A → y/B (2 milepæler), gjennom plans/x.yaml som alt er i utdatamappen; lenken ble utelatt, så planen kan beregnes');
    // A longer way round, through two files and the import's own links; the links that close no cycle are kept.
    const far = {
      nodes: [{ ref: 'x/A', file: 'out/x.yaml' }, { ref: 'x/A2', file: 'out/x.yaml' }, { ref: 'z/C', file: 'out/z.yaml' }],
      links: [{ from: 'y/B', to: 'x/A' }, { from: 'x/A', to: 'x/A2' }, { from: 'x/A2', to: 'z/C' }],
    };
    const two = imported({ y: { B: [['M', 3]], M: [['z/C', 4], ['x/A', 5]], N: [['z/C', 6]] } });
    const s = dropUnschedulableLinks(two.plans, two.links, { outside: far });
    expect(afters(s.plans)).toEqual([['B', 'M FS 0d'], ['M'], ['N', 'z/C FS 0d']]);
    expect(said(s).map((f) => [f[0], f[4]])).toEqual([
      [4, 'link z/C → y/M closes the dependency cycle y/M → y/B → x/A → x/A2 → z/C → y/M (5 milestones), through out/x.yaml and out/z.yaml already in the output directory; the link was left out, so that the plan can be scheduled'],
      [5, 'link x/A → y/M closes the dependency cycle y/M → y/B → x/A → y/M (3 milestones), through out/x.yaml already in the output directory; the link was left out, so that the plan can be scheduled'],
    ]);
    // Without the plans outside (nothing in --out), those links are kept, as before.
    expect(dropUnschedulableLinks(two.plans, two.links).findings).toEqual([]);
  });

  it('reports which links it left out, for the importer to leave their approximations unsaid (tester round 21 #12)', () => {
    const { plans, links } = imported({ p: { A: [], B: [['A', 16, 'SS', -2], ['A', 17, 'SS', -1]] } });
    const r = dropUnschedulableLinks(plans, links);
    expect([...r.dropped]).toEqual([links[0]!.link]);
  });

  it('breaks a cycle across plans of one file, naming milestones with their plans', () => {
    const r = check({ p: { A: [['q/B', 5]] }, q: { B: [['p/A', 9]], C: [['B', 10]] } });
    expect(said(r).map((f) => [f[0], f[3], f[4]])).toEqual([[5, 'A', 'link q/B → p/A closes the dependency cycle p/A → q/B → p/A (2 milestones); the link was left out, so that the plan can be scheduled']]);
    expect(afters(r.plans)).toEqual([['A'], ['B', 'p/A FS 0d'], ['C', 'B FS 0d']]);
  });

  it('breaks every cycle of a tangle, so that the links left have none', () => {
    // A ↔ B, B → C → A, C ↔ D: the search from A takes A → B (B after A) first.
    const r = check({ p: { A: [['B', 2], ['C', 3]], B: [['A', 4]], C: [['B', 5], ['D', 6]], D: [['C', 7]] } });
    expect(said(r).map((f) => f[0])).toEqual([2, 3, 6]);
    expect(afters(r.plans)).toEqual([['A'], ['B', 'A FS 0d'], ['C', 'B FS 0d'], ['D', 'C FS 0d']]);
  });

  it('takes a chain of 200,000 milestones closed by its first link, and 100,000 pairs each linked both ways', () => {
    const n = 200_000;
    const chain: Record<string, LinkSpec[]> = {};
    for (let i = 0; i < n; i++) chain[`M${i}`] = [[`M${(i + n - 1) % n}`, i + 2]];
    const r = check({ big: chain });
    expect(said(r).map((f) => [f[0], f[4]])).toEqual([[2, `link M${n - 1} → M0 closes the dependency cycle M0 → M1 → M2 → M3 → M4 → … → M${n - 1} → M0 (${n} milestones); the link was left out, so that the plan can be scheduled`]]);
    const pairs: Record<string, LinkSpec[]> = {};
    for (let i = 0; i < 100_000; i++) Object.assign(pairs, { [`A${i}`]: [[`B${i}`, 2 * i + 2]], [`B${i}`]: [[`A${i}`, 2 * i + 3]] });
    const both = check({ pairs });
    expect(both.findings.length).toBe(100_000);
    expect(both.findings.every((f, i) => f.line === 2 * i + 2)).toBe(true);
  });
});
