// Total float (SPEC §5) in working days, with the one reading of "late" that the gates' margin (§12) shares.
import type { DayNumber, WorkCalendar } from '../calendar/index.js';

/**
 * f(M) = between(p(M), l(M)) working days of `calendar` (SPEC §5), negative when late. A milestone projected after
 * the latest day that keeps its successors and deadline (`bound`, the backward pass's exact latestBound; `l` is the
 * day shown, which may be the last working day before it: a milestone pushed onto a Saturday by an elapsed lag is not
 * late against its Friday) counts from the working day its projected date rolls forward to, as a
 * gate's readiness margin does (§12, gates/status.ts): a `2019-Q2` forecast (Sunday 30 June) after a Friday 28 June
 * deadline is one working day late, where between(Sunday, Friday) alone counts no working day and read as on time
 * (float 0: no `negative-float`, even with `--strict`; tester round 56 F1). The two numbers then agree for the same
 * dates (round 56 F10: −2504 against −2505). On time, or early, it is between(p, l) as written.
 * @param p projected date p(M), day number; @param l latest date l(M) as shown; @param bound the exact latest day.
 */
export function totalFloat(calendar: WorkCalendar, p: DayNumber, l: DayNumber, bound: DayNumber): number {
  if (p === l) return 0;
  return calendar.between(p > bound ? calendar.rollForward(p) : p, l);
}
