// Reads the measures (resolve.ts's measures phase): read once every goal and milestone is known, so that their
// `goal` and `milestones` can be resolved.
import type { Builder } from './build.js';
import { resolveMilestoneList } from './first-entries.js';
import type { MissedReferences } from './missed-references.js';
import { text } from './read.js';
import { goalIds, planIdOf } from './resolve-checks.js';
import type { Measure, RepeatedReference } from './types.js';

/**
 * The measures of Builder.measuresRaw, in order, with their milestones as indices: a second measure of a ref
 * (`plan/ID`) is a duplicate (pushed to Builder.duplicates) and left out; an unknown `goal` or milestone is recorded
 * in `missed`, suggested among its plan's goal ids or the milestone refs as its plan writes them. A `milestones` entry
 * naming the ref an earlier one names, written alike or otherwise (`X`, `plan/X`), known or not, goes to `repeated`
 * and is left out, as a risk's is (risks.ts): `[A, p/A]` was merged without a word, and `[Ghost, p/Ghost]` was two
 * unknown references.
 */
export function resolveMeasures(b: Builder, missed: MissedReferences, repeated: RepeatedReference[]): Measure[] {
  const measures: Measure[] = [];
  const measureIndex = new Map<string, number>();
  for (const raw of b.measuresRaw) {
    const id = text(raw.data, 'id')!;
    const ref = `${planIdOf(b, raw.plan)}/${id}`;
    const first = measureIndex.get(ref);
    const goal = text(raw.data, 'goal') ?? '';
    // A measure without a goal is a schema error already; only a goal that is written can be unknown.
    if (text(raw.data, 'goal') !== undefined && !b.goalIndex.has(`${planIdOf(b, raw.plan)}/${goal}`)) {
      missed.miss({ kind: 'goal', target: goal, brokenKey: `goals:${planIdOf(b, raw.plan)}/${goal}`, holder: ref, plan: raw.plan, origin: { file: raw.origin.file, path: [...raw.origin.path, 'goal'] } }, () => goalIds(b, raw.plan));
    }
    // Every repeat is found there, known or not (the schema's uniqueItems is not reported for this list: schema/check.ts).
    const linked = resolveMilestoneList(b.milestoneIndex, raw.data, raw.origin, ref, raw.plan, planIdOf(b, raw.plan), repeated, (target, mref, origin, listed) =>
      missed.missMilestone({ kind: 'milestones', target, brokenKey: `milestones:${mref}`, holder: ref, plan: raw.plan, origin }, listed));
    // A second definition of the id is left out of the model, its references checked above all the same (SPEC §4.1).
    if (first !== undefined) {
      b.duplicates.push({ kind: 'measure', ref, origin: { file: raw.origin.file, path: [...raw.origin.path, 'id'] }, first: { file: measures[first]!.origin.file, path: [...measures[first]!.origin.path, 'id'] }, plan: raw.plan });
      continue;
    }
    measureIndex.set(ref, measures.length);
    measures.push({ index: measures.length, plan: raw.plan, id, ref, goal, title: text(raw.data, 'title') ?? id, responsible: text(raw.data, 'responsible'), milestones: linked, origin: raw.origin });
  }
  return measures;
}
