// `--today DD.MM.YYYY` is pure calendar arithmetic (SPEC §2, §7): the same day as YYYY-MM-DD under any TZ, also at
// year, leap-day and month ends, where a conversion through local midnight would land on the neighbouring day.
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCliDate, parseDayDate } from '../../src/calendar/index.js';
import { builtCli } from '../helpers/built-cli.js';
import { REPO_ROOT, runCli } from '../helpers/fake-io.js';

/** UTC+14 and UTC−10/−9: a local-midnight conversion is off by a day in one of them. */
const ZONES = ['Pacific/Kiritimati', 'America/Adak', 'UTC'] as const;
const DAYS: readonly (readonly [norwegian: string, iso: string])[] = [
  ['31.12.2019', '2019-12-31'], ['01.01.2020', '2020-01-01'], ['29.02.2020', '2020-02-29'], ['01.03.2020', '2020-03-01'],
  ['31.03.2019', '2019-03-31'], ['27.10.2019', '2019-10-27'], ['01.09.2019', '2019-09-01'], ['01.01.1970', '1970-01-01'],
];

const savedTz = process.env['TZ'];
afterEach(() => {
  if (savedTz === undefined) delete process.env['TZ'];
  else process.env['TZ'] = savedTz;
});

describe('--today DD.MM.YYYY under far time zones', () => {
  it('parseCliDate gives the ISO day in every zone', () => {
    for (const zone of ZONES) {
      process.env['TZ'] = zone;
      for (const [norwegian, iso] of DAYS) expect({ zone, norwegian, day: parseCliDate(norwegian) }).toEqual({ zone, norwegian, day: parseDayDate(iso) });
    }
  });

  it('the CLI in-process prints the same report for both spellings in every zone', async () => {
    for (const zone of ZONES) {
      process.env['TZ'] = zone;
      const norwegian = await runCli(['slippage', 'plans', '--today', '31.12.2019', '--format', 'json']);
      const iso = await runCli(['slippage', 'plans', '--today', '2019-12-31', '--format', 'json']);
      expect(norwegian.code).toBe(0);
      expect(norwegian.stdout).toBe(iso.stdout);
      expect(JSON.parse(norwegian.stdout)).toMatchObject({ today: '2019-12-31' });
    }
  });

  it('a real process in each zone reads 01.01.2020 as 2020-01-01', () => {
    for (const zone of ZONES) {
      const r = spawnSync(process.execPath, [builtCli(), 'critical-path', 'plans', '--format', 'json', '--today', '01.01.2020'], {
        cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 1 << 26, env: { PATH: process.env['PATH'] ?? '', TZ: zone, LANG: 'C' },
      });
      expect({ zone, code: r.status, stderr: r.stderr }).toEqual({ zone, code: 0, stderr: '' });
      expect((JSON.parse(r.stdout) as { today: string }).today).toBe('2020-01-01');
    }
  });
});
