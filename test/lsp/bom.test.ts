// A client that sends a document's text with its byte order mark (tester round 47 F7: VS Code and Neovim strip it,
// others may not) gets every position in its own text, the BOM counted as the first character of line 0: the server
// parses the text without it, and a position on line 0 was one character off (the tab's quick fix deleted the BOM and
// left the tab). Lines below line 0 are as they were.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtCli } from '../helpers/built-cli.js';
import { startClient, type LspClient, stopClient } from './client.js';
import { actionSession, at } from './action-session.js';

const BOM = '\uFEFF';
const LINES = [
  'milestones: [{id: M0, title: Zero, date: 2026-07-01}, {id: M1, title: One, date: 2026-07-02, after: [M0, M0]}]',
  'plan:',
  '  id: p',
  '  title: P',
  '  status_date: 2026-06-01',
  'bodies: [{id: X, name: X}]',
  'gates:',
  '  - {id: G1, title: G, date: 2026-07-04, body: X}',
];
const TEXT = `${LINES.join('\n')}\n`;
/** The character of `what` (its `nth` occurrence) on line 0 in the client's text, after the BOM. */
const col0 = (what: string, nth = 1): number => {
  let i = -1;
  for (let k = 0; k < nth; k++) i = LINES[0]!.indexOf(what, i + 1);
  return i + BOM.length;
};

let dir: string;
let client: LspClient;
let uri: string;
const session = actionSession(() => client);
const request = <T>(method: string, line: number, character: number): Promise<T> =>
  client.connection.sendRequest<T>(method, { textDocument: { uri }, position: { line, character } });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'milepel-lsp-bom-'));
  mkdirSync(join(dir, 'plans'));
  // On disk with its BOM too: read from disk, the text has none (source/decode.ts), and the client's has one.
  writeFileSync(join(dir, 'plans', 'p.yaml'), BOM + TEXT);
  uri = pathToFileURL(join(dir, 'plans', 'p.yaml')).href;
  client = startClient(builtCli(), dir);
  await client.connection.sendRequest('initialize', { processId: null, rootUri: pathToFileURL(dir).href, capabilities: {}, initializationOptions: { today: '2026-06-01', locale: 'en' } });
  const first = client.nextDiagnostics(uri);
  await client.connection.sendNotification('initialized', {});
  await first;
  await session.openAll([[uri, BOM + TEXT]]);
});

afterAll(async () => {
  await stopClient(client);
  rmSync(dir, { recursive: true, force: true });
});

describe('a document sent with its byte order mark', () => {
  it('has the tab on line 0 replaced by the quick fix, the BOM kept', async () => {
    const text = `${BOM}\tplan:\n  id: p\n  title: P\n  status_date: 2026-06-01\nmilestones:\n  - {id: M0, title: Zero, date: 2026-07-01}\n`;
    try {
      const published = await session.setText(uri, text);
      expect(published.filter((d) => d.code === 'yaml-syntax').map((d) => d.range.start)).toEqual([{ line: 0, character: 1 }]);
      const actions = await session.actionsAt(uri, 0, 1);
      expect(actions.map((a) => ({ title: a.title, edits: a.edit.changes[uri] }))).toEqual([{ title: 'Indent with 0 spaces', edits: [{ range: at(0, 1, 2), newText: '' }] }]);
      await session.expectFixes(actions[0]!, (d) => d.code === 'yaml-syntax');
    } finally {
      await session.setText(uri, BOM + TEXT);
    }
  });

  it('has its findings on line 0 after the BOM (and their related places), those below where they were', () => {
    const found = (client.diagnostics.get(uri) ?? []).map((d) => ({ code: d.code, range: d.range, related: d.relatedInformation?.map((r) => r.location.range) }));
    expect(found).toEqual([
      { code: 'schema', range: at(0, col0('M0', 3), col0('M0', 3) + 2), related: [at(0, col0('M0', 2), col0('M0', 2) + 2)] },
      { code: 'non-working-day', range: at(7, 29, 39), related: undefined },
      { code: 'gate-decision', range: at(7, 47, 48), related: undefined },
    ]);
  });

  it('gets quick fixes on line 0 that edit the entry, and below line 0 as before', async () => {
    const repeat = await session.actionsAt(uri, 0, col0('M0', 3));
    expect(repeat.map((a) => ({ title: a.title, edits: a.edit.changes[uri] }))).toEqual([
      { title: 'Remove the repeated entry from the after of p/M1', edits: [{ range: at(0, col0(', M0]'), col0(', M0]') + 4), newText: '' }] },
    ]);
    await session.expectFixes(repeat[0]!, (d) => d.code === 'yaml-syntax' || d.code === 'schema');
    const day = await session.actionsAt(uri, 7, 29);
    expect(day.map((a) => a.edit.changes[uri])).toEqual([[{ range: at(7, 29, 39), newText: '2026-07-03' }], [{ range: at(7, 29, 39), newText: '2026-07-06' }]]);
  });

  it('gets the key renamed on line 0, not the character before it', async () => {
    const line0 = 'milestones: [{id: M0, title: Zero, date: 2026-07-01, actual: 2026-07-01}]';
    try {
      const published = await session.setText(uri, `${BOM}${line0}\n${LINES.slice(1, 5).join('\n')}\n`);
      const value = line0.indexOf('actual: ') + 'actual: '.length + BOM.length;
      expect(published.filter((d) => d.code === 'actual-in-future').map((d) => d.range)).toEqual([at(0, value, value + 10)]);
      const actions = await session.actionsAt(uri, 0, value);
      const key = line0.indexOf('actual') + BOM.length;
      expect(actions.map((a) => ({ title: a.title, edits: a.edit.changes[uri] }))).toEqual([{ title: 'Rename actual to forecast', edits: [{ range: at(0, key, key + 6), newText: 'forecast' }] }]);
      await session.expectFixes(actions[0]!, (d) => d.code === 'yaml-syntax' || d.code === 'schema');
    } finally {
      await session.setText(uri, BOM + TEXT);
    }
  });

  it('has hover, definition, references and code lens on line 0 after the BOM', async () => {
    const m0 = at(0, col0('M0'), col0('M0') + 2);
    const hover = await request<{ range: unknown } | null>('textDocument/hover', 0, col0('M0', 2) + 1);
    expect(hover?.range).toEqual(at(0, col0('M0', 2), col0('M0', 2) + 2));
    // The BOM itself is no part of the id: a position before it is not on M0.
    expect(await request('textDocument/hover', 0, col0('M0') + 2)).not.toBeNull();
    expect(await request('textDocument/hover', 0, col0('M0') - 5)).toBeNull();
    expect(await request('textDocument/definition', 0, col0('M0', 2))).toEqual([{ uri, range: m0 }]);
    const refs = await client.connection.sendRequest<{ range: unknown }[]>('textDocument/references', { textDocument: { uri }, position: { line: 0, character: col0('M0') }, context: { includeDeclaration: true } });
    expect(refs.map((r) => r.range)).toEqual([m0, at(0, col0('M0', 2), col0('M0', 2) + 2), at(0, col0('M0', 3), col0('M0', 3) + 2)]);
    const lenses = await client.connection.sendRequest<{ range: unknown }[]>('textDocument/codeLens', { textDocument: { uri } });
    expect(lenses.map((l) => l.range)).toEqual([m0, at(0, col0('M1'), col0('M1') + 2), at(7, 9, 11)]);
  });

  it('completes on line 0 from the cursor, not a character after it', async () => {
    const cursor = col0('after: [') + 'after: ['.length;
    const items = await request<{ label: string; textEdit: { range: unknown } }[]>('textDocument/completion', 0, cursor);
    expect(items.map((i) => ({ label: i.label, range: i.textEdit.range }))).toEqual([{ label: 'M0', range: at(0, cursor) }, { label: 'G1', range: at(0, cursor) }]);
    // Before the BOM there is nothing to complete.
    expect(await request('textDocument/completion', 0, 0)).toEqual([]);
  });
});
