// Tester round 32 F1: where the edit lock goes stood a directory, a dangling link or a FIFO, and `set` never ended: it
// spun at full CPU (an unreadable lock was taken for one released meanwhile, and tried again at once) or blocked reading
// the FIFO. Such a path is no lock milepel made: the file is refused at once, with what stands there and what to do.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lockFiles } from '../../src/cli/edit-lock.js';


const root = mkdtempSync(join(tmpdir(), 'milepel-lock-not-file-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A plan file whose lock path holds what `make` puts there. */
function planWith(name: string, make: (lock: string) => void): string {
  const dir = join(root, name);
  mkdirSync(dir);
  const file = join(dir, 'plan.yaml');
  writeFileSync(file, 'plan: {id: p, title: P}\n');
  make(join(dir, '.plan.yaml.milepel-lock'));
  return file;
}

describe('a lock path that holds no lock file', () => {
  const cases: [string, (lock: string) => void, string][] = [
    ['directory', (lock) => mkdirSync(lock), 'a directory'],
    ['dangling link', (lock) => symlinkSync('/nonexistent/milepel', lock), 'a symbolic link'],
    ['link to a file', (lock) => symlinkSync('/etc/hostname', lock), 'a symbolic link'],
    ['FIFO', (lock) => execFileSync('mkfifo', [lock]), 'a special file'],
  ];
  for (const [name, make, what] of cases) {
    it(`refuses the file at once when a ${name} stands there`, async () => {
      const file = planWith(name.replace(/ /g, '-'), make);
      const started = Date.now();
      const locks = await lockFiles([file], 5_000);
      expect(Date.now() - started).toBeLessThan(2_000);
      const refusal = locks.notLocked.get(file);
      expect(refusal?.message).toBe(`${file}: cannot take the edit lock ${join(root, name.replace(/ /g, '-'), '.plan.yaml.milepel-lock')}: ${what} stands there, not a lock file milepel made; remove it if no milepel is running, then run again; nothing written`);
      locks.release();
    });
  }
});
