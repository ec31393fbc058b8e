// A scratch git repository's commands for end-to-end tests: git run in it with no system or user configuration, and
// the freshly built milepel (helpers/built-cli.ts) run in it or in another directory.
import { spawnSync } from 'node:child_process';
import { builtCli } from './built-cli.js';

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface GitTools {
  /** Runs git in the repository; throws with git's stderr when it fails. */
  readonly git: (...args: string[]) => void;
  /** `git init` with a committer name and e-mail of its own, so that commits need no user configuration. */
  readonly initRepo: () => void;
  /** Runs milepel in the repository, NO_COLOR set. */
  readonly milepel: (...args: string[]) => CliRun;
  /** Runs milepel in `cwd`, NO_COLOR set. */
  readonly milepelIn: (cwd: string, ...args: string[]) => CliRun;
}

/** The commands for the repository at `dir()`, read at each call (a describe's beforeAll makes the directory). */
export function gitTools(dir: () => string): GitTools {
  const milepelIn = (cwd: string, ...args: string[]): CliRun => {
    const r = spawnSync(process.execPath, [builtCli(), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const git = (...args: string[]): void => {
    const r = spawnSync('git', args, { cwd: dir(), encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: dir() } });
    if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  };
  return {
    git,
    initRepo: () => {
      git('init', '-q');
      git('config', 'user.email', 'test@example.invalid');
      git('config', 'user.name', 'Test');
    },
    milepel: (...args) => milepelIn(dir(), ...args),
    milepelIn,
  };
}
