// Resolves references between entities (after, meetings, require, body, goal, measure milestones) once all files are read.
import { qualified } from './qualified-ref.js';
import type { Builder, UnscheduledMilestone } from './build.js';
import type { AfterEdge } from './origin.js';
import { resolveGates } from './gates.js';
import { MissedReferences } from './missed-references.js';
import { resolveRisks } from './risks.js';
import { text } from './read.js';
import type { Candidates } from '../text/closest.js';
import { bodyCandidates, bodyNamed, checkBodyReferences, checkGoals, checkUnscheduled, planIdOf } from './resolve-checks.js';
import { leadOf, resolveAfterEdges } from './resolve-edges.js';
import { resolveMeasures } from './resolve-measures.js';
import { meetingFinder, resolveMeetingLinks } from './resolve-meetings.js';
import type { AfterUndated, Gate, RepeatedReference, RiskEvent, UndatedMilestone, Workspace } from './types.js';

/**
 * An `after` entry of a milestone without a date as read (UnscheduledMilestone.after), which makes no edge: the
 * Dependency it would be (origin.ts's AfterEdge), `from` -1. A scheduled milestone's entries are rows of
 * Builder.pending (dependency-table.ts), resolved into the rows of Workspace.dependencies.
 */
export type PendingDependency = AfterEdge;

/**
 * The workspace of builder `b`, every reference resolved: `after` edges (resolve-edges.ts), meeting links
 * (resolve-meetings.ts), bodies, the unscheduled milestones' references and goals (resolve-checks.ts), measures
 * (resolve-measures.ts), risks (risks.ts) and gates (gates.ts), in that order, which is the order of
 * Workspace.unresolved (each unknown reference with its suggestion: missed-references.ts). `unreadable`: plan id →
 * the file declaring it whose YAML does not parse; references into such a plan are counted (Workspace.unreadable),
 * not reported. Objects of `b` are reused in place (resolveMeetingLinks); `b` is not used again.
 * `suggests` false: no unknown reference gets a suggestion (AnalyzeOptions.suggestions).
 */
export function resolveReferences(b: Builder, unreadable: ReadonlyMap<string, string> = new Map(), suggests = true): Workspace {
  const missed = new MissedReferences(b, unreadable, suggests);
  const { dependencies, waiting, undated, repeated } = resolveAfterEdges(b, missed);
  const findMeeting = meetingFinder(b);
  const repeatedReferences: RepeatedReference[] = [];
  const milestones = resolveMeetingLinks(b, missed, findMeeting, repeatedReferences);
  const bodyIds = bodyCandidates(b);
  checkBodyReferences(b, missed, bodyIds);
  const repeatedUndated = checkUnscheduled(b, missed, findMeeting, repeatedReferences);
  checkGoals(b, missed, milestones);
  const measures = resolveMeasures(b, missed, repeatedReferences);
  const risks = resolveRiskMilestones(b, missed, repeatedReferences);
  const gates = resolveGateReferences(b, missed, waiting, bodyIds);
  return {
    gates, risks, files: b.files, plans: b.plans, bodies: b.bodies, meetings: b.meetings, milestones, dependencies, goals: b.goals, measures,
    planIndex: b.planIndex, bodyIndex: b.bodyIndex, meetingIndex: b.meetingIndex, milestoneIndex: b.milestoneIndex,
    duplicates: b.duplicates, unresolved: missed.unresolved, invalidDates: b.invalidDates, repeatedLinks: repeatedUndated.length === 0 ? repeated : [...(repeated ?? []), ...repeatedUndated],
    undated: b.unscheduled.length === 0 ? undefined : b.unscheduled.map((u) => ({ ref: u.ref, plan: u.plan, origin: u.origin, waiting: undated.get(u.ref) ?? [], after: undatedAfter(b, u), progress: u.progress, responsible: u.responsible })),
    unreadable: missed.unreadablePlans(),
    ...(repeatedReferences.length === 0 ? {} : { repeatedReferences }),
    ...(b.risksRaw.length === 0 ? {} : { riskRefs: new Set(b.risksRaw.map((r) => `${b.plans[r.plan]?.id ?? ''}/${text(r.data, 'id') ?? ''}`)) }),
  };
}

/** The `after` entries of a milestone without a date, each target in full (`plan/ID`): UndatedMilestone.after. */
function undatedAfter(b: Builder, u: UnscheduledMilestone): UndatedMilestone['after'] {
  return u.after.map((a) => ({ target: qualified(a.target, planIdOf(b, u.plan)), origin: a.origin, type: a.edge.type, ...leadOf(a.edge) }));
}

/** The risk events (risks.ts); an unknown milestone is suggested as in `after`: the bare id in another plan first. */
function resolveRiskMilestones(b: Builder, missed: MissedReferences, repeated: RepeatedReference[]): RiskEvent[] {
  return resolveRisks(b, (target, brokenKey, holder, plan, origin, listed) =>
    missed.missMilestone({ kind: 'risk-milestones', target, brokenKey, holder, plan, origin }, { chosen: target.includes('/') ? undefined : missed.elsewhere(target), ...listed }), repeated);
}

/**
 * The gates (gates.ts), with `waiting` (resolveAfterEdges) as the `after` entries that name each one without a date.
 * An unknown body is suggested as a meeting's body is; an unknown readiness milestone among milestones only.
 */
function resolveGateReferences(b: Builder, missed: MissedReferences, waiting: ReadonlyMap<number, readonly AfterUndated[]>, bodyIds: () => Candidates): Gate[] {
  // A gate's readiness is a milestone (SPEC §12): the gates' schedule nodes, which share the milestones' refs, are no
  // suggestion for it (a tester was told to write BP1, itself a gate, for a gate that was named).
  const milestonesOnly = (target: string, plan: number): string[] => {
    const index = [...b.milestoneIndex.values()];
    const among = missed.milestoneCandidates(target, plan);
    return among.words.filter((_, k) => b.milestones[index[among.at?.[k] ?? k]!]?.gate === undefined);
  };
  return resolveGates(b, waiting, (kind, target, brokenKey, holder, plan, origin, notSuggested) =>
    missed.miss({ kind, target, brokenKey, holder, plan, origin, ...(notSuggested === undefined ? {} : { isGate: true as const }) },
      kind === 'gate-body' ? bodyIds : () => milestonesOnly(target, plan), {
      self: notSuggested,
      chosen: kind === 'gate-body' ? bodyNamed(b.bodies, target) : target.includes('/') || notSuggested !== undefined ? undefined : missed.elsewhere(target),
    }));
}
