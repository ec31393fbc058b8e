// A key holding an invisible character (a byte order mark where two files were joined, a no-break space used as
// indentation) is named with the character escaped: "unknown key "milestones"" beside the allowed key "milestones"
// told the user nothing.
import { describe, expect, it } from 'vitest';
import { checkSchema } from '../../src/schema/check.js';
import { renderMessage } from '../../src/messages/index.js';
import { showInvisible } from '../../src/text/invisible.js';
import { escapeControl } from '../../src/report/safe-text.js';

describe('unknown keys with invisible characters', () => {
  it('are named with each invisible character escaped as text output escapes control characters (\\xa0, \\ufeff)', () => {
    const messages = (data: unknown): string[] => checkSchema(data).map((p) => renderMessage(p.message));
    expect(messages({ plan: { id: 'a', title: 'A' }, '\ufeffmilestones': [] })).toEqual(['unknown key "\\ufeffmilestones" in the file']);
    expect(messages({ plan: { id: 'a', title: 'A' }, milestones: [{ '\u00a0\u00a0id': 'M', id: 'M', title: 'M', date: '2020-03-10' }] })).toEqual(['unknown key "\\xa0\\xa0id" in milestone M']);
    // One style in one key: the no-break space as \xa0 beside a BEL as \x07 and a NEL as \x85, not \u00a0 (session 11).
    const [key] = messages({ plan: { id: 'a', title: 'A', '\u00a0own\u0007er\u0085': 'x' }, milestones: [] });
    expect(escapeControl(key!)).toBe('unknown key "\\xa0own\\x07er\\x85" in plan');
  });

  it('leave visible text as it is', () => {
    expect(showInvisible('møte – plan')).toBe('møte – plan');
    expect(showInvisible('a\u00adb\u200bc\u2060d')).toBe('a\\xadb\\u200bc\\u2060d');
  });

  // Tester round 78 F10: `x\u200b-owner` was told to put extension data under a key starting with x-, which it
  // visibly does. A key its mapping takes without those characters is named; written beside it already, it is to go.
  it('are told the key they are without those characters, when their mapping takes it', () => {
    const hints = (fields: Record<string, unknown>, locale: 'en' | 'nb' = 'en'): string[] =>
      checkSchema({ plan: { id: 'a', title: 'A' }, milestones: [{ id: 'M', title: 'M', date: '2020-03-10', ...fields }] }).map((p) => renderMessage(p.hint!, locale));
    const unseen = 'it holds characters that do not show, as text pasted from a word processor may: ';
    expect(hints({ 'x\u200b-owner': 'kari' })).toEqual([`${unseen}rename it to x-owner`]);
    expect(hints({ 'x\u200b-owner': 'kari' }, 'nb')).toEqual(['nøkkelen har tegn som ikke vises, slik tekst limt inn fra en tekstbehandler kan ha: gi den navnet x-owner']);
    expect(hints({ '\ufeffresponsible': 'kari' })).toEqual([`${unseen}rename it to responsible`]);
    expect(hints({ 'x-owner': 'ola', 'x\u00ad-owner': 'kari' })).toEqual(['remove x\u00ad-owner: it looks like x-owner, which is written here already']);
    // Without them still no key of a milestone: the list of keys, as for any unknown key.
    expect(hints({ 'own\u200ber': 'kari' })[0]).toMatch(/^allowed keys: id, title, .*; put extension data under a key starting with x-$/);
  });
});
