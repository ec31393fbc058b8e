// Code actions for the hints a Norwegian plan writer gets most (tester round 33 F2), over real clients in English and
// Norwegian (SPEC §14): a Norwegian key renamed to the English one, a Norwegian key removed where the English one is
// written too, a Norwegian status word changed to the file's, and the day governance's hints name for a milestone's
// forecast (meeting-before-milestone) or a gate's date (gate-decision). Each action's exact edit, with its title in
// both locales, and the edit applied through didChange makes its finding go away without breaking the file.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtCli } from '../helpers/built-cli.js';
import { startClient, type LspClient, stopClient } from './client.js';
import { actionSession, at, type Action, type Edit } from './action-session.js';

/** After break33/t6/plans/p.yaml and t1/plans/feil.yaml: Norwegian keys and status words, in block and flow mappings. */
const P_TEXT = [
  'plan:',
  '  id: p',
  '  tittel: P',
  '  status_date: 2025-04-01',
  'milestones:',
  '  - id: A2',
  '    tittel: B',
  '    dato: 2025-06-02',
  '    status: grønn',
  '    ansvarlig: Direktoratet',
  '  - id: A4',
  '    title: Both',
  '    tittel: Begge',
  '    date: 2025-06-04',
  '  - {id: A5, title: Flow, tittel: Flyt, date: 2025-06-05, status: \'Rød\'}',
  '  - id: A6',
  '    title: Quoted',
  '    date: 2025-06-06',
  '    status: "gul"',
  '    tittel: Over',
  '      two lines',
  '  - id: A7',
  '    title: A block scalar',
  '    date: 2025-06-09',
  '    tittel: |',
  '      Blokk',
  '  - id: A8',
  '    title: Typo',
  '    titel: Over',
  '    date: 2025-06-10',
].join('\n') + '\n';

/** After break33/plans-repo/plans/journal.yaml: NEHS meets on 2025-06-12, two working days too late for all of these. */
const JOURNAL_TEXT = [
  'plan:',
  '  id: journal',
  '  title: Journal',
  '  status_date: 2025-04-01',
  '  governance:',
  '    require: [PS]',
  '    window: 90ed',
  '    lead: 2d',
  'milestones:',
  '  - id: M3',
  '    title: With a forecast',
  '    date: 2025-06-02',
  '    forecast: 2025-06-10',
  '    require: [PS, NEHS]',
  '  - id: M6',
  '    title: Without a forecast',
  '    date: 2025-06-10',
  '    require: [NEHS]',
  '  - {id: M7, title: In a flow mapping, date: 2025-06-10, require: [NEHS]}',
  '  - id: M8',
  '    title: Achieved, not moved',
  '    date: 2025-06-10',
  '    actual: 2025-06-10',
  '    require: [NEHS]',
  'gates:',
  '  - id: BP2',
  '    title: Undecided',
  '    date: 2025-06-12',
  '    body: NEHS',
  '  - id: BP4',
  '    title: Decided, not moved',
  '    date: 2025-06-12',
  '    decided: 2025-06-12',
  '    body: NEHS',
].join('\n') + '\n';

const STYRING_TEXT = [
  'bodies:',
  '  - {id: PS, name: Prosjektstyret}',
  '  - {id: NEHS, name: Nasjonalt e-helsestyre}',
  'meetings:',
  '  - {body: PS, date: 2025-05-21}',
  '  - {body: NEHS, date: 2025-02-06}',
  '  - {body: NEHS, date: 2025-06-12}',
].join('\n') + '\n';


let dir: string;
let en: LspClient;
let nb: LspClient;
const uris = new Map<string, string>();
const session = actionSession(() => en);
const texts = session.texts;

/** Applies the action's edit, checks its finding is gone and the file still reads, then restores. */
const expectFixes = (action: Action): Promise<void> => session.expectFixes(action, (d) => d.code === 'yaml-syntax');
const actionsAt = (client: LspClient, uri: string, line: number, character: number): Promise<Action[]> => session.actionsAt(uri, line, character, client);

async function start(locale: 'en' | 'nb'): Promise<LspClient> {
  const client = startClient(builtCli(), dir);
  await client.connection.sendRequest('initialize', { processId: null, rootUri: pathToFileURL(dir).href, capabilities: {}, initializationOptions: { today: '2025-04-01', locale } });
  const first = Promise.all([...uris.values()].map((uri) => client.nextDiagnostics(uri)));
  await client.connection.sendNotification('initialized', {});
  await first;
  for (const [uri, text] of texts) {
    const opened = client.nextDiagnostics(uri);
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: session.version, text } });
    await opened;
  }
  return client;
}

async function stop(client: LspClient): Promise<void> {
  await stopClient(client);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'milepel-lsp-actions-nb-'));
  mkdirSync(join(dir, 'plans'));
  for (const [name, text] of [['p', P_TEXT], ['journal', JOURNAL_TEXT], ['styring', STYRING_TEXT]] as const) {
    writeFileSync(join(dir, 'plans', `${name}.yaml`), text);
    const uri = pathToFileURL(join(dir, 'plans', `${name}.yaml`)).href;
    uris.set(name, uri);
    texts.set(uri, text);
  }
  [en, nb] = await Promise.all([start('en'), start('nb')]);
});

afterAll(async () => {
  await Promise.all([en, nb].filter((c) => c !== undefined).map(stop));
  rmSync(dir, { recursive: true, force: true });
});

describe('code actions for Norwegian keys, status words and the day a meeting counts from', () => {
  const cases: { what: string; file: 'p' | 'journal'; line: number; character: number; expected: { en: string; nb: string; edits: Edit[] }[] }[] = [
    { what: 'a Norwegian key in the plan header → the English key', file: 'p', line: 2, character: 2, expected: [
      { en: 'Rename tittel to title', nb: 'Gi tittel nytt navn: title', edits: [{ range: at(2, 2, 8), newText: 'title' }] }] },
    { what: 'a Norwegian key of a milestone → the English key (tittel)', file: 'p', line: 6, character: 4, expected: [
      { en: 'Rename tittel to title', nb: 'Gi tittel nytt navn: title', edits: [{ range: at(6, 4, 10), newText: 'title' }] }] },
    { what: 'a Norwegian key of a milestone → the English key (dato)', file: 'p', line: 7, character: 4, expected: [
      { en: 'Rename dato to date', nb: 'Gi dato nytt navn: date', edits: [{ range: at(7, 4, 8), newText: 'date' }] }] },
    { what: 'a Norwegian key of a milestone → the English key (ansvarlig)', file: 'p', line: 9, character: 4, expected: [
      { en: 'Rename ansvarlig to responsible', nb: 'Gi ansvarlig nytt navn: responsible', edits: [{ range: at(9, 4, 13), newText: 'responsible' }] }] },
    { what: 'a Norwegian status word → the file\'s', file: 'p', line: 8, character: 12, expected: [
      { en: 'Change to green', nb: 'Endre til green', edits: [{ range: at(8, 12, 17), newText: 'green' }] }] },
    { what: 'a Norwegian status word in quotes → the file\'s, in the same quotes', file: 'p', line: 18, character: 12, expected: [
      { en: 'Change to yellow', nb: 'Endre til yellow', edits: [{ range: at(18, 12, 17), newText: '"yellow"' }] }] },
    { what: 'a Norwegian status word in a flow mapping → the file\'s', file: 'p', line: 14, character: 66, expected: [
      { en: 'Change to red', nb: 'Endre til red', edits: [{ range: at(14, 66, 71), newText: '\'red\'' }] }] },
    { what: 'a Norwegian key beside the English one → its line removed', file: 'p', line: 12, character: 4, expected: [
      { en: 'Remove tittel', nb: 'Fjern tittel', edits: [{ range: at(12, 0, 0, 13), newText: '' }] }] },
    { what: 'a Norwegian key beside the English one in a flow mapping → its entry removed with the comma before it', file: 'p', line: 14, character: 26, expected: [
      { en: 'Remove tittel', nb: 'Fjern tittel', edits: [{ range: at(14, 24, 38), newText: '' }] }] },
    { what: 'a Norwegian key beside the English one, its plain value going on below it → its line and the value\'s removed', file: 'p', line: 19, character: 4, expected: [
      { en: 'Remove tittel', nb: 'Fjern tittel', edits: [{ range: at(19, 0, 0, 21), newText: '' }] }] },
    { what: 'a Norwegian key beside the English one, its value a block scalar → its line and the block\'s removed', file: 'p', line: 24, character: 4, expected: [
      { en: 'Remove tittel', nb: 'Fjern tittel', edits: [{ range: at(24, 0, 0, 26), newText: '' }] }] },
    { what: 'a key like one written beside it already → its line removed, not renamed to a second one (tester round 49 F3)', file: 'p', line: 28, character: 4, expected: [
      { en: 'Remove titel', nb: 'Fjern titel', edits: [{ range: at(28, 0, 0, 29), newText: '' }] }] },
    { what: 'meeting-before-milestone → the forecast written replaced by the day the meeting counts from', file: 'journal', line: 13, character: 18, expected: [
      { en: 'Set forecast of journal/M3 to 2025-06-16', nb: 'Sett forecast for journal/M3 til 2025-06-16', edits: [{ range: at(12, 14, 24), newText: '2025-06-16' }] }] },
    { what: 'meeting-before-milestone → a forecast inserted after the date', file: 'journal', line: 17, character: 14, expected: [
      { en: 'Set forecast of journal/M6 to 2025-06-16', nb: 'Sett forecast for journal/M6 til 2025-06-16', edits: [{ range: at(16, 20), newText: '\n    forecast: 2025-06-16' }] }] },
    { what: 'meeting-before-milestone → a forecast inserted after the date, in a flow mapping', file: 'journal', line: 18, character: 67, expected: [
      { en: 'Set forecast of journal/M7 to 2025-06-16', nb: 'Sett forecast for journal/M7 til 2025-06-16', edits: [{ range: at(18, 55), newText: ', forecast: 2025-06-16' }] }] },
    { what: 'gate-decision → the gate\'s date on the day the meeting counts from', file: 'journal', line: 28, character: 10, expected: [
      { en: 'Set date of journal/BP2 to 2025-06-16', nb: 'Sett date for journal/BP2 til 2025-06-16', edits: [{ range: at(27, 10, 20), newText: '2025-06-16' }] }] },
  ];

  for (const c of cases) {
    it(c.what, async () => {
      const uri = uris.get(c.file)!;
      const actions = await actionsAt(en, uri, c.line, c.character);
      expect(actions.map((a) => ({ title: a.title, edits: a.edit.changes[uri] }))).toEqual(c.expected.map((e) => ({ title: e.en, edits: e.edits })));
      const norwegian = await actionsAt(nb, uri, c.line, c.character);
      expect(norwegian.map((a) => ({ title: a.title, edits: a.edit.changes[uri] }))).toEqual(c.expected.map((e) => ({ title: e.nb, edits: e.edits })));
      for (const a of actions) {
        expect(a.kind).toBe('quickfix');
        expect(Object.keys(a.edit.changes)).toEqual([uri]);
        expect(a.diagnostics).toHaveLength(1);
        await expectFixes(a);
      }
    });
  }

  it('offers nothing where nothing may move', async () => {
    const journal = uris.get('journal')!;
    // An achieved milestone and a decided gate are not moved: their hints name no day, and no action is offered.
    expect((en.diagnostics.get(journal) ?? []).filter((d) => d.range.start.line === 23 || d.range.start.line === 33).map((d) => d.code)).toEqual(['meeting-before-milestone', 'gate-decision']);
    expect(await actionsAt(en, journal, 23, 14)).toEqual([]);
    expect(await actionsAt(en, journal, 33, 10)).toEqual([]);
  });
});
