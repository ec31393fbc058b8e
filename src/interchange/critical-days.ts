// A critical float threshold read from another tool, as `plan.critical`'s whole working days (SPEC §5, §10).
import { MAX_DURATION_N } from '../calendar/index.js';

/**
 * `exact`: the threshold in working days as the other tool wrote it (fractional, negative or NaN when it wrote
 * nonsense: NaN for no number). Returns its whole days clamped to 0…MAX_DURATION_N (floats are whole working days, so 1.5 marks what
 * 1 does; 0 means none), and whether the written value lay outside what a plan file can hold (not a number,
 * negative, past MAX_DURATION_N days), which the caller says as an `approximated` finding with `days` as what is
 * used instead. `slack` is added before the whole days are taken (P6 stores hours: 8 h of a 480-minute day is 1
 * day, not 0.9999…).
 */
export function wholeCriticalDays(exact: number, slack = 0): { readonly days: number; readonly isOutside: boolean } {
  // An infinite threshold is past the largest one: that is the nearest (only no number at all gives 0).
  if (Number.isNaN(exact)) return { days: 0, isOutside: true };
  const whole = Math.floor(exact + slack);
  return { days: Math.min(MAX_DURATION_N, Math.max(0, whole)), isOutside: exact < 0 || whole > MAX_DURATION_N };
}
