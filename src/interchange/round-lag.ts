// Rounding an imported lag or duration that is no whole number of days.
import { MAX_DURATION_N } from '../calendar/index.js';

/**
 * `days` rounded to a whole number of days, half away from zero: a lead of half a day is a lead of 1 day as a lag of
 * half a day is a lag of 1 (Math.round rounds half towards +∞, and a tester's lead of 4 hours on an 8-hour calendar
 * became no lead at all, out of reach of the `lead` rule and health's leads check). Never -0. The caller reports the
 * rounding (SPEC §10: hours that are not whole days are approximated).
 */
export function roundLagDays(days: number): number {
  const whole = Math.round(Math.abs(days));
  return days < 0 && whole !== 0 ? -whole : whole;
}

/**
 * A duration of `days` (working or calendar days, never negative) as a plan file holds one: rounded to whole days and
 * at most MAX_DURATION_N of them (schemas/plan.schema.json: five digits). The caller reports what it changed.
 */
export function wholeDurationDays(days: number): number {
  return Math.min(MAX_DURATION_N, Math.max(0, Math.round(days)));
}
