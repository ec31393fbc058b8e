// Finds the schedule node a user names: `plan/ID`, or a bare `ID` when exactly one plan has it; else the nearest refs.
import type { Workspace } from '../model/types.js';
import { editDistance } from '../text/edit-distance.js';

export type FoundNode = { readonly ok: true; readonly node: number } | { readonly ok: false; readonly ambiguous: readonly string[]; readonly nearest: readonly string[] };

/** How many nearest refs an unknown ref is answered with. */
const NEAREST = 3;

export function findNode(ws: Workspace, ref: string): FoundNode {
  const exact = ws.milestoneIndex.get(ref);
  if (exact !== undefined) return { ok: true, node: exact };
  if (!ref.includes('/')) {
    const matches = ws.milestones.filter((m) => m.id === ref);
    if (matches.length === 1) return { ok: true, node: matches[0]!.index };
    if (matches.length > 1) return { ok: false, ambiguous: matches.map((m) => m.ref).sort(), nearest: [] };
  }
  return { ok: false, ambiguous: [], nearest: nearestRefs(ws, ref) };
}

/** The refs closest to `ref` by edit distance (comparing bare ids when `ref` has no plan), ties by ref: what an unknown ref is answered with (SPEC §14: "naming the nearest ids, as everywhere"). */
export function nearestRefs(ws: Workspace, ref: string): string[] {
  const wanted = ref.toLowerCase();
  const scored = ws.milestones.map((m) => {
    const against = (ref.includes('/') ? m.ref : m.id).toLowerCase();
    return { ref: m.ref, distance: editDistance(wanted, against) };
  });
  scored.sort((a, b) => a.distance - b.distance || (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
  return scored.slice(0, NEAREST).map((s) => s.ref);
}
