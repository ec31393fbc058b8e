// The bundles are pure ASCII (scripts/build.mjs asciiOnly); their non-ASCII text must mean what the source means. A
// regular expression /æ/g escaped as /\u{e6}/g (no u flag: the letter u, 230 times) matched nothing, and a tester's
// milepæler.csv was imported as the plan id `milep-ler`: the built CLI is run here, not the source.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtCli } from '../helpers/built-cli.js';

const BIN = builtCli();
const tmp = mkdtempSync(join(tmpdir(), 'milepel-bundle-ascii-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the built CLI', () => {
  it('imports milepæler.csv as the plan milepaeler (æ → ae, ø → o, as toPlanId says)', () => {
    writeFileSync(join(tmp, 'milepæler.csv'), 'id;title;date\nA;Åpning;2026-03-02\n');
    const r = spawnSync(process.execPath, [BIN, 'import', 'milepæler.csv', '--out', 'plans'], { cwd: tmp, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', LANG: 'C' } });
    expect(r.stdout + r.stderr).toContain('plan milepaeler');
    expect(readdirSync(join(tmp, 'plans')).sort()).toEqual(['milepaeler.yaml', 'schemas']);
  });

  it('has no \\u{…} escape in a regular expression literal without the u flag', () => {
    const dist = join(dirname(BIN), '..', 'dist');
    for (const name of readdirSync(dist).filter((f) => f.endsWith('.cjs'))) {
      const text = readFileSync(join(dist, name), 'latin1');
      // A regular expression literal after `(`, `,`, `=` or `.replace(`: its body, then its flags.
      const broken = [...text.matchAll(/[(,=:]\s*\/((?:\\.|[^/\\\n])*\\u\{[0-9a-fA-F]+\}(?:\\.|[^/\\\n])*)\/([dgimsuvy]*)/g)].filter((m) => !/[uv]/.test(m[2]!));
      expect(broken.map((m) => m[0]), name).toEqual([]);
    }
  });
});
