// `set` and `snapshot` refuse to edit through YAML anchors and aliases (an edit there would change every place that
// uses the shared value), and say so truly, with the lines (tester round 11 #3: "history is not a list", "not a
// mapping in this file", neither true, no line named).
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

const SHARED_HISTORY = `plan: {id: al, title: AL, status_date: 2024-03-01}
x-h: &h
  - {reported: 2024-02-01, forecast: 2024-03-25}
milestones:
  - id: B
    title: B
    date: 2024-03-26
    forecast: 2024-03-27
    history: *h
  - {id: C, title: C, date: 2024-03-26, forecast: 2024-04-01, history: *h}
`;

const ANCHORED_HISTORY = `plan: {id: dl, title: DL, status_date: 2024-03-01}
milestones:
  - id: B
    title: B
    date: 2024-03-26
    forecast: 2024-03-27
    history: &h
      - {reported: 2024-02-01, forecast: 2024-03-25}
  - {id: C, title: C, date: 2024-03-26, forecast: 2024-03-27, history: *h}
`;

const ALIASED_MILESTONE = `plan: {id: bl, title: BL, status_date: 2024-03-01}
x-t: &m {id: A, title: A, date: 2024-03-25}
milestones: [*m]
`;

const ALIASED_LIST = `plan: {id: el, title: EL, status_date: 2024-03-01}
x-l: &l
  - {id: A, title: A, date: 2024-03-25}
milestones: *l
`;

async function refusal(argv: string[], text: string): Promise<string> {
  const r = await runCli([...argv, 'ws'], { files: { 'ws/p.yaml': text }, diskRoots: [] });
  expect(r.code).toBe(2);
  expect(r.io.written.size).toBe(0);
  // The file is one a report reads: validate has nothing against it but, perhaps, working days.
  expect((await runCli(['validate', 'ws'], { files: { 'ws/p.yaml': text }, diskRoots: [] })).stdout).not.toMatch(/: error:/);
  return r.stderr;
}

const ANCHORED_MILESTONE = `plan: {id: p, title: P, status_date: 2026-01-05}
milestones:
  - &m
    id: A
    title: A
    date: 2026-03-02
    forecast: 2026-03-09
  - id: B
    title: B
    date: 2026-03-03
    x-copy: *m
`;

describe('edits through anchors and aliases', () => {
  it('set and snapshot refuse a flow milestone anchored as &m and an anchored list, and edit the milestone beside it (tester round 14 #2, #3)', async () => {
    const flowItem = 'plan: {id: p, title: P, status_date: 2026-01-05}\nmilestones:\n  - &m {id: A, title: A, date: 2026-03-02, forecast: 2026-03-09}\nx-copy: [*m]\n';
    const allFlow = '{plan: {id: p, title: P, status_date: 2026-01-05},\n milestones: [{id: B, title: B, date: 2026-03-03},\n   &m {id: A, title: A, date: 2026-03-02, forecast: 2026-03-09}],\n x-copy: [*m]}\n';
    const list = 'plan: {id: p, title: P, status_date: 2026-01-05}\nmilestones: &ms\n  - id: A\n    title: A\n    date: 2026-03-02\n    forecast: 2026-03-09\nx-copy: *ms\n';
    const item = 'milestone A at line 3 is anchored as &m, which aliases elsewhere in the file may use; an edit there would change them too: change it by hand, or write the milestone without the anchor first';
    for (const text of [flowItem, allFlow]) {
      expect(await refusal(['set', 'p/A', '--status', 'red'], text)).toBe(`milepel: ws/p.yaml: cannot set status of p/A: ${item}\n`);
      expect(await refusal(['snapshot', '--today', '2026-01-05'], text)).toBe(`milepel: ws/p.yaml: cannot add history entries: ${item}; nothing written\n`);
    }
    const anchoredList = 'milestones at line 2 is anchored as &ms, which aliases elsewhere in the file may use; an edit there would change them too: change it by hand, or write the list without the anchor first';
    expect(await refusal(['set', 'p/A', '--status', 'red'], list)).toBe(`milepel: ws/p.yaml: cannot set status of p/A: ${anchoredList}\n`);
    expect(await refusal(['snapshot', '--today', '2026-01-05'], list)).toBe(`milepel: ws/p.yaml: cannot add history entries: ${anchoredList}; nothing written\n`);
    // B, beside the anchored A, is edited as ever.
    const b = await runCli(['set', 'p/B', '--status', 'red', 'ws'], { files: { 'ws/p.yaml': allFlow }, diskRoots: [] });
    expect(b.code).toBe(0);
    expect(b.io.written.get('ws/p.yaml')).toBe(allFlow.replace('{id: B, title: B, date: 2026-03-03}', '{id: B, title: B, date: 2026-03-03, status: red}'));
  });

  it('set and snapshot refuse an anchored milestone, which an alias elsewhere uses, saying so (tester round 13 #9)', async () => {
    const anchored = 'milestone A at line 3 is anchored as &m, which aliases elsewhere in the file may use; an edit there would change them too: change it by hand, or write the milestone without the anchor first';
    expect(await refusal(['set', 'p/A', '--status', 'red'], ANCHORED_MILESTONE)).toBe(`milepel: ws/p.yaml: cannot set status of p/A: ${anchored}\n`);
    expect(await refusal(['snapshot', '--today', '2026-01-05'], ANCHORED_MILESTONE)).toBe(`milepel: ws/p.yaml: cannot add history entries: ${anchored}; nothing written\n`);
    // The milestone that is not anchored is edited as ever.
    const b = await runCli(['set', 'p/B', '--status', 'red', 'ws'], { files: { 'ws/p.yaml': ANCHORED_MILESTONE }, diskRoots: [] });
    expect(b.code).toBe(0);
    expect(b.io.written.get('ws/p.yaml')).toBe(ANCHORED_MILESTONE.replace('    x-copy: *m\n', '    status: red\n    x-copy: *m\n'));
  });

  it('snapshot names an aliased history, its line and the anchor\'s', async () => {
    expect(await refusal(['snapshot'], SHARED_HISTORY)).toBe('milepel: ws/p.yaml: cannot add history entries: history of milestone B is the alias *h at line 9 of the value anchored &h at line 2; a new entry there would be added to every place that uses &h: write the list out for this milestone, or add the entry by hand; nothing written\n');
  });

  it('snapshot refuses an anchored history, which an alias elsewhere shares', async () => {
    expect(await refusal(['snapshot'], ANCHORED_HISTORY)).toBe('milepel: ws/p.yaml: cannot add history entries: history of milestone B at line 7 is anchored as &h, which aliases elsewhere in the file may use; a new entry there would be added to each of them: add it by hand, or write the list without the anchor first; nothing written\n');
  });

  it('set and snapshot name an aliased milestone, and an aliased list of milestones', async () => {
    const milestone = 'milestone 1 of the list is the alias *m at line 3 of the value anchored &m at line 2; an edit there would change every place that uses &m: write the milestone out in place to edit it, or change it by hand';
    expect(await refusal(['set', 'bl/A', '--forecast', '2024-04-02'], ALIASED_MILESTONE)).toBe(`milepel: ws/p.yaml: cannot set forecast of bl/A: ${milestone}\n`);
    expect(await refusal(['snapshot', '--today', '2024-03-01'], ALIASED_MILESTONE.replace('date: 2024-03-25}', 'date: 2024-03-25, forecast: 2024-03-27}'))).toBe(`milepel: ws/p.yaml: cannot add history entries: ${milestone}; nothing written\n`);
    expect(await refusal(['set', 'el/A', '--forecast', '2024-04-02'], ALIASED_LIST)).toBe('milepel: ws/p.yaml: cannot set forecast of el/A: milestones is the alias *l at line 4 of the value anchored &l at line 2; an edit there would change every place that uses &l: write the list out in place to edit it, or change it by hand\n');
  });
});
