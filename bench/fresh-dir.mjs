// The folder a workspace generator writes, and the arguments of a generator run from the command line. A generator
// removed whatever folder it was given: `node bench/generate-risk.mjs --help` wrote a folder named --help, and
// `node bench/generate-risk.mjs plans 1000` would have wiped ./plans (tester round 89 F4).
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The file a generator leaves in each folder it makes (a hidden name: milepel reads no such file). */
export const MARKER = '.milepel-bench';

/**
 * Makes `dir` an empty folder for a generator to write: one that is missing or empty, or that a generator made
 * (it holds MARKER), is made anew; any other folder is left as it is, and an Error says so.
 */
export function freshDir(dir) {
  if (existsSync(dir)) {
    const entries = readdirSync(dir);
    if (entries.length > 0 && !entries.includes(MARKER)) {
      throw new Error(`${dir} holds files no generator wrote: give a new folder, or remove this one yourself`);
    }
    rmSync(dir, { recursive: true, force: true });
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, MARKER), 'Written by a milepel bench generator (bench/); it may remove this folder and write it again.\n');
}

/**
 * The arguments of a generator's command line (`names`, the last a count of milestones), or, for `--help`, missing
 * or extra arguments, a count that is no whole number above 0, or a folder freshDir refuses, the usage on stderr
 * and exit code 2.
 */
export function generatorArgs(script, names, run) {
  const args = process.argv.slice(2);
  const usage = `usage: node bench/${script} ${names.map((n) => `<${n}>`).join(' ')}`;
  const n = Number(args[names.length - 1]);
  if (args.length !== names.length || args.some((a) => a.startsWith('-')) || !Number.isInteger(n) || n < 1) {
    process.stderr.write(`${usage}\n`);
    process.exit(2);
  }
  try {
    run(args);
  } catch (error) {
    if (!(error instanceof Error) || !error.message.includes('no generator wrote')) throw error;
    process.stderr.write(`bench: ${error.message}\n${usage}\n`);
    process.exit(2);
  }
}
