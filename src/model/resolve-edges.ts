// Resolves the scheduled milestones' `after` edges (resolve.ts's first phase): each reference to its milestone's index.
import type { Builder } from './build.js';
import { afterLinkKey, FirstEntries } from './first-entries.js';
import type { MissedReferences } from './missed-references.js';
import { planIdOf } from './resolve-checks.js';
import { DependencyTable } from './dependency-table.js';
import { ListedLinks } from './listed-links.js';
import type { AfterUndated, Dependency, RepeatedLink } from './types.js';

/** The edges resolved, and the `after` entries left out of the schedule because they name something without a date. */
export interface ResolvedEdges {
  readonly dependencies: DependencyTable;
  /** The `after` entries naming each gate without a date (by its index), left out of the schedule (Gate.waiting). */
  readonly waiting: Map<number, AfterUndated[]>;
  /** The same for each milestone without a usable date, by its ref (Workspace.undated). */
  readonly undated: Map<string, AfterUndated[]>;
  /** The entries left out as a repeat of an earlier entry's link (Workspace.repeatedLinks); undefined = none. */
  readonly repeated: RepeatedLink[] | undefined;
}

/**
 * Above this many edges into one milestone, resolveAfterEdges finds a repeated link through a map of that milestone's
 * edges rather than by looking through them: a milestone after 100,000 others would otherwise take 5·10⁹ comparisons.
 */
const SHORT_RUN = 16;

/**
 * Resolves Builder.pending, in order, against milestoneIndex: `plan/ID` as written, a bare id in the successor's own
 * plan (bareIdLookUp). An edge resolved is added, with its `from`, to the model's table; the pending table is left as
 * read. An unknown reference goes to `missed`
 * (suggested: the same bare id in another plan, else the nearest ref, never the successor itself), and, when it names
 * a gate or milestone without a date (SPEC §4.1, §12), to that one's waiting entries too. An entry whose edge repeats
 * an earlier entry's (the same predecessor and link type: RepeatedLink), or names the same ref with the same type as
 * an earlier entry when nothing scheduled has it, is left out of the edges, and of `missed`, and goes to `repeated`.
 */
export function resolveAfterEdges(b: Builder, missed: MissedReferences): ResolvedEdges {
  const lookUp = bareIdLookUp(b);
  const pending = b.pending;
  const dependencies = new DependencyTable(Math.max(pending.length, 1));
  const waiting = new Map<number, AfterUndated[]>();
  const undated = new Map<string, AfterUndated[]>();
  let repeated: RepeatedLink[] | undefined;
  // The edges into the milestone being resolved are the rows from runStart on: a milestone's pending entries are
  // consecutive (readMilestone pushes its whole `after` list at once, and nothing else is pushed meanwhile; fragments.ts
  // appends a file's entries in their order and rebase.ts keeps it), so a repeated link is found among those few edges,
  // without a string per edge or a map of the workspace's edges. A milestone with more than SHORT_RUN gets a map of its own.
  let runTo = -1;
  let runStart = 0;
  let runLinks: Map<number, number> | undefined;
  // The reference as written of each edge of the run (row runStart + k's is runTargets[k]), for a repeat's
  // finding: looked for among the pending entries before, it made a list of 50,000 repeats quadratic (tester round 44 F2).
  const runTargets: string[] = [];
  // The links of the milestone being resolved that make no edge (to a gate or milestone without a date, or to nothing),
  // by type and ref.
  let unmadeTo = -1;
  let unmade: FirstEntries<{ edge: Dependency; target: string }> | undefined;
  // The links of the milestone being resolved, for its unknown entries' suggestions (made at its first).
  let listed: ListedLinks | undefined;
  for (let i = 0; i < pending.length; i++) {
    const to = pending.to[i]!;
    const typeCode = pending.kind[i]! & 3;
    const target = b.pendingTargets[i]!;
    const successor = b.milestones[to]!;
    const qualified = target.includes('/');
    const from = qualified ? b.milestoneIndex.get(target) : lookUp(successor.plan, target, to);
    if (from === undefined) {
      const ref = qualified ? target : `${planIdOf(b, successor.plan)}/${target}`;
      const gate = b.gates.length === 0 ? undefined : b.gateIndex.get(ref);
      const isGateUndated = gate !== undefined && b.gates[gate]!.node < 0;
      const isUndated = !isGateUndated && b.unscheduledIndex.size > 0 && b.unscheduledIndex.has(ref);
      // A link to a gate or milestone without a date, or to nothing, written again: found as among the edges made
      // (tester round 44 F6: fixing the date brought a new finding); to nothing, reported unknown once, at the first
      // entry (round 45 F7: `[Ghost, Ghost]` was two unknown references and no repeat).
      if (to !== unmadeTo) {
        unmadeTo = to;
        unmade = new FirstEntries();
        listed = undefined;
      }
      const edge = pending.at(i)!;
      const kept = unmade!.repeatOf(afterLinkKey(edge.type, ref), { edge, target });
      if (kept !== undefined) {
        (repeated ??= []).push({ first: kept.edge, firstTarget: kept.target, later: edge, laterTarget: target });
        continue;
      }
      if (isGateUndated) waitOn(waiting, gate, { ref: successor.ref, origin: edge.origin, type: edge.type, ...leadOf(edge) });
      else if (isUndated) waitOn(undated, ref, { ref: successor.ref, origin: edge.origin, type: edge.type, ...leadOf(edge) });
      const planId = planIdOf(b, successor.plan);
      const links = (): ListedLinks => (listed ??= ListedLinks.ofRun(pending, b.pendingTargets, i, planId));
      missed.missMilestone(
        { kind: 'after', target, brokenKey: `milestones:${ref}`, holder: successor.ref, plan: successor.plan, origin: edge.origin },
        { self: qualified ? successor.ref : successor.id, chosen: qualified ? undefined : missed.elsewhere(target), listed: (word) => links().entryNaming(word, edge.type, planId), offer: (word) => links().offer(word, edge.type, planId, edge.entry), isOffer: (entry) => links().isOffer(entry), lags: (word) => links().lagsOf(word, edge.type, planId, edge.entry) },
      );
      continue;
    }
    if (to !== runTo) {
      runTo = to;
      runStart = dependencies.length;
      runLinks = undefined;
      runTargets.length = 0;
    }
    const first = runLinks === undefined ? sameLink(dependencies, runStart, from, typeCode) : runLinks.get(linkKey(from, typeCode)) ?? -1;
    if (first >= 0) {
      (repeated ??= []).push({ first: dependencies.at(first)!, firstTarget: runTargets[first - runStart]!, later: pending.at(i)!.with(from, to), laterTarget: target });
      continue;
    }
    dependencies.addRow(pending, i, from, to);
    runTargets.push(target);
    if (runLinks !== undefined) runLinks.set(linkKey(from, typeCode), dependencies.length - 1);
    else if (dependencies.length - runStart > SHORT_RUN) runLinks = linksOf(dependencies, runStart);
  }
  return { dependencies: dependencies.trim(), waiting, undated, repeated };
}

/** The index of the edge among the rows from `start` on from `from` whose link type's code is `typeCode`; -1 for none. */
function sameLink(dependencies: DependencyTable, start: number, from: number, typeCode: number): number {
  for (let k = start; k < dependencies.length; k++) if (dependencies.from[k] === from && (dependencies.kind[k]! & 3) === typeCode) return k;
  return -1;
}

/** A number for the link from `from` of the type whose code is `typeCode` among one milestone's edges. */
function linkKey(from: number, typeCode: number): number {
  return from * 4 + typeCode;
}

/** The rows from `start` on by their linkKey (the first edge of each: no two are alike). */
function linksOf(dependencies: DependencyTable, start: number): Map<number, number> {
  const links = new Map<number, number>();
  for (let k = start; k < dependencies.length; k++) links.set(linkKey(dependencies.from[k]!, dependencies.kind[k]! & 3), k);
  return links;
}


/** Adds `entry` to the `after` entries waiting on `key`, a gate or milestone without a date (resolveAfterEdges). */
/** An edge's negative lag and its place (AfterUndated.lead), as a property to spread; none for a lag of 0 or more. */
export function leadOf(edge: Dependency): { lead?: AfterUndated['lead'] } {
  return edge.lag.n < 0 ? { lead: { lag: edge.lag, origin: edge.lagOrigin ?? edge.origin } } : {};
}

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
