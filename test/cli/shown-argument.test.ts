// Tester round 77 F9: an empty value, or one with spaces around it, was shown as it is in a refusal, so `--plan ''`
// read "--plan : no such plan" and `--locale ''` "--locale  is not supported". A value that is one plain word is shown as
// written; any other is quoted, as --today's and the repeated-option refusal's are.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';
import { shownArgument } from '../../src/text/quote.js';

describe('a command-line value in a refusal', () => {
  it.each([
    [['validate', 'plans', '--plan', ''], 'milepel: --plan "": no such plan in the workspace (plans: akson, felles-grunnmur)'],
    [['validate', 'plans', '--plan', ' akson'], 'milepel: --plan " akson": no such plan in the workspace; did you mean akson? (plans: akson, felles-grunnmur)'],
    [['validate', 'plans', '--plan', 'nosuch'], 'milepel: --plan nosuch: no such plan in the workspace (plans: akson, felles-grunnmur)'],
    [['validate', 'plans', '--locale', ''], 'milepel: --locale "" is not supported: use nb or en'],
    [['validate', 'plans', '--locale', 'de_DE.UTF-8'], 'milepel: --locale de_DE.UTF-8 is not supported: use nb or en'],
    // Tester round 78 F9: --from and --format too.
    [['import', 'x.xer', '--from', ''], 'milepel: --from "" is not a format import reads: use xer, mspdi, csv, xlsx'],
    [['gantt', 'plans', '--format', ' svg'], 'milepel: --format " svg": gantt has no format " svg"; use one of text'],
    [['gantt', 'plans', '--format', 'svg'], 'milepel: --format svg: gantt has no format svg; use one of text'],
  ])('%j', async (argv, line) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${line}\n`);
  });

  it('is quoted unless it is one plain word, with what does not show escaped', () => {
    expect(['akson', 'nb_NO.UTF-8', 'p/A', '', 'a b', 'a\u200b', '"x"'].map(shownArgument)).toEqual(['akson', 'nb_NO.UTF-8', 'p/A', '""', '"a b"', '"a\\u200b"', '"\\"x\\""']);
  });
});
