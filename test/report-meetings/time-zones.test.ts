// Real subprocess runs of bin/milepel.js under far-apart time zones: the same bytes out, equal to the golden files.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/fake-io.js';

const ZONES = ['Pacific/Kiritimati', 'America/Adak', 'Europe/Oslo'];
const RUNS: readonly { readonly golden: string; readonly args: readonly string[] }[] = [
  { golden: 'critical-path.txt', args: ['critical-path', 'plans', '--width', '80', '--no-color'] },
  { golden: 'critical-path-2019-09-01.json', args: ['critical-path', 'plans', '--format', 'json', '--today', '2019-09-01'] },
  { golden: 'meetings.txt', args: ['meetings', 'plans', '--width', '80', '--no-color'] },
  { golden: 'meetings-2019-09-01.json', args: ['meetings', 'plans', '--format', 'json', '--today', '2019-09-01'] },
];

let dir = '';

/** Bundles the CLI as `npm run build` does, into a scratch directory beside a copy of bin/milepel.js (the repo's dist/ is left alone). */
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'milepel-tz-'));
  mkdirSync(join(dir, 'bin'));
  copyFileSync(join(REPO_ROOT, 'bin', 'milepel.js'), join(dir, 'bin', 'milepel.js'));
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: { milepel: join(REPO_ROOT, 'src/cli/main.ts') }, outdir: join(dir, 'dist'), bundle: true, splitting: true, format: 'esm',
    platform: 'node', target: 'node20', logLevel: 'silent',
    banner: { js: "import { createRequire as __milepelCreateRequire } from 'node:module';\nconst require = __milepelCreateRequire(import.meta.url);" },
  });
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function runIn(zone: string, args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(dir, 'bin', 'milepel.js'), ...args], {
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
