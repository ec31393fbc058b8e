// An anchor no alias uses shares nothing (tester round 70 F7): `set` and `snapshot` edit the node it stands on and keep
// the anchor byte for byte; an anchor an alias of the file uses is refused as before (tester rounds 11, 13, 14).
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

async function edit(argv: readonly string[], text: string): Promise<{ code: number; written: string | undefined; stderr: string; stdout: string }> {
  const r = await runCli([...argv, 'ws'], { files: { 'ws/p.yaml': text }, diskRoots: [] });
  return { code: r.code, written: r.io.written.get('ws/p.yaml'), stderr: r.stderr, stdout: r.stdout };
}

/** The tester's file (round 70 F7): `&mp1` on a milestone, `&fb` on a forecast, no alias anywhere. */
const UNUSED = `plan: {id: an, title: Anchors nobody uses, status_date: 2019-06-19}
milestones:
  - &mp1
    id: A
    title: a
    date: 2019-06-28
  - id: B
    title: b
    date: 2019-07-01
    forecast: &fb 2019-07-02
`;

const HEAD = 'plan: {id: p, title: P, status_date: 2019-06-19}\n';

describe('an anchor no alias uses', () => {
  it('set edits an anchored milestone, the anchor kept', async () => {
    const r = await edit(['set', 'an/A', '--forecast', '2019-07-03'], UNUSED);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.written).toBe(UNUSED.replace('    date: 2019-06-28\n', '    date: 2019-06-28\n    forecast: 2019-07-03\n'));
  });

  it('set replaces an anchored value, the anchor kept in front of the new one', async () => {
    const r = await edit(['set', 'an/B', '--forecast', '2019-07-05'], UNUSED);
    expect(r.code).toBe(0);
    expect(r.written).toBe(UNUSED.replace('forecast: &fb 2019-07-02', 'forecast: &fb 2019-07-05'));
  });

  it('snapshot records both milestones, the anchors kept', async () => {
    const r = await edit(['snapshot', '--today', '2019-06-20'], UNUSED);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.written).toBe(UNUSED
      .replace('    date: 2019-06-28\n', '    date: 2019-06-28\n    history:\n      - {reported: 2019-06-20, forecast: 2019-06-28}\n')
      .replace('    forecast: &fb 2019-07-02\n', '    forecast: &fb 2019-07-02\n    history:\n      - {reported: 2019-06-20, forecast: 2019-07-02}\n'));
  });

  it('set and snapshot edit through an anchored list and an anchored history no alias uses', async () => {
    const list = `${HEAD}milestones: &ms\n  - id: A\n    title: a\n    date: 2019-06-28\n    forecast: 2019-07-01\n`;
    expect((await edit(['set', 'p/A', '--status', 'red'], list)).written).toBe(list.replace('    forecast: 2019-07-01\n', '    forecast: 2019-07-01\n    status: red\n'));
    const history = `${HEAD}milestones:\n  - id: A\n    title: a\n    date: 2019-06-28\n    forecast: 2019-07-01\n    history: &h\n      - {reported: 2019-06-01, forecast: 2019-06-28}\n`;
    expect((await edit(['snapshot', '--today', '2019-06-20'], history)).written).toBe(`${history}      - {reported: 2019-06-20, forecast: 2019-07-01}\n`);
  });

  it('is told by the node an alias stands for, not by the name: an anchor named again after it is another one', async () => {
    const milestones = `${HEAD}milestones:\n  - &a\n    id: A\n    title: a\n    date: 2019-06-28\n`;
    // `*a` after the second `&a` is that one: the milestone's anchor is used by no alias.
    const later = `${milestones}x-t: &a {k: 1}\nx-u: *a\n`;
    expect((await edit(['set', 'p/A', '--forecast', '2019-07-03'], later)).written).toBe(later.replace('    date: 2019-06-28\n', '    date: 2019-06-28\n    forecast: 2019-07-03\n'));
    // `*a` before it is the milestone.
    const before = `${milestones}x-u: *a\nx-t: &a {k: 1}\n`;
    const r = await edit(['set', 'p/A', '--forecast', '2019-07-03'], before);
    expect(r.code).toBe(2);
    expect(r.written).toBeUndefined();
  });
});

describe('an anchor an alias uses is still refused', () => {
  it('a forecast anchored &f that the next milestone uses as *f (the tester\'s e1/al.src)', async () => {
    const text = `plan: {id: al, title: T, status_date: 2019-06-19}\nmilestones:\n  - id: A\n    title: x\n    date: 2019-06-28\n    forecast: &f 2019-07-01\n  - id: B\n    title: y\n    date: 2019-06-28\n    forecast: *f\n`;
    const r = await edit(['set', 'al/A', '--forecast', '2019-07-03'], text);
    expect(r.code).toBe(2);
    expect(r.written).toBeUndefined();
    expect(r.stderr).toBe('milepel: ws/p.yaml: cannot set forecast of al/A: forecast is anchored as &f, which aliases elsewhere in the file may use; change it by hand, or write the value without the anchor first\n');
  });

  it('a milestone that is the alias of a mapping anchored elsewhere (the tester\'s e1/wa.src)', async () => {
    const text = `plan: {id: wa, title: T, status_date: 2019-06-19}\nx-tmpl: &m {id: A, title: x, date: 2019-06-28}\nmilestones:\n  - *m\n`;
    const milestone = 'milestone 1 of the list is the alias *m at line 4 of the value anchored &m at line 2; an edit there would change every place that uses &m: write the milestone out in place to edit it, or change it by hand';
    const set = await edit(['set', 'wa/A', '--forecast', '2019-07-03'], text);
    expect([set.code, set.written, set.stderr]).toEqual([2, undefined, `milepel: ws/p.yaml: cannot set forecast of wa/A: ${milestone}\n`]);
    const snapshot = await edit(['snapshot', '--today', '2019-06-20'], text);
    expect([snapshot.code, snapshot.written, snapshot.stderr]).toEqual([2, undefined, `milepel: ws/p.yaml: cannot add history entries: ${milestone}; nothing written\n`]);
  });

  it('the tester\'s milestone and forecast, once an alias uses each', async () => {
    const used = `${UNUSED}x-copy: [*mp1, *fb]\n`;
    const a = await edit(['set', 'an/A', '--forecast', '2019-07-03'], used);
    expect([a.code, a.written]).toEqual([2, undefined]);
    expect(a.stderr).toContain('milestone A at line 3 is anchored as &mp1');
    const b = await edit(['set', 'an/B', '--forecast', '2019-07-05'], used);
    expect([b.code, b.written]).toEqual([2, undefined]);
    expect(b.stderr).toContain('forecast is anchored as &fb');
    const snapshot = await edit(['snapshot', '--today', '2019-06-20'], used);
    expect([snapshot.code, snapshot.written]).toEqual([2, undefined]);
    expect(snapshot.stderr).toContain('cannot add history entries: milestone A at line 3 is anchored as &mp1');
  });
});
