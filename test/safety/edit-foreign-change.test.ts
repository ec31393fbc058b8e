// SPEC §7: an edit refuses (exit 2, nothing written) when the file changed on disk after it was read. milepel's own
// runs take turns through the edit lock, held from before the read to after the write, so a change seen between the
// two is another program's (an editor saving) and is refused, never read again and overwritten (tester round 21 #8);
// and two set runs on one file still both land, the second reading the first's result.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtCli } from '../helpers/built-cli.js';

// The CLI bundled from src/ for this run, not whatever dist/ holds.
const BIN = builtCli();
const PLAN = 'plan: {id: p, title: P}   # kept\nmilestones:\n  - id: A\n    title: First\n    date: 2019-09-02\n  - id: B\n    title: Second\n    date: 2019-09-16\n';

interface Exit {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built CLI; `whenTemp` is called once, as soon as a temporary file (`*.tmp`) appears in `dir`. */
function runBin(args: readonly string[], env: Record<string, string>, dir?: string, whenTemp?: () => void): Promise<Exit> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const poll = dir === undefined || whenTemp === undefined ? undefined : setInterval(() => {
      if (readdirSync(dir).some((f) => f.endsWith('.tmp'))) {
        clearInterval(poll);
        whenTemp();
      }
    }, 10);
    child.on('close', (code) => {
      if (poll !== undefined) clearInterval(poll);
      resolve({ code, stdout, stderr });
    });
  });
}

/** An editor's save: the whole text written to a temporary file and renamed over the plan (as vim, VS Code, sed -i do). */
function editorSaves(file: string, text: string): void {
  writeFileSync(`${file}.editor-tmp`, text);
  renameSync(`${file}.editor-tmp`, file);
}

let root: string;
beforeAll(() => (root = mkdtempSync(join(tmpdir(), 'milepel-foreign-'))));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// The run waits this long between preparing its new text and renaming it (MILEPEL_TEST_EDIT_DELAY_MS): the editor
// saves inside that wait, as soon as the temporary file exists, so the order is fixed, not raced.
const DELAY = { MILEPEL_TEST_EDIT_DELAY_MS: '2500' };

describe('a file another program changes while an edit runs', () => {
  it('set: exit 2, one line naming the file, the value the editor saved is kept, nothing left beside it', async () => {
    const dir = mkdtempSync(join(root, 'set-'));
    const file = join(dir, 'plan.yaml');
    writeFileSync(file, PLAN);
    const saved = PLAN.replace('title: Second\n', 'title: Second\n    forecast: 2019-11-01 # agreed with supplier\n');
    const exit = await runBin(['set', 'p/B', '--forecast', '2019-10-05', file, '--today', '2019-09-02'], DELAY, dir, () => editorSaves(file, saved));
    expect(exit.code, exit.stderr).toBe(2);
    expect(exit.stderr).toBe(`milepel: ${file} changed on disk while milepel was editing it; nothing written: run the command again\n`);
    expect(exit.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(saved);
    expect(readdirSync(dir)).toEqual(['plan.yaml']);
  }, 60_000);

  it('snapshot: exit 2 likewise, the editor\'s text kept', async () => {
    const dir = mkdtempSync(join(root, 'snap-'));
    const file = join(dir, 'plan.yaml');
    writeFileSync(file, PLAN);
    const saved = PLAN.replace('title: First\n', 'title: First, renamed\n');
    const exit = await runBin(['snapshot', dir, '--today', '2019-09-02'], DELAY, dir, () => editorSaves(file, saved));
    expect(exit.code, exit.stderr).toBe(2);
    expect(exit.stderr).toBe(`milepel: ${file} changed on disk while milepel was editing it; nothing written: run the command again\n`);
    expect(readFileSync(file, 'utf8')).toBe(saved);
    expect(readdirSync(dir)).toEqual(['plan.yaml']);
  }, 60_000);
});

describe('two milepel runs on one file', () => {
  it('a set started while another holds the lock waits for it, reads its result, and both land; nothing is refused', async () => {
    const dir = mkdtempSync(join(root, 'turns-'));
    const file = join(dir, 'plan.yaml');
    writeFileSync(file, PLAN);
    let second: Promise<Exit> | undefined;
    const first = await runBin(['set', 'p/A', '--forecast', '2019-09-10', file, '--today', '2019-09-01'], DELAY, dir, () => {
      second = runBin(['set', 'p/B', '--status', 'red', file, '--today', '2019-09-01'], {});
    });
    expect(second).toBeDefined();
    const other = await second!;
    expect([first.code, other.code], first.stderr + other.stderr).toEqual([0, 0]);
    expect(first.stderr + other.stderr).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(PLAN.replace('date: 2019-09-02\n', 'date: 2019-09-02\n    forecast: 2019-09-10\n').replace('date: 2019-09-16\n', 'date: 2019-09-16\n    status: red\n'));
    expect(readdirSync(dir)).toEqual(['plan.yaml']);
  }, 60_000);
});
