// The model's plans: each plan's header (calendar, governance defaults, rules, health, risk settings), its goals,
// measures and risk events, and the Origin every entity of the model carries.
import type { DateValue, DayNumber, Duration, Estimate, WorkCalendar } from '../calendar/index.js';
import type { RuleId, SeveritySetting } from '../diagnostics/types.js';
import type { Path } from '../source/parse.js';

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
