// Finds the schedule node a user names: `plan/ID`, or a bare `ID` when exactly one plan has it; else the nearest refs.
import type { Workspace } from '../model/types.js';
import { closestWord } from '../text/closest.js';
import { editDistance } from '../text/edit-distance.js';
import { equallyNear } from '../text/equally-near.js';
import { scanBudget } from '../text/scan-budget.js';

/**
 * What a ref a user gives names (findNamed): a schedule node, a gate or milestone without a date (Unscheduled), several
 * of either (`ambiguous`, their refs sorted), or nothing.
 */
export type Named = { readonly kind: 'node'; readonly node: number } | Unscheduled | { readonly kind: 'unknown' };

/** How many nearest refs an unknown ref is answered with. */
const NEAREST = 3;

/**
 * The milestone or gate `ref` names (explain, risk --milestone): `plan/ID`; or a bare `ID`, read first as `<plan>/ID`
 * when `plan` (--plan) is given, then as the one milestone or gate of any plan with that id. Those without a usable
 * date count: a bare id that a dated b/X and an undated a/X both have is ambiguous, not b/X (a tester's finding: explain
 * explained b/X and risk --plan a simulated b/X, then hid it).
 */
export function findNamed(ws: Workspace, ref: string, plan?: string): Named {
  const index = ws.milestoneIndex;
  const isBare = !ref.includes('/');
  const exact = index.get(ref) ?? (plan !== undefined && isBare ? index.get(`${plan}/${ref}`) : undefined);
  if (exact !== undefined) return { kind: 'node', node: exact };
  const unscheduled = findUnscheduled(ws, ref, plan);
  if (!isBare) return unscheduled ?? { kind: 'unknown' };
  // --plan's own unscheduled one: findUnscheduled tried `<plan>/ID` first.
  if (plan !== undefined && unscheduled !== undefined && unscheduled.kind !== 'ambiguous' && unscheduled.ref === `${plan}/${ref}`) return unscheduled;
  const scheduled: number[] = [];
  for (const m of ws.milestones) if (m.id === ref) scheduled.push(m.index);
  const others = unscheduled === undefined ? [] : unscheduled.kind === 'ambiguous' ? unscheduled.refs : [unscheduled.ref];
  if (scheduled.length + others.length > 1) return { kind: 'ambiguous', refs: [...scheduled.map((v) => ws.milestones[v]!.ref), ...others].sort() };
  if (scheduled.length === 1) return { kind: 'node', node: scheduled[0]! };
  return unscheduled ?? { kind: 'unknown' };
}

/**
 * The refs closest to `ref` (comparing bare ids when `ref` has no plan): what an unknown ref is answered with (SPEC
 * §14: "naming the nearest ids, as everywhere"); three, or up to four as near as the nearest (text/equally-near.ts),
 * as validate and set name them, with how many more are as near (`more`). First the one validate's and set's "did you
 * mean" gives (src/text/closest.ts: a rename that extends the id, `c/MP4-revised` for `c/MP4`, before a substitution)
 * and those as near, then the others by edit distance, ties by ref. A tester found explain and risk list `a/BP4, a/MP1, b/MP4x` for `c/MP4`
 * where set said `c/MP4-revised`. Gates without a date are among them.
 */
export function nearestRefs(ws: Workspace, ref: string): { readonly refs: readonly string[]; readonly more: number } {
  const wanted = ref.toLowerCase();
  // A gate without a date is no schedule node (SPEC §1.7) but is named as one, and naming it says why it has no dates
  // (explain, risk): `bp1` for an undated a/BP1 must lead there, not to the dated ids around it (a tester's finding).
  // Likewise a milestone without any usable date (Workspace.undated).
  const named = [...ws.milestones, ...(ws.gates ?? []).filter((g) => g.node < 0), ...(ws.undated ?? []).map((u) => ({ ref: u.ref, id: u.ref.slice(u.ref.indexOf('/') + 1) }))];
  const words = named.map((m) => (ref.includes('/') ? m.ref : m.id));
  const guess = closestWord(ref, words);
  // The one closest.ts names and every id as near, as validate's and set's "did you mean" name them (up to four: tester
  // round 97 F9, explain named two of four as near), then the next nearest up to three.
  const tie = guess === undefined ? undefined : equallyNear(ref, guess, words, scanBudget());
  const near = tie === undefined ? [] : tie.named.map((word) => named[words.indexOf(word)]!.ref);
  if (near.length >= NEAREST) return { refs: near, more: tie!.more };
  const scored = named.map((m, i) => ({ ref: m.ref, distance: editDistance(wanted, words[i]!.toLowerCase()) }));
  scored.sort((a, b) => a.distance - b.distance || (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
  return { refs: [...near, ...scored.map((s) => s.ref).filter((r) => !near.includes(r))].slice(0, NEAREST), more: tie?.more ?? 0 };
}

/** What findUnscheduled finds: a gate or a milestone that exists but has no schedule node, or several it could be. */
export type Unscheduled = { readonly kind: 'gate'; readonly ref: string } | { readonly kind: 'milestone'; readonly ref: string } | { readonly kind: 'ambiguous'; readonly refs: readonly string[] };

/**
 * The gate without a date (SPEC §1.7) or the milestone without any usable date (SPEC §4.1, Workspace.undated) that
 * `ref` names: neither is a schedule node, but each exists, and explain and risk say why it has no dates instead of
 * "no such milestone". `ref` is `plan/ID`; or a bare `ID`, read first as `<plan>/ID` when `plan` (risk's --plan) is
 * given, then as the one such gate or milestone of any plan with that id; several → `ambiguous`, their refs sorted.
 * Undefined when nothing unscheduled has that name. Explain and risk answered ambiguous bare ids differently
 * (explain took the first gate) until both asked this.
 */
export function findUnscheduled(ws: Workspace, ref: string, plan?: string): Unscheduled | undefined {
  const named: Extract<Unscheduled, { ref: string }>[] = [
    ...(ws.gates ?? []).filter((g) => g.node < 0).map((g) => ({ kind: 'gate' as const, ref: g.ref })),
    ...(ws.undated ?? []).map((u) => ({ kind: 'milestone' as const, ref: u.ref })),
  ];
  const exact = named.find((u) => u.ref === ref) ?? (plan !== undefined && !ref.includes('/') ? named.find((u) => u.ref === `${plan}/${ref}`) : undefined);
  if (exact !== undefined || ref.includes('/')) return exact;
  const matches = named.filter((u) => u.ref.slice(u.ref.indexOf('/') + 1) === ref);
  if (matches.length <= 1) return matches[0];
  return { kind: 'ambiguous', refs: matches.map((u) => u.ref).sort() };
}
