// The folder a workspace generator writes, and the arguments of a generator run from the command line. A generator
// removed whatever folder it was given: `node bench/generate-risk.mjs --help` wrote a folder named --help, and
// `node bench/generate-risk.mjs plans 1000` would have wiped ./plans (tester round 89 F4).
import { lstatSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';

/** The file a generator leaves in each folder it makes (a hidden name: milepel reads no such file). */
export const MARKER = '.milepel-bench';

/** A folder a generator will not write, and why: generatorArgs prints it as one line. */
export class GeneratorRefusal extends Error {}

/**
 * Makes `dir` an empty folder for a generator to write. One that is missing or empty is made; one a generator made
 * (it holds MARKER, and besides it only the `.yaml` files generators write) is removed and made anew. Anything else is
 * left as it is, with a GeneratorRefusal: a folder holding other files, a file or symbolic link, and the current
 * folder or one above it (`..` from inside a generated folder removed what the user had put there).
 */
export function freshDir(dir) {
  const path = resolve(dir);
  const here = process.cwd();
  if (path === here || here.startsWith(path.endsWith(sep) ? path : path + sep)) {
    throw new GeneratorRefusal(`${dir} is the current folder or one above it: give a new folder`);
  }
  const stat = lstatSync(path, { throwIfNoEntry: false });
  if (stat !== undefined && !stat.isDirectory()) throw new GeneratorRefusal(`${dir} is ${stat.isSymbolicLink() ? 'a symbolic link' : 'no folder'}: give a new folder`);
  if (stat !== undefined) {
    const entries = readdirSync(path, { withFileTypes: true });
    const generated = entries.some((e) => e.name === MARKER) && entries.every((e) => e.name === MARKER || (e.isFile() && e.name.endsWith('.yaml')));
    if (entries.length > 0 && !generated) {
      throw new GeneratorRefusal(`${dir} holds files no generator wrote: give a new folder, or remove this one yourself`);
    }
    rmSync(path, { recursive: true, force: true });
  }
  mkdirSync(path, { recursive: true });
  writeFileSync(join(path, MARKER), 'Written by a milepel bench generator (bench/); it may remove this folder and write it again.\n');
}

/**
 * Runs a generator from its command line: `names` are its arguments, the one at `countAt` (default: the last) a
 * count of milestones, and `choices` what each other argument may be, where it is limited. For `--help`, missing or
 * extra arguments, a count that is no whole number above 0, another value, or a folder freshDir refuses: the usage
 * (or the refusal and the usage) on stderr, and exit code 2.
 */
export function generatorArgs(script, names, run, { countAt = names.length - 1, choices = {} } = {}) {
  const args = process.argv.slice(2);
  const usage = `usage: node bench/${script} ${names.map((n) => `<${n}>`).join(' ')}`;
  const n = Number(args[countAt]);
  const chosen = names.every((name, i) => choices[name] === undefined || choices[name].includes(args[i]));
  if (args.length !== names.length || args.some((a) => a.startsWith('-')) || !Number.isInteger(n) || n < 1 || !chosen) {
    process.stderr.write(`${usage}\n`);
    process.exit(2);
  }
  try {
    run(args);
  } catch (error) {
    if (!(error instanceof GeneratorRefusal)) throw error;
    process.stderr.write(`bench: ${error.message}\n${usage}\n`);
    process.exit(2);
  }
}
