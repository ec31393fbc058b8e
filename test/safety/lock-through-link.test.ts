// Tester round 32 F6: a plan given through a link into another folder has its edit lock beside the real file; when
// that folder may not be written, the refusal named the link's folder ("the folder . must be writable", which it was)
// and a lock path never used. It names the real folder and lock. The folder is made immutable (chattr +i), which
// stops root too; where chattr cannot run, the test is skipped.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lockFiles } from '../../src/cli/edit-lock.js';

const root = mkdtempSync(join(tmpdir(), 'milepel-lock-link-'));
const shared = join(root, 'shared');
mkdirSync(shared);
mkdirSync(join(root, 'ws'));
writeFileSync(join(shared, 'plan.yaml'), 'plan: {id: p, title: P}\n');
symlinkSync('../shared/plan.yaml', join(root, 'ws', 'plan.yaml'));
const immutable = spawnSync('chattr', ['+i', shared]).status === 0;
afterAll(() => {
  if (immutable) spawnSync('chattr', ['-i', shared]);
  rmSync(root, { recursive: true, force: true });
});

describe.runIf(immutable)('a plan given through a link into a folder that may not be written', () => {
  it('is refused naming the real folder and its lock', async () => {
    const given = join(root, 'ws', 'plan.yaml');
    const locks = await lockFiles([given], 1_000);
    expect(locks.notLocked.get(given)?.message).toBe(`${given}: cannot take the edit lock ${join(shared, '.plan.yaml.milepel-lock')} (permission denied): the folder ${shared} must be writable, as milepel writes the lock and the new file beside the plan; nothing written`);
    locks.release();
  });
});
