// The values the schema's hints offer the entries of milestones' `after` lists, for the unknown-reference rule to
// check its own suggestions against (tester round 83 F6: `[P/MP5, mp5]` was offered p/MP5 and MP5, one link twice).
import { qualified } from '../model/qualified-ref.js';
import type { Path } from '../source/parse.js';
import type { PlacedSchemaProblem } from './check.js';
import { offerOf } from './taken-id.js';

/** Each `after` list's offered refs (`plan/ID`) by the entry (its index in the list) they are offered to. */
export type OfferedEntries = ReadonlyMap<string, ReadonlyMap<string, number>>;

/** The key of the `after` list holding the entry at `path` of `file`: undefined for a path in no milestone's `after`. */
export function afterListKey(file: string, path: Path): string | undefined {
  return path[0] === 'milestones' && typeof path[1] === 'number' && path[2] === 'after' && typeof path[3] === 'number' ? `${file}\0${path[1]}` : undefined;
}

/**
 * The refs the schema problems' hints offer `after` entries (offerOf: an id written with characters an id has not,
 * unseen characters, a plan id in capitals, a glued `id:MP5`, a number quoted), a bare id qualified with plan `planId(problem's plan)`; the first
 * entry offered a ref keeps it.
 */
export function offeredEntries(problems: readonly PlacedSchemaProblem[], planId: (plan: number) => string | undefined): OfferedEntries {
  const lists = new Map<string, Map<string, number>>();
  for (const { file, plan, problem } of problems) {
    const key = afterListKey(file, problem.path);
    const value = key === undefined || plan === undefined ? null : offerOf(problem, problem.hint);
    const id = plan === undefined ? undefined : planId(plan);
    if (value === null || id === undefined) continue;
    let offered = lists.get(key!);
    if (offered === undefined) lists.set(key!, (offered = new Map()));
    const ref = qualified(value, id);
    if (!offered.has(ref)) offered.set(ref, problem.path[3] as number);
  }
  return lists;
}
