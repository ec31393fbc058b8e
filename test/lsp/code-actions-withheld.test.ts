// Tester round 84 F7: a finding whose hint says to remove an entry got no quick fix, and no word why, when the entry is
// in an anchored list (its aliases would lose it too), in an alias of one (`after: *al`), or holds keys besides its
// link. A client that shows disabled actions (LSP 3.16 codeAction.disabledSupport) gets the action, disabled, with the
// reason; one that does not gets none, as before.
import { describe, expect, it } from 'vitest';
import { oneFileSession, TWO_MILESTONES } from './action-session.js';

const PLAN = TWO_MILESTONES;
const ANCHORED = `${PLAN}    after: &al [M0, m0]\n  - id: M2\n    title: Two\n    date: 2026-07-03\n    after: *al\n`;
const KEYS = `${PLAN}    after: [M0, {id: m0, x-note: keep}]\n`;

type Shown = { title: string; disabled?: { reason: string }; edit?: unknown };

describe('a remove fix withheld, to a client that shows disabled actions', () => {
  const { session, uri } = oneFileSession('milepel-lsp-withheld-', PLAN, { initializationOptions: { today: '2026-06-01', locale: 'en' }, capabilities: { textDocument: { codeAction: { disabledSupport: true } } } });
  const shown = async (line: number, character: number): Promise<Shown[]> => ((await session.actionsAt(uri(), line, character)) as unknown as Shown[]).map((a) => ({ title: a.title, ...(a.disabled === undefined ? {} : { disabled: a.disabled }), ...(a.edit === undefined ? {} : { edit: 'edit' }) }));

  it('says the list is anchored, at the anchored list, and an alias, at the alias', async () => {
    const published = await session.setText(uri(), ANCHORED);
    expect(published.filter((d) => d.code === 'unknown-reference').map((d) => d.range.start)).toEqual([{ line: 11, character: 20 }, { line: 15, character: 11 }]);
    expect(await shown(11, 20)).toEqual([{ title: 'Remove this entry from the after of p/M1', disabled: { reason: 'the list is anchored (&al): an alias of it (*al) would lose the entry too; edit it by hand' } }]);
    expect(await shown(15, 11)).toEqual([{ title: 'Remove this entry from the after of p/M2', disabled: { reason: 'the list is an alias (*al) of one written elsewhere: remove the entry where &al is defined' } }]);
  });

  it('says the entry defines an anchor (tester round 88 N5)', async () => {
    await session.setText(uri(), `${PLAN}    after: [M0, &e m0]\n`);
    expect(await shown(11, 19)).toEqual([{ title: 'Remove this entry from the after of p/M1', disabled: { reason: 'the entry defines an anchor (&e) that an alias (*e) may read: edit it by hand' } }]);
  });

  it('names the keys an entry holds besides its link', async () => {
    await session.setText(uri(), KEYS);
    expect(await shown(11, 21)).toEqual([{ title: 'Remove this entry from the after of p/M1', disabled: { reason: 'the entry holds x-note besides its link, which would go with it; edit it by hand' } }]);
  });
});

describe('a remove fix withheld, to a client that does not show disabled actions', () => {
  const { session, uri } = oneFileSession('milepel-lsp-withheld-', PLAN, { initializationOptions: { today: '2026-06-01', locale: 'nb' } });

  it('is left out', async () => {
    await session.setText(uri(), ANCHORED);
    expect(await session.actionsAt(uri(), 11, 20)).toEqual([]);
    expect(await session.actionsAt(uri(), 15, 11)).toEqual([]);
  });
});

// LSP 3.17 CodeActionContext.only: a client that asks for other kinds of action (tester round 88, "related") got the
// quick fixes all the same.
describe('the kinds of action a client asks for', () => {
  const { session, uri, client } = oneFileSession('milepel-lsp-only-', PLAN, { initializationOptions: { today: '2026-06-01', locale: 'en' } });
  const titles = async (only: unknown): Promise<string[]> => {
    const actions = await client().connection.sendRequest<{ title: string }[]>('textDocument/codeAction', { textDocument: { uri: uri() }, range: { start: { line: 11, character: 16 }, end: { line: 11, character: 16 } }, context: { diagnostics: [], ...(only === undefined ? {} : { only }) } });
    return actions.map((a) => a.title);
  };

  it('are quick fixes only when it asks for those, or for any kind', async () => {
    await session.setText(uri(), `${PLAN}    after: [M0, m0]\n`);
    const fix = ['Remove this entry from the after of p/M1'];
    expect(await titles(undefined)).toEqual(fix);
    expect(await titles(['quickfix'])).toEqual(fix);
    expect(await titles([''])).toEqual(fix);
    expect(await titles(['refactor', 'quickfix'])).toEqual(fix);
    expect(await titles(['refactor'])).toEqual([]);
    expect(await titles(['source.organizeImports'])).toEqual([]);
    expect(await titles(['quickfix.other'])).toEqual([]);
    // Not a list of kinds: read as none named.
    expect(await titles('refactor')).toEqual(fix);
  });
});
