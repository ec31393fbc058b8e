// The data of each rule's messages (SPEC §4): `<rule-id>[.<variant>]` for the finding, `.hint` for the fix, `.note.*` for related places.
import type { DayNumber } from '../../calendar/index.js';
import type { EntityKind, LinkType, ReferenceKind as ReferenceField } from '../../model/types.js';
import type { ChainGainOf } from '../../schedule/float-recovery.js';
import type { Message, ShownDate } from '../types.js';

/**
 * The move a hint offers: the meeting `meeting` of the body to count, and `earliest`, the first working day on which a
 * milestone (or gate) has it in its admissible interval (SPEC §4.2, nextAdmitting); `lead` as written, null when zero.
 */
export interface MoveAfter {
  readonly meeting: string;
  readonly earliest: DayNumber;
  /** The last day it still counts on, with a window (SPEC §4.2); null without one. */
  readonly latest: DayNumber | null;
  readonly lead: string | null;
  /** The field to change: a milestone's `forecast` (its current date moves with it), an undecided gate's `date`. */
  readonly field: 'forecast' | 'date';
}

type Empty = Readonly<Record<never, never>>;

/** The kinds of entity an id names (duplicate-id): the model's, so a new kind needs its words in every catalogue. */

/**
 * What sets a milestone's latest date (SPEC §5), for negative-float: its deadline, a successor's constraint (`type`
 * and `lag` of the edge, lag null when zero), its plan's `finish`, or for an end milestone without either the end of
 * its plan (the latest projected date, set by `ref`).
 */
export type LateBound =
  | { readonly kind: 'deadline' }
  /** `done`: the successor's actual (a gate's decided) day, when it has one: it cannot be given more time (tester round 19 #9). */
  | { readonly kind: 'successor'; readonly ref: string; readonly type: LinkType; readonly lag: string | null; readonly done?: { readonly day: DayNumber; readonly gate: boolean } }
  | { readonly kind: 'plan-finish'; readonly plan: string }
  | { readonly kind: 'plan-end'; readonly plan: string; readonly ref: string | null };
/** What a done milestone with negative float is late for (negative-float.hint): every constraint before its actual. */
export interface LateFor {
  readonly deadline: boolean;
  readonly successors: readonly string[];
  readonly more: number;
}
/** One way to gain days on a driving chain after its done first milestone (negative-float.hint): `of`, `to` are the
 * hinted milestone's id when it is that milestone, else a ref. */
export type ChainGain = ChainGainOf<string>;
/** What brings a date-range origin back in range (date-range.hint): a ChainGain to `shorten` (it pushes the date
 * out) or `lengthen` (a lag or lead that already pulls it back); names as in ChainGain. */
export type RangeGain = ChainGain & { readonly verb: 'shorten' | 'lengthen' };
/** An open milestone's driving chain that starts at a done milestone, `root`, done on `rootDone` (a decided gate when
 * `rootGate`): `steps` edges from it (1: it drives the milestone), `gains` the first ways to gain days after it and
 * `more` how many others there are (tester round 17 #6). */
export interface DoneChain {
  readonly root: string;
  readonly rootDone: DayNumber;
  readonly rootGate: boolean;
  readonly steps: number;
  readonly gains: readonly ChainGain[];
  readonly more: number;
}
/** An open milestone held by its own `field`, whose predecessors are all done: `earliest`, the day they allow it;
 * `enough`, moving it there is enough; else `gains` (the first ways, `more` others) must give the rest (round 19 #9). */
export interface OwnMoves {
  readonly field: 'date' | 'forecast';
  readonly earliest: DayNumber;
  readonly enough: boolean;
  readonly gains: readonly ChainGain[];
  readonly more: number;
}
export type { EntityKind } from '../../model/types.js';
/** The reference fields a name can fail to resolve in (unknown-reference). */
export type { ReferenceKind as ReferenceField } from '../../model/types.js';

/** §4.2's admissible interval: `from` is null without a window (open to the past). */
export interface Interval {
  readonly from: DayNumber | null;
  readonly to: DayNumber;
}

/** A meeting as a message names it: its reference, and its date when the reference does not contain it. */
export interface MeetingName {
  readonly ref: string;
  readonly date: DayNumber | null;
}

export interface RuleMessages {
  'actual-in-future': { ref: string; actual: DayNumber; today: DayNumber; gate?: boolean };
  /**
   * `forecast`: the milestone's forecast when it has one that is a date, null when it has none that is (none, null or
   * not a date: the hint never says to write a second forecast key, tester rounds 95 F2, 97 F7).
   */
  'actual-in-future.hint': { id: string; actual: DayNumber; gate?: boolean; forecast?: ShownDate | null };

  /** `unlisted`: cycles among the same milestones past the cap, not listed (0 for none). */
  /** `via`: the type of the link that closes the cycle, when its two milestones have more than one link between them; else null. */
  'dependency-cycle': { refs: readonly string[]; unlisted: number; via: string | null };
  /** `self` is the milestone that depends on itself (a one-edge cycle), else null. */
  /** `undated`: the milestones of the cycle without a date (their entries are out of the schedule already), else empty. */
  'dependency-cycle.hint': { self: string | null; undated: readonly string[] };
  /** `type`: the hop's link type, when its two milestones have more than one link between them; else null. */
  'dependency-cycle.note.hop': { ref: string; predecessor: string; type: string | null };

  /** `lag` and `duration` as written (`10d`), null when zero. */
  'dependency-order': { ref: string; current: ShownDate; predecessor: string; predecessorCurrent: ShownDate; lag: string | null; duration: string | null; earliest: DayNumber; type: LinkType; predecessorStart: DayNumber | null };
  /** `lag`: what the edge has besides the dates (a lag, a lead: a negative lag) and `duration`: whether the milestone's
   * own duration is in the gap; the hint offers to shorten each that is there (tester round 8 #2: "the lag" of none). */
  /** `predecessorDone`: the predecessor has an actual (a gate, decided), so it cannot be moved (tester round 15 #2). */
  'dependency-order.hint': { id: string; field: 'forecast' | 'actual'; earliest: DayNumber; predecessor: string; predecessorDone: boolean; lag: 'lag' | 'lead' | null; duration: boolean };
  'dependency-order.note.edge': { ref: string; predecessor: string };
  'dependency-order.note.current': { ref: string };

  'duplicate-id': { kind: EntityKind; ref: string; firstFile: string; firstKind: EntityKind | null };
  /** `firstKind`: the kind of the entity that keeps the id, when it is another (a milestone beside a gate). */
  'duplicate-id.hint': { kind: EntityKind; ref: string; firstKind: EntityKind | null };
  'duplicate-id.note.first': { ref: string; firstKind: EntityKind | null };

  /** `problem` is one of the `date.*` messages; `holder` the entity holding the date. */
  'invalid-date': { problem: Message; holder: string | null };
  'invalid-date.hint': Empty;
  'invalid-date.hint.day': Empty;

  'meeting-before-milestone.too-early': { meeting: MeetingName; ref: string; current: ShownDate; window: string | null; opens: DayNumber };
  'meeting-before-milestone.after': { meeting: MeetingName; ref: string; current: ShownDate; days: number };
  'meeting-before-milestone.inside-lead': { meeting: MeetingName; ref: string; current: ShownDate; lead: string; latest: DayNumber };
  'meeting-before-milestone.listed.hint': { interval: Interval; meeting: string; id: string };
  'meeting-before-milestone.note.defined': { meeting: string };
  /** One finding for a listed meeting outside the interval that leaves its body without an admissible listed meeting. */
  'meeting-before-milestone.listed-and-missing': { listed: Message; missing: Message };
  /** `days` of the nearest meetings are calendar days before/after the milestone's current date. */
  /** The deciding body has no admissible meeting before gate `ref` (current date `current`), §12. */
  'gate-decision': {
    /** The plan's governance window and lead as written, null when there is none (the lead when zero). */
    body: string; ref: string; current: ShownDate; window: string | null; lead: string | null;
    /** `earlier`: when `before` is on the current date itself, the nearest meeting before that day (SPEC §4.2). */
    earlier: { readonly meeting: string; readonly days: number } | null;
    before: { readonly meeting: string; readonly days: number } | null;
    after: { readonly meeting: string; readonly days: number } | null;
  };
  'gate-decision.hint': { body: string; interval: Interval; id: string; after: MoveAfter | null };
  /** `sameDay`: the meeting is on the gate's own day (inside a lead, or not in time for another reason). */
  'gate-decision.note.nearest': { body: string; sameDay: boolean };
  /** `late` in working days (> 0); `lead` as written, null when zero. */
  /** `projected` null when left out (date-range, SPEC §4), and `late` with it. */
  'gate-readiness': { milestone: string; projected: DayNumber | null; late: number | null; ref: string; current: ShownDate; due: DayNumber; lead: string | null };
  /** `decided`: the gate's decision is recorded (its date cannot move); `lead`: the readiness has a lead above 0. */
  /**
   * `forward`: bringing the milestone forward to `due` is a fix (`due` is not before the status date); `later`: the
   * first gate date that makes it ready, when the gate may move (not decided).
   */
  'gate-readiness.hint': { milestone: string; due: DayNumber; id: string; decided: boolean; lead: boolean; forward: boolean; later: DayNumber | null };
  /** The readiness milestone comes after the gate (`id`) through `after` entries: no date fixes it. */
  'gate-readiness.after-gate.hint': { milestone: string; id: string };
  'gate-readiness.note.milestone': { milestone: string };
  /**
   * On the finding that leaves `undated` without a date (schema, invalid-date): milestone `ref`'s `after` entry naming it.
   * `undated` is a gate, or a milestone without any usable date (Workspace.undated): the same words fit both.
   */
  'note.after-undated': { ref: string; undated: string };
  /** A plan's status_date that does not read: the day the run checks the plan against instead. */
  'note.status-date-unread': { today: number };

  'meeting-before-milestone.missing': {
    /** The plan's governance window and lead as written, null when there is none (the lead when zero), as gate-decision. */
    body: string; ref: string; current: ShownDate; amongListed: boolean; window: string | null; lead: string | null;
    /** `earlier`: when `before` is on the current date itself, the nearest meeting before that day (SPEC §4.2). */
    earlier: { readonly meeting: string; readonly days: number } | null;
    before: { readonly meeting: string; readonly days: number } | null;
    after: { readonly meeting: string; readonly days: number } | null;
  };
  /**
   * `listIt`: the milestone lists the body's meetings, so one held must be listed too; `replacing`: the listed meeting
   * outside the interval this finding is at, which must go for it to clear (tester round 14 #9), else null.
   */
  'meeting-before-milestone.missing.hint-list': { meeting: string; id: string; body: string; interval: Interval; listIt: boolean; replacing: string | null };
  'meeting-before-milestone.missing.hint-hold': { body: string; interval: Interval; id: string; after: MoveAfter | null; listIt: boolean; replacing: string | null };

  lead: { ref: string; predecessor: string; type: LinkType; lag: string; magnitude: string };
  'lead.hint': { id: string };
  /** `followers`: milestones whose left-out dates follow from these (not reported themselves). */
  'date-range': { ref: string; which: 'projected' | 'latest' | 'both'; days: number; atLeast: boolean; after: boolean; bound: DayNumber; followers: number };
  /** `cause`: the driver that pushed the date out, or the successor that pulled the latest date out, if known, with
   * what on their edge brings the date back (`gains`, SPEC §5's table; empty when nothing there does). */
  /**
   * A date counted past 9999-12-31 in working days by a calendar with no working day left (its closed days or
   * workdays leave none): `last`, its last working day, null when it has none at all (tester round 105 F1).
   */
  'date-range.hint.calendar': { plan: string; last: DayNumber | null };
  'date-range.hint': { id: string; cause: { kind: 'driver' | 'successor'; ref: string; gains: readonly RangeGain[] } | null };
  /** §4.2's interval is empty: the window opens on `from`, after the lead's last day `to` (meeting-before-milestone's
   * hint, explain and the meetings report say it alike). */
  'governance.no-day': { from: DayNumber; to: DayNumber };
  'date-range.start': { ref: string; days: number; duration: string; bound: DayNumber };
  'date-range.start.hint': { id: string };
  'date-range.simulated': { ref: string; days: number; after: boolean; bound: DayNumber; iterations: number };
  /** `projected`, `latest`: null when left out (date-range, SPEC §4). */
  'negative-float': { ref: string; float: number; projected: DayNumber | null; driver: string | null; latest: DayNumber | null; bound: LateBound };
  /** `done`: the milestone's actual (a gate's decided) day, when it has one: no days can be gained on it (tester round
   * 15 #2); `ref`: the milestone `milepel explain` is pointed at. `lateFor`: a done milestone late for more than
   * `bound` alone: whether its own deadline is before its actual, and the successors whose constraints are (most
   * binding first, ties by ref, latestFrom's order), the first three named (rules/negative-float.ts NAMED) and `more`
   * counted (tester round 17 #6). `chain`: an open milestone pushed through a driving chain that starts at a done
   * milestone: its predecessors there are offered only as what can still gain days (round 17 #6). `own`: an open
   * milestone held by its own date whose predecessors are all done (round 19 #9). */
  /** `start`: an open milestone with no predecessors, its current date written in that field: only moving it gains
   * days (its predecessors, which the generic hint offers, are none). */
  'negative-float.hint': { id: string; ref: string; days: number; bound: LateBound; done: DayNumber | null; gate?: boolean; lateFor?: LateFor; chain?: DoneChain; own?: OwnMoves; start?: 'date' | 'forecast'; to?: DayNumber };

  'non-working-day': { ref: string; field: 'date' | 'forecast' | 'actual' | 'decided'; day: DayNumber; reason: Message };
  /** The nearest working days before and after, in order, those inside 0001-01-01 … 9999-12-31 (one or both). */
  'non-working-day.hint': { days: readonly DayNumber[] };
  'non-working-day.meeting': { meeting: string; day: DayNumber; reason: Message };
  /** `body`: the meeting's body when a day on which it meets already was passed over (the days are then those it does not), else null. */
  /**
   * `listedAs`: the `<body>@<date>` a milestone's `meetings` names the meeting by, which must change with its date; null
   * for none. `id`: the meeting's id, by which such a milestone lists it instead (null: it has none).
   */
  'non-working-day.meeting.hint': { days: readonly DayNumber[]; body: string | null; listedAs: string | null; id?: string | null };

  'overdue': { ref: string; projected: DayNumber; days: number; today: DayNumber; gate?: boolean };
  /** `earliest`: the first working day on or after the status date, when that is not a working day (tester round 98 F4). */
  'overdue.hint': { id: string; today: DayNumber; gate?: boolean; earliest?: DayNumber };

  /** The counts as digits: past 2^53 − 1 a number would print another count. */
  'progress-range': { ref: string; started: string; total: string };
  'progress-range.hint': { started: string; total: string };

  'unassigned.measure': { ref: string; goal: string | null };
  'unassigned.measure.hint': Empty;
  'unassigned.milestone': { ref: string };
  'unassigned.milestone.hint': Empty;

  /** `holder` is the entity whose field names nothing; null for a plan's governance (`governanceOf`, or unknown). */
  'unknown-reference': { holder: string | null; governanceOf: string | null; field: ReferenceField; target: string; missingPlan: string | null };
  'unknown-reference.hint': { field: ReferenceField };
  'unknown-reference.gate': { holder: string; target: string };
  'unknown-reference.gate.hint': Record<string, never>;
  /**
   * `suggestions`: the nearest ids, one or up to four equally near (text/equally-near.ts), `more`: how many more are
   * as near (tester round 94 F7).
   */
  'unknown-reference.hint.did-you-mean': { suggestions: readonly string[]; more: number };
  /** A definition whose id (`id`) is no id, which the reference writes spelt in ids' characters (`spelt`): tester round 77 F12. */
  'unknown-reference.hint.misspelt': { kind: 'milestone' | 'body' | 'goal' | 'meeting'; id: string; spelt: string };
  /** An `after` entry that is the id of its own milestone, whose id is no id, spelt in ids' characters (tester round 78 F6). */
  'unknown-reference.hint.self': { id: string };
  /** The nearest id, which comes after the holder already (directly, through others, or as a gate waiting for it). */
  'unknown-reference.hint.cycle': { suggestion: string; holder: string };
  /** The nearest id, left unchecked for a cycle in a very large network (tester round 84 F9): offered with no fix. */
  'unknown-reference.hint.unchecked': { suggestion: string; holder: string };
  /** Where that definition is (a related note). */
  'unknown-reference.misspelt.defined': { kind: 'milestone' | 'body' | 'goal' | 'meeting'; id: string };
  /** `unreadDir`: a directory of the workspace not read for its name (cli/load.ts), which may hold the plan; else null. */
  'unknown-reference.hint.missing-plan': { plan: string; unreadDir: string | null };
  /** No file declares bodies or meetings: `references` is how many references to them the workspace has. */
  'unknown-reference.hint.no-governance': { references: number };
}
