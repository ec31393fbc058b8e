// SPEC §2 in JSON: a date field holds the resolved day; `<field>_as_written` holds a period as it was written.
import { formatDay, type DateValue } from '../calendar/index.js';
import type { JsonFields } from './json-row.js';

/** `{date: "2020-12-31", date_as_written: "2020"}` for a period, `{date: "2019-09-27"}` for a day. */
export function dateFields(field: string, value: DateValue): Record<string, string> {
  return value.isPeriod ? { [field]: formatDay(value.day), [`${field}_as_written`]: value.written } : { [field]: formatDay(value.day) };
}

/** As dateFields, with `{date: null}` when the value is absent. */
export function optionalDateFields(field: string, value: DateValue | undefined): Record<string, string | null> {
  return value === undefined ? { [field]: null } : dateFields(field, value);
}

/** dateFields written as fields of a JSON row (json-row.ts), in the same order. */
export function writeDateFields(fields: JsonFields, field: string, value: DateValue): void {
  fields.day(field, value.day);
  if (value.isPeriod) fields.string(`${field}_as_written`, value.written);
}

/** optionalDateFields written as fields of a JSON row. */
export function writeOptionalDateFields(fields: JsonFields, field: string, value: DateValue | undefined): void {
  if (value === undefined) fields.string(field, null);
  else writeDateFields(fields, field, value);
}
