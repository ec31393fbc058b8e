// A value quoted in a message escapes control characters in the one style of text output (\x07, \x85, \u202e), never
// JSON's \u0007 beside the output's \x85 in one value (a tester's finding, session 11), nor a doubled \\x07.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeControl } from '../../src/report/safe-text.js';
import { quoteText } from '../../src/text/quote.js';
import { runCli } from '../helpers/fake-io.js';

/** Text with a BEL, a NEL, a quote and a backslash. */
const HOSTILE = 'A\u0007\u0085"\\';
const QUOTED = '"A\\x07\\x85\\"\\\\"';

describe('quoteText', () => {
  it('quotes as JSON does, with unsafe characters escaped as escapeControl escapes them', () => {
    expect(quoteText('gr\u0007een\u0085')).toBe('"gr\\x07een\\x85"');
    expect(quoteText(HOSTILE)).toBe(QUOTED);
    expect(quoteText('a\tb\nc\bd\fe\u202e\ud800')).toBe('"a\\tb\\nc\\x08d\\x0ce\\u202e\\ud800"');
    expect(quoteText('møte «x» 🚀')).toBe('"møte «x» 🚀"');
  });

  it('is JSON.stringify for text without unsafe characters, and leaves nothing for the output to escape', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => {
      const quoted = quoteText(text);
      expect(escapeControl(quoted)).toBe(quoted);
      expect(quoted).not.toMatch(/\\u00[0-9a-f]{2}/);
      if (escapeControl(text) === text) expect(quoted).toBe(JSON.stringify(text));
    }));
  });
});

describe('messages quoting a value, end to end', () => {
  const files = {
    'ws/a.yaml': `plan: {id: a, title: A}\nmilestones:\n  - {id: M, title: m, date: 2020-01-10, status: "gr\\aeen\\N"}\n`,
    'ok/a.yaml': 'plan: {id: a, title: A}\nmilestones:\n  - {id: M, title: m, date: 2020-01-10}\n',
    // The id written in a file that does not read (its control characters): a milestone it may hide.
    'hides/a.yaml': `plan: {id: a, title: A}\nmilestones:\n  - {id: M, title: m, date: 2020-01-10}\n  - {id: "${HOSTILE}", title: m, date: 2020-01-10}\n`,
  };

  it('a schema value, --today, --from, --iterations, explain and set: one style, the backslash never doubled', async () => {
    const schema = await runCli(['validate', 'ws', '--today', '2020-01-01'], { files, diskRoots: [] });
    expect(schema.stdout).toContain('status of milestone M is "gr\\x07een\\x85", which is not one of');
    const cases: readonly [readonly string[], string][] = [
      [['validate', 'ws', '--today', HOSTILE], `--today ${QUOTED} is not a date`],
      [['gantt', 'ws', '--from', HOSTILE], `--from ${QUOTED} is not a date`],
      [['risk', 'ws', '--iterations', HOSTILE], `--iterations ${QUOTED} is not a valid value`],
      [['explain', HOSTILE, 'ws'], `${QUOTED}: no such milestone or gate`],
      [['set', HOSTILE, '--forecast', '2020-02-03', 'ws'], `${QUOTED}: no such milestone in ws/a.yaml`],
      [['set', HOSTILE, '--forecast', '2020-02-03', 'hides'], `${QUOTED}: no such milestone could be read: hides/a.yaml:4:`],
      [['set', HOSTILE, '--forecast', '2020-02-03', 'ok'], `${QUOTED}: no such milestone in ok/a.yaml`],
      [['set', 'a/M', '--status', HOSTILE, 'ws'], `--status ${QUOTED} is not a status`],
    ];
    for (const [argv, expected] of cases) {
      const r = await runCli(argv, { files, diskRoots: [] });
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr, argv.join(' ')).toContain(expected);
    }
  });
});
