// Durations `<n><unit>`: working days/weeks (`d`, `w`) and elapsed days/weeks (`ed`, `ew`).

/** `d` working days, `w` working weeks (5 working days), `ed` calendar days, `ew` 7 calendar days. */
export type DurationUnit = 'd' | 'w' | 'ed' | 'ew';

export interface Duration {
  readonly n: number;
  readonly unit: DurationUnit;
}

export const ZERO_DURATION: Duration = Object.freeze({ n: 0, unit: 'd' });

/** Largest n accepted, so that arithmetic on durations stays far from overflow. */
export const MAX_DURATION_N = 100000;

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

/** Working units count working days of a calendar; elapsed units count calendar days. */
export function isWorkingUnit(unit: DurationUnit): boolean {
  return unit === 'd' || unit === 'w';
}
