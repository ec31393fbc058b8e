// The model's milestones: their fields, history and meetings, the `after` edges between them, and the milestones
// and `after` entries left out of the schedule for want of a date.
import type { DateValue, DayNumber, Duration, Estimate } from '../calendar/index.js';
import type { Origin } from './plan-types.js';

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
  /**
   * The `x-` keys its entry writes (the schema allows them and milepel reads none: an import's `x-wbs`), in the order
   * written, for what an export cannot carry; undefined = none.
   */
  readonly extensionKeys?: readonly string[] | undefined;
  /**
   * `x-wbs` when it is a list of texts (an import's summary tasks above the milestone, outermost first), which the MS
   * Project export writes back as summary tasks (tester round 99 F7); undefined otherwise.
   */
  readonly wbs?: readonly string[] | undefined;
  /** Set on the schedule node of a gate (SPEC §1.7): its index in `Workspace.gates`. Such a node is not a milestone
   *  in reports that count milestones; see `isGateNode`. */
  readonly gate?: number | undefined;
  readonly origin: Origin;
}

/** An `after` entry of scheduled milestone `ref`, at `origin`, that names a gate or milestone without a date. */
export interface AfterUndated {
  readonly ref: string;
  readonly origin: Origin;
  /** The link's type (SPEC §5), for telling two links between the same milestones apart. */
  readonly type?: LinkType;
  /** A negative lag (a lead) and where it is written, for the rule `lead`, which needs no date (SPEC §4.1). */
  readonly lead?: { readonly lag: Duration; readonly origin: Origin };
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
   * Its own `after` entries: the milestone or gate each names (`plan/ID` in full, whether it exists or not) and where.
   * Not scheduled, but a cycle through it is still a cycle (SPEC §4.1: dependency-cycle, graph/undated-cycles.ts).
   */
  readonly after: readonly { readonly target: string; readonly origin: Origin; readonly type: LinkType; readonly lead?: AfterUndated['lead'] }[];
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

/**
 * The link types as the numbers typed arrays hold: the model's edge rows (dependency-table.ts) and the schedule's link
 * table (schedule/edge-constraint.ts, which exports these to the passes).
 */
export const FS = 0;
export const FF = 1;
export const SS = 2;
export const SF = 3;
export const LINK_CODE: Readonly<Record<LinkType, number>> = { FS, FF, SS, SF };
/** LINK_CODE's inverse: the link type of each number. */
export const LINK_OF_CODE: readonly LinkType[] = ['FS', 'FF', 'SS', 'SF'];

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
