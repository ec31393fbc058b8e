// The data of `milepel export --format mspdi`'s notes (SPEC §10): what MS Project XML cannot hold of the plan, said on
// stderr in the run's locale. A list of refs is its first few (`shown`) and how many there are in all (`count`).
import type { DayNumber } from '../../calendar/index.js';

/** A milestone whose date fields are periods: each field by its YAML key with the period as written (2019-Q4). */
export interface PeriodDates {
  readonly ref: string;
  readonly fields: readonly { readonly key: 'date' | 'forecast' | 'deadline'; readonly written: string }[];
}

/** A three-point estimate: a milestone's `duration` (`lagAfter` null) or the `lag` of its link from `lagAfter`. */
export interface RangeEstimate {
  readonly ref: string;
  readonly lagAfter: string | null;
}

/** Some of `count` items, the first few of them. */
interface Named<T> {
  readonly count: number;
  readonly shown: readonly T[];
}

export interface ExportMessages {
  /** A milestone that is no task: its projected date (`projected`) or its start is outside the calendar (date-range). */
  'export.mspdi.date-range': { ref: string; projected: boolean };
  /** A link inside a dependency cycle, left out of the file as of the schedule. */
  /** `type`: the link's type, which tells two links between the same milestones apart (tester round 46 F7). */
  'export.mspdi.cycle-link': { ref: string; from: string; type: string };
  /**
   * A link whose predecessor is no task (`otherPlan`: in another plan; else left out), folded into `ref`'s constraint
   * date: `day` is what this link requires (from a predecessor left out, the date written), `written` the constraint
   * date written (at least `day`: a later one covers it).
   */
  'export.mspdi.link-as-constraint': { ref: string; from: string; type: string; otherPlan: boolean; day: DayNumber; written: DayNumber };
  /**
   * One of several links between the same two tasks (of different types: SPEC §5 allows them, MS Project holds one),
   * folded into `ref`'s constraint date: `day` is what this link requires, `written` the constraint date written (at
   * least `day`: a later one covers it), `kept` the type of the link the file holds.
   */
  'export.mspdi.second-link': { ref: string; from: string; type: string; day: DayNumber; written: DayNumber; kept: string };
  'export.mspdi.periods': Named<PeriodDates>;
  /** `plan.finish` written as a period. */
  'export.mspdi.plan-finish-period': { written: string };
  'export.mspdi.ranges': Named<RangeEstimate>;
  /** Dated gates with a body or readiness, written as milestones without them. */
  'export.mspdi.gates-dated': Named<string>;
  'export.mspdi.gates-undated': Named<string>;
  'export.mspdi.risks': Named<string>;
  /** Texts holding characters XML 1.0 cannot hold, written as visible escapes: milestones' titles by ref, the plan's as `<id> (title)` and `<id> (owner)`. */
  'export.mspdi.unholdable-titles': Named<string>;
  /** Texts longer than the schema's maxLength, written cut: milestones' titles by ref, the plan's as `<id> (id)`, `<id> (title)`, `<id> (owner)`. */
  'export.mspdi.overlong-texts': Named<string>;
  /** Milestones with board meetings or required bodies. */
  'export.mspdi.governed': Named<string>;
  /** `plan.governance.require`; `too` when milestones' own governance was noted before. */
  'export.mspdi.plan-governance': { too: boolean };
  /** Milestone fields with no place in MS Project XML (`fields`: YAML keys, in a fixed order), and the milestones that have them. */
  'export.mspdi.fields': Named<string> & { fields: readonly string[] };
  /** The plan's keys and entities left out (`rules`, `health`, `goals`, `measures`). */
  'export.mspdi.plan-fields': { fields: readonly string[] };
  /** Milestones pushed by a predecessor (SPEC §5): an import of the file gives them their projected date as forecast. */
  'export.mspdi.pushed': Named<string>;
  'export.mspdi.outside-msp': Named<string>;
  /** The plan's holiday rule (`holidays: NO`), written as the holidays of `years` (inclusive, sorted, disjoint). */
  'export.mspdi.holiday-rule': { years: readonly { readonly from: number; readonly to: number }[] };
  /** `first`: the first day of the tasks' work, before the plan's `start`. */
  'export.mspdi.start-earlier': { start: DayNumber; first: DayNumber };
  /** The `x-` keys (`keys`, sorted) of milestones, which the file does not hold. */
  'export.mspdi.extension-keys': Named<string> & { keys: readonly string[] };
}
