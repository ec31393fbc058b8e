// Resolves the scheduled milestones' `after` edges (resolve.ts's first phase): each reference to its milestone's index.
import type { Builder } from './build.js';
import type { MissedReferences } from './missed-references.js';
import { planIdOf } from './resolve-checks.js';
import type { AfterUndated, Dependency } from './types.js';

/** The edges resolved, and the `after` entries left out of the schedule because they name something without a date. */
export interface ResolvedEdges {
  readonly dependencies: Dependency[];
  /** The `after` entries naming each gate without a date (by its index), left out of the schedule (Gate.waiting). */
  readonly waiting: Map<number, AfterUndated[]>;
  /** The same for each milestone without a usable date, by its ref (Workspace.undated). */
  readonly undated: Map<string, AfterUndated[]>;
}

/**
 * Resolves Builder.pending, in order, against milestoneIndex: `plan/ID` as written, a bare id in the successor's own
 * plan (bareIdLookUp). An edge as read gets its `from` set on itself and becomes the model's Dependency
 * (PendingDependency in resolve.ts); one resolved by an earlier build is copied. An unknown reference goes to `missed`
 * (suggested: the same bare id in another plan, else the nearest ref, never the successor itself), and, when it names
 * a gate or milestone without a date (SPEC §4.1, §12), to that one's waiting entries too.
 */
export function resolveAfterEdges(b: Builder, missed: MissedReferences): ResolvedEdges {
  const lookUp = bareIdLookUp(b);
  const dependencies: Dependency[] = [];
  const waiting = new Map<number, AfterUndated[]>();
  const undated = new Map<string, AfterUndated[]>();
  for (let i = 0; i < b.pending.length; i++) {
    const p = b.pending[i]!;
    const target = b.pendingTargets[i]!;
    const successor = b.milestones[p.to]!;
    const qualified = target.includes('/');
    const from = qualified ? b.milestoneIndex.get(target) : lookUp(successor.plan, target, p.to);
    if (from === undefined) {
      const ref = qualified ? target : `${planIdOf(b, successor.plan)}/${target}`;
      const gate = b.gates.length === 0 ? undefined : b.gateIndex.get(ref);
      if (gate !== undefined && b.gates[gate]!.node < 0) waitOn(waiting, gate, { ref: successor.ref, origin: p.origin });
      else if (b.unscheduledIndex.size > 0 && b.unscheduledIndex.has(ref)) waitOn(undated, ref, { ref: successor.ref, origin: p.origin });
      missed.missMilestone({ kind: 'after', target, brokenKey: `milestones:${ref}`, holder: successor.ref, plan: successor.plan, origin: p.origin }, { self: qualified ? successor.ref : successor.id, chosen: qualified ? undefined : missed.elsewhere(target) });
    } else if (p.from === -1) {
      p.from = from;
      dependencies.push(p);
    } else {
      dependencies.push(p.with(from, p.to));
    }
  }
  return { dependencies, waiting, undated };
}

/** Adds `entry` to the `after` entries waiting on `key`, a gate or milestone without a date (resolveAfterEdges). */
function waitOn<K>(waiting: Map<K, AfterUndated[]>, key: K, entry: AfterUndated): void {
  const entries = waiting.get(key);
  if (entries === undefined) waiting.set(key, [entry]);
  else entries.push(entry);
}

/**
 * A bare id's milestone in a plan, for the `after` entry of milestone `to`: the same answer as
 * `milestoneIndex.get(\`${planId}/${id}\`)` without building that string per reference (a fresh string each time,
 * which the look-up then had to flatten and hash: most of resolving the references of the 1,000,000-long chain).
 *
 * First it tries the milestone read just before `to`, the one a plan written in order most often names (`after:
 * [M1]` under M1): when that one is in the same plan and has the id, it is the answer, since no two scheduled
 * milestones share a ref (readMilestone and readGate keep out the second one of a ref; the workspace's milestones
 * are exactly milestoneIndex's values) and a ref is its plan's id, '/' and its id. That is one comparison of two
 * short strings where a look-up hashes one, and when every reference is so found (the 1,000,000-long chain) no map
 * is built: 1,000,000 entries fewer to insert (critical-path --format json on the 200,000-long chain: 8 % fewer
 * instructions). Otherwise, on the first reference it does not find so, it builds one Map per plan keyed by the ids as
 * parsed, filled from the scheduled milestones in order, exactly the entries of `milestoneIndex`. The schema's id
 * patterns (schemas/plan.schema.json) leave '/' out of plan and milestone ids; if one got through anyway, a ref
 * could split two ways, so the look-up then builds the ref as before.
 */
function bareIdLookUp(b: Builder): (plan: number, target: string, to: number) => number | undefined {
  const milestones = b.milestones;
  let byPlanId: ((plan: number, target: string) => number | undefined) | undefined;
  const byMap = (): ((plan: number, target: string) => number | undefined) => {
    let slash = false;
    for (const p of b.plans) if (p.id.includes('/')) slash = true;
    const byPlan: Map<string, number>[] = b.plans.map(() => new Map());
    for (let i = 0; i < milestones.length; i++) {
      const m = milestones[i]!;
      if (m.id.includes('/')) slash = true;
      byPlan[m.plan]!.set(m.id, m.index);
    }
    if (slash) return (plan, target) => b.milestoneIndex.get(`${planIdOf(b, plan)}/${target}`);
    return (plan, target) => byPlan[plan]?.get(target);
  };
  return (plan, target, to) => {
    const before = to > 0 ? milestones[to - 1] : undefined;
    if (before !== undefined && before.plan === plan && before.id === target) return to - 1;
    return (byPlanId ??= byMap())(plan, target);
  };
}
