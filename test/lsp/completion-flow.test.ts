// Completion in a flow mapping spread over lines reads its quoted scalars as YAML does (tester round 14 #6): `''` in
// single quotes and `\"`, `\\` in double quotes are escapes, not the scalar's end, so a ` #` or `}` after them in a
// title is text and neither a comment nor the mapping's end; an anchor on a milestone's id does not hide it from its
// own after; an after list continued over lines offers what it offers on one line; and a quoted title written over
// lines above the cursor is text, its brackets, commas, quotes and dashes no structure. A case is a milestone written
// below milestones A and B, `|` the cursor; the server's answer is compared with what it must and must not offer.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtCli } from '../helpers/built-cli.js';
import { startClient, type LspClient, stopClient } from './client.js';

const HEAD = 'plan: {id: p, title: P, status_date: 2026-01-05}\nmilestones:\n  - {id: A, title: A, date: 2026-05-15}\n  - {id: B, title: B, date: 2026-05-16}\n';

let dir: string;
let uri: string;
let client: LspClient;
let version = 1;

/** The labels offered at the `|` of HEAD followed by `tail`, after the document is changed to that text. */
async function labels(tail: string): Promise<string[]> {
  const text = HEAD + tail;
  const at = text.indexOf('|');
  const before = text.slice(0, at);
  const position = { line: before.split('\n').length - 1, character: at - before.lastIndexOf('\n') - 1 };
  await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ text: before + text.slice(at + 1) }] });
  const items = await client.connection.sendRequest<{ label: string }[]>('textDocument/completion', { textDocument: { uri }, position });
  return items.map((i) => i.label);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'milepel-lsp-completion-flow-'));
  mkdirSync(join(dir, 'plans'));
  writeFileSync(join(dir, 'plans', 'p.yaml'), HEAD);
  uri = pathToFileURL(join(dir, 'plans', 'p.yaml')).href;
  client = startClient(builtCli(), dir);
  await client.connection.sendRequest('initialize', { processId: null, rootUri: pathToFileURL(dir).href, capabilities: {} });
  const first = client.nextDiagnostics(uri);
  await client.connection.sendNotification('initialized', {});
  await first;
  await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version, text: HEAD } });
});

afterAll(async () => {
  await stopClient(client);
  rmSync(dir, { recursive: true, force: true });
});

const PRESENT = ['id', 'title', 'date'];

describe('keys of a flow mapping over lines, past a quoted title with escapes (tester round 14 #6)', () => {
  const cases: readonly (readonly [string, string])[] = [
    ["'' and ' #' in single quotes", "  - {id: SELF, title: 'Fase ''A'' #1', date: 2026-05-21,\n     |}\n"],
    ['\\" and \' #\' in double quotes', '  - {id: SELF, title: "Fase \\"A\\" #1", date: 2026-05-21,\n     |}\n'],
    ["'' and '}' in single quotes, a key on the line below", "  - {id: SELF, title: 'it''s } x',\n     |\n     date: 2026-05-21}\n"],
    ['\\" and \'}\' in double quotes, a key on the line below', '  - {id: SELF, title: "a \\"}\\" b",\n     |\n     date: 2026-05-21}\n'],
    ["'' ending a single-quoted title", "  - {id: SELF, title: 'Eier''', date: 2026-05-21,\n     |}\n"],
    ['\\\\ before the closing quote', '  - {id: SELF, title: "Mappe C:\\\\", date: 2026-05-21,\n     |}\n'],
    ['"a\\\\" , then a key', '  - {id: SELF, title: "a\\\\" , date: 2026-05-21,\n     |}\n'],
    ['\\\\ then \\" then " #"', '  - {id: SELF, title: "a\\\\\\" #x", date: 2026-05-21,\n     |}\n'],
    ['a \\t escape and tabs around the scalar', '  - {id: SELF,\ttitle:\t"Fase\\t\\"A\\"\t#1",\tdate: 2026-05-21,\n     |}\n'],
    ["a tab before ' #' in single quotes", "  - {id: SELF, title: 'Fase\t''A''\t#1', date: 2026-05-21,\n     |}\n"],
    ['the keys below the cursor, past a quoted title running over two lines', "  - {id: SELF, |\n     title: 'Fase ''A'' #1\n       } x', date: 2026-05-21}\n"],
  ];
  it('offers the keys not yet present and never a present one', async () => {
    for (const [name, tail] of cases) {
      const keys = await labels(tail);
      expect.soft(keys, name).toEqual(expect.arrayContaining(['forecast', 'actual', 'after', 'deadline']));
      expect.soft(keys.filter((k) => PRESENT.includes(k)), name).toEqual([]);
    }
  });
});

describe("a milestone's own id stays out of its after", () => {
  const cases: readonly (readonly [string, string])[] = [
    ["past '' and ' #' in single quotes", "  - {id: SELF, title: 'Eier''s #1', date: 2026-05-21,\n     after: [|]}\n"],
    ['past \\" and \' #\' and [x] in double quotes', '  - {id: SELF, title: "Fase \\"A\\" [x] #1", date: 2026-05-21,\n     after: [|]}\n'],
    ['with an anchor on the id, flow style', '  - {id: &x SELF, title: T, date: 2026-05-21, after: [|]}\n'],
    ['with an anchor on the id, block style', '  - id: &x SELF\n    title: T\n    date: 2026-05-21\n    after: [|]\n'],
    ['with a tag and an anchor on the id', '  - {id: !!str &x SELF, title: T, date: 2026-05-21, after: [|]}\n'],
  ];
  it('offers the other milestones and not the milestone itself', async () => {
    for (const [name, tail] of cases) {
      const refs = await labels(tail);
      expect.soft(refs, name).toEqual(expect.arrayContaining(['A', 'B']));
      expect.soft(refs, name).not.toContain('SELF');
    }
  });
});

describe('after: [A, continued on the next lines', () => {
  // An entry already listed stays on offer, as on one line: a second entry for it with its own lag or type is valid.
  const cases: readonly (readonly [string, string, string])[] = [
    ['block milestone', '  - id: SELF\n    title: T\n    date: 2026-05-21\n    after: [A,\n      |]\n', '  - id: SELF\n    title: T\n    date: 2026-05-21\n    after: [A, |]\n'],
    ['block milestone, two lines on', '  - id: SELF\n    title: T\n    date: 2026-05-21\n    after: [A,\n\n      |\n    ]\n', '  - id: SELF\n    title: T\n    date: 2026-05-21\n    after: [A, |]\n'],
    ['flow milestone', '  - {id: SELF, title: T, date: 2026-05-21, after: [A,\n       |]}\n', '  - {id: SELF, title: T, date: 2026-05-21, after: [A, |]}\n'],
    ['flow milestone over lines', '  - {id: SELF, title: T,\n     date: 2026-05-21, after: [\n       A,\n       |]}\n', '  - {id: SELF, title: T, date: 2026-05-21, after: [A, |]}\n'],
  ];
  it('offers what the same list on one line offers: the milestones, not SELF', async () => {
    for (const [name, tail, oneLine] of cases) {
      const refs = await labels(tail);
      expect.soft(refs, name).toEqual(expect.arrayContaining(['A', 'B']));
      expect.soft(refs, name).not.toContain('SELF');
      expect.soft(refs.sort(), name).toEqual((await labels(oneLine)).sort());
    }
  });
});

describe('a quoted title over lines above the cursor is text, not structure', () => {
  // Each title runs on to a line below its quote; YAML reads what is in it as the title's text.
  const below: readonly (readonly [string, string])[] = [
    ['block milestone, "Fase [1," over two lines', '  - id: SELF\n    title: "Fase [1,\n      del 2"\n    date: 2026-05-21\n    after: [A, |]\n'],
    ["block milestone, 'Fase [1,' over two lines", "  - id: SELF\n    title: 'Fase [1,\n      del 2'\n    date: 2026-05-21\n    after: [A, |]\n"],
    ['flow milestone, "Fase [1," over two lines', '  - {id: SELF, title: "Fase [1,\n     del 2", date: 2026-05-21,\n     after: [A, |]}\n'],
    ['flow milestone, a ] in the line the title runs on to', '  - {id: SELF, title: "Fase 1,\n     del] 2", date: 2026-05-21,\n     after: [A, |]}\n'],
    ['flow milestone, a } in the line the title runs on to', '  - {id: SELF, title: "Fase 1,\n     del} 2", date: 2026-05-21,\n     after: [A, |]}\n'],
    ["flow milestone, '' and ] in the line the title runs on to", "  - {id: SELF, title: 'Fase 1,\n     it''s ] x', date: 2026-05-21,\n     after: [A, |]}\n"],
    ['flow milestone, the title runs on to a line starting with a dash', '  - {id: SELF, title: "Fase 1,\n     - del 2", date: 2026-05-21,\n     after: [A, |]}\n'],
    ['flow milestone, after on the line the title ends on', '  - {id: SELF, date: 2026-05-21, title: "Fase [1,\n     del] 2", after: [A, |]}\n'],
    // Not closed (mid-typing): the quote ends where the milestone's next key goes on, as YAML reports it.
    ['block milestone, a title not closed yet', '  - id: SELF\n    title: "Fase [1,\n    date: 2026-05-21\n    after: [A, |]\n'],
  ];
  it('offers the milestones for an after below it, and not the milestone itself', async () => {
    for (const [name, tail] of below) {
      const refs = await labels(tail);
      expect.soft(refs, name).toEqual(expect.arrayContaining(['A', 'B']));
      expect.soft(refs, name).not.toContain('SELF');
    }
  });

  const inside: readonly (readonly [string, string])[] = [
    ['block, in its second line', '  - id: SELF\n    title: "Fase [1,\n      del |2"\n    date: 2026-05-21\n'],
    ['block, after a [ in its second line', '  - id: SELF\n    title: "Fase 1,\n      del [2, |"\n    date: 2026-05-21\n'],
    ['block, at what reads as after: [A, in its second line', '  - id: SELF\n    title: "Fase 1,\n      after: [A, |"\n    date: 2026-05-21\n'],
    ["block, single-quoted, at what reads as after: [A,", "  - id: SELF\n    title: 'Fase 1,\n      after: [A, |'\n    date: 2026-05-21\n"],
    ['block, at what reads as a list item', '  - id: SELF\n    title: "Fase 1,\n      - |"\n    date: 2026-05-21\n'],
    ['block, in its third line', '  - id: SELF\n    title: "Fase [1,\n      del 2,\n      after: [A, |"\n    date: 2026-05-21\n'],
    ['block, after its closing quote', '  - id: SELF\n    title: "Fase [1,\n      del 2" |\n    date: 2026-05-21\n'],
    ['flow, in its second line', '  - {id: SELF, title: "Fase [1,\n     del |2", date: 2026-05-21}\n'],
    ['flow, at what reads as a list item with after: [A,', '  - {id: SELF, title: "Fase 1,\n     - after: [A, |", date: 2026-05-21}\n'],
  ];
  it('offers nothing inside the title', async () => {
    for (const [name, tail] of inside) expect.soft(await labels(tail), name).toEqual([]);
  });
});

describe('a quoted title over lines with a [ in another milestone, while the file does not parse (tester round 19 #3)', () => {
  // `after: [` not closed yet: the file does not parse, so its milestones come from its last good parse and the
  // milestone at the cursor from its text. The `[` in M2's title is text there too, not a list that swallows M3.
  const valid = (title: string): string => `  - id: M1\n    title: One\n    date: 2026-05-17\n  - id: M2\n    title: ${title}\n    date: 2026-05-18\n  - id: M3\n    title: Three\n    date: 2026-05-19\n`;
  const cases: readonly (readonly [string, string])[] = [
    ['"Fase [1," over two lines', '"Fase [1,\n      del 2"'],
    ["'Fase [1,' over two lines", "'Fase [1,\n      del 2'"],
    ['"Fase {1," over two lines', '"Fase {1,\n      del 2"'],
    ['"Fase [1, del 2" on one line', '"Fase [1, del 2"'],
    ['a plain title', 'Two'],
  ];
  it('offers every other milestone for after: [ under the last one, and not that one', async () => {
    for (const [name, title] of cases) {
      await labels(valid(title) + '|');
      const refs = await labels(`${valid(title)}    after: [|\n`);
      expect.soft(refs.sort(), name).toEqual(['A', 'B', 'M1', 'M2']);
    }
  });
});
