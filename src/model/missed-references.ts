// The unknown references found while resolving (resolve.ts), each with its nearest suggestion and what finds it.
import type { Path } from '../source/parse.js';
import { candidates, closestWord, closestWordExcept, type Candidates } from '../text/closest.js';
import { scanBudget } from '../text/scan-budget.js';
import { limitForLength } from '../text/closest-search.js';
import type { Builder } from './build.js';
import type { Origin, ReferenceKind, UnreadablePlan, UnresolvedReference } from './types.js';

/** A reference found unknown: what it names, its key among the known broken ones, who holds it and where. */
export interface MissedReference {
  readonly kind: ReferenceKind;
  readonly target: string;
  /** Its key in Builder.knownBroken (`milestones:plan/ID`, `body:ID` …): a reference reported already is not again. */
  readonly brokenKey: string;
  readonly holder: string | undefined;
  readonly plan: number | undefined;
  readonly origin: { file: string; path: Path };
  /** UnresolvedReference.isGate. */
  readonly isGate?: true;
}

/**
 * What steers a reference's suggestion. `self`: the word never to suggest (a milestone's own id in its `after` list:
 * the fix would be a cycle). Only a scheduled milestone needs it: an unscheduled one is in no list of candidates
 * (they come from milestoneIndex). `chosen`: a suggestion found otherwise (a meeting nearest the date written, a
 * plan's milestone with that bare id), which the spelling search then is not asked for.
 */
export interface SuggestionHint {
  readonly self?: string | undefined;
  readonly chosen?: string | undefined;
  /** No suggestion at all: the one found otherwise would not do (a meeting the milestone does not admit). */
  readonly none?: boolean | undefined;
  /**
   * For an `after` entry: the entry of its list (0-based) that makes the link a suggestion `word` would make, if any
   * (ListedLinks.entryNaming with the entry's link type): such a suggestion is a repeated link when followed.
   */
  readonly listed?: ((word: string) => number | undefined) | undefined;
  /**
   * Told the suggestion made for an `after` entry: a later entry of its list offered the same link is told it names
   * it already (tester round 82 F3: `[mp5, Mp5]` were both offered MP5, a repeated link when both were followed).
   */
  readonly offer?: ((word: string) => void) | undefined;
  /** Whether entry `entry` of the list (as `listed` gives it) names its word only as it was offered (`offer`). */
  readonly isOffer?: ((entry: number) => boolean) | undefined;
  /**
   * For an `after` entry: the lag of the entry naming `word` and this entry's own, as written, when they differ
   * (tester round 83 F4: "remove this entry" dropped the lag the entry held).
   */
  readonly lags?: ((word: string) => readonly [string, string] | undefined) | undefined;
}

const NO_HINT: SuggestionHint = {};

/** Candidates with each word's position among the milestone refs (milestoneIndex's keys); `at` undefined: its own. */
export interface PlacedCandidates extends Candidates {
  readonly at: Int32Array | undefined;
}

/**
 * The searches for the next nearest candidate, when the nearest is one the entry's list names (record), made in one
 * resolve: each is a scan of all the candidates (closestWordExcept), about 18 M instructions among 20,000 milestones
 * (valgrind); a file of 2,857 such entries spent 0.36 s on them. Past these the entry gets the general hint.
 */
export const NEXT_SEARCHES = 20;

/** Bare ids looked for elsewhere by a pass over the refs each before a map of all of them is made (elsewhere). */
export const ELSEWHERE_SCANS = 3;

/**
 * The unknown references of one resolve, in the order found (`unresolved`), and the plans only unreadable files
 * declare with the references to them left unchecked (`unreadablePlans`). The candidates for suggestions are prepared
 * at the first search that needs them and kept for the rest: one instance per resolveReferences call.
 */
export class MissedReferences {
  /** The references recorded so far, in order: Workspace.unresolved. */
  readonly unresolved: UnresolvedReference[] = [];
  private readonly unreadableRefs = new Map<string, { references: number; first: Origin }>();
  // The milestone refs, prepared once: a broken file can leave hundreds of references to its milestones unknown.
  private allRefs: PlacedCandidates | undefined;
  /** bareIds by plan and length. */
  private readonly local = new Map<string, PlacedCandidates>();
  /** What the scans of all the sets above may visit together (text/scan-budget.ts MAX_SCAN_WORK). */
  private readonly scans = scanBudget();
  private byId: Map<string, string> | undefined;
  /** The refs without a date by their lower case (undatedSpelt), made at the first look-up. */
  private undatedRefs: Map<string, string> | undefined;
  /** The refs without a date (undatedList), and as candidates by the plan that writes them (amongUndated). */
  private undated: string[] | undefined;
  private readonly undatedWords = new Map<string, Candidates>();
  private asked = 0;
  /** The searches for a next nearest made so far (NEXT_SEARCHES). */
  private nextSearches = 0;

  /**
   * `unreadable`: plan id → the file that declares it and whose YAML does not parse (UnreadablePlan). `suggests`
   * false: every reference is recorded without a suggestion, and none is searched for (AnalyzeOptions.suggestions).
   */
  constructor(private readonly b: Builder, private readonly unreadable: ReadonlyMap<string, string>, private readonly suggests = true) {}

  /**
   * Records the unknown reference `r` (unless it is known broken, or into a plan whose file does not parse) with the
   * nearest of `among()` as its suggestion, or `hint.chosen` (SuggestionHint). `among` is called only when a
   * suggestion is searched for.
   */
  miss(r: MissedReference, among: () => Iterable<string> | Candidates, hint: SuggestionHint = NO_HINT): void {
    // A gate's readiness milestone, as an `after` one: among the milestones without a date too (tester round 28 F5).
    this.record(r, among, hint, r.kind === 'gate-ready' ? r.plan : undefined);
  }

  /** miss, among the milestone refs as plan `r.plan` writes them (milestoneCandidates), then the undated ones. */
  missMilestone(r: MissedReference & { readonly plan: number }, hint: SuggestionHint = NO_HINT): void {
    this.record(r, () => this.milestoneCandidates(r.target, r.plan), hint, r.plan);
  }

  /**
   * Records `r` (miss), its suggestion the nearest of `among()`, else, with `undatedIn`, of the milestones without a
   * usable date as that plan writes them (amongUndated). A suggestion whose link the entry's list makes already
   * (`hint.listed`) is a repeated link when followed (tester round 81 F7: `after: [MP5, mp5]` was told "did you mean
   * MP5?"): the same id in another case is that entry written again (UnresolvedReference.listed); otherwise the next
   * nearest of `among()` is suggested, unless the list makes that link too.
   */
  private record(r: MissedReference, among: () => Iterable<string> | Candidates, hint: SuggestionHint, undatedIn: number | undefined): void {
    if (!this.isReported(r)) return;
    if (!this.suggests) {
      this.push(r, undefined);
      return;
    }
    if (hint.none === true) {
      this.push(r, undefined);
      return;
    }
    if (hint.chosen !== undefined) {
      // Found otherwise (the body named, the meeting nearest the date, the bare id in another plan).
      this.settle(r, hint.chosen, hint, undefined);
      return;
    }
    const words = asWords(among());
    const near = suggest(r.target, words, hint.self);
    const lower = r.target.toLowerCase();
    // The same ref but for case among those without a date beats a near one with a date (tester round 82 F1: `q/bp4`
    // for the undated gate q/BP4 was offered the dated q/BP3, whose quick fix then validated clean).
    const spelt = undatedIn === undefined || near?.toLowerCase() === lower ? undefined : this.undatedSpelt(r.target, undatedIn, hint.self);
    // One without a date nearer than the near one with a date is the one meant (tester round 83 F8: `q/BP-4` for the
    // undated gate q/BP4 was offered the dated q/BP3): the two compared as closestWord compares any.
    const undated = spelt !== undefined || undatedIn === undefined ? undefined : this.amongUndated(r.target, undatedIn, hint.self);
    const found = spelt ?? (near === undefined || undated === undefined ? near ?? undated : closestWord(r.target, [near, undated]));
    this.settle(r, found, hint, found !== undefined && found === near ? { near, words } : undefined);
  }

  /**
   * Records `r` with `found` as its suggestion, unless the entry's list names it (SuggestionHint.listed): then, in
   * another case than written, `r` is that entry again (UnresolvedReference.listed, with both lags when they differ);
   * otherwise the next nearest of the search that found it (`search`), if the list does not name that one too.
   */
  private settle(r: MissedReference, found: string | undefined, hint: SuggestionHint, search: { near: string; words: readonly string[] | Candidates } | undefined): void {
    const listed = found === undefined ? undefined : hint.listed?.(found);
    if (listed === undefined) {
      this.offered(r, found, hint);
      return;
    }
    if (found!.toLowerCase() === r.target.toLowerCase()) {
      this.push(r, found, listed, hint.lags?.(found!), hint.isOffer?.(listed) === true);
      return;
    }
    const next = search === undefined || ++this.nextSearches > NEXT_SEARCHES ? undefined : closestWordExcept(r.target, search.words, search.near);
    this.offered(r, next !== undefined && next !== hint.self && hint.listed!(next) === undefined ? next : undefined, hint);
  }

  /** Records `r` with `suggestion`, which a later entry of its list is then told it names (SuggestionHint.offer). */
  private offered(r: MissedReference, suggestion: string | undefined, hint: SuggestionHint): void {
    this.push(r, suggestion);
    if (suggestion !== undefined) hint.offer?.(suggestion);
  }

  /**
   * The milestone or gate without a date whose ref is `target`'s, written in plan `plan`, but for case, as that plan
   * writes it (other than `self`); undefined for none.
   */
  private undatedSpelt(target: string, plan: number, self: string | undefined): string | undefined {
    if (this.undatedRefs === undefined) {
      this.undatedRefs = new Map();
      for (const ref of this.undatedList()) if (!this.undatedRefs.has(ref.toLowerCase())) this.undatedRefs.set(ref.toLowerCase(), ref);
    }
    if (this.undatedRefs.size === 0) return undefined;
    const prefix = `${this.b.plans[plan]?.id ?? ''}/`;
    const bare = !target.includes('/');
    const ref = this.undatedRefs.get((bare ? prefix + target : target).toLowerCase());
    const shown = ref !== undefined && bare && ref.startsWith(prefix) ? ref.slice(prefix.length) : ref;
    return shown === self ? undefined : shown;
  }

  /** The refs of the milestones without a usable date (Builder.unscheduled) and of the gates without a node. */
  private undatedList(): readonly string[] {
    if (this.undated === undefined) {
      this.undated = this.b.unscheduled.map((u) => u.ref);
      for (const g of this.b.gates) if (g.node < 0) this.undated.push(g.ref);
    }
    return this.undated;
  }

  /**
   * The nearest milestone without a usable date (Builder.unscheduled: no date, or one that is none, such as
   * 2026-02-30) to `target` written in plan `plan`, as that plan would write it; asked when no dated milestone is near.
   * SPEC §4.1 leaves out only the wrong value, not its milestone, which still exists to be named (tester round 25 F9:
   * `after: [Ax]` beside a milestone A dated 2026-02-30 got no suggestion).
   */
  private amongUndated(target: string, plan: number, self: string | undefined): string | undefined {
    const refs = this.undatedList();
    if (refs.length === 0) return undefined;
    const bare = !target.includes('/');
    // As plan `plan` writes them (its own bare), prepared once per plan and form for the run's references.
    const key = bare ? `${plan}` : '/';
    let words = this.undatedWords.get(key);
    if (words === undefined) {
      const prefix = `${this.b.plans[plan]?.id ?? ''}/`;
      words = candidates(refs.map((ref) => (bare && ref.startsWith(prefix) ? ref.slice(prefix.length) : ref)), undefined, this.scans);
      this.undatedWords.set(key, words);
    }
    const found = closestWord(target, words);
    return found === undefined || found !== self ? found : closestWordExcept(target, words, self);
  }

  /** The plans only unreadable files declare, with the references to them left unchecked; undefined when none. */
  unreadablePlans(): UnreadablePlan[] | undefined {
    if (this.unreadableRefs.size === 0) return undefined;
    return [...this.unreadableRefs].map(([plan, r]) => ({ plan, file: this.unreadable.get(plan)!, references: r.references, first: r.first }));
  }

  /**
   * The milestone refs `target`, written in plan `plan`, is compared with: all refs for `plan/ID`, else bareIds for a
   * bare id of its length. `at`: each word's position among milestoneIndex's keys (undefined: the same as its own).
   */
  milestoneCandidates(target: string, plan: number): PlacedCandidates {
    return target.includes('/') ? this.milestoneRefs() : this.bareIds(plan, target.length);
  }

  /** Every milestone ref (`plan/ID`, milestoneIndex's keys in order), prepared once. */
  milestoneRefs(): PlacedCandidates {
    return (this.allRefs ??= Object.assign(candidates([...this.b.milestoneIndex.keys()], undefined, this.scans), { at: undefined }));
  }

  /**
   * What a bare id of `length` characters written in plan `plan` is compared with, in milestoneIndex's order: the plan's
   * own milestones as bare ids, and the other plans' refs whose length is within the id's limit of it (a third of its
   * length, closest-search.ts limitForLength) — a ref further off in length is further off in edit distance than the limit, and
   * is no extension of a word without a '/' (extension-index.ts: an extension adds no '/'), so closestWord answers as
   * among all the refs. Prepared once per plan and length. Until 5 Dec 2026 each plan with an unknown bare id prepared
   * and scanned all 100,000 refs: 509 unknown ids over 48 plans took 6.7 s of a 12 s validate (issue #18, an
   * independent check's workspace with errors).
   */
  bareIds(plan: number, length: number): PlacedCandidates {
    const key = `${plan}:${length}`;
    let ids = this.local.get(key);
    if (ids === undefined) {
      const all = this.milestoneRefs();
      const limit = limitForLength(length);
      const prefix = `${this.b.plans[plan]?.id ?? ''}/`;
      const words: string[] = [];
      const lower: string[] = [];
      const at: number[] = [];
      for (let k = 0; k < all.words.length; k++) {
        const r = all.words[k]!;
        if (r.startsWith(prefix)) {
          const bare = r.slice(prefix.length);
          words.push(bare);
          lower.push(bare.toLowerCase());
        } else if (Math.abs(r.length - length) <= limit) {
          words.push(r);
          lower.push(all.lower[k]!);
        } else continue;
        at.push(k);
      }
      ids = Object.assign(candidates(words, lower, this.scans), { at: Int32Array.from(at) });
      this.local.set(key, ids);
    }
    return ids;
  }

  /**
   * The ref of another plan's milestone with exactly the bare id a plan wrote (`after: [RM1-M1]` for
   * felles-grunnmur/RM1-M1): the fix is to name its plan, which no spelling search finds (a tester's finding). The
   * first ref whose text after its first '/' is the id. The first few asked are each one pass over the refs that cuts
   * no string; from the fourth on, a map of all bare ids answers (issue #18: the map of 100,000 cut ids cost about
   * 50 ms for the programme's one bare unknown id).
   */
  elsewhere(id: string): string | undefined {
    if (!this.suggests) return undefined;
    if (this.byId === undefined && ++this.asked <= ELSEWHERE_SCANS) {
      const n = id.length;
      for (const ref of this.b.milestoneIndex.keys()) {
        const slash = ref.length - n - 1;
        if (slash >= 0 && ref.charCodeAt(slash) === 47 && ref.endsWith(id) && ref.indexOf('/') === slash) return ref;
      }
      return undefined;
    }
    if (this.byId === undefined) {
      this.byId = new Map();
      for (const ref of this.b.milestoneIndex.keys()) {
        const bare = ref.slice(ref.indexOf('/') + 1);
        if (!this.byId.has(bare)) this.byId.set(bare, ref);
      }
    }
    return this.byId.get(id);
  }

  /** False for a reference not to report: known broken, or into a plan only an unreadable file declares (counted). */
  private isReported(r: MissedReference): boolean {
    if (this.b.knownBroken.has(r.brokenKey)) return false;
    return !(this.unreadable.size > 0 && this.leftUnchecked(r.kind, r.target, r.origin));
  }

  /** A milestone reference into a plan only a file that does not parse declares: counted, not reported (UnreadablePlan). */
  private leftUnchecked(kind: ReferenceKind, target: string, origin: Origin): boolean {
    if (kind !== 'after' && kind !== 'milestones' && kind !== 'risk-milestones' && kind !== 'gate-ready') return false;
    const slash = target.indexOf('/');
    const plan = slash > 0 ? target.slice(0, slash) : undefined;
    if (plan === undefined || this.b.planIndex.has(plan) || !this.unreadable.has(plan)) return false;
    const counted = this.unreadableRefs.get(plan);
    if (counted === undefined) this.unreadableRefs.set(plan, { references: 1, first: origin });
    else counted.references++;
    return true;
  }

  private push(r: MissedReference, suggestion: string | undefined, listed?: number, listedLags?: readonly [string, string], listedOffer = false): void {
    const { kind, target, holder, plan, origin } = r;
    const gate = r.isGate === true ? { isGate: true as const } : {};
    const offer = listedOffer ? { listedOffer: true as const } : {};
    this.unresolved.push({ kind, target, holder, plan, origin, suggestion, ...gate, ...(listed === undefined ? {} : { listed }), ...(listedLags === undefined ? {} : { listedLags }), ...offer });
  }
}

/** `among` as closestWord takes it: prepared candidates or an array as they are, another iterable spread. */
function asWords(among: Iterable<string> | Candidates): readonly string[] | Candidates {
  return Array.isArray(among) || 'lower' in among ? (among as readonly string[] | Candidates) : [...(among as Iterable<string>)];
}

/** The nearest of `words` to `target` (closestWord), other than `self`. */
function suggest(target: string, words: readonly string[] | Candidates, self: string | undefined): string | undefined {
  const suggestion = closestWord(target, words);
  if (suggestion === undefined || suggestion !== self) return suggestion;
  return closestWordExcept(target, words, self);
}
