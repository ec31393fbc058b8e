// A reference whose plan id is written with capitals is offered its lower-case form (`P/MP5` → p/MP5: schema.ref-case
// .hint, made per file by describe.ts). When that form names nothing but a milestone's ref in another case does
// (`P/mp5` → p/MP5), the offer is that ref: tester round 83 F11, where `P/mp5` got only the general form hint while
// the unknown-reference rule offered `p/mp5` p/MP5. Made once the workspace is read, before the rules: the schema rule
// then checks the offer as any other (a cycle, a ref that names nothing), and the unknown-reference rule sees what the
// entry is offered (schema/offered-entries.ts).
import { msg } from '../messages/index.js';
import type { Workspace } from '../model/types.js';
import type { PlacedSchemaProblem, SchemaProblem } from './check.js';

/**
 * `problems`, each plan-id-case hint whose offer names no milestone, gate or milestone without a date offered the one
 * ref that does in another case (none when two do); the same array when none changes. Such an entry of a list that
 * another entry of the list names already, or an `after` entry naming its own milestone, is told so instead
 * (schema.listed.hint), as describe.ts tells an offer it makes itself.
 */
export function recaseRefOffers(problems: readonly PlacedSchemaProblem[], ws: Workspace): readonly PlacedSchemaProblem[] {
  let byLower: Map<string, string | null> | undefined;
  const refIn = (ref: string): string | undefined => {
    if (byLower === undefined) {
      byLower = new Map();
      const add = (r: string): void => {
        const lower = r.toLowerCase();
        const seen = byLower!.get(lower);
        byLower!.set(lower, seen === undefined || seen === r ? r : null);
      };
      for (const r of ws.milestoneIndex.keys()) add(r);
      for (const u of ws.undated ?? []) add(u.ref);
    }
    return byLower.get(ref.toLowerCase()) ?? undefined;
  };
  let undated: Set<string> | undefined;
  const isNamed = (ref: string): boolean => ws.milestoneIndex.has(ref) || (undated ??= new Set((ws.undated ?? []).map((u) => u.ref))).has(ref);
  let out: PlacedSchemaProblem[] | undefined;
  problems.forEach((placed, i) => {
    const hint = placed.problem.hint;
    if (hint.id !== 'schema.ref-case.hint' || isNamed(hint.data.ref)) return;
    const ref = refIn(hint.data.ref);
    if (ref === undefined) return;
    out ??= problems.slice();
    out[i] = { ...placed, problem: recased(placed, ref, ws) };
  });
  return out ?? problems;
}

/** The problem of `placed` offered `ref` (its offer's case changed), or told the entry its list names already. */
function recased(placed: PlacedSchemaProblem, ref: string, ws: Workspace): SchemaProblem {
  const problem = placed.problem;
  const entry = problem.entry;
  if (entry === undefined) return { ...problem, hint: msg('schema.ref-case.hint', { ref }) };
  // The entry's key names the offer as its list writes it: `p/MP5` in plan p as `MP5`, in `after` with the link type.
  const cut = entry.key.indexOf('\0');
  const local = cut < 0 ? entry.key : entry.key.slice(0, cut);
  const written = ref.slice(ref.length - local.length);
  const key = `${written}${cut < 0 ? '' : entry.key.slice(cut)}`;
  const planId = placed.plan === undefined ? undefined : ws.plans[placed.plan]?.id;
  if (entry.field === 'after' && placed.entity !== undefined && `${planId}/${placed.entity.name}` === ref) {
    return { ...problem, hint: msg('schema.listed.hint', { written: ref, list: entry.field, entry: null }), entry: { ...entry, key } };
  }
  const other = entry.keys.findIndex((k, at) => k === key && at !== entry.index);
  const hint = other >= 0 ? msg('schema.listed.hint', { written: ref, list: entry.field, entry: other }) : msg('schema.ref-case.hint', { ref });
  return { ...problem, hint, entry: { ...entry, key } };
}
