// Hover on a meeting and a body over a real client shows their dates in the session's locale (SPEC §15: nb dates are
// DD.MM.YYYY in every text output; tester round 12 #7); the reference itself stays as the plan writes it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { builtCli } from '../helpers/built-cli.js';
import { startClient } from './client.js';

const LINES = [
  'bodies: [{id: STYRE, name: Styringsgruppen}]',
  'meetings:',
  '  - {body: STYRE, date: 2026-06-10}',
  '  - {body: STYRE, date: 2026-01-20}',
  'plan: {id: p, title: P, status_date: 2026-01-05}',
  'milestones:',
  '  - {id: A, title: A, date: 2026-06-26, meetings: [STYRE@2026-06-10]}',
  '  - {id: B, title: B, date: 2026-06-29, after: []}',
];

const dir = mkdtempSync(join(tmpdir(), 'milepel-lsp-hover-'));
mkdirSync(join(dir, 'plans'));
writeFileSync(join(dir, 'plans', 'p.yaml'), `${LINES.join('\n')}\n`);
const uri = pathToFileURL(join(dir, 'plans', 'p.yaml')).href;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The hovers at the given places, in a session with `locale`. */
async function hovers(locale: string, places: readonly [number, string][], completions: { line: number; after: string }[] = [], got: unknown[] = []): Promise<string[]> {
  const client = startClient(builtCli(), dir);
  try {
    await client.connection.sendRequest('initialize', { processId: null, rootUri: pathToFileURL(dir).href, capabilities: {}, initializationOptions: { locale } });
    const first = client.nextDiagnostics(uri);
    await client.connection.sendNotification('initialized', {});
    await first;
    const out: string[] = [];
    for (const [line, text] of places) {
      const h = await client.connection.sendRequest<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: { line, character: LINES[line]!.indexOf(text) + 1 } });
      out.push(h?.contents.value ?? '');
    }
    for (const c of completions) {
      got.push(await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: c.line, character: LINES[c.line]!.indexOf(c.after) + c.after.length } }));
    }
    await client.connection.sendRequest('shutdown');
    await client.connection.sendNotification('exit');
    return out;
  } finally {
    if (client.child.exitCode === null) client.child.kill();
  }
}

describe('hover dates in the locale', () => {
  it('nb: a meeting\'s date is DD.MM.YYYY, its reference as written; a body\'s meetings in date order', async () => {
    const [meeting, body] = await hovers('nb', [[6, 'STYRE@'], [2, 'STYRE']]);
    expect(meeting!.split('\n')[0]).toBe('**STYRE@2026-06-10** — STYRE (Styringsgruppen) 10.06.2026');
    expect(body!.split('\n\n')[1]).toBe('20.01.2026, 10.06.2026');
  });

  it('nb: completion shows the dates of meetings and milestones DD.MM.YYYY too, the labels as written', async () => {
    const got: { label: string; detail?: string; documentation?: { value: string } }[][] = [];
    await hovers('nb', [], [{ line: 6, after: 'meetings: [' }, { line: 7, after: 'after: [' }], got);
    expect(got[0]!.find((i) => i.label === 'STYRE@2026-06-10')?.detail).toBe('STYRE 10.06.2026');
    expect(got[1]!.find((i) => i.label === 'A')?.documentation?.value).toBe('26.06.2026');
  });

  it('en: ISO dates as before', async () => {
    const [meeting, body] = await hovers('en', [[6, 'STYRE@'], [2, 'STYRE']]);
    expect(meeting!.split('\n')[0]).toBe('**STYRE@2026-06-10** — STYRE (Styringsgruppen) 2026-06-10');
    expect(body!.split('\n\n')[1]).toBe('2026-01-20, 2026-06-10');
  });
});
