// The schema check of a file after `set` edited one milestone, from the check before the edit and the new milestone
// alone: on a 3 MB file of 20,000 milestones the whole check took a sixth of the analysis after the edit (issue #18).
//
// Why it gives the whole check's answer: the schema (schemas/plan.schema.json) constrains each item of the top-level
// `milestones` list on its own — the list has no `uniqueItems`, `contains` or item count that another item could
// break — and checkEstimates (src/schema/estimate-order.ts) reads each milestone on its own too. So a file whose
// check found nothing, with one milestone replaced, has no problem exactly when the file with that milestone as its
// only one has none. Any other case (problems before, or the new milestone has one) is left to the whole check,
// which then names the problems with their places as always. test/edit/incremental-set.test.ts compares the two.
import type { SchemaResult } from '../pipeline.js';
import { checkSchema } from '../schema/check.js';
import type { ParsedSource } from '../source/parse.js';
import { findPatchOrigin } from './patched-source.js';

/** Schema results by reading, as analyzeSources keeps them (AnalyzeOptions.schemaCache). */
export type SchemaCache = WeakMap<ParsedSource, SchemaResult>;

/**
 * Records in `cache` that `source` has no schema problem, when it is a patched reading (src/edit/patched-source.ts)
 * of a file that had none and its new milestone has none either; otherwise leaves `cache` alone.
 */
export function seedPatchedSchema(source: ParsedSource, cache: SchemaCache): void {
  const origin = findPatchOrigin(source);
  if (origin === undefined || cache.has(source)) return;
  const before = cache.get(origin.whole);
  if (before === undefined || before.problems.length > 0 || before.data !== origin.whole.data) return;
  const data = source.data as Readonly<Record<string, unknown>>;
  const list = data['milestones'];
  if (!Array.isArray(list) || origin.index >= list.length) return;
  const alone = { ...data, milestones: [list[origin.index] as unknown] };
  if (checkSchema(alone).length === 0) cache.set(source, { problems: [], data: source.data });
}
