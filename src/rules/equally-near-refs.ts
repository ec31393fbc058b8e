// The suggestions of unknown references with the other ids as near as each (tester round 94 F7: `T3`, not there, was
// told "did you mean "T1"?" though T2 and T4 are one letter from it too, and the quick fix took T1).
import { Reach } from '../graph/reaches.js';
import { cycleClosers, type NewLink } from '../graph/for-cycles.js';
import { planOfRef, qualified } from '../model/qualified-ref.js';
import type { ReferenceKind, UnresolvedReference, Workspace } from '../model/types.js';
import { equallyNear, type EquallyNear } from '../text/equally-near.js';
import { scanBudget } from '../text/scan-budget.js';

/** The references whose suggestion names a milestone (or gate) of a plan. */
const MILESTONE_KINDS: ReadonlySet<ReferenceKind> = new Set(['after', 'milestones', 'risk-milestones', 'gate-ready']);
/** The references whose suggestion names a governance body. */
const BODY_KINDS: ReadonlySet<ReferenceKind> = new Set(['body', 'require', 'gate-body']);

/**
 * The candidates visited by all the comparisons of one workspace's references: a broken file can leave thousands of
 * references unknown, each compared with its plan's ids. Past it a reference names its one suggestion, as before.
 */
const NEAR_WORK = 2_000_000;

/**
 * For each reference of ws.unresolved whose suggestion is `suggestions[i]`, the ids as near to what it names as the
 * suggestion (text/equally-near.ts), written as the suggestion is; undefined where there is no suggestion. Milestones
 * are compared with the suggestion's plan's milestones, bodies with the bodies; meetings and goals keep their one
 * suggestion. An `after` entry is never offered its own milestone, a predecessor its list names already, or one that
 * would close a dependency cycle (asked as the suggestion itself was: graph/for-cycles.ts).
 */
export function equallyNearRefs(ws: Workspace, suggestions: readonly (string | undefined)[], scope: object): (EquallyNear | undefined)[] {
  const budget = scanBudget(NEAR_WORK);
  const idsOf = idsByPlan(ws);
  let bodies: string[] | undefined;
  let predecessors: Map<number, Set<number>> | undefined;
  const near = ws.unresolved.map((u, i): EquallyNear | undefined => {
    const suggestion = suggestions[i];
    if (suggestion === undefined) return undefined;
    if (BODY_KINDS.has(u.kind)) return equallyNear(u.target, suggestion, (bodies ??= ws.bodies.map((b) => b.id)), budget);
    const planId = MILESTONE_KINDS.has(u.kind) ? planOfSuggestion(ws, u, suggestion) : undefined;
    const ids = planId === undefined ? undefined : idsOf(planId, suggestion.includes('/'));
    if (ids === undefined || !ids.includes(suggestion)) return { named: [suggestion], more: 0 };
    if (u.kind !== 'after' || u.holder === undefined) return equallyNear(u.target, suggestion, ids, budget);
    const holder = ws.milestoneIndex.get(u.holder);
    const listed = holder === undefined ? undefined : (predecessors ??= predecessorsByMilestone(ws)).get(holder);
    const holderPlan = planOfRef(u.holder);
    return equallyNear(u.target, suggestion, ids, budget, (id) => {
      const ref = qualified(id, holderPlan);
      const at = ws.milestoneIndex.get(ref);
      return ref === u.holder || (at !== undefined && listed?.has(at) === true);
    });
  });
  return withoutCycles(ws, near, scope);
}

/** The plan whose milestones a reference's suggestion names: its own plan's when written bare, else the one named. */
function planOfSuggestion(ws: Workspace, u: UnresolvedReference, suggestion: string): string | undefined {
  // A bare target with a suggestion in another plan (a bare id found elsewhere) was chosen otherwise, not by spelling.
  if (suggestion.includes('/') !== u.target.includes('/')) return undefined;
  if (suggestion.includes('/')) return planOfRef(suggestion);
  if (u.holder !== undefined) return planOfRef(u.holder);
  return u.plan === undefined ? undefined : ws.plans[u.plan]?.id;
}

/** A plan's milestone ids, bare or as refs (`plan/ID`), in the order of the workspace's milestones; made when asked. */
function idsByPlan(ws: Workspace): (planId: string, asRefs: boolean) => string[] | undefined {
  const made = new Map<string, string[]>();
  return (planId, asRefs) => {
    const key = `${asRefs ? 'r' : 'b'}${planId}`;
    let ids = made.get(key);
    if (ids === undefined) {
      const plan = ws.planIndex.get(planId);
      if (plan === undefined) return undefined;
      ids = [];
      for (const m of ws.milestones) if (m.plan === plan) ids.push(asRefs ? m.ref : m.id);
      made.set(key, ids);
    }
    return ids;
  };
}

/** Each milestone's predecessors over the `after` edges, by index. */
function predecessorsByMilestone(ws: Workspace): Map<number, Set<number>> {
  const out = new Map<number, Set<number>>();
  for (let e = 0; e < ws.dependencies.length; e++) {
    const d = ws.dependencies.at(e)!;
    let set = out.get(d.to);
    if (set === undefined) out.set(d.to, (set = new Set()));
    set.add(d.from);
  }
  return out;
}

/**
 * `near` without the other ids of an `after` entry that, written, would close a dependency cycle or might (Reach Yes or
 * Unknown), all asked together; the suggestion itself was asked already (unknown-reference.ts suggestionsClosing).
 */
function withoutCycles(ws: Workspace, near: (EquallyNear | undefined)[], scope: object): (EquallyNear | undefined)[] {
  const links: NewLink[] = [];
  const owners: [number, string][] = [];
  near.forEach((n, i) => {
    const u = ws.unresolved[i]!;
    if (n === undefined || n.named.length < 2 || u.kind !== 'after' || u.holder === undefined) return;
    for (const id of n.named.slice(1)) {
      links.push({ holder: u.holder, target: qualified(id, planOfRef(u.holder)) });
      owners.push([i, id]);
    }
  });
  if (links.length === 0) return near;
  const closes = cycleClosers(ws, links, scope);
  const dropped = new Map<number, Set<string>>();
  owners.forEach(([i, id], k) => {
    if (closes[k] === Reach.No) return;
    let set = dropped.get(i);
    if (set === undefined) dropped.set(i, (set = new Set()));
    set.add(id);
  });
  return near.map((n, i) => {
    const gone = dropped.get(i);
    return n === undefined || gone === undefined ? n : { named: n.named.filter((id) => !gone.has(id)), more: n.more };
  });
}
