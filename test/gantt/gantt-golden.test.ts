// Golden gantt charts of the shipped plans: 80 and 120 columns, Unicode and ASCII, English and Norwegian.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';
import { expectGolden } from '../helpers/golden.js';
import { displayWidth } from '../../src/report/table.js';

const TODAY = ['--today', '2019-09-01'];

const CASES: readonly { name: string; args: readonly string[] }[] = [
  { name: 'gantt-80-en.txt', args: ['--width', '80', '--locale', 'en'] },
  { name: 'gantt-80-nb.txt', args: ['--width', '80', '--locale', 'nb'] },
  { name: 'gantt-120-en.txt', args: ['--width', '120', '--locale', 'en'] },
  { name: 'gantt-120-nb.txt', args: ['--width', '120', '--locale', 'nb'] },
  { name: 'gantt-80-ascii-en.txt', args: ['--width', '80', '--ascii', '--locale', 'en'] },
  { name: 'gantt-120-ascii-nb.txt', args: ['--width', '120', '--ascii', '--locale', 'nb'] },
  { name: 'gantt-akson-week-120-nb.txt', args: ['--plan', 'akson', '--scale', 'week', '--width', '120', '--locale', 'nb'] },
  { name: 'gantt-akson-80-en.txt', args: ['--plan', 'akson', '--width', '80', '--locale', 'en'] },
];

describe('gantt golden files (shipped plans, --today 2019-09-01)', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const r = await runCli(['gantt', 'plans', ...TODAY, ...c.args]);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      expectGolden(c.name, r.stdout);
      const width = Number(c.args[c.args.indexOf('--width') + 1]);
      for (const line of r.stdout.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
    });
  }

  it('every state of the fixture plan (done, late, critical, pushed, slipped both ways, float, overrun)', async () => {
    const r = await runCli(['gantt', 'test/gantt/fixtures/states', '--width', '100', '--locale', 'en']);
    expect(r.code).toBe(0);
    expectGolden('gantt-states-100-en.txt', r.stdout);
  });

  it('--ascii output is pure ASCII apart from plan text', async () => {
    const r = await runCli(['gantt', 'test/gantt/fixtures/states', '--width', '100', '--ascii']);
    const chart = r.stdout.split('\n').map((line) => line.slice(40)).join('\n');
    expect(chart).toMatch(/^[\x20-\x7e\n]*$/);
  });

  it('is identical under a far-from-UTC time zone', async () => {
    const before = process.env['TZ'];
    const runs: string[] = [];
    try {
      for (const tz of ['UTC', 'Pacific/Kiritimati', 'America/Adak']) {
        process.env['TZ'] = tz;
        runs.push((await runCli(['gantt', 'plans', ...TODAY, '--width', '100'])).stdout);
      }
    } finally {
      if (before === undefined) delete process.env['TZ'];
      else process.env['TZ'] = before;
    }
    expect(runs[1]).toBe(runs[0]);
    expect(runs[2]).toBe(runs[0]);
  });
});
