// Tester round 33 F4: the hover on a milestone or gate called a board meeting on its own day, which the governance
// lead makes too late, the "nearest before" one; it says "on the same day" (nb "samme dag") as validate does, and
// a meeting a day earlier is still "before".
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { builtCli } from '../helpers/built-cli.js';
import { startClient } from './client.js';

// /work/break33/t8 with M2 a day after the meeting.
const LINES = [
  'bodies: [{id: NEHS, name: Nasjonalt e-helsestyre}]',
  'meetings: [{body: NEHS, date: 2025-06-12}, {body: NEHS, date: 2025-10-16}]',
  'plan: {id: a, title: A, status_date: 2025-04-01, governance: {require: [NEHS], lead: 2d}}',
  'milestones:',
  '  - {id: M1, title: Milepæl, date: 2025-06-12, require: [NEHS]}',
  '  - {id: M2, title: Dagen etter, date: 2025-06-13, require: [NEHS]}',
  'gates:',
  '  - {id: BP2, model: prosjektveiviseren, date: 2025-06-12, body: NEHS}',
];

const dir = mkdtempSync(join(tmpdir(), 'milepel-lsp-hover-same-day-'));
mkdirSync(join(dir, 'plans'));
writeFileSync(join(dir, 'plans', 'a.yaml'), `${LINES.join('\n')}\n`);
const uri = pathToFileURL(join(dir, 'plans', 'a.yaml')).href;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The last line of the hover on each id (its meetings), in a session with `locale`. */
async function meetingLines(locale: string, ids: readonly [number, string][]): Promise<string[]> {
  const client = startClient(builtCli(), dir);
  try {
    await client.connection.sendRequest('initialize', { processId: null, rootUri: pathToFileURL(dir).href, capabilities: {}, initializationOptions: { locale } });
    const first = client.nextDiagnostics(uri);
    await client.connection.sendNotification('initialized', {});
    await first;
    const out: string[] = [];
    for (const [line, id] of ids) {
      const h = await client.connection.sendRequest<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: { line, character: LINES[line]!.indexOf(`id: ${id}`) + 5 } });
      out.push(h?.contents.value.split('\n').at(-1) ?? '');
    }
    await client.connection.sendRequest('shutdown');
    await client.connection.sendNotification('exit');
    return out;
  } finally {
    if (client.child.exitCode === null) client.child.kill();
  }
}

describe('hover on a milestone or gate with a board meeting on its own day (tester round 33 F4)', () => {
  const ids: [number, string][] = [[4, 'M1'], [7, 'BP2'], [5, 'M2']];

  it('en: "on the same day", not "before"', async () => {
    expect(await meetingLines('en', ids)).toEqual([
      '- ✗ no NEHS meeting (nearest on the same day: NEHS@2025-06-12, after: NEHS@2025-10-16)',
      '- ✗ no NEHS meeting (nearest on the same day: NEHS@2025-06-12, after: NEHS@2025-10-16)',
      '- ✗ no NEHS meeting (nearest before: NEHS@2025-06-12, after: NEHS@2025-10-16)',
    ]);
  });

  it('nb: "samme dag", not "før"', async () => {
    expect(await meetingLines('nb', ids)).toEqual([
      '- ✗ ikke noe NEHS-møte (nærmeste samme dag: NEHS@2025-06-12, etter: NEHS@2025-10-16)',
      '- ✗ ikke noe NEHS-møte (nærmeste samme dag: NEHS@2025-06-12, etter: NEHS@2025-10-16)',
      '- ✗ ikke noe NEHS-møte (nærmeste før: NEHS@2025-06-12, etter: NEHS@2025-10-16)',
    ]);
  });
});
