// Titles that are not one-column text (emoji, flags, skin tones, CJK, combining marks, zero-width and Prepend characters,
// trailing spaces, backslashes) cut by the gantt label column and the critical-path and slippage tables at several
// widths: the golden was written by the layout that measured every cut again (before issue #18's cut by units).
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';
import { expectGolden } from '../helpers/golden.js';

const FIXTURE = 'test/gantt/fixtures/wide-titles';

const RUNS: readonly (readonly string[])[] = [
  ...[40, 57, 80, 100].map((w) => ['gantt', '--width', String(w)]),
  ['gantt', '--width', '57', '--ascii', '--locale', 'nb'],
  ['gantt', '--width', '80', '--color'],
  ...[40, 50, 80, 100].map((w) => ['critical-path', '--width', String(w)]),
  ['critical-path', '--width', '80', '--color'],
  ...[40, 50, 80, 100].map((w) => ['slippage', '--width', String(w)]),
  ['slippage', '--width', '80', '--color', '--locale', 'nb'],
];

describe('wide and joining titles cut to the width', () => {
  it('gantt, critical-path and slippage lay them out as before', async () => {
    let out = '';
    for (const args of RUNS) {
      const r = await runCli([args[0]!, FIXTURE, ...args.slice(1)]);
      expect(r.code).toBe(0);
      out += `=== ${args.join(' ')}\n${r.stdout}`;
    }
    expectGolden('wide-titles.txt', out);
  });
});
