// Reads the measures (resolve.ts's measures phase): read once every goal and milestone is known, so that their
// `goal` and `milestones` can be resolved.
import type { Builder } from './build.js';
import type { MissedReferences } from './missed-references.js';
import { indexedTexts, text } from './read.js';
import { goalIds, planIdOf } from './resolve-checks.js';
import type { Measure } from './types.js';

/**
 * The measures of Builder.measuresRaw, in order, with their milestones as indices: a second measure of a ref
 * (`plan/ID`) is a duplicate (pushed to Builder.duplicates) and left out; an unknown `goal` or milestone is recorded
 * in `missed`, suggested among its plan's goal ids or the milestone refs as its plan writes them.
 */
export function resolveMeasures(b: Builder, missed: MissedReferences): Measure[] {
  const measures: Measure[] = [];
  const measureIndex = new Map<string, number>();
  for (const raw of b.measuresRaw) {
    const id = text(raw.data, 'id')!;
    const ref = `${planIdOf(b, raw.plan)}/${id}`;
    const first = measureIndex.get(ref);
    if (first !== undefined) {
      b.duplicates.push({ kind: 'measure', ref, origin: { file: raw.origin.file, path: [...raw.origin.path, 'id'] }, first: { file: measures[first]!.origin.file, path: [...measures[first]!.origin.path, 'id'] }, plan: raw.plan });
      continue;
    }
    const goal = text(raw.data, 'goal') ?? '';
    // A measure without a goal is a schema error already; only a goal that is written can be unknown.
    if (text(raw.data, 'goal') !== undefined && !b.goalIndex.has(`${planIdOf(b, raw.plan)}/${goal}`)) {
      missed.miss({ kind: 'goal', target: goal, brokenKey: `goals:${planIdOf(b, raw.plan)}/${goal}`, holder: ref, plan: raw.plan, origin: { file: raw.origin.file, path: [...raw.origin.path, 'goal'] } }, () => goalIds(b, raw.plan));
    }
    const linked: number[] = [];
    indexedTexts(raw.data, 'milestones').forEach(({ id: target, at: i }) => {
      const mref = target.includes('/') ? target : `${planIdOf(b, raw.plan)}/${target}`;
      const index = b.milestoneIndex.get(mref);
      if (index === undefined) missed.missMilestone({ kind: 'milestones', target, brokenKey: `milestones:${mref}`, holder: ref, plan: raw.plan, origin: { file: raw.origin.file, path: [...raw.origin.path, 'milestones', i] } });
      else linked.push(index);
    });
    measureIndex.set(ref, measures.length);
    measures.push({ index: measures.length, plan: raw.plan, id, ref, goal, title: text(raw.data, 'title') ?? id, responsible: text(raw.data, 'responsible'), milestones: linked, origin: raw.origin });
  }
  return measures;
}
