// MSPDI duration format codes (DurationFormat, LagFormat), as Microsoft's MSPDI schema documents them: 3 m, 4 em,
// 5 h, 6 eh, 7 d, 8 ed, 9 w, 10 ew, 11 mo, 12 emo, 19 %, 20 e%, 21 null; the "estimated" variants (m? … e%?) are the
// same codes + 32. The value beside them (Duration `PT…H…M…S`, LinkLag in tenths of minutes) is always the time
// itself: working time for the working units, 24-hour days of calendar time for the elapsed ones.
import { MAX_DURATION_N } from '../../calendar/index.js';

/** The code without its "estimated" flag (35–52 → 3–20). */
function plainFormat(code: number): number {
  return code >= 35 && code <= 52 ? code - 32 : code;
}

/** Whether a DurationFormat / LagFormat code is elapsed time (em, eh, ed, ew, emo, estimated or not). */
export function isElapsedFormat(code: number): boolean {
  const plain = plainFormat(code);
  return plain === 4 || plain === 6 || plain === 8 || plain === 10 || plain === 12;
}

/** Whether a code is elapsed weeks (ew or ew?). */
export function isElapsedWeeksFormat(code: number): boolean {
  return plainFormat(code) === 10;
}

/** Whether a code is a percentage (%, e%, estimated or not), which is no length of time. */
export function isPercentFormat(code: number): boolean {
  const plain = plainFormat(code);
  return plain === 19 || plain === 20;
}

/** Whether a code is the elapsed percentage (e% or e%?). */
export function isElapsedPercentFormat(code: number): boolean {
  return plainFormat(code) === 20;
}

/** Whether a code is working weeks (w or w?). */
function isWorkingWeeksFormat(code: number): boolean {
  return plainFormat(code) === 9;
}

/**
 * The plan file's unit for an exact whole number of days read in format `code` (SPEC §2: `d`, `w` = 5 working days,
 * `ed`, `ew` = 7 days): whole weeks shown in weeks stay weeks (2w comes back as 2w, 2ew as 2ew), as MS Project showed
 * them; anything else is the days it spans. `daysPerWeek` is the project's MinutesPerWeek / MinutesPerDay: milepel's
 * `w` is 5 working days, so a project with another week keeps days.
 */
export function importedUnit(code: number, days: number, daysPerWeek: number): { n: number; unit: 'd' | 'w' | 'ed' | 'ew' } {
  const elapsed = isElapsedFormat(code);
  const weekDays = elapsed ? 7 : 5;
  const inWeeks = elapsed ? isElapsedWeeksFormat(code) : isWorkingWeeksFormat(code) && daysPerWeek === 5;
  if (inWeeks && days !== 0 && days % weekDays === 0) return { n: days / weekDays, unit: elapsed ? 'ew' : 'w' };
  return { n: days, unit: elapsed ? 'ed' : 'd' };
}

/**
 * A whole number of days past the 99,999 a plan file holds in days, written in whole weeks when it is at most 99,999
 * of them (SPEC §2: n is up to 99999 of its unit; `w` = 5 working days, when the project's week is 5 days; `ew` = 7
 * days); undefined when it is not. milepel's own export writes `99999w` as 499,995 days, which the import dropped as
 * "longer than milepel's 99999 days" (tester round 24 F8).
 */
export function inWholeWeeks(days: number, elapsed: boolean, daysPerWeek: number): { n: number; unit: 'w' | 'ew' } | undefined {
  const week = elapsed ? 7 : 5;
  const a = Math.abs(days);
  if ((!elapsed && daysPerWeek !== 5) || a <= MAX_DURATION_N || a % week !== 0 || a / week > MAX_DURATION_N) return undefined;
  return { n: a / week, unit: elapsed ? 'ew' : 'w' };
}
