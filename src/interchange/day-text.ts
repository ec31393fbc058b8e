// Day numbers → `YYYY-MM-DD` for imported milestones: one string per day for the whole import.
import { formatDay, type DayNumber } from '../calendar/index.js';

const known = new Map<DayNumber, string>();

/**
 * formatDay, remembered: 100,000 imported milestones fall on a few thousand days, and each of their date, forecast
 * and actual was a string of its own. At most 100,000 days are kept (then the memory starts over).
 */
export function dayText(day: DayNumber): string {
  let text = known.get(day);
  if (text === undefined) {
    if (known.size >= 100_000) known.clear();
    text = formatDay(day);
    known.set(day, text);
  }
  return text;
}
