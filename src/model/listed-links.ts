// The entries of one reference list by what each names: so that a suggestion for an unknown entry is not what the list
// names already (tester round 81 F7: `after: [MP5, mp5]` was told "did you mean MP5?"; round 82 F4: `require`,
// `meetings` and a risk's or measure's `milestones` alike).
import { qualified } from './qualified-ref.js';
import type { DependencyTable } from './dependency-table.js';
import { afterLinkKey, FirstEntries } from './first-entries.js';
import { isSameLag, showLag, ZERO_DURATION, type Duration, type Estimate, type LagValue } from '../calendar/index.js';
import { LINK_OF_CODE, type LinkType } from './milestone-types.js';
import type { AfterEdge } from './origin.js';
import type { SuggestionHint } from './missed-references.js';

/** The first entry (its 0-based index in the list) naming each key; keys are the list's own (ListedEntries.hint). */
export class ListedEntries {
  private readonly firsts = new FirstEntries<number>();
  /** The entries recorded by `offer`: unknown ones, which name what they were offered only as meant. */
  private readonly offers = new Set<number>();

  /** Records entry `index` as naming `key`; the first one stays. */
  add(key: string, index: number): void {
    this.firsts.repeatOf(key, index);
  }

  /** The entry naming `key`; undefined when none does. */
  entryNaming(key: string): number | undefined {
    return this.firsts.firstOf(key);
  }

  /** Records entry `index`, an unknown one, as offered `key`: it names it as meant (the first entry naming it stays). */
  offer(key: string, index: number): void {
    if (this.firsts.repeatOf(key, index) === undefined) this.offers.add(index);
  }

  /** Whether entry `index` names what it names only as it was offered (an unknown entry: tester round 83 F10). */
  isOffer(index: number): boolean {
    return this.offers.has(index);
  }

  /**
   * The `listed` and `offer` of a SuggestionHint for entry `index` of a list whose entries `make` records when first
   * asked (one list's entries, once, whether one or a thousand of them are unknown): `keyOf` is what a suggested word
   * names, in the keys `make` records.
   */
  static hint(make: (entries: ListedEntries) => void, keyOf: (word: string) => string, index: number, cache: { entries?: ListedEntries }): Pick<SuggestionHint, 'listed' | 'offer' | 'isOffer'> {
    const entries = (): ListedEntries => {
      if (cache.entries === undefined) {
        cache.entries = new ListedEntries();
        make(cache.entries);
      }
      return cache.entries;
    };
    return { listed: (word) => entries().entryNaming(keyOf(word)), offer: (word) => entries().offer(keyOf(word), index), isOffer: (entry) => entries().isOffer(entry) };
  }
}

/** The links of one milestone's `after` list (afterLinkKey of each entry's type and ref), with each one's lag. */
export class ListedLinks {
  private readonly entries = new ListedEntries();
  /** The lag of each entry (by its index); ZERO_DURATION for none. */
  private readonly lags = new Map<number, LagValue>();

  /**
   * Records entry `index` naming `ref` (`plan/ID`, a bare id qualified) with link type `type` and its lag (the likely
   * value and a three-point lag's estimate); the first one stays.
   */
  add(type: LinkType, ref: string, index: number, lag: Duration = ZERO_DURATION, lagEstimate?: Estimate): void {
    this.entries.add(afterLinkKey(type, ref), index);
    if (!this.lags.has(index)) this.lags.set(index, { lag, lagEstimate });
  }

  /**
   * The lags of the entry naming `word` (as entryNaming finds it) and of entry `index` as written (a three-point lag
   * as its three values: tester round 84 F6), when they are not one lag (isSameLag); else undefined.
   */
  lagsOf(word: string, type: LinkType, planId: string, index: number): readonly [string, string] | undefined {
    const other = this.entryNaming(word, type, planId);
    const kept = other === undefined ? undefined : this.lags.get(other);
    const own = this.lags.get(index);
    return kept === undefined || own === undefined || isSameLag(kept, own) ? undefined : [showLag(kept), showLag(own)];
  }

  /** Records entry `index` as offered `word` (as plan `planId` writes it) with link type `type`, unless one names it. */
  offer(word: string, type: LinkType, planId: string, index: number): void {
    this.entries.offer(afterLinkKey(type, qualified(word, planId)), index);
  }

  /** Whether entry `index` names its link only as it was offered (ListedEntries.isOffer). */
  isOffer(index: number): boolean {
    return this.entries.isOffer(index);
  }

  /**
   * The entry naming `word`, a suggestion as plan `planId` writes it (a bare id is its own plan's), with link type
   * `type`; undefined when no entry does.
   */
  entryNaming(word: string, type: LinkType, planId: string): number | undefined {
    return this.entries.entryNaming(afterLinkKey(type, qualified(word, planId)));
  }

  /**
   * The entries of the milestone whose pending row is `row`: the rows of `pending` around it with the same successor
   * (a milestone's rows are consecutive: model/resolve-edges.ts), `targets[k]` row k's reference as written, a bare id
   * in plan `planId`.
   */
  static ofRun(pending: DependencyTable, targets: readonly string[], row: number, planId: string): ListedLinks {
    const to = pending.to[row];
    let start = row;
    while (start > 0 && pending.to[start - 1] === to) start--;
    const links = new ListedLinks();
    for (let k = start; k < pending.length && pending.to[k] === to; k++) links.add(LINK_OF_CODE[pending.kind[k]! & 3]!, qualified(targets[k]!, planId), pending.entry[k]!, pending.lagAt(k), pending.estimateAt(k));
    return links;
  }

  /** The entries of a milestone without a usable date (UnscheduledMilestone.after), a bare id in plan `planId`. */
  static ofEntries(after: readonly { readonly target: string; readonly edge: AfterEdge }[], planId: string): ListedLinks {
    const links = new ListedLinks();
    for (const a of after) links.add(a.edge.type, qualified(a.target, planId), a.edge.entry, a.edge.lag, a.edge.lagEstimate);
    return links;
  }
}
