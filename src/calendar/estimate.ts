// Three-point estimates of lags and durations (SPEC §1.6): `5d..10d..20d` or `{min, likely, max}`, all in one unit.
import { formatDuration, isWorkingUnit, MAX_DURATION_N, UNIT_DAYS, type Duration, type DurationUnit } from './duration.js';

/** min ≤ likely ≤ max, counted in `unit`; negative values only in a lag (a lead). A plain duration has min = likely = max. */
export interface Estimate {
  readonly unit: DurationUnit;
  readonly min: number;
  readonly likely: number;
  readonly max: number;
}

const PART = /^(-?)(\d+)(d|w|ed|ew)$/;

/** One part `<n><unit>` (or `-<n><unit>` when `signed`), as a signed count and its unit. */
function parsePart(text: unknown, signed: boolean): { n: number; unit: DurationUnit } | undefined {
  if (typeof text !== 'string') return undefined;
  const match = PART.exec(text.trim());
  if (match === null || (match[1] === '-' && !signed)) return undefined;
  const n = Number(match[2]);
  if (n > MAX_DURATION_N) return undefined;
  return { n: match[1] === '-' && n !== 0 ? -n : n, unit: match[3] as DurationUnit };
}

export type EstimateParse =
  | { readonly ok: true; readonly estimate: Estimate }
  | { readonly ok: false; readonly problem: 'form' | 'units' | 'order' };

/**
 * Reads a plain duration, `<min>..<likely>..<max>` or a `{min, likely, max}` mapping. `signed` allows leads
 * (a lag); the three parts must share one unit and be ordered min ≤ likely ≤ max.
 */
export function parseEstimate(raw: unknown, signed: boolean): EstimateParse {
  let parts: unknown[];
  if (typeof raw === 'string') parts = raw.split('..');
  else if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
    const o = raw as Readonly<Record<string, unknown>>;
    parts = ['min', 'likely', 'max'].map((k) => (Object.hasOwn(o, k) ? o[k] : undefined));
  } else return { ok: false, problem: 'form' };
  if (parts.length === 1) {
    const one = parsePart(parts[0], signed);
    return one ? { ok: true, estimate: { unit: one.unit, min: one.n, likely: one.n, max: one.n } } : { ok: false, problem: 'form' };
  }
  if (parts.length !== 3) return { ok: false, problem: 'form' };
  const [min, likely, max] = parts.map((p) => parsePart(p, signed));
  if (!min || !likely || !max) return { ok: false, problem: 'form' };
  if (min.unit !== likely.unit || likely.unit !== max.unit) return { ok: false, problem: 'units' };
  if (min.n > likely.n || likely.n > max.n) return { ok: false, problem: 'order' };
  return { ok: true, estimate: { unit: min.unit, min: min.n, likely: likely.n, max: max.n } };
}

/** The value every rule and the deterministic schedule use (SPEC §1.6). */
export function likelyDuration(e: Estimate): Duration {
  return { n: e.likely, unit: e.unit };
}

/** Whether the estimate has a range to sample (max > min). */
export function isRange(e: Estimate): boolean {
  return e.max > e.min;
}

/** `5d..10d..20d`, or `10d` when it is a single value. */
export function formatEstimate(e: Estimate): string {
  return isRange(e) ? `${e.min}${e.unit}..${e.likely}${e.unit}..${e.max}${e.unit}` : `${e.likely}${e.unit}`;
}

export function pointEstimate(d: Duration): Estimate {
  return { unit: d.unit, min: d.n, likely: d.n, max: d.n };
}

/** A link's lag: its likely value, and its three-point estimate when one is written (SPEC §1.6). */
export interface LagValue {
  readonly lag: Duration;
  readonly lagEstimate?: Estimate | undefined;
}

/** A lag as written, in its own unit: `5d`, `1d..2d..5d`; `0d` when none is written. */
export function showLag(v: LagValue): string {
  return v.lagEstimate !== undefined ? formatEstimate(v.lagEstimate) : formatDuration(v.lag);
}

/**
 * Whether two lags are one lag (tester round 84 F6): the same days of the same kind (`1w` and `5d`, `1ew` and `7ed`),
 * for a three-point lag each of its three values, a single value being its own min and max; no lag in any unit is
 * one. `1w` and `7ed` are not: working and calendar days differ over a weekend or holiday.
 */
export function isSameLag(a: LagValue, b: LagValue): boolean {
  const x = a.lagEstimate ?? pointEstimate(a.lag);
  const y = b.lagEstimate ?? pointEstimate(b.lag);
  const days = (e: Estimate, n: number): number => n * UNIT_DAYS[e.unit];
  const same = days(x, x.min) === days(y, y.min) && days(x, x.likely) === days(y, y.likely) && days(x, x.max) === days(y, y.max);
  const isZero = (e: Estimate): boolean => e.min === 0 && e.max === 0;
  return same && (isWorkingUnit(x.unit) === isWorkingUnit(y.unit) || (isZero(x) && isZero(y)));
}
