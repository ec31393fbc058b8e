// Tester round 34 F2: in a `{…}` mapping written over several lines, "Set forecast…", "Set date of gate…" and the
// gate-readiness fix ran past the value into the next key (the value's own line did not show the flow), and the file no
// longer parsed. Each fix is applied here, and the file must still read, its finding gone.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtCli } from '../helpers/built-cli.js';
import { startClient, type LspClient, stopClient } from './client.js';
import { actionSession, at } from './action-session.js';

const TEXT = [
  'plan:',
  '  id: g',
  '  title: T',
  '  status_date: 2025-01-06',
  '  governance: {require: [PS]}',
  'bodies:',
  '  - {id: PS, name: P}',
  'meetings:',
  '  - {body: PS, date: 2025-03-10}',
  'milestones:',
  '  - {id: R, title: r,',
  '     date: 2025-03-12, forecast: 2025-03-12, require: []}',
  '  - {id: B,',
  '     title: b, date: 2025-03-06, meetings: [PS@2025-03-10]}',
  'gates:',
  '  - {id: G1, title: gate,',
  '     date: 2025-03-05, body: PS,',
  '     ready: {milestone: R}}',
].join('\n') + '\n';

let dir: string;
let client: LspClient;
const session = actionSession(() => client);
let uri: string;
let huri: string;

// Tester round 35 N1: a value that starts a continuation line of a flow mapping was taken for a block value, and the
// fixes built on its range ran on to the line's end.
const H_TEXT = [
  'plan: {id: h, title: H, status_date: 2025-01-06}',
  'milestones:',
  '  - {id: A, title: a, date:',
  '       2025-08-30, x-a: 1}',
  '  - {id: C, title: c, date: 2025-08-29, after: [',
  '       Aa, {id: A, type: SS}]}',
].join('\n') + '\n';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'milepel-lsp-flow-lines-'));
  mkdirSync(join(dir, 'plans'));
  writeFileSync(join(dir, 'plans', 'g.yaml'), TEXT);
  writeFileSync(join(dir, 'plans', 'h.yaml'), H_TEXT);
  uri = pathToFileURL(join(dir, 'plans', 'g.yaml')).href;
  huri = pathToFileURL(join(dir, 'plans', 'h.yaml')).href;
  client = startClient(builtCli(), dir);
  await client.connection.sendRequest('initialize', { processId: null, rootUri: pathToFileURL(dir).href, capabilities: {}, initializationOptions: { today: '2025-01-06' } });
  const first = client.nextDiagnostics(uri);
  await client.connection.sendNotification('initialized', {});
  await first;
  await session.openAll([[uri, TEXT], [huri, H_TEXT]]);
});

afterAll(async () => {
  await stopClient(client);
  rmSync(dir, { recursive: true, force: true });
});

describe('quick fixes in a flow mapping over several lines', () => {
  it.each([
    ['B: a forecast inserted after the date', 13, 44, 'Set forecast of g/B to 2025-03-10', [{ range: at(13, 31), newText: ', forecast: 2025-03-10' }]],
    ['G1: the gate\'s date replaced, its comma kept', 16, 29, 'Set date of g/G1 to 2025-03-10', [{ range: at(16, 11, 21), newText: '2025-03-10' }]],
    ['R: the forecast replaced, its comma kept', 17, 24, 'Set forecast of g/R to 2025-03-05', [{ range: at(11, 33, 43), newText: '2025-03-05' }]],
  ])('%s', async (_, line, character, title, edits) => {
    const actions = await session.actionsAt(uri, line, character);
    const action = actions.find((a) => a.title.startsWith(title.slice(0, 12)));
    expect(action && { title: action.title, edits: action.edit.changes[uri] }).toEqual({ title, edits });
    await session.expectFixes(action!, (d) => d.code === 'yaml-syntax');
  });

  it.each([
    ['a date that starts its line: the nearest working day, its comma kept', 3, 7, 'Change to 2025-08-29', [{ range: at(3, 7, 17), newText: '2025-08-29' }]],
    ['a reference that starts its line: the one meant, its comma kept', 5, 7, 'Change to A', [{ range: at(5, 7, 9), newText: 'A' }]],
  ])('%s', async (_, line, character, title, edits) => {
    const action = (await session.actionsAt(huri, line, character)).find((a) => a.title === title);
    expect(action && action.edit.changes[huri]).toEqual(edits);
    await session.expectFixes(action!, (d) => d.code === 'yaml-syntax');
  });
});
