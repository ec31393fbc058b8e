// A plan file or directory the walk found but does not read, its name not being UTF-8, and its `encoding` finding.
import { msg } from '../messages/index.js';
import { hasUtf8Letters } from './name-bytes.js';
import type { UnreadEntry } from '../pipeline-types.js';

/**
 * A plan file, or a directory that may hold some, found while walking but not read: its name is not UTF-8. It is shown
 * escaped (`plans/m\xe6ler.yaml`), a name that may also be another file's real one, and `set` and `snapshot` could not
 * write by it; so it is an `encoding` error at 1:1 (SPEC §4: problems in a plan file are findings, exit 1), never
 * skipped with a warning while validate passed (tester round 16 #3).
 */
export type UnreadFile = UnreadEntry;

/** A file or directory not read for its name, with its `encoding` finding at 1:1 that says to rename it. */
export function unreadName(file: string, kind: UnreadFile['kind'], nameBytes?: Uint8Array, declaredPlan?: string): UnreadFile {
  // A name with valid UTF-8 letters beside the bad bytes is not converted whole from Latin-1: that would garble them.
  const mixed = nameBytes !== undefined && hasUtf8Letters(nameBytes);
  const problem = { line: 1, column: 1, message: msg('encoding.name-not-utf8', { kind }), hint: msg('encoding.name-hint', { kind, mixed }) };
  return { file, kind, problem, ...(nameBytes !== undefined ? { nameBytes } : {}), ...(declaredPlan !== undefined ? { declaredPlan } : {}) };
}
