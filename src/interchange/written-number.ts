// A number read from a foreign file as a finding's fact: its value and decimals, so `100.00` shows as 100,00 under nb.
import type { WrittenNumber } from '../messages/data/import.js';

/** A plain decimal number as files write them: digits, with a decimal point and digits after it, maybe a minus. */
const PLAIN_DECIMAL = /^-?\d+(?:\.(\d{1,20}))?$/;

/**
 * `text` as a WrittenNumber: its value and how many decimals it is written with, when rendering those gives `text`
 * back (so English findings quote the file exactly); else the text itself, which the finding quotes as written: no
 * plain decimal (`1e3`, `1,234.50`, ''), or more digits than a number holds.
 */
export function writtenNumber(text: string): WrittenNumber {
  const m = PLAIN_DECIMAL.exec(text);
  if (m === null) return text;
  const decimals = m[1]?.length ?? 0;
  const value = Number(text);
  return value.toFixed(decimals) === text ? { value, decimals } : text;
}
