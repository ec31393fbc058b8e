// The one home of a milestone's current date (SPEC §5): actual, else forecast, else date — which field, as written, as a day.
import type { DateValue } from '../calendar/index.js';

/** The three dated fields a milestone's current date is chosen from. */
export interface DatedFields {
  readonly date: DateValue;
  readonly forecast: DateValue | undefined;
  readonly actual: DateValue | undefined;
}

export type CurrentField = 'actual' | 'forecast' | 'date';

/** Which field sets the current date: actual, else forecast, else date. */
export function currentField(m: DatedFields): CurrentField {
  return m.actual ? 'actual' : m.forecast ? 'forecast' : 'date';
}

/** The current date as written (a period stays a period: `written` 2020-Q3, `day` its last day). */
export function currentValue(m: DatedFields): DateValue {
  return m.actual ?? m.forecast ?? m.date;
}
