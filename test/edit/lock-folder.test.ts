// set in a folder that may not be written (a tester's `chmod 555 plans`): the one line says the folder must be
// writable, and why. As root, the folder is made immutable (chattr +i: EPERM even for root); otherwise read-only.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { nodeIo } from '../../src/cli/node-io.js';
import { run } from '../../src/cli/main.js';

const WS = 'plan: {id: w, title: W}\nmilestones:\n  - {id: A, title: First, date: 2019-09-02}\n';

/** Makes `dir` unwritable for this process; undefined when it cannot (root on a file system without chattr). */
function lockDown(dir: string): (() => void) | undefined {
  if (process.getuid?.() !== 0) {
    chmodSync(dir, 0o555);
    return () => chmodSync(dir, 0o755);
  }
  if (spawnSync('chattr', ['+i', dir]).status !== 0) return undefined;
  return () => void spawnSync('chattr', ['-i', dir]);
}

describe('milepel set in a folder that may not be written', () => {
  const dir = mkdtempSync(join(tmpdir(), 'milepel-lock-folder-'));
  writeFileSync(join(dir, 'w.yaml'), WS);
  const unlock = lockDown(dir);
  if (unlock === undefined) rmSync(dir, { recursive: true, force: true });

  it.skipIf(unlock === undefined)('exits 2 with one line naming the folder, and writes nothing', async () => {
    try {
      const err: string[] = [];
      const io: Io = { ...nodeIo(), stdout: () => undefined, stderr: (t) => void err.push(t) };
      expect(await run(['set', 'w/A', '--forecast', '2019-09-03', join(dir, 'w.yaml')], io)).toBe(2);
      expect(err.join('')).toMatch(/^milepel: .*w\.yaml: cannot take the edit lock .*: the folder .*milepel-lock-folder-\w+ must be writable, as milepel writes the lock and the new file beside the plan; nothing written\n$/);
      expect(readFileSync(join(dir, 'w.yaml'), 'utf8')).toBe(WS);
    } finally {
      unlock?.();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
