// A day as people write it when they do not write YYYY-MM-DD: for hints that show the form a field takes.
import { asciiSigns } from '../text/look-alike.js';
import { parseDayDate, type DayNumber } from './day.js';

/**
 * A day written YYYY-MM-DD, YYYY-M-D (unpadded) or D.M.YYYY / DD.MM.YYYY (the Norwegian form), if it exists in the
 * calendar; undefined otherwise. Its digits and signs may be written as a word processor or an input method writes
 * them (text/look-alike.ts's asciiSigns: `2020‑01‑20` with U+2011, fullwidth `２０２０`, a zero-width space: tester
 * round 78 F12). Never accepted where a date is read: only to suggest the form that is.
 */
export function parseLenientDay(written: string): DayNumber | undefined {
  const text = asciiSigns(written);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const nb = iso === null ? /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text) : null;
  const parts = iso !== null ? [iso[1]!, iso[2]!, iso[3]!] : nb !== null ? [nb[3]!, nb[2]!, nb[1]!] : undefined;
  if (parts === undefined) return undefined;
  return parseDayDate(`${parts[0]}-${parts[1]!.padStart(2, '0')}-${parts[2]!.padStart(2, '0')}`);
}
