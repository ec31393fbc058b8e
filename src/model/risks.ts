// Risk events (SPEC §1.6): read once every milestone is known, so that `risks[].milestones` can be resolved.
import type { Path } from '../source/parse.js';
import type { Builder } from './build.js';
import { estimateOf, field, text, texts } from './read.js';
import type { RiskEvent } from './types.js';

type Miss = (target: string, brokenKey: string, holder: string, plan: number, origin: { file: string; path: Path }) => void;

export function resolveRisks(b: Builder, miss: Miss): RiskEvent[] {
  const risks: RiskEvent[] = [];
  const seen = new Map<string, number>();
  for (const raw of b.risksRaw) {
    const planId = b.plans[raw.plan]?.id ?? '';
    const id = text(raw.data, 'id')!;
    const ref = `${planId}/${id}`;
    const first = seen.get(ref);
    if (first !== undefined) {
      const at = risks[first]!.origin;
      b.duplicates.push({ kind: 'risk', ref, origin: { file: raw.origin.file, path: [...raw.origin.path, 'id'] }, first: { file: at.file, path: [...at.path, 'id'] }, plan: raw.plan });
      continue;
    }
    const impact = estimateOf(field(raw.data, 'impact'), false);
    const probability = field(raw.data, 'probability');
    if (impact === undefined || typeof probability !== 'number') continue;
    const milestones: number[] = [];
    texts(raw.data, 'milestones').forEach((target, i) => {
      const mref = target.includes('/') ? target : `${planId}/${target}`;
      const index = b.milestoneIndex.get(mref);
      if (index === undefined) miss(target, `milestones:${mref}`, ref, raw.plan, { file: raw.origin.file, path: [...raw.origin.path, 'milestones', i] });
      else if (!milestones.includes(index)) milestones.push(index);
    });
    seen.set(ref, risks.length);
    risks.push({ index: risks.length, plan: raw.plan, id, ref, title: text(raw.data, 'title') ?? id, probability, impact, milestones, responsible: text(raw.data, 'responsible'), origin: raw.origin });
  }
  return risks;
}
