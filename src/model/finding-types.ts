// What building the workspace model found wrong in the plans' data: duplicate ids, references naming nothing,
// invalid dates, and plans whose files do not parse.
import type { Message } from '../messages/index.js';
import type { Dependency } from './milestone-types.js';
import type { Origin } from './plan-types.js';

export type EntityKind = 'plan' | 'body' | 'meeting' | 'milestone' | 'gate' | 'goal' | 'measure' | 'risk';

export interface DuplicateFinding {
  readonly kind: EntityKind;
  readonly ref: string;
  readonly origin: Origin;
  readonly first: Origin;
  /** Plan index of the duplicate, when it belongs to a plan. */
  readonly plan: number | undefined;
  /** The first definition's kind when it is another (a gate with a milestone's id: a plan's milestones and gates share ids). */
  readonly firstKind?: EntityKind;
}

export type ReferenceKind = 'after' | 'meetings' | 'require' | 'body' | 'goal' | 'milestones' | 'risk-milestones' | 'gate-body' | 'gate-ready';

export interface UnresolvedReference {
  readonly kind: ReferenceKind;
  /** The reference as written. */
  readonly target: string;
  /** The entity that holds the reference (`plan/ID`, a meeting ref) or undefined for a plan header. */
  readonly holder: string | undefined;
  readonly plan: number | undefined;
  readonly origin: Origin;
  readonly suggestion: string | undefined;
  /**
   * For an `after` entry whose suggestion, written in another case, is a link its list makes already: that entry's
   * index in the list (0-based). The entry is that one written again (rule unknown-reference: remove it).
   */
  readonly listed?: number;
  /** With `listed`, for an `after` entry whose lag is not that entry's: the two lags as written, that entry's first. */
  readonly listedLags?: readonly [string, string];
  /** With `listed`: that entry is unknown too, and names the suggestion only as it was offered it (tester round 83 F10). */
  readonly listedOffer?: true;
  /** A gate named where a milestone is needed (a gate's `ready.milestone`, SPEC §12): it exists, but is no milestone. */
  readonly isGate?: true;
}

export interface InvalidDate {
  /** One of the `date.*` messages. */
  readonly message: Message;
  readonly holder: string | undefined;
  readonly plan: number | undefined;
  readonly origin: Origin;
  /** What to write instead, when it is known (a reversed range); else the rule's general hint. */
  readonly hint?: Message;
}

/**
 * An `after` entry that links its milestone to the same predecessor, with the same link type, as an earlier entry of
 * the same list: `[D1, D1]`, `[D1, {id: D1, lag: 2d}]`, `[D2, d/D2]`. That is one relationship written twice (P6
 * refuses a second relationship of a type between two activities, MS Project holds one link per pair), and it was
 * scheduled and counted as two (tester round 43). The earlier entry's edge is kept; the later one is left out of
 * `dependencies` (SPEC §4.1: one edge) and is a `schema` finding at its reference. Links of different types between
 * the same two milestones (`D1` and `{id: D1, type: SS}`) are two relationships and stay.
 */
export interface RepeatedLink {
  /** The edge kept, and the reference of its entry as written. */
  readonly first: Dependency;
  readonly firstTarget: string;
  /** The edge the later entry would have made (its `to` is the milestone whose list it is), and its reference as written. */
  readonly later: Dependency;
  readonly laterTarget: string;
  /** The milestone whose list it is, when it has no date (not in Workspace.milestones: `later.to` is -1 then). */
  readonly holder?: { readonly ref: string; readonly id: string; readonly plan: number };
}

/**
 * An entry of a list of references naming what the first of its earlier entries names, written alike or otherwise
 * (`X` and `plan/X`; a meeting's id and `<body>@<date>`), whether anything has it or not: left out, as the risk event
 * delays a milestone once, the measure contributes to it once and a meeting prepares a milestone once. The lists: a
 * risk's and a measure's `milestones`, a milestone's `meetings` (with a date or not). The one finder of such repeats:
 * the JSON schema's uniqueItems, which paired `"A"` with the nearest earlier `A`, is not reported for these lists
 * (schema/check.ts).
 */
export interface RepeatedReference {
  /** The ref of the risk, measure or milestone whose list it is; its place in the file is the later entry's origin. */
  readonly holder: string;
  readonly plan: number;
  /** The later entry's place, and both entries as written with their 1-based numbers. */
  readonly origin: Origin;
  readonly first: number;
  readonly later: number;
  readonly written: readonly [string, string];
}

/**
 * A plan whose file's YAML does not parse (its id read from the text: source/declared-plan.ts) and no other file
 * defines: references to its milestones are left unchecked, not reported as naming no plan, and counted here for the
 * note on the file's syntax error (rule yaml-syntax).
 */
export interface UnreadablePlan {
  readonly plan: string;
  readonly file: string;
  readonly references: number;
  /** The first such reference. */
  readonly first: Origin;
}
