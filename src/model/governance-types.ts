// The model's governance entities: bodies, their meetings, and gates (decision points, SPEC §1.7).
import type { DateValue, DayNumber, Duration } from '../calendar/index.js';
import type { AfterUndated } from './milestone-types.js';
import type { Origin } from './plan-types.js';

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
