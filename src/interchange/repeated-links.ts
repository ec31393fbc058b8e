// The imported links that repeat an earlier link's predecessor, successor and type (SPEC §10), found by successor, and
// which of two such links binds.
import { isWorkingUnit, UNIT_DAYS } from '../calendar/index.js';
import type { ImportedLink, ImportedLinkAt } from './plan-model.js';

/**
 * The links (indices; `from[i]` -1 for none) that repeat an earlier one's predecessor, successor and type, each with
 * that first one: `[first, repeat]`, in no particular order. Links are grouped by successor (a counting sort, which
 * keeps file order in a group), and only a group of two or more is sorted.
 */
export function repeatedLinks(from: Int32Array, to: Int32Array, types: Uint8Array, nodeCount: number): [number, number][] {
  const start = new Int32Array(nodeCount + 1);
  for (let i = 0; i < from.length; i++) if (from[i] !== -1) start[to[i]! + 1]!++;
  for (let n = 0; n < nodeCount; n++) start[n + 1]! += start[n]!;
  const fill = start.slice(0, nodeCount);
  const bySucc = new Int32Array(start[nodeCount]!);
  for (let i = 0; i < from.length; i++) if (from[i] !== -1) bySucc[fill[to[i]!]!++] = i;
  const pairs: [number, number][] = [];
  for (let n = 0; n < nodeCount; n++) {
    if (start[n + 1]! - start[n]! < 2) continue;
    const group = bySucc.subarray(start[n]!, start[n + 1]!).sort((a, b) => from[a]! - from[b]! || types[a]! - types[b]! || a - b);
    let first = group[0]!;
    for (let k = 1; k < group.length; k++) {
      const i = group[k]!;
      if (from[i] === from[first] && types[i] === types[first]) pairs.push([first, i]);
      else first = i;
    }
  }
  return pairs;
}

/**
 * How the date link `a` requires of its successor compares with the one `b` requires, for two links of one type
 * between the same two milestones (SPEC §5: the same anchor, moved by each lag, then by the successor's duration),
 * whatever the dates: `later` / `earlier` always, `not-earlier` / `not-later` never the other way but equal on some
 * dates, `same` on every date, `undecided` when that depends on the dates. Lags of one kind compare as numbers (a week
 * is 5 working or 7 calendar days). A lag of n ≥ 0 working days spans at least n calendar days, and a lead of n at
 * least n, so a working lag w and a calendar lag e compare whatever the dates only when w ≥ 0 and w ≥ e (the working
 * one binds), or w ≤ 0 and e ≥ w (the calendar one does); `2d` against `3ed` depends on the weekends between.
 */
export function compareLags(a: ImportedLink, b: ImportedLink): LagOrder {
  const [x, y] = [lagOf(a), lagOf(b)];
  if (x.isWorking === y.isWorking || (x.days === 0 && y.days === 0)) return x.days > y.days ? 'later' : x.days < y.days ? 'earlier' : 'same';
  const [work, cal] = x.isWorking ? [x.days, y.days] : [y.days, x.days];
  /** The order of the working link against the calendar one, then seen from `a`. */
  const order: LagOrder = work >= 0 && work >= cal ? (work > cal ? 'later' : 'not-earlier') : work <= 0 && cal >= work ? (cal > work ? 'earlier' : 'not-later') : 'undecided';
  return x.isWorking ? order : FLIPPED[order];
}

export type LagOrder = 'later' | 'not-earlier' | 'same' | 'not-later' | 'earlier' | 'undecided';
const FLIPPED: Readonly<Record<LagOrder, LagOrder>> = { later: 'earlier', 'not-earlier': 'not-later', same: 'same', 'not-later': 'not-earlier', earlier: 'later', undecided: 'undecided' };

/** A lag in days of its kind, working (`d`, `w`) or calendar (`ed`, `ew`). */
function lagOf(link: ImportedLink): { days: number; isWorking: boolean } {
  const unit = link.lagUnit ?? 'd';
  return { days: link.lagDays * UNIT_DAYS[unit], isWorking: isWorkingUnit(unit) };
}

/** The groups of links of one type between the same two milestones, each in the order read, from repeatedLinks' pairs. */
export function repeatGroups(pairs: readonly (readonly [number, number])[]): number[][] {
  const groups = new Map<number, number[]>();
  for (const [first, repeat] of pairs) {
    const group = groups.get(first);
    if (group === undefined) groups.set(first, [first, repeat]);
    else group.push(repeat);
  }
  for (const group of groups.values()) group.sort((a, b) => a - b);
  return [...groups.values()];
}

/**
 * The link of a group the plan keeps: the one that binds, requiring the latest date of the successor whatever the dates
 * (compareLags), as the MS Project export keeps of two links between the same two tasks (mspdi/write-links.ts); of
 * links that tie, or whose order depends on the dates, the one read first (tester round 57 F8: `MP1; MP1+2d` kept
 * the link with no lag, and the schedule lost the 2 days).
 */
export function bindingLink(group: readonly number[], links: readonly ImportedLinkAt[]): number {
  let kept = group[0]!;
  for (const i of group) {
    const order = compareLags(links[i]!.link, links[kept]!.link);
    if (order === 'later' || order === 'not-earlier') kept = i;
  }
  return kept;
}

/** Why `kept` is kept rather than `left`: the date it requires (compareLags), or, on a tie or an open order, its place. */
export function keptBecause(kept: ImportedLink, left: ImportedLink): 'later' | 'not-earlier' | 'same' | 'undecided' {
  const order = compareLags(kept, left);
  return order === 'later' || order === 'not-earlier' || order === 'undecided' ? order : 'same';
}
