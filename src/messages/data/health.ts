// The data of schedule-health findings (SPEC §13) as validate's machine formats show them.
import type { DayNumber } from '../../calendar/index.js';
import type { HealthCheckId } from '../../health/ids.js';
import type { HealthUnit } from '../../health/types.js';

/** A check's measured value and threshold, in the unit's own terms (a share as a fraction, a threshold in percent). */
export interface HealthMeasure {
  readonly value: number | null;
  readonly threshold: number;
  readonly unit: HealthUnit;
}

export interface HealthMessages {
  'health.finding': { check: HealthCheckId; plan: string; measure: HealthMeasure; count: number; of: number };
  /** cpli failing without a ratio: the plan's `finish` is not after the status date `today`, and the critical path's
   * total float is `float` working days (negative). */
  'health.finding.finish-passed': { plan: string; finish: DayNumber; today: DayNumber; float: number; measure: HealthMeasure; count: number; of: number };
  /** As health.finding.hint, for health.finding.finish-passed (another threshold cannot pass it). */
  'health.finding.finish-passed.hint': { check: HealthCheckId; refs: readonly string[]; more: number };
  /** `refs`: the first milestones that count against the check (report/health/model.ts namedRefs); `more`: how many others do. */
  'health.finding.hint': { check: HealthCheckId; refs: readonly string[]; more: number };
  'health.note.counts': { ref: string; check: HealthCheckId };
}
