// Tester round 103 F1: completion, triggered by a blank or a comma, offered keys and references in a comment and in a
// block scalar's text (`# venter på svar fra ␣` gave the milestone's keys, and Enter in an editor then took `id`).
// Neither is a key, reference or meeting: nothing is offered there; the lines around them still complete.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtCli } from '../helpers/built-cli.js';
import { md } from '../../src/lsp/hover.js';
import { openWorkspace, type LspClient, type WorkspaceSession } from './client.js';

const LINES = [
  '# Merk: ',
  'plan: {id: q, title: Q, status_date: 2026-01-05}',
  'milestones:',
  '  - id: A',
  '    title: A',
  '    date: 2026-02-02',
  '  - id: B',
  '    title: B',
  '    # venter på svar fra ',
  '    date: 2026-02-03',
  '    after: [A]  # was [',
  '    deliverables:',
  '      - |',
  '        Rapport, ',
  '          med vedlegg ',
  '    ',
  '  - {id: C, title: C, date: 2026-02-04, after: [A, ]}',
  '  - id: D',
  '    title: "D\\e[31mRED"',
  '    date: 2026-02-05',
  '    meetings: []',
  '    require: []',
  '    x-merknad: |',
  '      Venter på ',
  '    x-lang: >-',
  '      Lang tittel, ',
  'bodies: [{id: PS, name: "Styret\\e[2J\\a"}]',
  'meetings: [{body: PS, date: 2026-01-20, title: "Møte *viktig* \\e]8;;http://x\\a\\r\\n::error::x"}]',
  '  ',
];

let session: WorkspaceSession;
let uri: string;
let client: LspClient;

const labels = async (line: number, character = LINES[line]!.length): Promise<string[]> =>
  (await client.connection.sendRequest<{ label: string }[]>('textDocument/completion', { textDocument: { uri }, position: { line, character } })).map((i) => i.label);

beforeAll(async () => {
  session = await openWorkspace(builtCli(), 'milepel-lsp-completion-text-', { 'plans/q.yaml': `${LINES.join('\n')}\n` }, 'plans/q.yaml');
  ({ client } = session);
  uri = session.uriOf('plans/q.yaml');
});

afterAll(() => session.close());

describe('completion in text that is no YAML to complete', () => {
  it('offers nothing in a comment: at the top, inside a milestone, after a value', async () => {
    expect(await labels(0)).toEqual([]);
    expect(await labels(8)).toEqual([]);
    expect(await labels(10)).toEqual([]);
  });

  it('offers nothing in a block scalar\'s text, on its lines at any indentation', async () => {
    expect(await labels(13)).toEqual([]);
    expect(await labels(14)).toEqual([]);
    expect(await labels(23)).toEqual([]);
    expect(await labels(25)).toEqual([]);
  });

  it('still offers keys on the blank line after the block, and references in a flow list', async () => {
    expect(await labels(15)).toEqual(expect.arrayContaining(['forecast', 'deadline']));
    expect(await labels(15)).not.toContain('date');
    expect(await labels(16, LINES[16]!.indexOf('A, ') + 3)).toEqual(expect.arrayContaining(['B']));
  });
});

// Tester round 103 F2: a completion's detail and documentation passed ESC, BEL and CR from plan text, and Markdown
// unescaped, where hover shows them as escapes.
describe('completion shows plan text as hover does', () => {
  const items = async (line: number, character: number): Promise<{ label: string; detail?: string; documentation?: { value: string } }[]> =>
    client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line, character } });
  it('escapes control characters in details, and Markdown in a meeting\'s documentation', async () => {
    const meeting = (await items(20, LINES[20]!.indexOf('[') + 1)).find((i) => i.label === 'PS@2026-01-20')!;
    expect(meeting.documentation?.value).toBe(md('Møte *viktig* \x1b]8;;http://x\x07\r\n::error::x'));
    expect([...meeting.documentation!.value].filter((c) => c.charCodeAt(0) < 32)).toEqual([]);
    const body = (await items(21, LINES[21]!.indexOf('[') + 1)).find((i) => i.label === 'PS')!;
    expect(body.detail).toBe('Styret\\x1b[2J\\x07');
    const milestone = (await items(16, LINES[16]!.indexOf('A, ') + 3)).find((i) => i.label === 'D')!;
    expect(milestone.detail).toBe('D\\x1b[31mRED');
  });
});
