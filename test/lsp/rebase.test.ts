// The language server's model after a file breaks or is repaired (SPEC §14) is the one a fresh analysis builds: the
// later files' cached entities are rebased to their new plan and entity indices (model/rebase.ts) rather than read
// again, and every index, plan and key order must come out as a fresh read gives them. The published diagnostics
// are compared with `validate` through a real client in break-repair.test.ts; this compares the whole model.
import { describe, expect, it } from 'vitest';
import { parseCliDate } from '../../src/calendar/index.js';
import { MAIN_GROUP, PlanWorkspace } from '../../src/lsp/workspace.js';
import { analyzeSources, type Analysis } from '../../src/pipeline.js';
import { PLANS } from './break-repair-plans.js';

const TODAY = parseCliDate('2019-09-01')!;
const uriOf = (name: string): string => `file:///ws/${name}`;

/** The model as JSON, key order included; a plan's calendar (which holds closures) by what it was built from. */
function modelJson(a: Analysis): string {
  return JSON.stringify({ ...a.workspace, plans: a.workspace.plans.map((p) => ({ ...p, calendar: p.calendar.spec, rules: [...p.rules], health: [...p.health] })) }, (_, v: unknown) =>
    v instanceof Map ? [...(v as Map<unknown, unknown>)] : v === undefined ? '(undefined)' : v);
}

function expectFresh(ws: PlanWorkspace): Analysis {
  const got = ws.analysis(MAIN_GROUP);
  const fresh = analyzeSources(ws.files(MAIN_GROUP).map((f) => f.parsed), { today: TODAY, clockToday: TODAY });
  expect(got.diagnostics).toEqual(fresh.diagnostics);
  expect(modelJson(got)).toBe(modelJson(fresh));
  expect(got.schedule).toEqual(fresh.schedule);
  return got;
}

const set = (ws: PlanWorkspace, name: string, text: string): void => void ws.setText(uriOf(name), name, MAIN_GROUP, text, true);
const broken = (name: keyof typeof PLANS, key: string, value: string): string => PLANS[name].replace(`${key}: ${value}`, `${key}: [${value}`);

describe('rebased entities in the language server', () => {
  it('equal a fresh analysis while files break and are repaired, and are not read again', () => {
    const ws = new PlanWorkspace(() => TODAY);
    ws.today = TODAY;
    for (const [name, text] of Object.entries(PLANS)) ws.setText(uriOf(name), name, MAIN_GROUP, text, false);
    const first = expectFresh(ws);
    const b3 = first.workspace.milestoneIndex.get('beta/B3')!;

    set(ws, 'alpha.yaml', broken('alpha.yaml', 'date', '2019-06-11'));
    const alphaBroken = expectFresh(ws);
    const moved = alphaBroken.workspace.milestoneIndex.get('beta/B3')!;
    expect(moved).toBeLessThan(b3);
    // The same entity moved, not read again: its parts are the very objects of the first build.
    expect(alphaBroken.workspace.milestones[moved]!.history).toBe(first.workspace.milestones[b3]!.history);
    expect(alphaBroken.workspace.milestones[moved]!.plan).toBe(first.workspace.milestones[b3]!.plan - 1);

    set(ws, 'alpha.yaml', broken('alpha.yaml', 'title', 'Start'));
    expectFresh(ws);
    set(ws, 'alpha.yaml', PLANS['alpha.yaml'].replace('date: 2019-06-11', 'date: 2019-06-12'));
    const repaired = expectFresh(ws);
    expect(repaired.workspace.milestoneIndex.get('beta/B3')).toBe(b3);
    expect(repaired.workspace.milestones[b3]!.history).toBe(first.workspace.milestones[b3]!.history);

    set(ws, 'beta.yaml', broken('beta.yaml', 'title', 'Beta'));
    expectFresh(ws);
    set(ws, 'alpha.yaml', broken('alpha.yaml', 'id', 'A3'));
    expectFresh(ws);
    set(ws, 'beta.yaml', PLANS['beta.yaml']);
    expectFresh(ws);
    set(ws, 'alpha.yaml', PLANS['alpha.yaml'].replace('  - id: A4', '  - id: A3b\n    title: New\n    date: 2019-09-16\n    after: [A3]\n  - id: A4'));
    expect(expectFresh(ws).workspace.milestoneIndex.get('beta/B3')).toBe(b3 + 1);
    // A plan id taken by an earlier file: gamma's entities are left out, then come back.
    set(ws, 'beta.yaml', PLANS['beta.yaml'].replace('id: beta', 'id: gamma'));
    expectFresh(ws);
    set(ws, 'beta.yaml', PLANS['beta.yaml']);
    expectFresh(ws);
    set(ws, 'alpha.yaml', PLANS['alpha.yaml']);
    expect(expectFresh(ws).diagnostics).toEqual(first.diagnostics);
  });
});
