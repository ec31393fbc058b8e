// Completion over a real client leaves out what would make the next keystroke an error (tester round 12 #6): the keys
// the mapping at the cursor already has (in block and flow style; the key being typed on the cursor's line stays), and
// the milestone itself in its own `after`, also at the `id` of an entry of it (tester round 13 #8).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtCli } from '../helpers/built-cli.js';
import { openWorkspace, type LspClient, type WorkspaceSession } from './client.js';

const LINES = [
  'plan: {id: q, title: Q, status_date: 2026-01-05}',
  'milestones:',
  '  - id: A',
  '    title: A',
  '    date: 2026-02-02',
  '    ',
  '  - id: B',
  '    title: B',
  '    date: 2026-02-03',
  '    after: []',
  '  - {id: C, title: C, date: 2026-02-04, after: [A, ]}',
  '  - {id: D, title: D, date: 2026-02-05, }',
  '  - id: "E"',
  '    title: E',
  '    after:',
  '      - A',
  '      - B',
  '    date: 2026-02-06',
  '  - id: F',
  '    title: F',
  '    date: 2026-02-09',
  '    after: [A, {id: A, lag: 1d}, {id: }]',
  '  - {id: G, title: G, date: 2026-02-10, after: [A, {id: }]}',
  '  - id: H',
  '    title: H',
  '    date: 2026-02-11',
  '    after:',
  '      - {id: A}',
  '      - id: A',
  '        lag: 2d',
  '  - {id: J,',
  "     title: J's, date: 2026-02-12,",
  '     ',
  '     deadline: 2026-03-02}',
  '  - {id: K, title: K, date: 2026-02-13,',
  '     after: [A, {id: A}]}',
  'gates:',
  '  - {id: G1, title: Gate, date: 2026-03-02, ready: {milestone: }}',
  '  - {id: G2, title: Gate two, date: 2026-03-09, after: [ ]}',
];
const OTHER = 'plan: {id: p, title: P}\nmilestones:\n  - {id: B, title: B, date: 2026-02-09}\n';

let session: WorkspaceSession;
let uri: string;
let client: LspClient;

type Item = { label: string };
const labels = async (line: number, character: number): Promise<string[]> =>
  (await client.connection.sendRequest<Item[]>('textDocument/completion', { textDocument: { uri }, position: { line, character } })).map((i) => i.label);
const at = (line: number, text: string): [number, number] => [line, LINES[line]!.indexOf(text)];

beforeAll(async () => {
  session = await openWorkspace(builtCli(), 'milepel-lsp-completion-', { 'plans/q.yaml': `${LINES.join('\n')}\n`, 'plans/p.yaml': OTHER }, 'plans/q.yaml');
  ({ client } = session);
  uri = session.uriOf('plans/q.yaml');
});

afterAll(() => session.close());

// Tester round 94 F8: a gate's readiness was offered gates, the gate itself among them, which validate then refused.
describe('completion of a gate\'s ready milestone', () => {
  it('offers milestones only; a gate\'s after offers the other gates too', async () => {
    const after = (line: number, text: string): [number, number] => [line, LINES[line]!.indexOf(text) + text.length];
    const ready = await labels(...after(LINES.length - 2, 'milestone: '));
    expect(ready).toEqual(expect.arrayContaining(['A', 'K', 'p/B']));
    expect(ready.filter((l) => l.startsWith('G'))).toEqual(['G']);
    const inAfter = await labels(...after(LINES.length - 1, 'after: ['));
    expect(inAfter).toEqual(expect.arrayContaining(['A', 'G1']));
    expect(inAfter).not.toContain('G2');
  });
});

describe('completion leaves out what the mapping already has', () => {
  it('in a block mapping: not id, title and date on the blank line inside A (the tester\'s case)', async () => {
    const keys = await labels(5, 4);
    expect(keys).toEqual(expect.arrayContaining(['forecast', 'deadline', 'after', 'duration']));
    expect(keys.filter((k) => ['id', 'title', 'date'].includes(k))).toEqual([]);
  });

  it('keeps the key being typed on the cursor\'s line', async () => {
    const keys = await labels(3, 6);
    expect(keys).toContain('title');
    expect(keys.filter((k) => ['id', 'date'].includes(k))).toEqual([]);
  });

  it('in a flow mapping: only the keys it does not have yet', async () => {
    const keys = await labels(...at(11, '}'));
    expect(keys).toContain('forecast');
    expect(keys.filter((k) => ['id', 'title', 'date'].includes(k))).toEqual([]);
  });

  it('in a flow mapping over several lines: not the keys on its other lines (tester round 13 #8)', async () => {
    for (const [line, character] of [[32, 5], [31, LINES[31]!.length]] as const) {
      const keys = await labels(line, character);
      expect(keys, `${line}:${character}`).toEqual(expect.arrayContaining(['forecast', 'after']));
      expect(keys.filter((k) => ['id', 'title', 'date', 'deadline'].includes(k)), `${line}:${character}`).toEqual([]);
    }
  });

  it('at the top level: not plan, milestones and gates', async () => {
    const keys = await labels(LINES.length, 0);
    expect(keys).toEqual(expect.arrayContaining(['bodies', 'meetings', 'goals']));
    expect(keys.filter((k) => ['plan', 'milestones', 'gates'].includes(k))).toEqual([]);
  });
});

describe('completion leaves a milestone out of its own after', () => {
  it('in `after: [` of B: A, not B (the tester\'s case); p/B of another plan stays', async () => {
    const refs = await labels(...at(9, ']'));
    expect(refs).toEqual(expect.arrayContaining(['A', 'C', 'p/B']));
    expect(refs).not.toContain('B');
  });

  it('in a flow mapping\'s after, and in a block list under after with a quoted id', async () => {
    const flow = await labels(...at(10, ']}'));
    expect(flow).toContain('A');
    expect(flow).not.toContain('C');
    const block = await labels(16, 8);
    expect(block).toEqual(expect.arrayContaining(['A', 'B', 'D']));
    expect(block).not.toContain('E');
  });

  it('at the id of an after entry: in `after: [{id: `, in a flow mapping\'s (on one line or several), in a block list of mappings (tester round 13 #8)', async () => {
    for (const [line, text, self] of [[21, '}]', 'F'], [22, '}]}', 'G'], [27, '}', 'H'], [28, 'A', 'H'], [35, 'A}', 'K']] as const) {
      const refs = await labels(...at(line, text));
      expect(refs, LINES[line]).toEqual(expect.arrayContaining(['A', 'B', 'p/B']));
      expect(refs, LINES[line]).not.toContain(self);
    }
  });
});

describe('completion puts what it offers where it reads as meant (tester round 42 F6)', () => {
  type Edited = { label: string; textEdit: { newText: string } };
  const items = async (line: number, character: number): Promise<Edited[]> =>
    client.connection.sendRequest<Edited[]>('textDocument/completion', { textDocument: { uri }, position: { line, character } });

  it('offers nothing in the indentation before a list item’s dash, where a key would go in front of it', async () => {
    expect(await items(2, 2)).toEqual([]);
    expect(await items(15, 6)).toEqual([]);
    expect(await items(15, 3)).toEqual([]);
  });

  it('inserts a value right after a key’s colon with the space YAML wants there', async () => {
    const after = await items(14, '    after:'.length);
    expect(after.length).toBeGreaterThan(0);
    expect(after.map((i) => i.textEdit.newText)).toContain(' A');
    // With the space already typed, none is added.
    expect((await items(15, '      - '.length)).map((i) => i.textEdit.newText)).toContain('A');
  });
});
