// Which diagnostics an edit introduces: present after it and not before, matched by rule and entity (not message text).
import type { Diagnostic } from '../diagnostics/types.js';

/**
 * Counts by rule, then file, then entity reference: Maps, so any text is a key. A finding without an entity has a
 * null ref (an absent one counts as null too, as it did in the JSON key this replaced).
 */
type Counts = Map<string, Map<string, Map<string | null, number>>>;

function countsOf(counts: Counts, d: Diagnostic): Map<string | null, number> {
  let byFile = counts.get(d.rule);
  if (byFile === undefined) counts.set(d.rule, (byFile = new Map()));
  let byRef = byFile.get(d.file);
  if (byRef === undefined) byFile.set(d.file, (byRef = new Map()));
  return byRef;
}

/**
 * The diagnostics of `after` that `before` did not have. Two diagnostics are the same finding when
 * they have the same rule, entity reference and file: a message that now names other dates (a
 * dependency-order finding that moved) is still the old finding, not a new one (issue #12). For
 * findings without an entity, each (rule, file) is counted, so a second schema error is still new.
 * Of several findings with one key, the first ones in `after`'s order are the old ones.
 */
export function findIntroduced(before: readonly Diagnostic[], after: readonly Diagnostic[]): Diagnostic[] {
  // Nested Maps rather than a JSON key per finding: 7,000 findings before and after at 20,000 milestones (issue #18).
  const counts: Counts = new Map();
  for (const d of before) {
    const byRef = countsOf(counts, d);
    const ref = d.ref ?? null;
    byRef.set(ref, (byRef.get(ref) ?? 0) + 1);
  }
  return after.filter((d) => {
    const byRef = counts.get(d.rule)?.get(d.file);
    const ref = d.ref ?? null;
    const left = byRef?.get(ref) ?? 0;
    if (byRef === undefined || left === 0) return true;
    byRef.set(ref, left - 1);
    return false;
  });
}
