// Values read from plan files into the model (SPEC §4.1): dates, durations and lags, shared where written alike;
// an invalid date is recorded for the invalid-date rule and left out.
import { likelyDuration, parseDateValue, type DateValue, type Duration, type Estimate } from '../calendar/index.js';
import type { Path } from '../source/parse.js';
import type { Builder } from './build.js';
import { EntryOrigin } from './origin.js';
import { estimateOf, field, type Obj } from './read.js';
import { msg0, type Message } from '../messages/index.js';

export interface ReadEstimate {
  readonly estimate: Estimate;
  readonly likely: Duration;
}

/** `raw` (a duration, or with `signed` a lag) as its estimate and likely value; undefined when absent or malformed. */
export function readEstimate(b: Builder, raw: unknown, signed: boolean): ReadEstimate | undefined {
  if (raw === undefined) return undefined;
  const memo = typeof raw === 'string' ? (signed ? b.shared.lags : b.shared.durations) : undefined;
  const known = memo?.get(raw as string);
  if (known !== undefined) return known ?? undefined;
  const estimate = estimateOf(raw, signed);
  const read = estimate === undefined ? null : { estimate, likely: likelyDuration(estimate) };
  memo?.set(raw as string, read);
  return read ?? undefined;
}

/**
 * `o[key]` as a date; an invalid one is recorded at `[...base, key]` (built only then: most dates are valid). A day
 * written the same way twice gives the same DateValue (the model never changes one): a 100,000-milestone workspace
 * writes a few thousand distinct days some 200,000 times.
 */
export function readDate(b: Builder, o: Obj, key: string, allowPeriod: boolean, holder: string | undefined, plan: number | undefined, file: string, base: Path | EntryOrigin): DateValue | undefined {
  return readDateValue(b, field(o, key), key, allowPeriod, holder, plan, file, base);
}

/** readDate of the value `raw` already read from the field `key`. */
export function readDateValue(b: Builder, raw: unknown, key: string, allowPeriod: boolean, holder: string | undefined, plan: number | undefined, file: string, base: Path | EntryOrigin): DateValue | undefined {
  if (raw === undefined) return undefined;
  const known = typeof raw === 'string' ? b.shared.days.get(raw) : undefined;
  if (known !== undefined) return known;
  const parsed = parseDateValue(raw, allowPeriod);
  if (parsed.ok) {
    // Only days: whether a period is allowed depends on the field, whether a day is does not.
    if (typeof raw === 'string' && !parsed.value.isPeriod) b.shared.days.set(raw, parsed.value);
    return parsed.value;
  }
  const basePath = base instanceof EntryOrigin ? base.path : base;
  b.invalidDates.push({ message: parsed.message, holder, plan, origin: { file, path: [...basePath, key] }, ...dayOnlyHint(allowPeriod) });
  return undefined;
}

export function readDateText(b: Builder, raw: unknown, allowPeriod: boolean, holder: string | undefined, plan: number | undefined, file: string, path: Path): DateValue | undefined {
  const parsed = parseDateValue(raw, allowPeriod);
  if (parsed.ok) return parsed.value;
  b.invalidDates.push({ message: parsed.message, holder, plan, origin: { file, path }, ...dayOnlyHint(allowPeriod) });
  return undefined;
}

export function idOrigin(origin: { file: string; path: Path }): { file: string; path: Path } {
  return { file: origin.file, path: [...origin.path, 'id'] };
}

/** A field that takes day dates only gets a hint without the period forms (invalid-date's own hint offers them). */
function dayOnlyHint(allowPeriod: boolean): { hint?: Message } {
  return allowPeriod ? {} : { hint: DAY_ONLY_HINT };
}
const DAY_ONLY_HINT = msg0('invalid-date.hint.day');
