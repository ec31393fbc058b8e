// Reads a fixture folder: its YAML files, the `# expect:` comments on their lines, and `# fixture-args:`.
//
// A line that must produce findings ends with `# expect: rule-a, rule-b`; a rule listed twice must
// fire twice on that line; `rule:error` / `rule:warning` also pins the severity. A comment line
// `# fixture-args: --today 2019-09-02 --strict` replaces the default arguments of the run.
import { readRepoFile } from '../helpers/fake-io.js';
import { findDirs, findFiles } from '../helpers/walk.js';

/** Status date used when a fixture names no arguments: a Monday before every planned date. */
export const DEFAULT_ARGS: readonly string[] = ['--today', '2019-06-03'];

export interface Expectation {
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  readonly rule: string;
  readonly severity: 'error' | 'warning' | undefined;
}

export interface Fixture {
  /** Path relative to the repository root, e.g. test/fixtures/err/schema. */
  readonly dir: string;
  readonly files: readonly string[];
  readonly expectations: readonly Expectation[];
  readonly args: readonly string[];
}

const EXPECT = /#\s*expect:\s*(.*?)\s*$/;
const ARGS = /^\s*#\s*fixture-args:(.*)$/;

/** The fixture folders directly below `root` (relative to the repository root), sorted; throws when there are none. */
export function fixtureDirs(root: string): string[] {
  return findDirs(root);
}

export function readFixture(dir: string): Fixture {
  const files = findFiles(dir, /\.ya?ml$/i);
  const expectations: Expectation[] = [];
  let args: string[] | undefined;
  for (const file of files) {
    readRepoFile(file).split(/\r?\n/).forEach((text, i) => {
      const fixtureArgs = ARGS.exec(text);
      if (fixtureArgs) args = fixtureArgs[1]!.trim().split(/\s+/).filter(Boolean);
      const match = EXPECT.exec(text);
      if (!match) return;
      for (const item of match[1]!.split(',').map((s) => s.trim()).filter(Boolean)) {
        const [rule = '', severity] = item.split(':');
        if (severity !== undefined && severity !== 'error' && severity !== 'warning') throw new Error(`${file}:${i + 1}: bad severity in "${item}"`);
        expectations.push({ file, line: i + 1, rule, severity });
      }
    });
  }
  return { dir, files, expectations, args: args ?? DEFAULT_ARGS };
}

/** `file:line rule`, the form findings are compared in. */
export function key(x: { readonly file: string; readonly line: number; readonly rule: string }): string {
  return `${x.file}:${x.line} ${x.rule}`;
}
