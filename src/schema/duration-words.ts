// A duration written in words or with a space (`5 dager`, `2 uker`, `2u`, `10 d`): the `<n><unit>` a plan file takes
// (SPEC §2), which the form's general hint left the user to work out (tester round 94 F5).
import { msg, type Message } from '../messages/index.js';
import type { FormName } from '../messages/data/input.js';

/**
 * The forms that hold a duration or a lag, and whether each takes a lead (a negative one), elapsed units and a
 * three-point estimate. Every duration field of the schema has one of them: `plan.critical` (workDuration),
 * `governance.window` and `.lead` and a gate's `ready.lead` (duration), a milestone's `duration` and a risk's `impact`
 * (estimate, impactEstimate), an `after` entry's `lag` (lagEstimate).
 */
const DURATION_FORMS: ReadonlyMap<FormName, { readonly signed: boolean; readonly elapsed: boolean; readonly threePoint: boolean }> = new Map([
  ['duration', { signed: false, elapsed: true, threePoint: false }], ['workDuration', { signed: false, elapsed: false, threePoint: false }],
  ['estimate', { signed: false, elapsed: true, threePoint: true }], ['impactEstimate', { signed: false, elapsed: true, threePoint: true }],
  ['signedDuration', { signed: true, elapsed: true, threePoint: false }], ['lagEstimate', { signed: true, elapsed: true, threePoint: true }],
]);

/** A whole number of days, as text (`"10"`, ` -3 `). */
const WHOLE = /^\s*(-?\d{1,5})\s*$/;

/** A point of a three-point estimate: a whole number, with its unit or without (`5`, `10d`, `-2d`, `3ew`). */
const POINT = String.raw`\s*(-?\d{1,5})\s*(d|w|ed|ew)?\s*`;

/** Three points joined by `..` (`5..10..20`, `5d..10..20`), some or all without their unit. */
const THREE_POINTS = new RegExp(`^${POINT}\\.\\.${POINT}\\.\\.${POINT}$`, 'i');

/** The three points of an estimate in order (min ≤ likely ≤ max), none negative unless the form takes a lead. */
const isEstimate = (points: readonly number[], signed: boolean): boolean =>
  points[0]! <= points[1]! && points[1]! <= points[2]! && (signed || points[0]! >= 0);

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
  if (takes === undefined) return undefined;
  // A bare whole number (`lag: 10`), or one in quotes (`lag: "10"`: tester round 98 F8): days, as MS Project and P6
  // read a duration without a unit. A negative one only where a lead goes.
  const whole = typeof written === 'number' ? (Number.isSafeInteger(written) && Math.abs(written) <= 99999 ? written : undefined) : wholeOf(written);
  if (whole !== undefined) {
    return whole >= 0 || takes.signed ? msg('schema.duration-words.hint', { written: String(written).trim(), duration: `${whole}d` }) : undefined;
  }
  if (typeof written === 'number') return undefined;
  // `5..10..20`: each point in days (`5d..10d..20d`); `5d..10..20` or `5..10w..20`, each in the unit written (tester
  // round 100), when the three are in order (else the offer is another finding).
  const three = takes.threePoint ? THREE_POINTS.exec(written) : null;
  if (three !== null) {
    const durations = inOneUnit([[three[1]!, three[2]], [three[3]!, three[4]], [three[5]!, three[6]]], takes.signed);
    return durations === undefined ? undefined : msg('schema.duration-words.hint', { written: written.trim(), duration: durations.join('..') });
  }
  const m = WRITTEN.exec(written);
  if (m === null) return undefined;
  const unit = UNITS.get(m[3]!.toLowerCase());
  if (unit === undefined || (m[1] === '-' && !takes.signed) || (unit === 'ed' && !takes.elapsed)) return undefined;
  const duration = `${m[1]}${Number(m[2])}${unit}`;
  return duration === written ? undefined : msg('schema.duration-words.hint', { written, duration });
}

/** A whole number written as text (`"10"`), or undefined. */
function wholeOf(written: string): number | undefined {
  const m = WHOLE.exec(written);
  return m === null ? undefined : Number(m[1]);
}

/**
 * The hint for a three-point estimate written as a mapping with points that are whole numbers without their unit
 * (`{min: 5, likely: 10, max: 20}`: tester round 98 F8): each point in days, `{min: 5d, likely: 10d, max: 20d}`, or,
 * beside points written with one unit (`{min: 5, likely: 10d, max: 20}`), in that unit; with `points` the value each
 * field is to take, for a quick fix that edits each. Undefined for anything else, for points out of order, and for
 * points written with different units (which the bare ones are meant in is not said).
 */
export function estimateFieldsHint(value: unknown, form: FormName | undefined): Message | undefined {
  const takes = form === undefined ? undefined : DURATION_FORMS.get(form);
  if (takes?.threePoint !== true || value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const fields = value as Record<string, unknown>;
  const written: (readonly [string, string | undefined] | undefined)[] = POINTS.map((key) => fields[key]).map((v) => {
    if (typeof v === 'number') return Number.isSafeInteger(v) && Math.abs(v) <= 99999 ? [String(v), undefined] : undefined;
    const m = typeof v === 'string' ? ONE_POINT.exec(v) : null;
    return m === null ? undefined : [m[1]!, m[2]];
  });
  const durations = written.some((p) => p === undefined) ? undefined : inOneUnit(written as (readonly [string, string | undefined])[], takes.signed);
  if (durations === undefined) return undefined;
  const shown = (values: readonly string[]): string => `{${POINTS.map((key, i) => `${key}: ${values[i]!}`).join(', ')}}`;
  return msg('schema.duration-words.hint', { written: shown(POINTS.map((key) => String(fields[key]).trim())), duration: shown(durations), points: durations });
}

/** One point of a three-point estimate as text, its unit written or not (`"5"`, `10d`). */
const ONE_POINT = new RegExp(`^${POINT}$`, 'i');

/**
 * Three points (a whole number as written and its unit, if written) as durations in one unit: the unit of those
 * written with one (all the same), else days; undefined when none lacks its unit (the estimate's problem is another),
 * when two units differ, or when the points are out of order or a lead where none goes.
 */
function inOneUnit(points: readonly (readonly [string, string | undefined])[], signed: boolean): string[] | undefined {
  const units = new Set(points.flatMap(([, unit]) => (unit === undefined ? [] : [unit.toLowerCase()])));
  if (units.size > 1 || points.every(([, unit]) => unit !== undefined)) return undefined;
  const unit = units.size === 1 ? [...units][0]! : 'd';
  const numbers = points.map(([n]) => Number(n));
  return isEstimate(numbers, signed) ? numbers.map((n) => `${n}${unit}`) : undefined;
}

/** The keys of a three-point estimate written as a mapping, in order. */
export const POINTS = ['min', 'likely', 'max'] as const;

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
