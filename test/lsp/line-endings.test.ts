// `milepel lsp` on plans whose lines end in CR alone or CR LF, over a real client (vscode-jsonrpc over stdio): LSP
// counts CR, LF and CR LF as line ends, as YAML 1.2 and milepel's parser do, so every answer (diagnostics, hover,
// definition, references, completion, code actions, code lens, an incremental change) has the positions it has on the
// LF version; and every quick fix, applied as the client applies it, gives the LF fix's bytes with the file's own
// line ends. The plan (on disk and open) and governance.yaml (on disk only) are written with each line end.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtCli } from '../helpers/built-cli.js';
import { startClient, type PublishedDiagnostic } from './client.js';

const GOVERNANCE_LINES = [
  'bodies:',
  '  - id: PS',
  '    name: Styringsgruppe',
  'meetings:',
  '  - body: PS',
  '    date: 2020-01-15',
  '  - body: PS',
  '    date: 2020-03-04',
  '  - body: PS # a Saturday',
  '    date: 2020-02-01',
];

const PLAN_LINES = [
  'plan:',
  '  id: p',
  '  title: "Plan – línjeskift"',
  '  status_date: 2020-02-10',
  '  governance:',
  '    require: [PS]',
  'milestones:',
  '  - id: START',
  '    title: Start ✓ 🚀',
  '    date: 2020-02-11',
  '  - id: DROP',
  '    title: Lists a meeting after it, in a block list',
  '    date: 2020-02-24',
  '    meetings:',
  '      - PS@2020-01-15',
  '      - PS@2020-03-04 # too late',
  '  - id: ADD',
  '    title: Lists only a meeting after it, in a block list',
  '    date: 2020-02-21',
  '    meetings:',
  '      - PS@2020-03-04',
  '  - id: TYPO',
  '    title: "Names a milestone that does not exist"',
  '    date: 2020-02-25',
  '    after: [{id: STRAT, type: SS}, {id: START, lag: -2d}]',
  '  - id: SAT',
  '    title: On a Saturday',
  '    date: 2020-02-22',
  '  - id: OVER',
  '    title: Overdue',
  '    date: 2020-02-05',
  '  - id: BOTH',
  '    title: Achieved in the future with a forecast',
  '    date: 2020-03-03',
  '    forecast: 2020-03-05',
  '    actual: 2020-03-04',
  '  - {id: FLOW, title: In a flow mapping, date: 2020-03-03, forecast: 2020-03-05, actual: 2020-03-04}',
  '  - id: LAST',
  '    title: After the others',
  '    date: 2020-03-09',
  '    after:',
  '      - SAT',
  '      - {id: BOTH, lag: 1d}',
  '    meetings: [PS@2020-01-15]',
  '    require: [PS]',
  '    ',
];

type Pos = { line: number; character: number };
type Range = { start: Pos; end: Pos };
type Edit = { range: Range; newText: string };
type Action = { title: string; edit: { changes: Record<string, Edit[]> } };

/** What the server answers on one version of the plans; URIs with the variant's directory as `ROOT`. */
interface Answers {
  readonly diagnostics: unknown[];
  readonly hovers: unknown[];
  readonly definitions: unknown[];
  readonly references: unknown[];
  readonly completions: unknown[];
  readonly lenses: unknown;
  /** Per line of the plan: the actions over the whole line, their titles and edit ranges (the texts are compared applied). */
  readonly actions: { title: string; ranges: Range[] }[][];
  /** The plan's text after each action's edits, as the client applies them (with the variant's line ends). */
  readonly fixed: string[];
  readonly afterChange: unknown[];
}

const VARIANTS = { lf: '\n', crlf: '\r\n', cr: '\r' } as const;
type Variant = keyof typeof VARIANTS;
const LF_PLAN = PLAN_LINES.join('\n') + '\n';

/** Positions to ask about: the second character of every word of the plan, and each line's end. */
function probePositions(): Pos[] {
  const out: Pos[] = [];
  PLAN_LINES.forEach((text, line) => {
    for (const m of text.matchAll(/[A-Za-z0-9@_-]+/g)) out.push({ line, character: m.index + Math.min(1, m[0].length - 1) });
    out.push({ line, character: text.length });
  });
  return out;
}

const dirs: string[] = [];
const answers = new Map<Variant, Answers>();

async function answersFor(variant: Variant): Promise<Answers> {
  const eol = VARIANTS[variant];
  const dir = mkdtempSync(join(tmpdir(), `milepel-lsp-${variant}-`));
  dirs.push(dir);
  mkdirSync(join(dir, 'plans'));
  const planText = PLAN_LINES.join(eol) + eol;
  writeFileSync(join(dir, 'plans', 'plan.yaml'), planText);
  writeFileSync(join(dir, 'plans', 'governance.yaml'), GOVERNANCE_LINES.join(eol) + eol);
  const root = pathToFileURL(dir).href;
  const PLAN = pathToFileURL(join(dir, 'plans', 'plan.yaml')).href;
  const GOV = pathToFileURL(join(dir, 'plans', 'governance.yaml')).href;
  const rooted = (value: unknown): unknown => JSON.parse(JSON.stringify(value).replaceAll(root, 'ROOT'));
  const client = startClient(builtCli(), dir);
  const send = <T>(method: string, params: object): Promise<T> => client.connection.sendRequest<T>(method, params);
  await send('initialize', { processId: null, rootUri: root, capabilities: {} });
  const first = Promise.all([client.nextDiagnostics(PLAN), client.nextDiagnostics(GOV)]);
  await client.connection.sendNotification('initialized', {});
  await first;
  const opened = client.nextDiagnostics(PLAN);
  await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: PLAN, languageId: 'yaml', version: 1, text: planText } });
  const diagnostics = [await opened, client.diagnostics.get(GOV)];
  const doc = { textDocument: { uri: PLAN } };
  const hovers: unknown[] = [];
  const definitions: unknown[] = [];
  const references: unknown[] = [];
  const completions: unknown[] = [];
  for (const position of probePositions()) {
    hovers.push(await send('textDocument/hover', { ...doc, position }));
    definitions.push(await send('textDocument/definition', { ...doc, position }));
    references.push(await send('textDocument/references', { ...doc, position, context: { includeDeclaration: true } }));
    completions.push(await send('textDocument/completion', { ...doc, position }));
  }
  const lenses = await send('textDocument/codeLens', doc);
  const actions: { title: string; ranges: Range[] }[][] = [];
  const fixed: string[] = [];
  for (let line = 0; line < PLAN_LINES.length; line++) {
    const range = { start: { line, character: 0 }, end: { line, character: PLAN_LINES[line]!.length } };
    const got = await send<Action[]>('textDocument/codeAction', { ...doc, range, context: { diagnostics: [] } });
    actions.push(got.map((a) => ({ title: a.title, ranges: a.edit.changes[PLAN]!.map((e) => e.range) })));
    for (const a of got) fixed.push(TextDocument.applyEdits(TextDocument.create(PLAN, 'yaml', 1, planText), a.edit.changes[PLAN]!));
  }
  // An incremental change, as an editor sends it: SAT's Saturday becomes the Friday before.
  const changed = client.nextDiagnostics(PLAN);
  const sat = PLAN_LINES.indexOf('    date: 2020-02-22');
  await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: PLAN, version: 2 }, contentChanges: [{ range: { start: { line: sat, character: 18 }, end: { line: sat, character: 20 } }, text: '21' }] });
  const afterChange = [await changed, await send('textDocument/hover', { ...doc, position: { line: sat - 2, character: 9 } })];
  await send('shutdown', {});
  await client.connection.sendNotification('exit');
  await client.exited;
  return rooted({ diagnostics, hovers, definitions, references, completions, lenses, actions, fixed, afterChange }) as Answers;
}

beforeAll(async () => {
  for (const variant of Object.keys(VARIANTS) as Variant[]) answers.set(variant, await answersFor(variant));
});

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('milepel lsp on CR LF and CR-only line ends', () => {
  it('answers something of every kind on the LF version (the comparison below is not vacuous)', () => {
    const lf = answers.get('lf')!;
    const codes = (lf.diagnostics[0] as PublishedDiagnostic[]).map((d) => d.code).sort();
    expect(codes).toEqual(['actual-in-future', 'actual-in-future', 'lead', 'meeting-before-milestone', 'meeting-before-milestone', 'non-working-day', 'overdue', 'unknown-reference']);
    expect((lf.diagnostics[1] as PublishedDiagnostic[]).map((d) => d.code)).toEqual(['non-working-day']);
    expect(lf.hovers.filter((h) => h !== null).length).toBeGreaterThan(15);
    expect(lf.definitions.filter((d) => Array.isArray(d) && d.length > 0).length).toBeGreaterThan(15);
    expect(lf.references.some((r) => Array.isArray(r) && r.some((l: { uri: string }) => l.uri.endsWith('governance.yaml')))).toBe(true);
    expect(lf.completions.filter((c) => Array.isArray(c) && c.length > 0).length).toBeGreaterThan(10);
    expect((lf.lenses as unknown[]).length).toBe(9);
    const titles = lf.actions.flat().map((a) => a.title);
    expect(titles).toEqual(expect.arrayContaining([
      'Drop PS@2020-03-04 from the meetings of p/DROP', 'List PS@2020-02-01 in place of PS@2020-03-04 in the meetings of p/ADD', 'Change to START', 'Change to 0d',
      'Set forecast of p/OVER to 2020-02-10', 'Remove actual and set forecast: 2020-03-04 in p/BOTH', 'Remove actual and set forecast: 2020-03-04 in p/FLOW',
    ]));
    expect(lf.fixed).toContain(LF_PLAN.replace('      - PS@2020-03-04 # too late\n', ''));
    expect(lf.fixed).toContain(LF_PLAN.replace('    date: 2020-02-05\n', '    date: 2020-02-05\n    forecast: 2020-02-10\n'));
    expect(lf.fixed).toContain(LF_PLAN.replace('      - PS@2020-03-04\n  - id: TYPO', '      - PS@2020-02-01\n  - id: TYPO'));
    expect((lf.afterChange[0] as PublishedDiagnostic[]).filter((d) => d.code === 'non-working-day')).toEqual([]);
  });

  for (const variant of ['crlf', 'cr'] as const) {
    it(`${variant}: every request kind answers the positions of the LF version`, () => {
      const lf = answers.get('lf')!;
      const other = answers.get(variant)!;
      expect(other.diagnostics).toEqual(lf.diagnostics);
      expect(other.hovers).toEqual(lf.hovers);
      expect(other.definitions).toEqual(lf.definitions);
      expect(other.references).toEqual(lf.references);
      expect(other.completions).toEqual(lf.completions);
      expect(other.lenses).toEqual(lf.lenses);
      expect(other.actions).toEqual(lf.actions);
      expect(other.afterChange).toEqual(lf.afterChange);
    });

    it(`${variant}: each quick fix gives the LF fix's bytes with the file's own line ends`, () => {
      // A fix that wrote an LF into a CR-only file, or left a stray CR, differs from the LF fix with its LFs replaced.
      expect(answers.get(variant)!.fixed).toEqual(answers.get('lf')!.fixed.map((t) => t.replaceAll('\n', VARIANTS[variant])));
    });
  }
});
