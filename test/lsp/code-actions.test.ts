// Code actions over a real client (vscode-jsonrpc over stdio, SPEC §14): one finding for every hint that names a
// replacement value, each action's exact edit, and the edit applied through didChange makes its finding go away
// without breaking the file. The workspace is written to a temporary directory (plan.yaml, more.yaml, governance.yaml).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtCli } from '../helpers/built-cli.js';
import { startClient, type LspClient, stopClient } from './client.js';
import { actionSession, at, type Action, type Edit } from './action-session.js';

const GOVERNANCE_TEXT = [
  'bodies:',
  '  - id: PS',
  '    name: Styringsgruppe',
  'meetings:',
  '  - body: PS',
  '    date: 2020-01-15',
  '  - body: PS',
  '    date: 2020-03-04',
  '  - body: PS',
  '    date: 2020-02-01',
].join('\n') + '\n';

/** A plan with its own body, whose meetings are not required: a listed meeting can be dropped down to none. */
const MORE_TEXT = [
  'plan:',
  '  id: q',
  '  title: Q',
  '  status_date: 2020-02-10',
  'bodies:',
  '  - id: KR',
  '    name: Kvalitetsråd',
  'meetings:',
  '  - body: KR',
  '    date: 2020-03-04',
  'milestones:',
  '  - id: ONE',
  '    title: Its only listed meeting is after it',
  '    date: 2020-02-20',
  '    meetings: [KR@2020-03-04]',
  '  - id: ONEB',
  '    title: The same in a block list',
  '    date: 2020-02-20',
  '    meetings:',
  '      - KR@2020-03-04',
  '  - id: FIRST',
  '    title: The first of two listed meetings is after it',
  '    date: 2020-02-20',
  '    meetings: [KR@2020-03-04, PS@2020-01-15]',
  '  - id: T1',
  '    title: One',
  '    date: 2020-02-20',
  '  - id: T2',
  '    title: Two',
  '    date: 2020-02-20',
  '  - id: T5',
  '    title: After a T3 that is not there',
  '    date: 2020-02-27',
  '    after: [T3]',
].join('\n') + '\n';

const PLAN_TEXT = [
  'plan:',
  '  id: p',
  '  title: P',
  '  status_date: 2020-02-10',
  '  governance:',
  '    require: [PS]',
  '  rules: {overdu: warning}',
  'milestones:',
  '  - id: START',
  '    title: Start',
  '    date: 2020-02-11',
  '  - id: DROP',
  '    title: Lists a meeting after it',
  '    date: 2020-02-20',
  '    meetings: [PS@2020-01-15, PS@2020-03-04]',
  '  - id: BLOCK',
  '    title: Lists a meeting after it, in a block list',
  '    date: 2020-02-24',
  '    meetings:',
  '      - PS@2020-01-15',
  '      - PS@2020-03-04',
  '  - id: LIST',
  '    title: Lists only a meeting after it',
  '    date: 2020-02-21',
  '    meetings: [PS@2020-03-04]',
  '  - id: TYPO',
  '    titel: Names a milestone that does not exist',
  '    date: 2020-02-25',
  '    after: [STRAT]',
  '  - id: SAT',
  '    title: On a Saturday',
  '    date: 2020-02-22',
  '  - id: PROG',
  '    title: More started than in total',
  '    date: 2020-02-26',
  '    progress: "5/3"',
  '  - id: LEAD',
  '    title: Overlaps its predecessor',
  '    date: 2020-02-27',
  '    after: [{id: START, lag: -2d}]',
  '  - id: EARLY',
  '    title: Before its predecessor',
  '    date: 2020-02-12',
  '    after: [LATE]',
  '  - id: LATE',
  '    title: After its successor',
  '    date: 2020-03-02',
  '  - id: OVER',
  '    title: Overdue',
  '    date: 2020-02-05',
  '  - id: DONE',
  '    title: Achieved in the future',
  '    date: 2020-03-03',
  '    actual: 2020-03-03',
  '  - id: BOTH',
  '    title: Achieved in the future with a forecast',
  '    date: 2020-03-03',
  '    forecast: 2020-03-05',
  '    actual: 2020-03-04',
  '  - {id: FLOW, title: The same in a flow mapping, date: 2020-03-03, forecast: 2020-03-05, actual: 2020-03-04}',
  '  - id: READY',
  '    title: Needed by the gate',
  '    date: 2020-03-10',
  'gates:',
  '  - id: G',
  '    title: Gate',
  '    date: 2020-03-05',
  '    body: PS',
  '    ready: {milestone: READY}',
].join('\n') + '\n';


let dir: string;
let client: LspClient;
let PLAN: string;
let GOVERNANCE: string;
let MORE: string;
const session = actionSession(() => client);
const actionsAt = (uri: string, line: number, character: number): Promise<Action[]> => session.actionsAt(uri, line, character);

/** Applies the action's edit, checks its finding is gone and nothing broke, then restores. */
const expectFixes = (action: Action): Promise<void> =>
  session.expectFixes(action, (d) => d.code === 'yaml-syntax' || (d.code === 'schema' && !/overdu|titel|"title"/.test(d.message)));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'milepel-lsp-actions-'));
  mkdirSync(join(dir, 'plans'));
  writeFileSync(join(dir, 'plans', 'plan.yaml'), PLAN_TEXT);
  writeFileSync(join(dir, 'plans', 'governance.yaml'), GOVERNANCE_TEXT);
  writeFileSync(join(dir, 'plans', 'more.yaml'), MORE_TEXT);
  PLAN = pathToFileURL(join(dir, 'plans', 'plan.yaml')).href;
  GOVERNANCE = pathToFileURL(join(dir, 'plans', 'governance.yaml')).href;
  MORE = pathToFileURL(join(dir, 'plans', 'more.yaml')).href;
  client = startClient(builtCli(), dir);
  await client.connection.sendRequest('initialize', { processId: null, rootUri: pathToFileURL(dir).href, capabilities: {} });
  const first = Promise.all([client.nextDiagnostics(PLAN), client.nextDiagnostics(GOVERNANCE), client.nextDiagnostics(MORE)]);
  await client.connection.sendNotification('initialized', {});
  await first;
  await session.openAll([[PLAN, PLAN_TEXT], [GOVERNANCE, GOVERNANCE_TEXT], [MORE, MORE_TEXT]]);
});

afterAll(async () => {
  await stopClient(client);
  rmSync(dir, { recursive: true, force: true });
});

describe('code actions over a real client', () => {
  const cases: { what: string; file: 'plan' | 'governance' | 'more'; line: number; character: number; expected: () => { title: string; edits: Edit[]; uri?: string }[] }[] = [
    { what: 'schema: an unknown rule name → the rule it resembles', file: 'plan', line: 6, character: 10, expected: () => [{ title: 'Rename overdu to overdue', edits: [{ range: at(6, 10, 16), newText: 'overdue' }] }] },
    { what: 'schema: an unknown key → the key it resembles', file: 'plan', line: 26, character: 4, expected: () => [{ title: 'Rename titel to title', edits: [{ range: at(26, 4, 9), newText: 'title' }] }] },
    { what: 'unknown-reference → did you mean', file: 'plan', line: 28, character: 12, expected: () => [{ title: 'Change to START', edits: [{ range: at(28, 12, 17), newText: 'START' }] }] },
    { what: 'non-working-day → the nearest working days', file: 'plan', line: 31, character: 10, expected: () => [
      { title: 'Change to 2020-02-21', edits: [{ range: at(31, 10, 20), newText: '2020-02-21' }] },
      { title: 'Change to 2020-02-24', edits: [{ range: at(31, 10, 20), newText: '2020-02-24' }] }] },
    { what: 'non-working-day of a meeting → the nearest working days', file: 'governance', line: 9, character: 10, expected: () => [
      { title: 'Change to 2020-01-31', edits: [{ range: at(9, 10, 20), newText: '2020-01-31' }] },
      { title: 'Change to 2020-02-03', edits: [{ range: at(9, 10, 20), newText: '2020-02-03' }] }] },
    { what: 'progress-range → a progress that fits, in the same quotes', file: 'plan', line: 35, character: 14, expected: () => [
      { title: 'Change to 3/3', edits: [{ range: at(35, 14, 19), newText: '"3/3"' }] },
      { title: 'Change to 3/5', edits: [{ range: at(35, 14, 19), newText: '"3/5"' }] }] },
    { what: 'lead → a lag of 0d', file: 'plan', line: 39, character: 29, expected: () => [{ title: 'Change to 0d', edits: [{ range: at(39, 29, 32), newText: '0d' }] }] },
    // Tester round 94 F7: one action took T1 where T2 is as near (T5, its own milestone, is not offered).
    { what: 'unknown-reference → did you mean one of two as near: an action for each', file: 'more', line: 33, character: 12, expected: () => [
      { title: 'Change to T1', edits: [{ range: at(33, 12, 14), newText: 'T1' }] }, { title: 'Change to T2', edits: [{ range: at(33, 12, 14), newText: 'T2' }] }] },
    { what: 'dependency-order → the earliest forecast, inserted after the date', file: 'plan', line: 42, character: 10, expected: () => [
      { title: 'Set forecast of p/EARLY to 2020-03-02', edits: [{ range: at(42, 20), newText: '\n    forecast: 2020-03-02' }] }] },
    { what: 'overdue → a forecast on the status date', file: 'plan', line: 49, character: 10, expected: () => [
      { title: 'Set forecast of p/OVER to 2020-02-10', edits: [{ range: at(49, 20), newText: '\n    forecast: 2020-02-10' }] }] },
    { what: 'actual-in-future without a forecast → actual renamed to forecast', file: 'plan', line: 53, character: 12, expected: () => [
      { title: 'Rename actual to forecast', edits: [{ range: at(53, 4, 10), newText: 'forecast' }] }] },
    // Tester round 98 F6: the hint's first alternative, the forecast kept, had no action.
    { what: 'actual-in-future with a forecast → the actual line goes, the forecast kept; or the forecast takes the date', file: 'plan', line: 58, character: 12, expected: () => [
      { title: 'Remove actual from p/BOTH, keeping forecast: 2020-03-05', edits: [{ range: at(58, 0, 0, 59), newText: '' }] },
      { title: 'Remove actual and set forecast: 2020-03-04 in p/BOTH', edits: [{ range: at(57, 14, 24), newText: '2020-03-04' }, { range: at(58, 0, 0, 59), newText: '' }] }] },
    { what: 'actual-in-future with a forecast in a flow mapping → the same, and the actual entry goes with its comma', file: 'plan', line: 59, character: 98, expected: () => {
      const line = PLAN_TEXT.split('\n')[59]!;
      const forecast = line.indexOf('forecast: ') + 'forecast: '.length;
      const actual = { range: at(59, line.indexOf(', actual'), line.length - 1), newText: '' };
      return [{ title: 'Remove actual from p/FLOW, keeping forecast: 2020-03-05', edits: [actual] }, { title: 'Remove actual and set forecast: 2020-03-04 in p/FLOW', edits: [{ range: at(59, forecast, forecast + 10), newText: '2020-03-04' }, actual] }];
    } },
    { what: 'gate-readiness → the milestone\'s forecast on the due date', file: 'plan', line: 68, character: 23, expected: () => [
      { title: 'Set forecast of p/READY to 2020-03-05', edits: [{ range: at(62, 20), newText: '\n    forecast: 2020-03-05' }] }] },
    { what: 'meeting-before-milestone, no listed meeting in time → list the one that is', file: 'plan', line: 24, character: 15, expected: () => [
      { title: 'List PS@2020-02-01 in place of PS@2020-03-04 in the meetings of p/LIST', edits: [{ range: at(24, 15, 28), newText: 'PS@2020-02-01' }] }] },
    { what: 'meeting-before-milestone, a listed meeting too late → drop it from a flow list', file: 'plan', line: 14, character: 30, expected: () => [
      { title: 'Drop PS@2020-03-04 from the meetings of p/DROP', edits: [{ range: at(14, 28, 43), newText: '' }] }] },
    { what: 'meeting-before-milestone, a listed meeting too late → drop its line from a block list', file: 'plan', line: 20, character: 8, expected: () => [
      { title: 'Drop PS@2020-03-04 from the meetings of p/BLOCK', edits: [{ range: at(20, 0, 0, 21), newText: '' }] }] },
    { what: 'meeting-before-milestone → drop the only entry of a flow list, leaving []', file: 'more', line: 14, character: 15, expected: () => [
      { title: 'Drop KR@2020-03-04 from the meetings of q/ONE', edits: [{ range: at(14, 15, 28), newText: '' }] }] },
    { what: 'meeting-before-milestone → drop the only entry of a block list, leaving meetings: []', file: 'more', line: 19, character: 8, expected: () => [
      { title: 'Drop KR@2020-03-04 from the meetings of q/ONEB', edits: [{ range: at(18, 13, 21, 19), newText: ' []' }] }] },
    { what: 'meeting-before-milestone → drop the first entry of a flow list with the comma after it', file: 'more', line: 23, character: 15, expected: () => [
      { title: 'Drop KR@2020-03-04 from the meetings of q/FIRST', edits: [{ range: at(23, 15, 30), newText: '' }] }] },
  ];

  for (const c of cases) {
    it(c.what, async () => {
      const uri = c.file === 'plan' ? PLAN : c.file === 'more' ? MORE : GOVERNANCE;
      const actions = await actionsAt(uri, c.line, c.character);
      expect(actions.map((a) => ({ title: a.title, edits: a.edit.changes[uri] }))).toEqual(c.expected().map((e) => ({ title: e.title, edits: e.edits })));
      for (const a of actions) {
        expect(a.kind).toBe('quickfix');
        expect(Object.keys(a.edit.changes)).toEqual([uri]);
        expect(a.diagnostics).toHaveLength(1);
        await expectFixes(a);
      }
    });
  }

  it('offers nothing where no hint names a value (a required key, a finding without a fix) or outside every finding', async () => {
    expect(await actionsAt(PLAN, 25, 4)).toEqual([]);
    expect(await actionsAt(PLAN, 0, 0)).toEqual([]);
  });
});
