// The suggestions of unknown references with the other ids as near as each (tester round 94 F7: `T3`, not there, was
// told "did you mean "T1"?" though T2 and T4 are one letter from it too, and the quick fix took T1).
import { Reach } from './reaches.js';
import { cycleClosers, type NewLink } from './for-cycles.js';
import { planOfRef, qualified } from '../model/qualified-ref.js';
import type { ReferenceKind, UnresolvedReference, Workspace } from '../model/types.js';
import { allEquallyNear, atMost, type EquallyNear } from '../text/equally-near.js';
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

/** A suggestion to widen: the id suggested, and whether writing it would close a dependency cycle (Reach). */
export interface Suggested {
  readonly suggestion: string;
  readonly closes: Reach;
}

/**
 * For each reference of ws.unresolved whose suggestion is `suggested[i]`, the ids as near to what it names as the
 * suggestion (text/equally-near.ts), written as the suggestion is, none that would close a dependency cycle or might
 * (the suggestion too, when `closes` says it would: tester round 97 F2, the other ids were not named then); undefined
 * where there is no suggestion, an empty list when every one would close a cycle. Milestones are compared with the
 * milestones and gates, dated or not, of the suggestion's plan (of every plan when the reference names a plan that is
 * not the suggestion's: round 97 F5, F6), bodies with the bodies; meetings and goals keep their one suggestion. None
 * is what the reference's own list names already (its holder's `after` predecessors and the holder itself, the other
 * entries of a `require` list or of a measure's or risk's `milestones`: round 97 F1), nor a gate for a readiness
 * milestone (F3).
 */
export function equallyNearRefs(ws: Workspace, suggested: readonly (Suggested | undefined)[], scope: object): (EquallyNear | undefined)[] {
  const budget = scanBudget(NEAR_WORK);
  const named = namedIn(ws);
  const listed = listedBy(ws);
  let bodies: string[] | undefined;
  const near = ws.unresolved.map((u, i): readonly string[] | undefined => {
    const s = suggested[i];
    if (s === undefined) return undefined;
    const { suggestion } = s;
    const taken = listed(u);
    if (BODY_KINDS.has(u.kind)) return allEquallyNear(u.target, suggestion, (bodies ??= ws.bodies.map((b) => b.id)), budget, (id) => taken.has(id));
    const among = MILESTONE_KINDS.has(u.kind) ? candidatesFor(ws, u, suggestion, named) : undefined;
    // Within the budget before the look-up too: 100,000 unknown references among 100,000 ids stay linear.
    if (among === undefined || budget.left < among.length || !among.includes(suggestion)) return [suggestion];
    const holderPlan = u.holder === undefined ? (u.plan === undefined ? '' : ws.plans[u.plan]?.id ?? '') : planOfRef(u.holder);
    return allEquallyNear(u.target, suggestion, among, budget, (word) => {
      const ref = qualified(word, holderPlan);
      return taken.has(ref) || (u.kind === 'gate-ready' && named.gates.has(ref));
    });
  });
  // The ids that would close a cycle left out before the four are chosen and the rest counted (tester round 98 F1).
  return withoutCycles(ws, near, suggested, scope).map((n, i) => (n === undefined ? undefined : atMost(n, suggested[i]!.suggestion)));
}

/** Every milestone and gate of the workspace, dated or not (Workspace.undated, gates without a node), by ref and plan. */
interface Named {
  readonly refs: readonly string[];
  readonly plans: readonly string[];
  readonly gates: ReadonlySet<string>;
  readonly byPlan: (planId: string, asRefs: boolean) => readonly string[];
}

function namedIn(ws: Workspace): Named {
  const refs: string[] = [];
  const plans: string[] = [];
  const gates = new Set<string>();
  const add = (ref: string, isGate: boolean): void => {
    refs.push(ref);
    plans.push(planOfRef(ref));
    if (isGate) gates.add(ref);
  };
  for (const m of ws.milestones) add(m.ref, m.gate !== undefined);
  for (const u of ws.undated ?? []) add(u.ref, false);
  for (const g of ws.gates ?? []) if (g.node < 0) add(g.ref, true);
  const made = new Map<string, string[]>();
  const byPlan = (planId: string, asRefs: boolean): readonly string[] => {
    const key = `${asRefs ? 'r' : 'b'}${planId}`;
    let words = made.get(key);
    if (words === undefined) {
      words = [];
      for (let k = 0; k < refs.length; k++) if (plans[k] === planId) words.push(asRefs ? refs[k]! : refs[k]!.slice(planId.length + 1));
      made.set(key, words);
    }
    return words;
  };
  return { refs, plans, gates, byPlan };
}

/**
 * The ids a milestone reference's suggestion is one of: its plan's, written bare when the suggestion is; every plan's
 * refs when the reference names another plan than the suggestion's (`r/A1`, no plan r: `q/A1` and `rr/A1` are as near).
 * Undefined for a suggestion found otherwise (a bare id found in another plan).
 */
function candidatesFor(ws: Workspace, u: UnresolvedReference, suggestion: string, named: Named): readonly string[] | undefined {
  const isQualified = suggestion.includes('/');
  if (isQualified !== u.target.includes('/')) return undefined;
  if (isQualified && planOfRef(u.target) !== planOfRef(suggestion)) return named.refs;
  const planId = isQualified ? planOfRef(suggestion) : u.holder !== undefined ? planOfRef(u.holder) : u.plan === undefined ? undefined : ws.plans[u.plan]?.id;
  return planId === undefined ? undefined : named.byPlan(planId, isQualified);
}

/**
 * What a reference's own list names already, as refs (`plan/ID`) or body ids: an `after` entry's holder and its
 * predecessors, a `require` entry's list, a measure's or risk's milestones. Each list is made when first asked.
 */
function listedBy(ws: Workspace): (u: UnresolvedReference) => ReadonlySet<string> {
  let predecessors: Map<number, Set<string>> | undefined;
  let owners: Map<string, readonly number[]> | undefined;
  const none: ReadonlySet<string> = new Set();
  return (u) => {
    if (u.kind === 'after' && u.holder !== undefined) {
      if (predecessors === undefined) {
        predecessors = new Map();
        for (let e = 0; e < ws.dependencies.length; e++) {
          const d = ws.dependencies.at(e)!;
          let set = predecessors.get(d.to);
          if (set === undefined) predecessors.set(d.to, (set = new Set()));
          set.add(ws.milestones[d.from]!.ref);
        }
      }
      const at = ws.milestoneIndex.get(u.holder);
      return new Set([u.holder, ...(at === undefined ? [] : predecessors.get(at) ?? [])]);
    }
    if (u.kind === 'require') {
      const holder = u.holder === undefined ? undefined : ws.milestoneIndex.get(u.holder);
      const list = holder !== undefined ? ws.milestones[holder]!.require : u.plan === undefined ? undefined : ws.plans[u.plan]?.governance.require;
      return new Set(list ?? []);
    }
    if (u.kind === 'milestones' || u.kind === 'risk-milestones') {
      // Measures and risks by kind and ref, made once: a search of every measure per reference was quadratic.
      owners ??= new Map([...ws.measures.map((m) => [`m${m.ref}`, m.milestones] as const), ...(ws.risks ?? []).map((r) => [`r${r.ref}`, r.milestones] as const)]);
      return new Set((owners.get(`${u.kind === 'milestones' ? 'm' : 'r'}${u.holder ?? ''}`) ?? []).map((k) => ws.milestones[k]!.ref));
    }
    return none;
  };
}

/**
 * `near` without the ids of an `after` entry that, written, would close a dependency cycle or might (Reach Yes or
 * Unknown), all asked together; the suggestion itself was asked already (`closes`), and is left out when it would.
 */
function withoutCycles(ws: Workspace, near: readonly (readonly string[] | undefined)[], suggested: readonly (Suggested | undefined)[], scope: object): (readonly string[] | undefined)[] {
  const links: NewLink[] = [];
  const owners: [number, string][] = [];
  near.forEach((n, i) => {
    const u = ws.unresolved[i]!;
    if (n === undefined || u.kind !== 'after' || u.holder === undefined) return;
    for (const id of n) {
      if (id === suggested[i]!.suggestion) continue;
      links.push({ holder: u.holder, target: qualified(id, planOfRef(u.holder)) });
      owners.push([i, id]);
    }
  });
  const closes = links.length === 0 ? new Uint8Array(0) : cycleClosers(ws, links, scope);
  const dropped = new Map<number, Set<string>>();
  const drop = (i: number, id: string): void => {
    let set = dropped.get(i);
    if (set === undefined) dropped.set(i, (set = new Set()));
    set.add(id);
  };
  owners.forEach(([i, id], k) => {
    if (closes[k] !== Reach.No) drop(i, id);
  });
  suggested.forEach((s, i) => {
    if (s !== undefined && s.closes !== Reach.No) drop(i, s.suggestion);
  });
  return near.map((n, i) => {
    const gone = dropped.get(i);
    return n === undefined || gone === undefined ? n : n.filter((id) => !gone.has(id));
  });
}
