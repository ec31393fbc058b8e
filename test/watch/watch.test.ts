// `milepel watch` (SPEC §14) as a real process on a temporary folder: runs validate at once, again after a plan file
// changes (debounced: one run for a burst of writes), runs the command after `--`, and exits 0 on SIGINT.
import { spawn } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { splitWatchArgs } from '../../src/cli/commands/watch-args.js';
import { builtCli } from '../helpers/built-cli.js';
import { runCli } from '../helpers/fake-io.js';

const GOOD = 'plan: {id: w, title: W, status_date: 2019-09-01}\nmilestones:\n  - {id: A, title: A, date: 2019-09-02}\n';
const BAD = 'plan: {id: w, title: W, status_date: 2019-09-01}\nmilestones:\n  - {id: A, title: A, date: 2019-09-02, after: [Nope]}\n';

let dir = '';
afterEach(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

function startWatch(args: readonly string[], lang = 'C', env: NodeJS.ProcessEnv = {}): { output: () => string; until: (pattern: RegExp) => Promise<void>; exited: Promise<number | null>; stop: (signal?: NodeJS.Signals) => void } {
  const child = spawn(process.execPath, [builtCli(), 'watch', ...args], { cwd: dir, env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: lang, ...env } });
  let out = '';
  const waiters: { pattern: RegExp; resolve: () => void }[] = [];
  const feed = (s: string): void => {
    out += s;
    for (let i = waiters.length - 1; i >= 0; i--) if (waiters[i]!.pattern.test(out)) waiters.splice(i, 1)[0]!.resolve();
  };
  child.stdout.setEncoding('utf8').on('data', feed);
  child.stderr.setEncoding('utf8').on('data', feed);
  return {
    output: () => out,
    until: (pattern) => new Promise<void>((resolve) => (pattern.test(out) ? resolve() : waiters.push({ pattern, resolve }))),
    exited: new Promise((resolve) => child.on('exit', (code) => resolve(code))),
    stop: (signal: NodeJS.Signals = 'SIGINT') => child.kill(signal),
  };
}

/** The output of watch's first run, after which it is stopped with Ctrl-C and must exit 0. */
async function firstRun(args: readonly string[], lang = 'C', env: NodeJS.ProcessEnv = {}): Promise<string> {
  const w = startWatch(args, lang, env);
  await w.until(/exited \d+;/);
  w.stop();
  expect(await w.exited).toBe(0);
  return w.output();
}

const count = (text: string, pattern: RegExp): number => text.match(new RegExp(pattern.source, 'g'))?.length ?? 0;

/** watch's "exited" lines so far, each with its exit code. */
const runsIn = (text: string): number[] => [...text.matchAll(/milepel watch: .* exited (\d+);/g)].map((m) => Number(m[1]));

/**
 * Waits (polling) until watch has reported `n` runs, or fails after a deadline generous enough for a loaded machine,
 * with what watch said so far: a run that never comes fails the test instead of hanging it.
 */
async function runs(output: () => string, n: number, deadlineMs = 30_000): Promise<number[]> {
  const until = Date.now() + deadlineMs;
  while (runsIn(output()).length < n) {
    if (Date.now() > until) throw new Error(`watch reported ${runsIn(output()).length} runs, not ${n}, within ${deadlineMs} ms:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return runsIn(output());
}

/** Replaces `file` as `set`, `sed -i` and editors that save atomically do: a temporary file renamed over it. */
function replaceByRename(file: string, text: string): void {
  const temporary = join(dirname(file), `.${basename(file)}.tmp-${process.pid}`);
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

describe('milepel watch', () => {
  it('validates at once and after each burst of changes, then exits 0 on Ctrl-C', async () => {
    dir = mkdtempSync(join(tmpdir(), 'milepel-watch-'));
    writeFileSync(join(dir, 'w.yaml'), GOOD);
    const w = startWatch(['.']);
    await w.until(/exited 0; watching \./);
    expect(w.output()).toContain('1 file checked, no problems');
    // Three writes in a burst: one run.
    writeFileSync(join(dir, 'w.yaml'), BAD);
    writeFileSync(join(dir, 'w.yaml'), BAD);
    writeFileSync(join(dir, 'note.txt'), 'not a plan file');
    await w.until(/exited 1;/);
    expect(w.output()).toContain('[unknown-reference]');
    writeFileSync(join(dir, 'w.yaml'), GOOD);
    await w.until(/exited 1;[\s\S]*exited 0;/);
    expect(count(w.output(), /exited \d;/)).toBe(3);
    // Not a terminal: no screen clearing.
    expect(w.output()).not.toContain('\x1b[2J');
    w.stop();
    expect(await w.exited).toBe(0);
  });

  // Tester round 25 F4: a directory named like a plan file is walked by validate (SPEC §1), so its files are watched.
  it('re-runs when a plan file changes inside a directory named like a plan file', async () => {
    dir = mkdtempSync(join(tmpdir(), 'milepel-watch-'));
    mkdirSync(join(dir, 'folder.yaml'));
    writeFileSync(join(dir, 'folder.yaml', 'w.yaml'), GOOD);
    const w = startWatch(['.']);
    await w.until(/exited 0; watching \./);
    writeFileSync(join(dir, 'folder.yaml', 'w.yaml'), BAD);
    expect(await runs(w.output, 2)).toEqual([0, 1]);
    expect(w.output()).toContain('folder.yaml/w.yaml');
    w.stop();
    expect(await w.exited).toBe(0);
  });

  // Tester round 17 #2: a name that is not UTF-8 read as U+FFFD, stat of it failed, and its coming and going changed
  // nothing watch looks at: the encoding error validate now gives it came only with another change.
  it('re-runs when a plan file whose name is not UTF-8 appears, and again when it goes', async () => {
    dir = mkdtempSync(join(tmpdir(), 'milepel-watch-'));
    writeFileSync(join(dir, 'w.yaml'), GOOD);
    const w = startWatch(['.']);
    await w.until(/exited 0; watching \./);
    const bytesName = Buffer.concat([Buffer.from(join(dir, 'n')), Buffer.from([0xe6]), Buffer.from('.yaml')]);
    writeFileSync(bytesName, GOOD);
    expect(await runs(w.output, 2)).toEqual([0, 1]);
    expect(w.output()).toContain('[encoding]');
    rmSync(bytesName);
    expect(await runs(w.output, 3)).toEqual([0, 1, 0]);
    w.stop();
    expect(await w.exited).toBe(0);
  });

  // Tester round 18 #3: a link named *.yaml to nothing stat'ed as nothing, so its coming changed nothing watch looks at;
  // validate now refuses it (exit 2), and its target appearing elsewhere (a directory not watched) makes it a plan.
  it('re-runs when a link named *.yaml to nothing appears (exit 2, watch goes on), and again when its target comes', async () => {
    dir = mkdtempSync(join(tmpdir(), 'milepel-watch-'));
    mkdirSync(join(dir, 'v'));
    mkdirSync(join(dir, 'elsewhere'));
    writeFileSync(join(dir, 'v', 'w.yaml'), GOOD);
    const w = startWatch(['v']);
    try {
      await w.until(/exited 0; watching v/);
      symlinkSync('../elsewhere/linked.yaml', join(dir, 'v', 'linked.yaml'));
      expect(await runs(w.output, 2)).toEqual([0, 2]);
      expect(w.output()).toContain('milepel: v/linked.yaml: cannot read this plan file: it is a symbolic link to ../elsewhere/linked.yaml, which does not exist; remove it or point it at a plan file\n');
      writeFileSync(join(dir, 'elsewhere', 'linked.yaml'), BAD.replace('id: w', 'id: x'));
      expect(await runs(w.output, 3)).toEqual([0, 2, 1]);
    } finally {
      w.stop();
    }
    expect(await w.exited).toBe(0);
  });

  it('refuses to start (exit 2, validate\'s one line) when a link named *.yaml leads to nothing, as validate does', async () => {
    dir = mkdtempSync(join(tmpdir(), 'milepel-watch-'));
    writeFileSync(join(dir, 'w.yaml'), GOOD);
    symlinkSync('nowhere.yaml', join(dir, 'linked.yaml'));
    const w = startWatch(['.']);
    // Still watching after 20 s (the old source: it started and ran validate, which skipped the link): stopped, failed.
    const deadline = setTimeout(() => w.stop('SIGKILL'), 20_000);
    const code = await w.exited;
    clearTimeout(deadline);
    expect(code).toBe(2);
    expect(w.output()).toBe('milepel: linked.yaml: cannot read this plan file: it is a symbolic link to nowhere.yaml, which does not exist; remove it or point it at a plan file\n');
  });

  // A tester's finding: after the first `set` (a temporary file renamed over the plan), watch saw no further change
  // to that file, neither a second `set` nor an append in place: Node's recursive watch on Linux had watched the
  // replaced file's inode.
  it('re-runs for each change of a plan file replaced by rename, again and again, and for an append after that', async () => {
    dir = mkdtempSync(join(tmpdir(), 'milepel-watch-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'w.yaml'), GOOD);
    writeFileSync(join(dir, 'sub', 's.yaml'), GOOD.replaceAll('w', 's'));
    const w = startWatch(['.']);
    try {
      expect(await runs(w.output, 1)).toEqual([0]);
      replaceByRename(join(dir, 'w.yaml'), BAD);
      expect(await runs(w.output, 2)).toEqual([0, 1]);
      replaceByRename(join(dir, 'w.yaml'), GOOD);
      expect(await runs(w.output, 3)).toEqual([0, 1, 0]);
      appendFileSync(join(dir, 'w.yaml'), 'plan: [\n');
      expect(await runs(w.output, 4)).toEqual([0, 1, 0, 1]);
      // In a subdirectory as well.
      replaceByRename(join(dir, 'sub', 's.yaml'), GOOD.replaceAll('w', 's').replace('2019-09-02', '2019-09-03'));
      expect(await runs(w.output, 5)).toEqual([0, 1, 0, 1, 1]);
      // Files that are not plans (a note, an editor's swap file) are no change: the next run is the plan's.
      writeFileSync(join(dir, 'note.txt'), 'not a plan file');
      writeFileSync(join(dir, '.w.yaml.swp'), 'swap');
      await new Promise((resolve) => setTimeout(resolve, 1000));
      replaceByRename(join(dir, 'w.yaml'), GOOD);
      expect(await runs(w.output, 6)).toEqual([0, 1, 0, 1, 1, 0]);
      // A plan file renamed into place, and then removed, is a change each time.
      writeFileSync(join(dir, 'sub', 'draft'), GOOD.replaceAll('w', 'n'));
      renameSync(join(dir, 'sub', 'draft'), join(dir, 'sub', 'n.yaml'));
      expect(await runs(w.output, 7)).toEqual([0, 1, 0, 1, 1, 0, 0]);
      rmSync(join(dir, 'sub', 'n.yaml'));
      expect(await runs(w.output, 8)).toEqual([0, 1, 0, 1, 1, 0, 0, 0]);
      w.stop();
      expect(await w.exited).toBe(0);
    } finally {
      w.stop('SIGKILL');
    }
  });

  it('watching one file, sees it come back when its folder was deleted and made again (a tester\'s finding)', async () => {
    dir = mkdtempSync(join(tmpdir(), 'milepel-watch-'));
    mkdirSync(join(dir, 'ws'));
    writeFileSync(join(dir, 'ws', 'p.yaml'), GOOD);
    const w = startWatch(['ws/p.yaml']);
    try {
      expect(await runs(w.output, 1)).toEqual([0]);
      rmSync(join(dir, 'ws'), { recursive: true });
      expect(await runs(w.output, 2)).toEqual([0, 2]);
      mkdirSync(join(dir, 'ws'));
      writeFileSync(join(dir, 'ws', 'p.yaml'), BAD);
      expect(await runs(w.output, 3)).toEqual([0, 2, 1]);
      appendFileSync(join(dir, 'ws', 'p.yaml'), '# and then a line more\n');
      expect(await runs(w.output, 4)).toEqual([0, 2, 1, 1]);
      w.stop();
      expect(await w.exited).toBe(0);
    } finally {
      w.stop('SIGKILL');
    }
  });

  it('runs the command after -- (a milepel command in process, anything else as a program)', async () => {
    dir = mkdtempSync(join(tmpdir(), 'milepel-watch-'));
    writeFileSync(join(dir, 'w.yaml'), GOOD);
    const own = startWatch(['.', '--', 'critical-path', '.', '--format', 'json']);
    await own.until(/exited 0;/);
    expect(own.output()).toContain('"ref": "w/A"');
    own.stop();
    expect(await own.exited).toBe(0);
    const nb = startWatch(['.', '--', 'validate', '.'], 'nb_NO.UTF-8');
    await nb.until(/milepel watch: validate \. avsluttet med 0; overvåker \. \(Ctrl-C for å stoppe\)/);
    nb.stop();
    expect(await nb.exited).toBe(0);
    const other = startWatch(['w.yaml', '--', process.execPath, '-e', 'console.log("ran " + 6 * 7)']);
    await other.until(/exited 0;/);
    expect(other.output()).toContain('ran 42');
    writeFileSync(join(dir, 'w.yaml'), BAD);
    await other.until(/ran 42[\s\S]*ran 42/);
    other.stop();
    expect(await other.exited).toBe(0);
  });

  it('gives a milepel command after -- the watched paths when it names none of its own (not ./plans, its default)', async () => {
    dir = mkdtempSync(join(tmpdir(), 'milepel-watch-'));
    writeFileSync(join(dir, 'w.yaml'), GOOD);
    const bare = await firstRun(['w.yaml', '--', 'critical-path', '--format', 'json', '--today', '2019-09-01']);
    expect(bare).toContain('"ref": "w/A"');
    expect(bare).toContain('milepel watch: critical-path --format json --today 2019-09-01 w.yaml exited 0;');
    // explain's ref is its required argument, not a path: the watched path still follows it.
    expect(await firstRun(['w.yaml', '--', 'explain', 'w/A'])).toContain('milepel watch: explain w/A w.yaml exited 0;');
  });

  it('stops the command it runs when it is stopped itself (a command that never ends does not keep it alive)', async () => {
    dir = mkdtempSync(join(tmpdir(), 'milepel-watch-'));
    writeFileSync(join(dir, 'w.yaml'), GOOD);
    const forever = 'console.log("pid " + process.pid); setInterval(() => {}, 1000)';
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const w = startWatch(['.', '--', process.execPath, '-e', forever]);
      await w.until(/pid \d+/);
      const pid = Number(/pid (\d+)/.exec(w.output())![1]);
      w.stop(signal);
      expect(await w.exited).toBe(0);
      // Gone by the time watch exits: signalling it fails (ESRCH).
      expect(() => process.kill(pid, 0)).toThrow();
    }
  });

  it('runs a program found on PATH by its bare name', async () => {
    dir = mkdtempSync(join(tmpdir(), 'milepel-watch-'));
    writeFileSync(join(dir, 'w.yaml'), GOOD);
    const output = await firstRun(['w.yaml', '--', basename(process.execPath), '-e', 'console.log("ran " + 6 * 7)'], 'C', { PATH: dirname(process.execPath) });
    expect(output).toContain('exited 0;');
    expect(output).toContain('ran 42');
  });

  // A tester's finding: `watch -- valdate` spawned a program "valdate" on every change, each run failing with 127.
  it('refuses a misspelt milepel command after -- with exit 2 and commander\'s suggestion, before running anything', async () => {
    dir = mkdtempSync(join(tmpdir(), 'milepel-watch-'));
    writeFileSync(join(dir, 'w.yaml'), GOOD);
    const w = startWatch(['.', '--', 'valdate', '.'], 'C', { PATH: dirname(process.execPath) });
    // It used to keep watching (each run exiting 127): stopped after 10 s, not left to the test's timeout.
    const stillRunning = new Promise<string>((resolve) => setTimeout(() => resolve('still watching'), 10_000).unref());
    const ended = await Promise.race([w.exited, stillRunning]);
    if (ended === 'still watching') w.stop('SIGKILL');
    expect(ended).toBe(2);
    expect(w.output()).toBe("milepel: unknown command 'valdate' after --: neither a milepel command nor a program found on PATH (Did you mean validate?)\n");
    const cases: [string[], Record<string, string>, string][] = [
      [['critcal-path', '--today', '2019-09-01'], {}, "milepel: unknown command 'critcal-path' after --: neither a milepel command nor a program found on PATH (Did you mean critical-path?)\n"],
      [['no-such-program-at-all'], {}, "milepel: unknown command 'no-such-program-at-all' after --: neither a milepel command nor a program found on PATH\n"],
      // Given as a path, it is not looked up on PATH: say what is wrong with the path.
      [['./no-such-script.sh'], {}, "milepel: cannot run './no-such-script.sh' after --: it is not an executable file\n"],
      [['valdate'], { LANG: 'nb_NO.UTF-8' }, "milepel: ukjent kommando 'valdate' etter --: verken en milepel-kommando eller et program i PATH (mente du validate?)\n"],
      // milepel's own commands that watch does not re-run: set and snapshot write the plans it watches.
      [['set', 'A', '--forecast', '2019-09-09'], {}, 'milepel: watch -- set: watch re-runs a command that reads the plans (validate, critical-path, meetings, gantt, roadmap, slippage, gates, health, export, risk, explain) or a program, not set\n'],
    ];
    for (const [command, env, stderr] of cases) {
      const r = await runCli(['watch', 'test/fixtures/valid', '--', ...command], { env: { PATH: dirname(process.execPath), ...env } });
      expect([r.code, r.stdout, r.stderr]).toEqual([2, '', stderr]);
    }
  });

  it('exits 2 with one line for a missing path or an option before --', async () => {
    const missing = await runCli(['watch', 'no-such-dir']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^milepel: no-such-dir: no such file or directory\n$/);
    expect(() => splitWatchArgs(['watch', '--today', 'x'])).toThrow(/watch takes only --locale/);
    expect(() => splitWatchArgs(['watch', 'plans', '--locale'])).toThrow(/option '--locale <locale>' argument missing/);
    const nb = await runCli(['watch', '--today', 'x'], { env: { LANG: 'nb_NO.UTF-8' } });
    expect(nb.code).toBe(2);
    expect(nb.stderr).toMatch(/^milepel: watch --today: watch tar bare --locale; skriv kommandoen som skal kjøres og dens valg etter --/);
    const before = await runCli(['--today', '2019-09-01', 'watch', 'plans']);
    expect([before.code, before.stderr]).toEqual([2, 'milepel: watch --today: watch takes only --locale; put the command to run and its options after --, e.g. milepel watch plans -- critical-path --today 2019-09-01\n']);
    const badLocale = await runCli(['--locale', 'xx', 'watch', 'plans']);
    expect([badLocale.code, badLocale.stderr]).toEqual([2, 'milepel: --locale xx is not supported: use nb or en\n']);
    expect(splitWatchArgs(['watch', 'plans', '--', 'gantt', '--today', '2019-09-01'])).toEqual({ paths: ['plans'], command: ['gantt', '--today', '2019-09-01'], locale: undefined });
    expect(splitWatchArgs(['watch', '--locale', 'nb', 'a', '--locale=en', 'b', '--', 'x'])).toEqual({ paths: ['a', 'b'], command: ['x'], locale: 'en' });
  });

  // A tester's finding: `watch --help` listed only -h, while `watch --bogus` said watch takes only --locale.
  it('lists --locale and the command after -- in its help, as the other commands list their options', async () => {
    const r = await runCli(['watch', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: milepel watch \[options\] \[paths\.\.\.\] \[-- <command> <args\.\.\.>\]\n/);
    expect(r.stdout).toMatch(/\nOptions:\n {2}--locale <locale> +language of its own lines/);
    const nb = await runCli(['watch', '--help', '--locale', 'nb']);
    expect(nb.stdout).toMatch(/\nValg:\n {2}--locale <locale> +språk i watch sine egne linjer/);
  });

  it('gives a milepel command that lacks its required operand no watched path, so that it says what it lacks (tester round 19 #11)', async () => {
    dir = mkdtempSync(join(tmpdir(), 'milepel-watch-'));
    writeFileSync(join(dir, 'w.yaml'), GOOD);
    const w = startWatch(['.', '--', 'explain']);
    expect(await w.exited).toBe(2);
    expect(w.output()).toBe("milepel: missing required argument 'ref': write it after `milepel explain`; `milepel explain --help` shows how\n");
  });

  it('ends with exit 2 when the milepel command it runs refuses its command line on the first run (no edit can fix it)', async () => {
    dir = mkdtempSync(join(tmpdir(), 'milepel-watch-'));
    writeFileSync(join(dir, 'w.yaml'), GOOD);
    const w = startWatch(['.', '--', 'validate', '--bogus']);
    expect(await w.exited).toBe(2);
    // SPEC §7: exit 2 is one line, starting `milepel: ` — the command's own, with no line of watch's after it
    // (tester round 18 #8: a second, `milepel watch: … refused its command line`, followed).
    expect(w.output()).toMatch(/^milepel: unknown option '--bogus'[^\n]*\n$/);
  });

  it('speaks the --locale given to it, or to the milepel command it runs, and passes its own on (a tester\'s finding)', async () => {
    dir = mkdtempSync(join(tmpdir(), 'milepel-watch-'));
    writeFileSync(join(dir, 'w.yaml'), GOOD);
    const own = startWatch(['--locale', 'nb', '.']);
    await own.until(/milepel watch: validate --locale nb \. avsluttet med 0; overvåker \. \(Ctrl-C for å stoppe\)/);
    expect(own.output()).toContain('✔ 1 fil kontrollert, ingen problemer');
    own.stop();
    expect(await own.exited).toBe(0);
    const command = startWatch(['.', '--', 'validate', '--locale', 'nb', '.']);
    await command.until(/milepel watch: validate --locale nb \. avsluttet med 0;/);
    command.stop();
    expect(await command.exited).toBe(0);
    // The command's own --locale wins for its output; watch's lines keep watch's.
    const both = startWatch(['--locale=nb', '.', '--', 'validate', '--locale', 'en', '.']);
    await both.until(/milepel watch: validate --locale en \. avsluttet med 0;/);
    expect(both.output()).toContain('✔ 1 file checked, no problems');
    both.stop();
    expect(await both.exited).toBe(0);
  });
});
