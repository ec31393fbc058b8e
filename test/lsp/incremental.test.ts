// The language server's incremental analysis (SPEC §14) gives exactly what a fresh analysis of the same texts gives:
// the schema results and model entities of unchanged files are reused (model/fragments.ts), and only the files
// whose findings changed are published again (diagnosticsUpdate).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCliDate } from '../../src/calendar/index.js';
import { diagnosticsUpdate, type PublishedFile } from '../../src/lsp/diagnostics.js';
import { sameData } from '../../src/source/same-data.js';
import { MAIN_GROUP, PlanWorkspace } from '../../src/lsp/workspace.js';
import { analyzeSources, type Analysis } from '../../src/pipeline.js';
import { REPO_ROOT } from '../helpers/fake-io.js';

const TODAY = parseCliDate('2019-09-01')!;
const NAMES = ['akson.yaml', 'felles-grunnmur.yaml', 'governance.yaml'];
const ORIGINAL = new Map(NAMES.map((n) => [n, readFileSync(join(REPO_ROOT, 'plans', n), 'utf8')]));
const uriOf = (name: string): string => `file:///ws/plans/${name}`;

function workspace(): PlanWorkspace {
  const ws = new PlanWorkspace(() => TODAY);
  ws.today = TODAY;
  for (const [name, text] of ORIGINAL) ws.setText(uriOf(name), `plans/${name}`, MAIN_GROUP, text, false);
  return ws;
}

/** The incremental analysis equals a fresh one over the same parses: model, schedule and findings. */
function expectFresh(ws: PlanWorkspace): Analysis {
  const got = ws.analysis(MAIN_GROUP);
  const fresh = analyzeSources(ws.files(MAIN_GROUP).map((f) => f.parsed), { today: TODAY, clockToday: TODAY });
  expect(got.diagnostics).toEqual(fresh.diagnostics);
  // A plan's calendar holds closures (its lazily built day index): compared by what it was built from.
  const plain = (a: Analysis): unknown => ({ ...a.workspace, plans: a.workspace.plans.map((p) => ({ ...p, calendar: p.calendar.spec })) });
  expect(plain(got)).toEqual(plain(fresh));
  expect(got.schedule).toEqual(fresh.schedule);
  expect(got.graph).toEqual(fresh.graph);
  return got;
}

const edit = (ws: PlanWorkspace, name: string, change: (text: string) => string): void => {
  const before = ws.get(uriOf(name))!.text;
  const after = change(before);
  expect(after).not.toBe(before);
  ws.setText(uriOf(name), `plans/${name}`, MAIN_GROUP, after, true);
};

const NEW_MILESTONE = '  - id: MP10\n    title: Ny\n    date: 2020-02-03\n    after: [MP9]\n\n';

describe('incremental analysis in the language server', () => {
  it('equals a fresh analysis after every kind of edit, and reuses the entities of the files that did not change', () => {
    const ws = workspace();
    const first = expectFresh(ws);
    const felles = first.workspace.milestoneIndex.get('felles-grunnmur/RM1-M1')!;

    // A date: the same counts, so felles-grunnmur's milestones are the very objects of the previous build.
    edit(ws, 'akson.yaml', (t) => t.replace('date: 2019-08-31', 'date: 2019-09-02'));
    const second = expectFresh(ws);
    expect(second.workspace.milestones[felles]).toBe(first.workspace.milestones[felles]);
    // Neither refs nor edges changed: the same rank and graph.
    expect(second.rank).toBe(first.rank);
    expect(second.graph).toBe(first.graph);
    // One edge moved to another predecessor, the counts unchanged: a new graph.
    edit(ws, 'akson.yaml', (t) => t.replace('after: [MP2]', 'after: [MP1]'));
    expect(expectFresh(ws).graph).not.toBe(second.graph);
    edit(ws, 'akson.yaml', (t) => t.replace('after: [MP1]\n    meetings: [PS@2019-08-28', 'after: [MP2]\n    meetings: [PS@2019-08-28'));
    expectFresh(ws);

    // A new milestone shifts every later index: felles-grunnmur is read again.
    edit(ws, 'akson.yaml', (t) => t.replace('# Decision points', NEW_MILESTONE + '# Decision points'));
    const third = expectFresh(ws);
    expect(third.workspace.milestoneIndex.get('felles-grunnmur/RM1-M1')).toBe(felles + 1);
    expect(third.graph).not.toBe(second.graph);

    // Two plans with one id: the second file's entities are read into the first one's plan (duplicate-id).
    edit(ws, 'felles-grunnmur.yaml', (t) => t.replace('id: felles-grunnmur', 'id: akson'));
    expect(expectFresh(ws).diagnostics.some((d) => d.rule === 'duplicate-id')).toBe(true);
    ws.setText(uriOf('felles-grunnmur.yaml'), 'plans/felles-grunnmur.yaml', MAIN_GROUP, ORIGINAL.get('felles-grunnmur.yaml')!, false);
    expectFresh(ws);

    // One ref from two plans (ids that break the pattern are still names): the cached file meets a known ref.
    edit(ws, 'felles-grunnmur.yaml', (t) => t.replace('id: felles-grunnmur', 'id: akson/x'));
    expectFresh(ws);
    edit(ws, 'akson.yaml', (t) => t.replace('# Decision points', NEW_MILESTONE.replace('MP10', 'x/RM1-M1') + '# Decision points'));
    expect(expectFresh(ws).diagnostics.filter((d) => d.rule === 'duplicate-id').map((d) => d.file)).toEqual(['plans/felles-grunnmur.yaml']);

    // Broken YAML mid-typing leaves akson out; then everything as it was.
    edit(ws, 'akson.yaml', (t) => t.replace('after: [MP1]', 'after: [MP1'));
    expectFresh(ws);
    for (const [name, text] of ORIGINAL) ws.setText(uriOf(name), `plans/${name}`, MAIN_GROUP, text, false);
    expect(expectFresh(ws).diagnostics).toEqual(first.diagnostics);
  });

  it('publishes again only the files whose findings changed, and always the touched one', () => {
    const ws = workspace();
    const all = new Set(NAMES.map(uriOf));
    const start = diagnosticsUpdate(ws, MAIN_GROUP, ws.analysis(MAIN_GROUP), 'en', new Map(), new Set());
    expect([...start.send.keys()].sort()).toEqual([...all].sort());
    // Fixing MP2's Saturday: akson's findings change; governance's do not (its meetings' findings stay).
    edit(ws, 'akson.yaml', (t) => t.replace('date: 2019-08-31', 'date: 2019-09-02'));
    const fixed = diagnosticsUpdate(ws, MAIN_GROUP, ws.analysis(MAIN_GROUP), 'en', start.files, new Set());
    expect([...fixed.send.keys()]).toEqual([uriOf('akson.yaml')]);
    expect(fixed.send.get(uriOf('akson.yaml'))!.map((d) => d.code)).not.toContain('non-working-day');
    // Nothing changed: nothing to send, unless the file was touched.
    const same = diagnosticsUpdate(ws, MAIN_GROUP, ws.analysis(MAIN_GROUP), 'en', fixed.files, new Set());
    expect(same.send.size).toBe(0);
    const touched = diagnosticsUpdate(ws, MAIN_GROUP, ws.analysis(MAIN_GROUP), 'en', fixed.files, new Set([uriOf('felles-grunnmur.yaml')]));
    expect([...touched.send.keys()]).toEqual([uriOf('felles-grunnmur.yaml')]);
    // A finding in akson whose related place is in governance.yaml moves when governance's text changes.
    const related = (files: ReadonlyMap<string, PublishedFile>): number => files.get(uriOf('akson.yaml'))!.findings.filter((d) => d.related.some((r) => r.file === 'plans/governance.yaml')).length;
    expect(related(fixed.files)).toBeGreaterThan(0);
    edit(ws, 'governance.yaml', (t) => `# a comment\n${t}`);
    const moved = diagnosticsUpdate(ws, MAIN_GROUP, ws.analysis(MAIN_GROUP), 'en', fixed.files, new Set());
    expect([...moved.send.keys()].sort()).toEqual([uriOf('akson.yaml'), uriOf('governance.yaml')].sort());
  });

  /** A workspace, an encoding problem of felles-grunnmur.yaml's bytes, its URI and text, and the files with such a finding. */
  const encodingCase = () => {
    const ws = workspace();
    const problem = { message: { id: 'encoding.utf32', data: {} }, hint: { id: 'encoding.hint', data: { from: 'utf-32' } }, line: 1, column: 1 } as const;
    const encoding = (): string[] => ws.analysis(MAIN_GROUP).diagnostics.filter((d) => d.rule === 'encoding').map((d) => d.file);
    return { ws, problem, uri: uriOf('felles-grunnmur.yaml'), text: ORIGINAL.get('felles-grunnmur.yaml')!, encoding };
  };

  it('keeps the disk\'s encoding finding while the editor shows that text, and drops it once the buffer is edited', () => {
    const { ws, problem, uri, text, encoding } = encodingCase();
    ws.setText(uri, 'plans/felles-grunnmur.yaml', MAIN_GROUP, text, false, problem);
    expect(encoding()).toEqual(['plans/felles-grunnmur.yaml']);
    expect(ws.setText(uri, 'plans/felles-grunnmur.yaml', MAIN_GROUP, text, true)).toBe(false);
    expect(encoding()).toEqual(['plans/felles-grunnmur.yaml']);
    ws.setText(uri, 'plans/felles-grunnmur.yaml', MAIN_GROUP, `${text}\n`, true);
    expect(encoding()).toEqual([]);
    // Read from disk again (closed, or changed on disk): the disk's word counts again.
    expect(ws.setText(uri, 'plans/felles-grunnmur.yaml', MAIN_GROUP, `${text}\n`, false, problem)).toBe(true);
    expect(encoding()).toEqual(['plans/felles-grunnmur.yaml']);
  });

  it('keeps the disk\'s encoding finding when the editor shows that text with its byte order mark (tester round 49 F1)', () => {
    const { ws, problem, uri, text, encoding } = encodingCase();
    // Read from disk without the BOM (source/decode.ts), opened by a client that keeps it: line 0's positions move.
    ws.setText(uri, 'plans/felles-grunnmur.yaml', MAIN_GROUP, text, false, problem);
    expect(ws.setText(uri, 'plans/felles-grunnmur.yaml', MAIN_GROUP, `\uFEFF${text}`, true)).toBe(true);
    expect(encoding()).toEqual(['plans/felles-grunnmur.yaml']);
    const update = diagnosticsUpdate(ws, MAIN_GROUP, ws.analysis(MAIN_GROUP), 'en', new Map(), new Set([uri]));
    expect(update.send.get(uri)!.find((d) => d.code === 'encoding')!.range.start).toEqual({ line: 0, character: 1 });
    // Edited: the editor's own text, whatever its BOM.
    ws.setText(uri, 'plans/felles-grunnmur.yaml', MAIN_GROUP, `\uFEFF${text}\n`, true);
    expect(encoding()).toEqual([]);
  });

  it('puts an encoding finding at its UTF-16 position, as every finding\'s column is held (tester round 42 F5, round 94 F10)', () => {
    const ws = workspace();
    const uri = uriOf('felles-grunnmur.yaml');
    // The 4th character of line 1 is the x after the emoji: UTF-16 column 5 (the emoji is two units), LSP character 4.
    const text = `# \u{1F600}x\n${ORIGINAL.get('felles-grunnmur.yaml')!}`;
    const problem = { message: { id: 'encoding.utf32', data: {} }, hint: { id: 'encoding.hint', data: { from: 'utf-32' } }, line: 1, column: 5 } as const;
    ws.setText(uri, 'plans/felles-grunnmur.yaml', MAIN_GROUP, text, false, problem);
    const update = diagnosticsUpdate(ws, MAIN_GROUP, ws.analysis(MAIN_GROUP), 'en', new Map(), new Set([uri]));
    const found = update.send.get(uri)!.find((d) => d.code === 'encoding')!;
    expect(found.range.start).toEqual({ line: 0, character: 4 });
  });

  it('compares findings as data', () => {
    expect(sameData({ a: [1, { b: 'x' }], c: null }, { c: null, a: [1, { b: 'x' }] })).toBe(true);
    expect(sameData({ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] })).toBe(false);
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameData([1, 2], [1, 2, 3])).toBe(false);
    expect(sameData([1], { 0: 1 })).toBe(false);
    expect(sameData({ a: 1, b: 2 }, { a: 1, c: 2 })).toBe(false);
    expect(sameData(null, {})).toBe(false);
  });
});
