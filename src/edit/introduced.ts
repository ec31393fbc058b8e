// Which diagnostics an edit introduces: present after it and not before, matched by rule and entity (not message text).
import type { Diagnostic } from '../diagnostics/types.js';

/**
 * The diagnostics of `after` that `before` did not have. Two diagnostics are the same finding when
 * they have the same rule, entity reference and file: a message that now names other dates (a
 * dependency-order finding that moved) is still the old finding, not a new one (issue #12). For
 * findings without an entity, each (rule, file) is counted, so a second schema error is still new.
 */
export function findIntroduced(before: readonly Diagnostic[], after: readonly Diagnostic[]): Diagnostic[] {
  const key = (d: Diagnostic): string => JSON.stringify([d.rule, d.ref, d.file]);
  const counts = new Map<string, number>();
  for (const d of before) counts.set(key(d), (counts.get(key(d)) ?? 0) + 1);
  return after.filter((d) => {
    const left = counts.get(key(d)) ?? 0;
    if (left === 0) return true;
    counts.set(key(d), left - 1);
    return false;
  });
}
