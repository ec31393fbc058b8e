// Dates of the slippage tables as text, each day's text made once.
import type { DayNumber } from '../../calendar/index.js';
import { formatDate, type Locale } from '../locale.js';

/** `formatDate` with each day's text made once: a column of 100,000 dates holds a few thousand days. */
export function dateTexts(locale: Locale): (day: DayNumber) => string {
  const texts = new Map<DayNumber, string>();
  return (day) => {
    let text = texts.get(day);
    if (text === undefined) {
      text = formatDate(day, locale);
      texts.set(day, text);
    }
    return text;
  };
}
