// A key holding an invisible character (a byte order mark where two files were joined, a no-break space used as
// indentation) is named with the character escaped: "unknown key "milestones"" beside the allowed key "milestones"
// told the user nothing.
import { describe, expect, it } from 'vitest';
import { checkSchema } from '../../src/schema/check.js';
import { renderMessage } from '../../src/messages/index.js';
import { showInvisible } from '../../src/text/invisible.js';

describe('unknown keys with invisible characters', () => {
  it('are named with each invisible character as \\uXXXX', () => {
    const messages = (data: unknown): string[] => checkSchema(data).map((p) => renderMessage(p.message));
    expect(messages({ plan: { id: 'a', title: 'A' }, '\ufeffmilestones': [] })).toEqual(['unknown key "\\ufeffmilestones" in the file']);
    expect(messages({ plan: { id: 'a', title: 'A' }, milestones: [{ '\u00a0\u00a0id': 'M', id: 'M', title: 'M', date: '2020-03-10' }] })).toEqual(['unknown key "\\u00a0\\u00a0id" in milestone M']);
  });

  it('leave visible text as it is', () => {
    expect(showInvisible('møte – plan')).toBe('møte – plan');
    expect(showInvisible('a\u00adb\u200bc\u2060d')).toBe('a\\u00adb\\u200bc\\u2060d');
  });
});
