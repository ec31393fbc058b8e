// A link lag MS Project keeps as a percentage of the predecessor's duration (LagFormat 19 `%`, 20 `e%`, and their
// estimated forms), in days: a plan file's lag is a length of time (SPEC §2), so it is written as the length the
// percentage gives at import, and reported as approximated: it no longer follows a change of the predecessor's
// duration (SPEC §10). LinkLag holds the percentage itself for these formats (MPXJ reads and writes it so; for the
// other formats it holds tenths of minutes).
import type { ImportedMilestone } from '../plan-model.js';

/** The predecessor's duration as the import wrote it, in days, and whether those are calendar days. */
export function durationInDays(m: ImportedMilestone, daysPerWeek: number): { days: number; elapsed: boolean } {
  const n = m.durationDays ?? 0;
  switch (m.durationUnit) {
    case 'w': return { days: n * daysPerWeek, elapsed: false };
    case 'ed': return { days: n, elapsed: true };
    case 'ew': return { days: n * 7, elapsed: true };
    default: return { days: n, elapsed: false };
  }
}

/**
 * `percent` % of the predecessor's `duration` (durationInDays), as days before rounding: for `%` in the predecessor's
 * own time (working days, or calendar days when its duration is elapsed); for `e%` in calendar days of 24 hours, a
 * working day being `minutesPerDay` minutes of them (MS Project: `50e%` of an 8-hour day is 4 elapsed hours).
 */
export function percentLagDays(percent: number, duration: { readonly days: number; readonly elapsed: boolean }, elapsedPercent: boolean, minutesPerDay: number): { exact: number; elapsed: boolean } {
  if (!elapsedPercent) return { exact: (percent / 100) * duration.days, elapsed: duration.elapsed };
  const calendarDays = duration.elapsed ? duration.days : (duration.days * minutesPerDay) / (24 * 60);
  return { exact: (percent / 100) * calendarDays, elapsed: true };
}
