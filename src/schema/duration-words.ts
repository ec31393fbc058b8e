// A duration written in words or with a space (`5 dager`, `2 uker`, `2u`, `10 d`): the `<n><unit>` a plan file takes
// (SPEC §2), which the form's general hint left the user to work out (tester round 94 F5).
import { msg, type Message } from '../messages/index.js';
import type { FormName } from '../messages/data/input.js';

/** The forms that hold a duration or a lag, and whether each takes a lead (a negative one) and elapsed units. */
const DURATION_FORMS: ReadonlyMap<FormName, { readonly signed: boolean; readonly elapsed: boolean }> = new Map([
  ['duration', { signed: false, elapsed: true }], ['workDuration', { signed: false, elapsed: false }], ['estimate', { signed: false, elapsed: true }],
  ['impactEstimate', { signed: false, elapsed: true }], ['signedDuration', { signed: true, elapsed: true }], ['lagEstimate', { signed: true, elapsed: true }],
]);

/** Unit words, Norwegian and English, lower-cased, and the unit each is. */
const UNITS: ReadonlyMap<string, 'd' | 'w' | 'ed'> = new Map([
  ...['d', 'dag', 'dager', 'virkedag', 'virkedager', 'arbeidsdag', 'arbeidsdager', 'day', 'days', 'working day', 'working days'].map((w) => [w, 'd'] as const),
  ...['w', 'u', 'uke', 'uker', 'week', 'weeks'].map((w) => [w, 'w'] as const),
  ...['ed', 'kalenderdag', 'kalenderdager', 'calendar day', 'calendar days'].map((w) => [w, 'ed'] as const),
]);

const WRITTEN = /^\s*(-?)\s*(\d{1,5})\s*([a-zæøå]+(?: [a-z]+)?)\s*$/i;

/**
 * The hint for `written`, a text where form `form` goes, when it is a whole number of days or weeks in words or with a
 * space (`5 dager` → `5d`, `2 uker` → `2w`, `3 kalenderdager` → `3ed`), as the form takes it (a lead only where a lag
 * goes, elapsed days only where they may be), or a number without its unit (`10` → `10d`: tester round 94 F5);
 * undefined for anything else, and for a text that is already the form.
 */
export function durationWordsHint(written: string | number, form: FormName | undefined): Message | undefined {
  const takes = form === undefined ? undefined : DURATION_FORMS.get(form);
  // A bare whole number (`lag: 10`): days, as MS Project and P6 read a duration without a unit.
  if (typeof written === 'number') {
    const isDays = takes !== undefined && Number.isSafeInteger(written) && Math.abs(written) <= 99999 && (written >= 0 || takes.signed);
    return isDays ? msg('schema.duration-words.hint', { written: String(written), duration: `${written}d` }) : undefined;
  }
  const m = takes === undefined ? null : WRITTEN.exec(written);
  if (m === null || takes === undefined) return undefined;
  const unit = UNITS.get(m[3]!.toLowerCase());
  if (unit === undefined || (m[1] === '-' && !takes.signed) || (unit === 'ed' && !takes.elapsed)) return undefined;
  const duration = `${m[1]}${Number(m[2])}${unit}`;
  return duration === written ? undefined : msg('schema.duration-words.hint', { written, duration });
}

/** `<ref>+<n><unit>`, blanks allowed around the `+`: SPEC §10's CSV form of a link with a lag, written in a plan file. */
const AFTER_LAG = /^([^\s+]+)\s*\+\s*(\d{1,5})\s*(d|w|ed|ew)$/i;

/**
 * The hint for an `after` entry written `akson/MP3+5d`: the entry as the mapping a plan file writes it, `{id:
 * akson/MP3, lag: 5d}` (tester round 94 F5: the hint said "+" cannot be part of a reference); undefined for any other
 * text. A `-` is left alone: ids may hold one (`MP3-2d` is an id).
 */
export function afterLagHint(written: string): Message | undefined {
  const m = AFTER_LAG.exec(written.trim());
  return m === null ? undefined : msg('schema.after-lag.hint', { id: m[1]!, lag: `${Number(m[2])}${m[3]!.toLowerCase()}` });
}
