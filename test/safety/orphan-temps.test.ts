// Tester round 32 F5: a killed `import` or `init` left its hidden temporary file (a partial plan) in the folder for
// good, since those commands take no lock and nothing else removed it. Writing there again removes the temporary files
// of writers that are gone, and leaves a live one's alone.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliOnDisk } from '../helpers/fake-io.js';

const root = mkdtempSync(join(tmpdir(), 'milepel-orphan-temps-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The id of a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '0']);
  return child.pid ?? 999_999;
}

describe('a temporary file a killed import left in its out folder', () => {
  it('is removed by the next import there; a running process\'s is kept', async () => {
    const csv = join(root, 'plan.csv');
    writeFileSync(csv, 'id,title,date\nM1,First,2026-06-12\n');
    const out = join(root, 'out');
    mkdirSync(out);
    const dead = `.plan.yaml.milepel-${deadPid().toString(36)}-1-abcdefgh.tmp`;
    const live = `.plan.yaml.milepel-${process.pid.toString(36)}-7-abcdefgh.tmp`;
    writeFileSync(join(out, dead), 'plan: {id: p, tit');
    writeFileSync(join(out, live), 'partial');
    const r = await runCliOnDisk(['import', csv, '--out', out]);
    expect(r.code).toBe(0);
    expect(readdirSync(out).filter((n) => n.endsWith('.tmp')).sort()).toEqual([live]);
    expect(readdirSync(out)).toContain('plan.yaml');
  });
});
