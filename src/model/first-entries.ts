// The first entry of a reference list naming each target, so that a later entry naming the same one is its repeat.
import type { Path } from '../source/parse.js';
import { indexedTexts, type Obj } from './read.js';
import { ListedEntries } from './listed-links.js';
import { qualified } from './qualified-ref.js';
import type { SuggestionHint } from './missed-references.js';
import type { LinkType, RepeatedReference } from './types.js';

/**
 * The entries of one reference list (a milestone's `after`, a risk's `milestones`) by what each names: the ref it
 * resolves to, whether or not anything has that ref (an unknown one is reported once, at the first entry: tester
 * round 45 F7), and for an `after` entry its link type (afterLinkKey). A later entry naming a target an earlier one
 * named is a repeat of that first entry, however many came between. Keyed in a Map, so that an id such as
 * `__proto__` or `hasOwnProperty` is a key like any other.
 */
export class FirstEntries<T> {
  private readonly firsts = new Map<string, T>();

  /** The first entry that named `key`; undefined when none did, and `entry` is recorded as that first. */
  repeatOf(key: string, entry: T): T | undefined {
    const first = this.firsts.get(key);
    if (first !== undefined) return first;
    this.firsts.set(key, entry);
    return undefined;
  }

  /** The first entry that named `key`, recording nothing; undefined when none did. */
  firstOf(key: string): T | undefined {
    return this.firsts.get(key);
  }
}

/** What an `after` entry names: its link type and the ref of its predecessor (`plan/ID`, the bare id qualified). */
export function afterLinkKey(type: LinkType, ref: string): string {
  return `${type} ${ref}`;
}

/**
 * The milestones of a risk's or measure's `milestones` list (SPEC §1.5, §1.6), as indices in entry order, each entry
 * read at its own index (a hole the schema left keeps the others' places: tester round 42 F4). An entry naming the ref
 * an earlier one names, written alike or otherwise (`X`, `plan/X`), known or not, goes to `repeated`, paired with that
 * first entry, and is left out (tester round 44 F8, round 45 F7); an unknown one goes to `miss` once, at its first
 * entry. `holder` is the risk's or measure's ref, `planId` its plan's id, `at` its entry's place.
 */
export function resolveMilestoneList(
  milestoneIndex: ReadonlyMap<string, number>, data: Obj, at: { readonly file: string; readonly path: Path }, holder: string, plan: number, planId: string,
  repeated: RepeatedReference[], miss: (target: string, ref: string, origin: { file: string; path: Path }, listed: Pick<SuggestionHint, 'listed' | 'offer'>) => void,
): number[] {
  const linked: number[] = [];
  const firsts = new FirstEntries<{ target: string; at: number }>();
  // What the list names, for an unknown entry's suggestion (made at the first: ListedEntries.hint).
  const cache: { entries?: ListedEntries } = {};
  const entries = (e: ListedEntries): void => {
    for (const { id, at: k } of indexedTexts(data, 'milestones')) e.add(qualified(id, planId), k);
  };
  for (const { id: target, at: i } of indexedTexts(data, 'milestones')) {
    const ref = qualified(target, planId);
    const origin = { file: at.file, path: [...at.path, 'milestones', i] };
    const first = firsts.repeatOf(ref, { target, at: i });
    if (first !== undefined) {
      repeated.push({ holder, plan, origin, first: first.at + 1, later: i + 1, written: [first.target, target] });
      continue;
    }
    const index = milestoneIndex.get(ref);
    if (index === undefined) miss(target, ref, origin, ListedEntries.hint(entries, (word) => qualified(word, planId), i, cache));
    else linked.push(index);
  }
  return linked;
}
