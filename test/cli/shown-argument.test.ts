// Tester round 77 F9: an empty value, or one with spaces around it, was shown as it is in a refusal, so `--plan ''`
// read "--plan : no such plan" and `--locale ''` "--locale  is not supported". A value that is one plain word is shown as
// written; any other is quoted, as --today's and the repeated-option refusal's are. A path (round 78 F9) is written as
// it is when every character of it shows: its colons, backslashes and letters outside A–Z too.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';
import { shownArgument, shownPath } from '../../src/text/quote.js';

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
    // The rest of round 78 F9: --plan-id, --baseline and the paths named on the command line.
    [['import', 'x.csv', '--plan-id', 'a b'], `milepel: --plan-id "a b" is not a plan id: use lower-case letters, digits and '-', starting with a letter or digit`],
    [['import', 'x.csv', '--plan-id', 'Akson'], `milepel: --plan-id Akson is not a plan id: use lower-case letters, digits and '-', starting with a letter or digit`],
    [['slippage', 'plans', '--baseline', ' x'], 'milepel: --baseline " x": no such file or directory; give a plan file, a directory, or <git-rev>:<path> such as origin/main:plans'],
    [['slippage', 'plans', '--baseline', 'old-plans'], 'milepel: --baseline old-plans: no such file or directory; give a plan file, a directory, or <git-rev>:<path> such as origin/main:plans'],
    // Tester round 106 F11: a name beside it spelt almost alike is offered, as a mistyped command or ref is.
    [['validate', ' plans'], 'milepel: " plans": no such file or directory; did you mean plans?'],
    [['validate', 'plans/akson.yml'], 'milepel: plans/akson.yml: no such file or directory; did you mean plans/akson.yaml?'],
    [['validate', 'Plans'], 'milepel: Plans: no such file or directory; did you mean plans?'],
    // Its rest (session 61): a folder spelt almost alike, and the name in it.
    [['validate', 'plan/akson.yaml'], 'milepel: plan/akson.yaml: no such file or directory; did you mean plans/akson.yaml?'],
    [['validate', 'plan/akson.yml'], 'milepel: plan/akson.yml: no such file or directory; did you mean plans/akson.yaml?'],
    [['validate', 'plan/nosuch.yaml'], 'milepel: plan/nosuch.yaml: no such file or directory'],
    [['validate', 'plans', 'plans/nosuch.yaml'], 'milepel: plans/nosuch.yaml: no such file or directory'],
    [['import', ' x.csv'], 'milepel: " x.csv": no such file or directory'],
    [['import', 'milepæler.csv'], 'milepel: milepæler.csv: no such file or directory'],
  ])('%j', async (argv, line) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${line}\n`);
  });

  it('is quoted unless it is one plain word, with what does not show escaped', () => {
    expect(['akson', 'nb_NO.UTF-8', 'p/A', '', 'a b', 'a\u200b', '"x"'].map(shownArgument)).toEqual(['akson', 'nb_NO.UTF-8', 'p/A', '""', '"a b"', '"a\\u200b"', '"\\"x\\""']);
  });

  it('is a path as written when every character of it shows, else quoted', () => {
    const written = ['plans', './plans/a.yaml', 'milepæler.csv', 'origin/main:plans', 'C:\\plans', 'gate:p/BP3'];
    expect(written.map(shownPath)).toEqual(written);
    expect(['', ' plans', 'my plans', 'pl\u200bans', 'a\tb', 'a"b'].map(shownPath)).toEqual(['""', '" plans"', '"my plans"', '"pl\\u200bans"', '"a\\tb"', '"a\\"b"']);
    // Printable ASCII is decided without the Unicode-aware pattern: its ends (`!`, `~`) show, DEL and a quote do not.
    expect(['!#$%&()*+,-./09:;<=>?@AZ[\\]^_`az{|}~', 'a\x7fb', '"'].map(shownPath)).toEqual(['!#$%&()*+,-./09:;<=>?@AZ[\\]^_`az{|}~', '"a\\x7fb"', '"\\""']);
  });
});
