// Real subprocess runs of bin/milepel.js (bundled from src/ by test/global-setup.mjs) under far-apart time zones: the same bytes out, equal to the golden files.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtCli } from '../helpers/built-cli.js';
import { REPO_ROOT } from '../helpers/fake-io.js';

const ZONES = ['Pacific/Kiritimati', 'America/Adak', 'Europe/Oslo'];
const RUNS: readonly { readonly golden: string; readonly args: readonly string[] }[] = [
  { golden: 'critical-path.txt', args: ['critical-path', 'plans', '--width', '80', '--no-color'] },
  { golden: 'critical-path-2019-09-01.json', args: ['critical-path', 'plans', '--format', 'json', '--today', '2019-09-01'] },
  { golden: 'meetings.txt', args: ['meetings', 'plans', '--width', '80', '--no-color'] },
  { golden: 'meetings-2019-09-01.json', args: ['meetings', 'plans', '--format', 'json', '--today', '2019-09-01'] },
];

const BIN = builtCli();

function runIn(zone: string, args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: REPO_ROOT, encoding: 'utf8', env: { PATH: process.env['PATH'], TZ: zone, LANG: 'C' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the same bytes under any time zone', () => {
  it('the zones really differ on this machine', () => {
    const offsets = ZONES.map((zone) => execFileSync(process.execPath, ['-e', 'process.stdout.write(String(new Date(Date.UTC(2019, 2, 31, 12)).getTimezoneOffset()))'], { env: { TZ: zone }, encoding: 'utf8' }));
    expect(new Set(offsets).size).toBe(3);
  });

  for (const run of RUNS) {
    it(`${run.args.join(' ')} → test/golden/${run.golden}`, () => {
      const golden = readFileSync(join(REPO_ROOT, 'test', 'golden', run.golden), 'utf8');
      for (const zone of ZONES) {
        const r = runIn(zone, run.args);
        expect({ zone, status: r.status, stderr: r.stderr }).toEqual({ zone, status: 0, stderr: '' });
        expect(r.stdout).toBe(golden);
      }
    });
  }
});
