// The suggestion for an unknown `BODY@date` meeting reference: the body's meeting nearest that date, rather than the
// reference nearest in spelling (a tester's KR@2019-11-16 was offered KR@2019-10-16, a month off, beside KR@2019-11-15).
import { formatDay, parseLenientDay } from '../calendar/index.js';
import type { Meeting } from './types.js';

/**
 * The ref of the meeting of `target`'s body nearest its date (the earlier of two as near), when `target` is
 * `BODY@date` with a day that exists — written YYYY-MM-DD, YYYY-M-D or DD.MM.YYYY — and the body has meetings;
 * undefined otherwise (the spelling search then suggests). Distances are calendar days.
 */
export function nearestMeeting(meetings: readonly Meeting[], target: string): string | undefined {
  const at = target.lastIndexOf('@');
  if (at <= 0) return undefined;
  const body = target.slice(0, at);
  const day = parseLenientDay(target.slice(at + 1));
  if (day === undefined) return undefined;
  let best: Meeting | undefined;
  let bestGap = Infinity;
  for (const m of meetings) {
    if (m.body !== body) continue;
    const gap = Math.abs(m.date - day);
    if (gap < bestGap || (gap === bestGap && m.date < best!.date)) {
      best = m;
      bestGap = gap;
    }
  }
  if (best === undefined) return undefined;
  // Named as the reference was written, BODY@date, unless the body meets twice that day (then by the meeting's id).
  const twice = meetings.some((m) => m !== best && m.body === body && m.date === best.date);
  return twice ? best.ref : `${body}@${formatDay(best.date)}`;
}
