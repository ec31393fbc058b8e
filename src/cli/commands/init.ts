// `milepel init [dir]`: writes an example workspace; never overwrites a file.
import { posix } from 'node:path';
import type { Io } from '../io.js';
import { shownPath } from '../../text/quote.js';
import { packageFile } from '../package.js';
import { describeFsError, fsErrorCode } from '../fs-error.js';
import { linkedDirOnTheWay, refusedPlace, writeNewFiles } from '../new-files.js';
import { findPlanFiles } from '../load.js';
import { planFolderAbove } from '../plan-folder.js';
import type { BrokenLinkFound } from '../broken-link.js';
import { msg, msg0, renderMessage } from '../../messages/index.js';
import { escapeControl } from '../../report/safe-text.js';
import { decideLocale } from '../options.js';
import { UsageError } from '../usage-error.js';
import { exampleFiles } from './init-template.js';

export function runInit(io: Io, dir = 'plans', locale?: string): number {
  // An empty name (`milepel init ''`, a script's unset variable) would write into the current directory unasked.
  if (dir === '') throw new UsageError(msg0('cli.init.empty'));
  const shownIn = decideLocale(locale, io);
  // The example's comments are read by a person, in the run's language; its data is the same in both.
  const example = exampleFiles(shownIn);
  const files = [
    { path: posix.join(dir, 'governance.yaml'), text: example.governance },
    { path: posix.join(dir, 'example.yaml'), text: example.plan },
  ];
  // A directory in a file's place is not "already exists": writeNewFiles refuses it by name.
  const existing = files.filter((f) => io.exists(f.path) && !isDirectory(io, f.path));
  if (existing.length > 0) throw new UsageError(msg('cli.init.exists', { paths: existing.map((f) => escapeControl(f.path)) }));
  // The folder is the workspace the user is told to validate next: plan files already in it, at any depth, would be
  // validated with the example's plan, bodies and meetings beside theirs (tester round 26 F4: 12 duplicate-id errors).
  // A link to nothing in a file's own place is refused by the write, by that file's name (writeNewFiles).
  const plans = planFilesIn(io, dir).filter((f) => !files.some((w) => w.path === f));
  if (plans.length > 0) throw new UsageError(msg('cli.init.has-plans', { dir: escapeControl(dir), files: plans.slice(0, 3).map(escapeControl), more: Math.max(0, plans.length - 3) }));
  // Nor inside a folder that holds plan files, as `init plans/sub` beside ./plans, the folder validate reads by default
  // (tester round 92 F1: 12 duplicate-id errors there after "Next: validate plans/sub").
  for (const workspace of foldersAround(io, dir)) {
    const around = planFilesIn(io, workspace);
    if (around.length > 0) throw new UsageError(msg('cli.init.inside-plans', { dir: escapeControl(dir), workspace: escapeControl(workspace), files: around.slice(0, 3).map(escapeControl), more: Math.max(0, around.length - 3) }));
  }
  // Nor in the current folder or below one above it that is a plans folder itself (its plan files directly in it).
  const above = planFolderAbove(io, dir);
  if (above !== undefined) {
    const files = above.files.map((f) => posix.join(above.folder, f));
    throw new UsageError(msg('cli.init.inside-plans', { dir: escapeControl(dir), workspace: escapeControl(above.folder), files: files.slice(0, 3).map(escapeControl), more: Math.max(0, files.length - 3) }));
  }
  // The plans point editors at schemas/plan.schema.json beside them: inside the target, never above it (`init .`
  // must not write ../schemas/); a copy is put there unless one exists. Validation reads *.yaml only, so it is no plan.
  const schema = posix.join(dir, 'schemas', 'plan.schema.json');
  // A directory there is no schema to keep (a tester's was kept, exit 0, and `milepel schema >` it suggested fails).
  const wroteSchema = !io.exists(schema) || isDirectory(io, schema);
  // Nothing is written outside the folder given (README): not through `schemas` linked to another place (tester round
  // 18 #5: /tmp/elsewhere/plan.schema.json was written, exit 0). A schema kept there is only read: no write, no refusal.
  const linked = linkedDirOnTheWay(io, dir, [...files.map((f) => f.path), ...(wroteSchema ? [schema] : [])]);
  if (linked !== undefined) throw new UsageError(msg('cli.write.through-link', { command: 'init', dir: escapeControl(dir), path: escapeControl(linked.path), target: escapeControl(linked.target) }));
  // All or nothing (a tester's `p/schemas` file: exit 2, yet both plans were left): cli/new-files.ts.
  try {
    const copy = wroteSchema ? [{ path: schema, text: io.readText(packageFile('schemas/plan.schema.json')) }] : [];
    writeNewFiles(io, [dir, ...copy.map((c) => posix.dirname(c.path))], [...files, ...copy]);
  } catch (error) {
    const code = fsErrorCode(error);
    if (code === undefined) throw error;
    const place = refusedPlace(error, dir, io.cwd());
    // Paths as a refusal shows a path named on the command line: quoted unless every character shows (round 80 F7).
    throw new UsageError(msg('cli.init.cannot-write', { dir: shownPath(place.dir), target: place.target === null ? null : shownPath(place.target), reason: describeFsError(error), code }));
  }
  const written = [...files.map((f) => f.path), ...(wroteSchema ? [schema] : [])];
  // A schema kept as it was is said, when it is not this version's (a tester's garbage one passed without a word).
  const keptOther = !wroteSchema && keptSchemaDiffers(io, schema);
  io.stdout(`${renderMessage(msg('cli.init.wrote', { paths: written.map(escapeControl), dir, kept: keptOther ? schema : null, command: io.env.npm_command === 'exec' ? 'npx --no-install milepel' : 'milepel' }), shownIn)}\n`);
  return 0;
}

/**
 * The folders between the current directory and `dir`, outermost first, as paths relative to the current directory
 * (`plans` for `plans/sub/ex`): none for a `dir` outside the current directory or directly in it. The current directory
 * itself is left out: scanning it (a repository's root) for plan files would read far more than a workspace.
 */
function foldersAround(io: Io, dir: string): string[] {
  const relative = posix.relative(io.cwd(), posix.resolve(io.cwd(), dir));
  if (relative === '' || relative.startsWith('..') || posix.isAbsolute(relative)) return [];
  const parts = relative.split('/');
  return parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('/'));
}

/** The plan files a validate of `dir` would read (none when it is no directory, or holds none). */
function planFilesIn(io: Io, dir: string): string[] {
  if (!isDirectory(io, dir)) return [];
  // A link named like a plan file that leads nowhere is one too: validate refuses the folder for it (tester round 28 F6).
  const broken: BrokenLinkFound[] = [];
  try {
    return [...findPlanFiles(io, [dir], [], undefined, undefined, broken), ...broken.flatMap((b) => (b.file === undefined ? [] : [b.file]))].sort();
  } catch (error) {
    // "No plan files found" and a folder it cannot read are no plan files to keep the example from.
    if (error instanceof UsageError) return broken.flatMap((b) => (b.file === undefined ? [] : [b.file]));
    throw error;
  }
}

/** Whether `path` is a directory (following links). */
function isDirectory(io: Io, path: string): boolean {
  return io.stat(path)?.isDirectory === true;
}

/** Whether the schema file init found and kept is not the one this version ships (unreadable counts as not). */
function keptSchemaDiffers(io: Io, schema: string): boolean {
  try {
    return io.readText(schema) !== io.readText(packageFile('schemas/plan.schema.json'));
  } catch {
    return true;
  }
}
