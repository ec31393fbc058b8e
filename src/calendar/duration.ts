// Durations `<n><unit>`: working days/weeks (`d`, `w`) and elapsed days/weeks (`ed`, `ew`).

/** `d` working days, `w` working weeks (5 working days), `ed` calendar days, `ew` 7 calendar days. */
export type DurationUnit = 'd' | 'w' | 'ed' | 'ew';

export interface Duration {
  readonly n: number;
  readonly unit: DurationUnit;
}

export const ZERO_DURATION: Duration = Object.freeze({ n: 0, unit: 'd' });

/**
 * Largest n of a duration or lag: the five digits schemas/plan.schema.json allows (`[0-9]{1,5}`), which also keeps
 * arithmetic on durations far from overflow. The schema check explains a longer one by this limit; import writes
 * none longer (src/interchange).
 */
export const MAX_DURATION_N = 99_999;

const DURATION = /^(\d+)(d|w|ed|ew)$/;

/** `5d`, `2w`, `10ed`, `1ew`; undefined for anything else or n above MAX_DURATION_N. */
export function parseDuration(text: unknown): Duration | undefined {
  if (typeof text !== 'string') return undefined;
  const match = DURATION.exec(text);
  if (match === null) return undefined;
  const n = Number(match[1]);
  if (n > MAX_DURATION_N) return undefined;
  return { n, unit: match[2] as DurationUnit };
}

export function formatDuration(d: Duration): string {
  return `${d.n}${d.unit}`;
}

/** A lag or duration as written (`5d`), null when absent or zero: the form messages show, where zero says nothing. */
export function writtenOrNull(d: Duration | undefined): string | null {
  return d === undefined || d.n === 0 ? null : formatDuration(d);
}

/** Working units count working days of a calendar; elapsed units count calendar days. */
export function isWorkingUnit(unit: DurationUnit): boolean {
  return unit === 'd' || unit === 'w';
}

/** Days in one unit (SPEC §1.6): `d` 1 and `w` 5 working days, `ed` 1 and `ew` 7 calendar days. */
export const UNIT_DAYS: Readonly<Record<DurationUnit, number>> = Object.freeze({ d: 1, w: 5, ed: 1, ew: 7 });

/**
 * The weight of a duration or lag: its length in days of its own kind — working days for `d` and `w`, calendar days
 * for `ed` and `ew` (isWorkingUnit tells which); negative for a lead. The one conversion that the calendar's date
 * arithmetic (and so the scheduler and the rules), the risk network, the health checks and the exports share.
 */
export function durationDays(d: Duration): number {
  return d.n * UNIT_DAYS[d.unit];
}
