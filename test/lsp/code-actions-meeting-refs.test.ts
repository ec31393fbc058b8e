// Tester round 80 F8: the quick fix "Change to <working day>" on a meeting without an id changed its date alone, and
// every `<body>@<date>` reference to it (SPEC §1.3), as a milestone's `meetings: [PS@2019-08-17]` in another file,
// became an unknown-reference error. The fix moves the references with the meeting, in every file that has one.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtCli } from '../helpers/built-cli.js';
import { actionSession, at } from './action-session.js';
import { startClient, stopClient, type LspClient } from './client.js';

// PS@2019-08-17 is a Saturday and has no id; KR1 is on a Sunday, 2019-08-18, and is named by its id and as KR@2019-08-18.
const GOV = 'bodies:\n  - {id: PS, name: p}\n  - {id: KR, name: k}\nmeetings:\n  - {body: PS, date: 2019-08-17}\n  - {id: KR1, body: KR, date: 2019-08-18}\n  - {body: KR, date: 2019-08-19}\n';
const PLAN = [
  'plan: {id: p, title: P, status_date: 2019-06-01}',
  'milestones:',
  '  - {id: A, title: a, date: 2019-09-10, meetings: [PS@2019-08-17, "KR@2019-08-18"]}',
  '  - id: B',
  '    title: b',
  '    date: 2019-09-11',
  '    meetings:',
  "      - 'PS@2019-08-17'",
  '      - KR1',
].join('\n') + '\n';

let dir: string;
let client: LspClient;
let gov = '';
let plan = '';
const session = actionSession(() => client);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'milepel-lsp-meeting-refs-'));
  mkdirSync(join(dir, 'plans'));
  writeFileSync(join(dir, 'plans', 'g.yaml'), GOV);
  writeFileSync(join(dir, 'plans', 'p.yaml'), PLAN);
  gov = pathToFileURL(join(dir, 'plans', 'g.yaml')).href;
  plan = pathToFileURL(join(dir, 'plans', 'p.yaml')).href;
  client = startClient(builtCli(), dir);
  await client.connection.sendRequest('initialize', { processId: null, rootUri: pathToFileURL(dir).href, capabilities: {}, initializationOptions: { today: '2019-08-01', locale: 'en' } });
  const first = client.nextDiagnostics(gov);
  await client.connection.sendNotification('initialized', {});
  await first;
  await session.openAll([[gov, GOV], [plan, PLAN]]);
});

afterAll(async () => {
  await stopClient(client);
  rmSync(dir, { recursive: true, force: true });
});

describe('a meeting moved off a non-working day', () => {
  it.each([
    ['PS@2019-08-17, without an id: its references as written, plain or quoted', 4, 'Change to 2019-08-16', [
      { range: at(2, 51, 64), newText: 'PS@2019-08-16' },
      { range: at(7, 8, 23), newText: "'PS@2019-08-16'" },
    ]],
    ['PS@2019-08-17 to the Monday', 4, 'Change to 2019-08-19', [
      { range: at(2, 51, 64), newText: 'PS@2019-08-19' },
      { range: at(7, 8, 23), newText: "'PS@2019-08-19'" },
    ]],
    ['KR1: its reference as KR@2019-08-18, not its id', 5, 'Change to 2019-08-16', [{ range: at(2, 66, 81), newText: '"KR@2019-08-16"' }]],
    // KR has a meeting on the Monday without an id: KR@2019-08-19 would name that one, and KR1 is named by its id.
    ['KR1 to a day another KR meeting has: its id', 5, 'Change to 2019-08-19', [{ range: at(2, 66, 81), newText: '"KR1"' }]],
  ])('%s', async (_name, line, title, planEdits) => {
    const actions = await session.actionsAt(gov, line, 30);
    const action = actions.find((a) => a.title === title)!;
    expect(action.edit.changes[plan]).toEqual(planEdits);
    // Both files changed as the client changes them: no error (a reference that names nothing), nor the moved
    // meeting's non-working day.
    // The meeting's file first: the plan's findings published for it (its references then name nothing) come before
    // the plan's own change.
    const republished = client.nextDiagnostics(plan);
    const govAfter = await session.setText(gov, TextDocument.applyEdits(TextDocument.create(gov, 'yaml', 0, GOV), action.edit.changes[gov]!));
    await republished;
    const planAfter = await session.setText(plan, TextDocument.applyEdits(TextDocument.create(plan, 'yaml', 0, PLAN), planEdits));
    expect([...govAfter, ...planAfter].filter((d) => d.severity === 1 || (d.code === 'non-working-day' && d.range.start.line === line))).toEqual([]);
    await session.setText(plan, PLAN);
    const restored = client.nextDiagnostics(plan);
    await session.setText(gov, GOV);
    await restored;
  });

  // Tester round 81 F2: a file that does not parse names the meeting too; no entry there can be rewritten, and once its
  // own mistake is mended the reference would name nothing. No move is offered then.
  it('is not offered while a file that does not parse names it by its day', async () => {
    const broken = PLAN.replace('    title: b\n', '    title:b\n');
    const published = await session.setText(plan, broken);
    expect(published.map((d) => d.code)).toContain('yaml-syntax');
    const titles = (await session.actionsAt(gov, 4, 30)).map((a) => a.title);
    expect(titles.filter((t) => t.startsWith('Change to'))).toEqual([]);
    await session.setText(plan, PLAN);
  });
});
