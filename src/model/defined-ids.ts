// The ids already defined in the scope of an id definition: what the model's duplicate checks would find it repeats.
import type { Path } from '../source/parse.js';
import type { Workspace } from './types.js';

/** The namespaces of a plan's ids (`plan/ID`). */
type PlanScope = 'milestones' | 'goals' | 'risks' | 'measures';
/** The lists whose ids a plan scopes, each with the list of its namespace: a gate's is a milestone's. */
const PLAN_SCOPES: Readonly<Record<string, PlanScope>> = { milestones: 'milestones', gates: 'milestones', goals: 'goals', risks: 'risks', measures: 'measures' };

/**
 * For workspace `ws`: whether `id` is defined already in the scope of the id definition at `path` of a file of plan
 * `plan` (plan index), as the duplicate-id checks find one (SPEC §4.1; model/read-plan.ts, read-entities.ts,
 * read-milestone.ts, gates.ts, risks.ts, resolve-measures.ts): a plan id or a body's or meeting's id in the whole
 * workspace, a milestone's or gate's among the plan's milestones and gates (one namespace), a goal's, risk's or
 * measure's among its own kind in the plan. False when `path` is no id definition (`plan.id`, `<list>[i].id`) or the
 * file's plan is unknown. The sets of refs are made at the first question about their kind.
 */
export function definedIds(ws: Workspace): (path: Path, plan: number | undefined, id: string) => boolean {
  const refs = new Map<string, ReadonlySet<string>>();
  const refsOf = (scope: PlanScope): ReadonlySet<string> => {
    let set = refs.get(scope);
    if (set === undefined) {
      // Scheduled milestones and dated gates are in milestoneIndex, asked directly; undated ones and every gate here.
      // Every risk, one a wrong probability or impact keeps out of `risks` too (tester round 77 F3).
      if (scope === 'risks' && ws.riskRefs !== undefined) set = ws.riskRefs;
      else {
        const entities = scope === 'milestones' ? [...(ws.gates ?? []), ...(ws.undated ?? [])] : scope === 'goals' ? ws.goals : scope === 'risks' ? (ws.risks ?? []) : ws.measures;
        set = new Set(entities.map((e) => e.ref));
      }
      refs.set(scope, set);
    }
    return set;
  };
  return (path, plan, id) => {
    const kind = definitionAt(path);
    if (kind === 'plans') return ws.planIndex.has(id);
    if (kind === 'bodies') return ws.bodyIndex.has(id);
    if (kind === 'meetings') return ws.meetingIndex.has(id);
    const planId = plan === undefined ? undefined : ws.plans[plan]?.id;
    if (kind === undefined || planId === undefined) return false;
    const ref = `${planId}/${id}`;
    return (kind === 'milestones' && ws.milestoneIndex.has(ref)) || refsOf(kind).has(ref);
  };
}

/**
 * What the id definition at `path` defines: a plan (`plan.id`), a body or meeting (the workspace's), or the entities of
 * a plan's scope (PLAN_SCOPES: a gate's is a milestone's); undefined when `path` is no id definition.
 */
function definitionAt(path: Path): 'plans' | 'bodies' | 'meetings' | PlanScope | undefined {
  if (path.length === 2 && path[0] === 'plan' && path[1] === 'id') return 'plans';
  if (path.length !== 3 || path[2] !== 'id' || typeof path[1] !== 'number' || typeof path[0] !== 'string') return undefined;
  if (path[0] === 'bodies' || path[0] === 'meetings') return path[0];
  return Object.hasOwn(PLAN_SCOPES, path[0]) ? PLAN_SCOPES[path[0]] : undefined;
}

/**
 * The scope of the id definition at `path` of a file of plan `plan` (plan index), as a key equal for definitions whose
 * ids duplicate-id compares (definedIds: plan ids, bodies and meetings in the workspace, a plan's milestones and gates
 * together, its goals, risks, measures each); undefined when `path` is no id definition or the plan is unknown.
 */
export function idScope(path: Path, plan: number | undefined): string | undefined {
  const kind = definitionAt(path);
  if (kind === 'plans' || kind === 'bodies' || kind === 'meetings') return kind;
  return kind === undefined || plan === undefined ? undefined : `${plan}:${kind}`;
}
