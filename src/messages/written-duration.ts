// A duration as the plan writes it (`2d`, `30ed`, SPEC §2.2), spelled out for a message: `2 working days (2d)`. A
// project manager or board secretary reads the words; the notation after them is what to look for in the file
// (tester round 22 F6: "within the 30ed window and with the 2d lead" read as jargon, in English and Norwegian alike).
import type { Fmt } from './types.js';

/** The units of a written duration (SPEC §2.2): working days and weeks, calendar (elapsed) days and weeks. */
export type DurationUnit = 'd' | 'w' | 'ed' | 'ew';

/** Singular and plural words for each unit, in one language. */
export type UnitWords = Readonly<Record<DurationUnit, readonly [one: string, many: string]>>;

const WRITTEN = /^(\d+)(d|w|ed|ew)$/;

/**
 * `written` (`<n><unit>`) in words, with the notation after them: `2 working days (2d)`, `30 kalenderdager (30ed)`.
 * Text that is not such a duration is returned as it is.
 */
export function spelledDuration(f: Fmt, words: UnitWords, written: string): string {
  const m = WRITTEN.exec(written);
  if (m === null) return written;
  const [one, many] = words[m[2] as DurationUnit];
  return `${f.count(Number(m[1]), one, many)} (${written})`;
}
