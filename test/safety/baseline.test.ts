// --baseline through git (issue #11): the blob size is asked before reading; git's own refusals are reported as git says them.
import { describe, expect, it } from 'vitest';
import { readBaselineSources, type GitResult, type GitRunner } from '../../src/cli/baseline.js';
import { fakeIo } from '../helpers/fake-io.js';

const ok = (stdout: string | Buffer): GitResult => ({ status: 0, stdout: Buffer.from(stdout), stderr: '', errorCode: undefined });
const fail = (stderr: string): GitResult => ({ status: 128, stdout: Buffer.alloc(0), stderr, errorCode: undefined });

/** A fake git with a blob `HEAD:plan.yaml` of `size` bytes (claimed) and `body`; records every call. */
function fakeGit(size: number, body: Buffer, calls: string[][]): GitRunner {
  return (args) => {
    calls.push([...args]);
    if (args[0] === 'rev-parse') return ok('abc\n');
    if (args[0] === 'cat-file' && args[1] === '-t') return ok('blob\n');
    if (args[0] === 'cat-file' && args[1] === '-s') return ok(`${size}\n`);
    if (args[0] === 'cat-file' && args[1] === 'blob') return ok(body);
    return fail('fatal: unexpected');
  };
}

describe('--baseline <rev>:<path>', () => {
  it('a 140 MB blob is refused from its size alone: the blob is never read', () => {
    const calls: string[][] = [];
    expect(() => readBaselineSources(fakeIo({ diskRoots: [] }), 'HEAD:plan.yaml', fakeGit(140 * 1024 * 1024, Buffer.alloc(0), calls)))
      .toThrow('--baseline HEAD:plan.yaml: HEAD:plan.yaml is 140 MB, more than milepel reads at once (128 MB in all); give a smaller baseline');
    expect(calls.some((c) => c[1] === 'blob')).toBe(false);
  });

  it('a blob that is not UTF-8 carries an encoding problem at its first bad byte', () => {
    const body = Buffer.concat([Buffer.from('plan: {id: p, title: "Leverand'), Buffer.from([0xf8]), Buffer.from('r"}\n')]);
    const [source] = readBaselineSources(fakeIo({ diskRoots: [] }), 'HEAD:plan.yaml', fakeGit(body.length, body, []));
    expect(source?.encodingProblem).toMatchObject({ line: 1, column: 31 });
  });

  it("git's refusal (dubious ownership) is reported as git says it, not as 'not in a git repository'", () => {
    const dubious: GitRunner = (args) => fail(args.includes('--git-dir')
      ? "fatal: detected dubious ownership in repository at '/repo'\nTo add an exception for this directory, call:\n"
      : '');
    expect(() => readBaselineSources(fakeIo({ diskRoots: [] }), 'HEAD:plans', dubious))
      .toThrow("--baseline HEAD:plans: git refused: detected dubious ownership in repository at '/repo'");
  });
});
