// The workspace model: validated plan data in integer-indexed arrays, each entity with its origin.
import type { DateValue, DayNumber, Duration, Estimate, WorkCalendar } from '../calendar/index.js';
import type { RuleId, SeveritySetting } from '../diagnostics/types.js';
import type { Path } from '../source/parse.js';
import type { Message } from '../messages/index.js';

/** Where an entity or value came from: its file and the path of its YAML node. */
export interface Origin {
  readonly file: string;
  readonly path: Path;
}

export interface Governance {
  readonly require: readonly string[];
  /** Admissible meetings lie at most this far before the milestone; undefined = unlimited. */
  readonly window: Duration | undefined;
  readonly lead: Duration;
}

export interface Plan {
  readonly index: number;
  readonly id: string;
  readonly title: string;
  readonly owner: string | undefined;
  readonly file: string;
  readonly start: DayNumber | undefined;
  readonly statusDate: DayNumber | undefined;
  readonly calendar: WorkCalendar;
  readonly governance: Governance;
  /** Float threshold for "critical". */
  readonly critical: Duration;
  /** `plan.finish` (SPEC §1.2): the latest date of every end milestone without a deadline. */
  readonly finish: DateValue | undefined;
  readonly rules: ReadonlyMap<RuleId, SeveritySetting>;
  /** `plan.health` (SPEC §13): check id → threshold in the check's unit, or `off`. */
  readonly health: ReadonlyMap<string, number | 'off'>;
  /** `plan.risk.distribution` (SPEC §1.6); undefined = triangular. */
  readonly riskDistribution?: RiskDistribution | undefined;
  readonly origin: Origin;
}

export type RiskDistribution = 'triangular' | 'pert';

export interface Body {
  readonly index: number;
  readonly id: string;
  readonly name: string | undefined;
  readonly origin: Origin;
}

export interface Meeting {
  readonly index: number;
  /** Its id, or `<body>@<date>`. */
  readonly ref: string;
  readonly body: string;
  readonly date: DayNumber;
  readonly title: string | undefined;
  readonly location: string | undefined;
  readonly origin: Origin;
}

/** A meeting listed in `milestones[].meetings`. */
export interface MeetingLink {
  readonly ref: string;
  /** Index into `Workspace.meetings`, or -1 when it names nothing. */
  readonly meeting: number;
  readonly origin: Origin;
}

export interface HistoryEntry {
  readonly reported: DayNumber;
  readonly forecast: DateValue;
}

export interface Milestone {
  readonly index: number;
  /** `plan/ID`. */
  readonly ref: string;
  readonly id: string;
  /** Index into `Workspace.plans`. */
  readonly plan: number;
  readonly title: string;
  readonly date: DateValue;
  readonly forecast: DateValue | undefined;
  readonly actual: DateValue | undefined;
  readonly deadline: DateValue | undefined;
  /** Work after the last predecessor: the likely value of its estimate. */
  readonly duration: Duration;
  /** The three-point estimate of `duration` (SPEC §1.6) when written as one; undefined = `duration` itself. */
  readonly durationEstimate?: Estimate | undefined;
  /** actual, else forecast, else date. */
  readonly current: DayNumber;
  readonly meetings: readonly MeetingLink[];
  /** Bodies that must meet before it; undefined = the plan's governance default. */
  readonly require: readonly string[] | undefined;
  /**
   * The index in the file's `require` list of each of `require`, when a wrong entry before it was left out (SPEC §4.1)
   * so that the two differ; undefined = each one's own index.
   */
  readonly requireAt?: readonly number[] | undefined;
  readonly deliverables: readonly string[];
  readonly responsible: string | undefined;
  readonly status: 'green' | 'yellow' | 'red' | undefined;
  readonly goal: string | undefined;
  /** `progress: started/total` (SPEC §1.4). `exact`: the counts as written without leading zeros, present only when one
   *  is past Number.MAX_SAFE_INTEGER, where the numbers are the nearest doubles and no longer compare exactly. */
  readonly progress: { readonly started: number; readonly total: number; readonly exact?: { readonly started: string; readonly total: string } } | undefined;
  readonly history: readonly HistoryEntry[];
  /** Set on the schedule node of a gate (SPEC §1.7): its index in `Workspace.gates`. Such a node is not a milestone
   *  in reports that count milestones; see `isGateNode`. */
  readonly gate?: number | undefined;
  readonly origin: Origin;
}

/** A decision point (beslutningspunkt, SPEC §1.7). Dated gates are also schedule nodes (`node`). */
export interface Gate {
  readonly index: number;
  readonly plan: number;
  readonly id: string;
  /** `plan/ID`, in the same namespace as the plan's milestones. */
  readonly ref: string;
  readonly title: string;
  /** A built-in model (`prosjektveiviseren`, `statens-prosjektmodell`) or any string. */
  readonly model: string | undefined;
  /** Planned decision date. */
  readonly date: DateValue | undefined;
  /** The date the decision was taken. */
  readonly decided: DateValue | undefined;
  /** The deciding body's id as written (unknown ones are reported by unknown-reference). */
  readonly body: string | undefined;
  /** The readiness milestone (index, -1 when it names nothing) and the lead before the gate. */
  readonly ready: { readonly ref: string; readonly milestone: number; readonly lead: Duration; readonly origin: Origin } | undefined;
  /** Git revision of the plan as approved at this gate. */
  readonly baseline: string | undefined;
  /** Index of its schedule node in `Workspace.milestones`, or -1 when it has neither `date` nor `decided`. */
  readonly node: number;
  readonly origin: Origin;
  /**
   * Without a node: the scheduled milestones whose `after` names it, with that entry's place. Those dependencies are
   * left out of the schedule (not `unknown-reference`); the finding that leaves the gate without a date notes each.
   */
  readonly waiting?: readonly AfterUndated[] | undefined;
}

/** An `after` entry of scheduled milestone `ref`, at `origin`, that names a gate or milestone without a date. */
export interface AfterUndated {
  readonly ref: string;
  readonly origin: Origin;
}

/**
 * A milestone without any usable date (SPEC §4.1: not scheduled, so in no list of the model) that scheduled milestones'
 * `after` entries name: as for a gate without a date (Gate.waiting), those dependencies are left out of the schedule,
 * not `unknown-reference`, and the finding that leaves it without a date notes each.
 */
export interface UndatedMilestone {
  readonly ref: string;
  readonly plan: number;
  /** Its entry in its file's `milestones` list. */
  readonly origin: Origin;
  readonly waiting: readonly AfterUndated[];
  /**
   * Milestone.progress and .responsible, for the rules that need no date (progress-range, unassigned): SPEC §4.1, a
   * date left out leaves out only that value, so one run shows every finding the other rules can still make.
   */
  readonly progress: Milestone['progress'];
  readonly responsible: string | undefined;
}

/** SPEC §1.4 / §5: which ends of P and M an `after` edge ties (finish-to-start is the default). */
export type LinkType = 'FS' | 'SS' | 'FF' | 'SF';

export const LINK_TYPES: readonly LinkType[] = ['FS', 'SS', 'FF', 'SF'];

/** An `after` edge P → M. */
export interface Dependency {
  readonly from: number;
  readonly to: number;
  /** The likely value of the lag (SPEC §1.6); negative n is a lead (SPEC §2). */
  readonly lag: Duration;
  /** The three-point estimate of the lag (SPEC §1.6) when written as one; undefined = `lag` itself. */
  readonly lagEstimate?: Estimate | undefined;
  /** Which ends it ties (SPEC §5); `FS` when not written. */
  readonly type: LinkType;
  /** The reference (the entry, or the `id` inside `{id, lag, type}`). */
  readonly origin: Origin;
  /** The `lag` value when written, else undefined. */
  readonly lagOrigin: Origin | undefined;
}

/** A discrete risk event of a plan (SPEC §1.6). */
export interface RiskEvent {
  readonly index: number;
  readonly plan: number;
  readonly id: string;
  /** `plan/ID`. */
  readonly ref: string;
  readonly title: string;
  /** 0 < probability ≤ 1. */
  readonly probability: number;
  /** Delay added to each listed milestone's duration when the event occurs; never negative. */
  readonly impact: Estimate;
  /** Indices of the milestones it delays (unknown ones left out). */
  readonly milestones: readonly number[];
  readonly responsible: string | undefined;
  readonly origin: Origin;
}

export interface Goal {
  readonly index: number;
  readonly plan: number;
  readonly id: string;
  readonly ref: string;
  readonly title: string;
  readonly area: string | undefined;
  readonly origin: Origin;
}

export interface Measure {
  readonly index: number;
  readonly plan: number;
  readonly id: string;
  readonly ref: string;
  readonly goal: string;
  readonly title: string;
  /** As written; "?" or undefined means unassigned. */
  readonly responsible: string | undefined;
  /** Indices of the milestones it contributes to (unknown ones left out). */
  readonly milestones: readonly number[];
  readonly origin: Origin;
}

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

export interface Workspace {
  readonly files: readonly string[];
  readonly plans: readonly Plan[];
  readonly bodies: readonly Body[];
  readonly meetings: readonly Meeting[];
  readonly milestones: readonly Milestone[];
  readonly dependencies: readonly Dependency[];
  readonly goals: readonly Goal[];
  readonly measures: readonly Measure[];
  /** Risk events of every plan (SPEC §1.6); undefined = none. */
  readonly risks?: readonly RiskEvent[] | undefined;
  /** Decision points of every plan (SPEC §1.7); undefined = none. */
  readonly gates?: readonly Gate[] | undefined;
  readonly planIndex: ReadonlyMap<string, number>;
  readonly bodyIndex: ReadonlyMap<string, number>;
  readonly meetingIndex: ReadonlyMap<string, number>;
  /** `plan/ID` → milestone index. */
  readonly milestoneIndex: ReadonlyMap<string, number>;
  readonly duplicates: readonly DuplicateFinding[];
  readonly unresolved: readonly UnresolvedReference[];
  readonly invalidDates: readonly InvalidDate[];
  /**
   * Milestones without a usable date (no schedule node: explain and risk say so when one is named), with the `after`
   * entries of scheduled ones that name each (UndatedMilestone); undefined = none.
   */
  readonly undated?: readonly UndatedMilestone[] | undefined;
  /** Plans declared only in files whose YAML does not parse, with the references to them left unchecked; undefined = none. */
  readonly unreadable?: readonly UnreadablePlan[] | undefined;
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
