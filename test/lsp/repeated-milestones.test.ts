// A risk's or measure's `milestones` entry written again, alike (model/first-entries.ts), gets the quick fix a
// milestone's repeated list entry has (tester round 47 F6, repeated-after.test.ts): the later entry removed, the first
// kept, titled with the risk's or measure's ref in English and Norwegian. One written otherwise (`A` and `r/A`) gets
// none: which spelling to keep is the writer's call. A risk the model leaves out (a wrong probability) still has its
// list, and its fix.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtCli } from '../helpers/built-cli.js';
import { startClient, type LspClient, stopClient } from './client.js';
import { actionSession, at } from './action-session.js';

const LINES = [
  'plan: {id: r, title: R, status_date: 2026-06-01}',
  'milestones:',
  '  - {id: A, title: A, date: 2026-07-01}',
  '  - {id: B, title: B, date: 2026-07-02}',
  'goals:',
  '  - {id: G, title: Goal, area: X}',
  'measures:',
  '  - {id: T1, goal: G, title: T, responsible: KS, milestones: [A, B, A]}',
  '  - id: T2',
  '    goal: G',
  '    title: T',
  '    responsible: KS',
  '    milestones:',
  '      - A',
  '      - r/A',
  'risks:',
  '  - id: R1',
  '    title: Risk',
  '    probability: 0.3',
  '    impact: 5d',
  '    milestones:',
  '      - B',
  '      - B # again',
  '  - {id: R2, title: Risk, probability: 2, impact: 5d, milestones: [A, A]}',
];
const TEXT = `${LINES.join('\n')}\n`;
/** The character of `what`'s last occurrence on `line`. */
const last = (line: number, what: string): number => LINES[line]!.lastIndexOf(what);

let dir: string;
let uri: string;
const clients = new Map<string, LspClient>();
const session = actionSession(() => clients.get('en')!);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'milepel-lsp-repeated-milestones-'));
  mkdirSync(join(dir, 'plans'));
  writeFileSync(join(dir, 'plans', 'r.yaml'), TEXT);
  uri = pathToFileURL(join(dir, 'plans', 'r.yaml')).href;
  for (const locale of ['en', 'nb']) {
    const client = startClient(builtCli(), dir);
    await client.connection.sendRequest('initialize', { processId: null, rootUri: pathToFileURL(dir).href, capabilities: {}, initializationOptions: { today: '2026-06-01', locale } });
    const first = client.nextDiagnostics(uri);
    await client.connection.sendNotification('initialized', {});
    await first;
    clients.set(locale, client);
  }
  await session.openAll([[uri, TEXT]]);
});

afterAll(async () => {
  for (const client of clients.values()) {
    await stopClient(client);
  }
  rmSync(dir, { recursive: true, force: true });
});

describe('a repeated entry of a risk\'s or measure\'s milestones', () => {
  it('is a schema finding at the later entry', () => {
    const repeats = (clients.get('en')!.diagnostics.get(uri) ?? []).filter((d) => d.message.includes(' twice')).map((d) => d.range.start);
    expect(repeats).toEqual([{ line: 7, character: last(7, 'A') }, { line: 14, character: 8 }, { line: 22, character: 8 }, { line: 23, character: last(23, 'A') }]);
  });

  const cases = [
    { what: 'a measure\'s, in a flow list', line: 7, character: last(7, 'A'), title: 'r/T1', range: at(7, last(7, ', A'), last(7, 'A') + 1) },
    { what: 'a risk\'s, in a block list (its line, comment and all)', line: 22, character: 8, title: 'r/R1', range: at(22, 0, 0, 23) },
    { what: 'a risk\'s the model leaves out for its probability', line: 23, character: last(23, 'A'), title: 'r/R2', range: at(23, last(23, ', A'), last(23, 'A') + 1) },
  ];
  for (const c of cases) {
    it(`${c.what}, written alike, is removed by a quick fix titled with its holder`, async () => {
      const actions = await session.actionsAt(uri, c.line, c.character);
      expect(actions.map((a) => ({ title: a.title, edits: a.edit.changes[uri] }))).toEqual([{ title: `Remove the repeated entry from the milestones of ${c.title}`, edits: [{ range: c.range, newText: '' }] }]);
      await session.expectFixes(actions[0]!, (d) => d.code === 'yaml-syntax');
      const nb = await session.actionsAt(uri, c.line, c.character, clients.get('nb'));
      expect(nb.map((a) => a.title)).toEqual([`Fjern den gjentatte oppføringen fra milestones i ${c.title}`]);
    });
  }

  it('written otherwise (`A` and `r/A`) gets no quick fix', async () => {
    expect(await session.actionsAt(uri, 14, 8)).toEqual([]);
  });
});
