// Tester round 73 F1: an option that takes a value, given twice with different values, is refused (exit 2, one
// `milepel:` line naming both) rather than the last one taken without a word: `validate --plan a --plan b` checked
// plan b alone and exited 0 with errors in plan a. The same value twice is that value.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

describe('an option given twice', () => {
  it.each([
    [['validate', 'plans', '--plan', 'akson', '--plan', 'felles-grunnmur'], '--plan is given twice, "akson" and "felles-grunnmur": give it once'],
    [['--plan', 'akson', 'validate', 'plans', '--plan', 'felles-grunnmur'], '--plan is given twice, "akson" and "felles-grunnmur": give it once'],
    [['validate', 'plans', '--format', 'json', '--format', 'text'], '--format is given twice, "json" and "text": give it once'],
    [['slippage', 'plans', '--baseline', 'nosuch', '--baseline', 'plans'], '--baseline is given twice, "nosuch" and "plans": give it once'],
    [['critical-path', 'plans', '--today', '2019-01-01', '--today=2020-06-01'], '--today is given twice, "2019-01-01" and "2020-06-01": give it once'],
    [['risk', 'plans', '--iterations', '10', '--iterations', '20', '--locale', 'nb'], '--iterations er gitt to ganger, "10" og "20": gi den én gang'],
    [['import', 'x.xer', '--out', 'a', '--out', 'b'], '--out is given twice, "a" and "b": give it once'],
    // Quoted, so that an empty value or one with a space shows (tester round 75 F5).
    [['validate', 'plans', '--plan', '', '--plan', ' akson'], '--plan is given twice, "" and " akson": give it once'],
    // Counted every time, each value listed once (tester round 76 F8: three were "given twice", naming two).
    [['validate', 'plans', '--plan', 'a', '--plan', 'a', '--plan', 'b'], '--plan is given 3 times, "a" and "b": give it once'],
    [['validate', 'plans', '--plan', 'a', '--plan', 'b', '--plan', 'c'], '--plan is given 3 times, "a", "b" and "c": give it once'],
    [['gantt', 'plans', '--from', '2019-01-01', '--from', '2019-02-01', '--from', '2019-01-01', '--from', '2019-03-01', '--locale', 'nb'], '--from er gitt 4 ganger, "2019-01-01", "2019-02-01" og "2019-03-01": gi den én gang'],
  ])('%j is refused, naming both values', async (argv, line) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`milepel: ${line}\n`);
    expect(r.stdout).toBe('');
  });

  // Tester round 74 F3: --help and the errors commander finds while reading the line come first, as for any wrong value.
  it('comes after --help and after an unknown option or a missing value', async () => {
    for (const argv of [['validate', '--help', '--plan', 'a', '--plan', 'b'], ['set', 'x/A', '--forecast', '2019-01-01', '--forecast', '2019-01-02', '--help']]) {
      const r = await runCli(argv);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Usage: milepel');
      expect(r.stderr).toBe('');
    }
    expect((await runCli(['validate', '--plan', 'a', '--plan', 'b', '--bogus'])).stderr).toMatch(/^milepel: unknown option '--bogus'/);
    expect((await runCli(['validate', '--plan', 'a', '--plan', 'b', '--today'])).stderr).toMatch(/^milepel: option '--today <date>' argument missing/);
  });

  it('is refused by set and snapshot with nothing written', async () => {
    const r = await runCli(['set', 'akson/MP1', '--forecast', '2019-01-01', '--forecast', '2019-01-02']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('milepel: --forecast is given twice, "2019-01-01" and "2019-01-02": give it once; nothing written\n');
    expect(r.io.written.size).toBe(0);
  });

  it('with the same value twice is that value', async () => {
    const once = await runCli(['validate', 'plans', '--plan', 'akson', '--format', 'json']);
    const twice = await runCli(['validate', 'plans', '--plan', 'akson', '--plan', 'akson', '--format', 'json', '--format', 'json']);
    expect(twice.code).toBe(once.code);
    expect(twice.stdout).toBe(once.stdout);
  });
});
