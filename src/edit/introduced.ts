// Which diagnostics an edit introduces: present after it and not before, counted by rule and entity (issue #12), and
// of several findings of one rule and entity, the ones that match no older finding by place, related places or text.
import type { Diagnostic } from '../diagnostics/types.js';
import type { LineMap } from './line-map.js';

/**
 * Findings by rule, then file, then entity reference: Maps, so any text is a key. A finding without an entity has a
 * null ref (an absent one counts as null too, as it did in the JSON key this replaced).
 */
type Groups = Map<string, Map<string, Map<string | null, Diagnostic[]>>>;

function groupOf(groups: Groups, d: Diagnostic): Diagnostic[] {
  let byFile = groups.get(d.rule);
  if (byFile === undefined) groups.set(d.rule, (byFile = new Map()));
  let byRef = byFile.get(d.file);
  if (byRef === undefined) byFile.set(d.file, (byRef = new Map()));
  const ref = d.ref ?? null;
  let group = byRef.get(ref);
  if (group === undefined) byRef.set(ref, (group = []));
  return group;
}

/**
 * The diagnostics of `after` that `before` did not have. Two diagnostics are the same finding when they have the same
 * rule, entity reference and file: a message that now names other dates (a dependency-order finding that moved) is
 * still the old finding, not a new one (issue #12). So a rule and entity with no more findings than before introduce
 * none; for findings without an entity, each (rule, file) is counted, so a second schema error is still new.
 *
 * When a rule and entity have more findings than before, the new ones are those left when each old finding has been
 * paired with the finding after the edit most like it (matchOld): not simply the last ones in `after`'s order, which
 * named an older finding as new when the new one sorted before it (a tester's finding: a second late predecessor
 * whose ref sorts first). `mapLine` says where a line before the edit is after it (./line-map.ts), so that a finding
 * below an inserted line still sits at its own place; without it, lines are compared as they are.
 */
export function findIntroduced(before: readonly Diagnostic[], after: readonly Diagnostic[], mapLine?: LineMap): Diagnostic[] {
  // Nested Maps rather than a JSON key per finding: 7,000 findings before and after at 20,000 milestones (issue #18).
  const old: Groups = new Map();
  for (const d of before) groupOf(old, d).push(d);
  const now: Groups = new Map();
  for (const d of after) groupOf(now, d).push(d);
  const introduced = new Set<Diagnostic>();
  for (const [rule, byFile] of now) {
    for (const [file, byRef] of byFile) {
      for (const [ref, group] of byRef) {
        const olds = old.get(rule)?.get(file)?.get(ref) ?? [];
        if (group.length <= olds.length) continue;
        const matched = matchOld(olds, group, mapLine ?? ((_, line) => line));
        group.forEach((d, i) => {
          if (!matched[i]) introduced.add(d);
        });
      }
    }
  }
  return introduced.size === 0 ? [] : after.filter((d) => introduced.has(d));
}

/** Describes a finding for one tier of matchOld; undefined: it takes no part in that tier. */
type Likeness = (d: Diagnostic, isOld: boolean) => string | undefined;

/**
 * Pairs each finding of `olds` with one of `news` (one rule, file and entity; more news than olds), most alike first:
 * the same place, related places and text; the same place and related places (the text names a moved date); the same
 * related places (a late predecessor's edge, when the finding moved to a new forecast); the same text; the same place;
 * then in order. Returns which of `news` were paired. Old lines are mapped through `mapLine` first.
 */
function matchOld(olds: readonly Diagnostic[], news: readonly Diagnostic[], mapLine: LineMap): boolean[] {
  const line = (file: string, l: number, isOld: boolean): number => (isOld ? mapLine(file, l) : l);
  const place: Likeness = (d, isOld) => `${line(d.file, d.line, isOld)}:${d.column}`;
  const related: Likeness = (d, isOld) => (d.related.length === 0 ? undefined : d.related.map((r) => `${r.file}\u0000${line(r.file, r.line, isOld)}:${r.column}`).join('\u0000'));
  const text: Likeness = (d) => JSON.stringify(d.message);
  const both = (a: Likeness, b: Likeness): Likeness => (d, isOld) => {
    const x = a(d, isOld);
    const y = b(d, isOld);
    return x === undefined || y === undefined ? undefined : `${x}\u0001${y}`;
  };
  const tiers: Likeness[] = [
    both(both(place, (d, isOld) => related(d, isOld) ?? ''), text),
    both(place, (d, isOld) => related(d, isOld) ?? ''),
    related,
    text,
    place,
    () => '',
  ];
  const oldTaken = new Array<boolean>(olds.length).fill(false);
  const newTaken = new Array<boolean>(news.length).fill(false);
  let left = olds.length;
  for (const likeness of tiers) {
    if (left === 0) break;
    const waiting = new Map<string, number[]>();
    olds.forEach((d, i) => {
      const key = oldTaken[i] ? undefined : likeness(d, true);
      if (key === undefined) return;
      const queue = waiting.get(key);
      if (queue === undefined) waiting.set(key, [i]);
      else queue.push(i);
    });
    news.forEach((d, i) => {
      if (newTaken[i]) return;
      const key = likeness(d, false);
      const queue = key === undefined ? undefined : waiting.get(key);
      const o = queue?.shift();
      if (o === undefined) return;
      oldTaken[o] = true;
      newTaken[i] = true;
      left--;
    });
  }
  return newTaken;
}
