// Risk events (SPEC §1.6): read once every milestone is known, so that `risks[].milestones` can be resolved.
import type { Path } from '../source/parse.js';
import type { Builder } from './build.js';
import { resolveMilestoneList } from './first-entries.js';
import { estimateOf, field, text } from './read.js';
import type { RepeatedReference, RiskEvent } from './types.js';
import type { SuggestionHint } from './missed-references.js';

type RawOrigin = Builder['risksRaw'][number]['origin'];

type Miss = (target: string, brokenKey: string, holder: string, plan: number, origin: { file: string; path: Path }, listed: Pick<SuggestionHint, 'listed' | 'offer'>) => void;

/**
 * The risk events, each with its milestones resolved; an entry naming the ref an earlier one names, written alike or
 * otherwise (`X`, `plan/X`), known or not, goes to `repeated` and is left out (tester round 44 F8: it was merged
 * without a word), and an unknown one is reported once, at its first entry (round 45 F7).
 */
export function resolveRisks(b: Builder, miss: Miss, repeated: RepeatedReference[]): RiskEvent[] {
  const risks: RiskEvent[] = [];
  /** Where each risk ref was first defined, kept or not. */
  const seen = new Map<string, RawOrigin>();
  for (const raw of b.risksRaw) {
    const planId = b.plans[raw.plan]?.id ?? '';
    const id = text(raw.data, 'id')!;
    const ref = `${planId}/${id}`;
    const at = seen.get(ref);
    // Its references are checked even when a wrong probability or impact (a schema error, reported) keeps the event
    // out of the simulation, or a second definition of its id keeps it out of the model: SPEC §4.1, one run shows
    // every finding the other rules can still make (tester round 49 F3: a second R1's repeated entry was not reported).
    // Every repeat is found there, known or not (the schema's uniqueItems is not reported for this list: schema/check.ts).
    const milestones = resolveMilestoneList(b.milestoneIndex, raw.data, raw.origin, ref, raw.plan, planId, repeated, (target, mref, origin, listed) => miss(target, `milestones:${mref}`, ref, raw.plan, origin, listed));
    if (at !== undefined) {
      b.duplicates.push({ kind: 'risk', ref, origin: { file: raw.origin.file, path: [...raw.origin.path, 'id'] }, first: { file: at.file, path: [...at.path, 'id'] }, plan: raw.plan });
      continue;
    }
    seen.set(ref, raw.origin);
    const impact = estimateOf(field(raw.data, 'impact'), false);
    const probability = field(raw.data, 'probability');
    if (impact === undefined || typeof probability !== 'number') continue;
    risks.push({ index: risks.length, plan: raw.plan, id, ref, title: text(raw.data, 'title') ?? id, probability, impact, milestones, responsible: text(raw.data, 'responsible'), origin: raw.origin });
  }
  return risks;
}
