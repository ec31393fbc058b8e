// `milepel meetings --format xlsx` (SPEC §15): one row per milestone and required body, with the admissible meeting or what is missing.
import { columns, type SheetTable, type SheetValue } from '../sheet/table.js';
import type { MeetingsReport } from './model.js';

/** A `meetings` sheet: the JSON's rows flattened (milestone × required body), and the listed meetings outside the interval. */
export function meetingsSheets(report: MeetingsReport): SheetTable[] {
  const rows: SheetValue[][] = [];
  for (const row of report.rows) {
    const required = row.bodies.filter((b) => b.isRequired);
    const outside = row.outside.map((o) => o.meeting.ref).join(', ') || null;
    if (required.length === 0) rows.push([row.ref, row.title, row.current.day, row.isOk ? 'yes' : 'no', null, null, null, null, null, null, outside]);
    for (const b of required) {
      rows.push([
        row.ref, row.title, row.current.day, row.isOk ? 'yes' : 'no', b.body, b.meeting === undefined ? 'no' : 'yes',
        b.meeting?.ref ?? null, b.meeting?.date ?? null, b.nearestBefore?.ref ?? null, b.nearestAfter?.ref ?? null, outside,
      ]);
    }
  }
  return [{
    name: 'meetings',
    columns: columns(
      ['ref', 'text'], ['title', 'text'], ['date', 'date'], ['ok', 'text'], ['body', 'text'], ['body_ok', 'text'],
      ['meeting', 'text'], ['meeting_date', 'date'], ['nearest_before', 'text'], ['nearest_after', 'text'], ['listed_outside', 'text'],
    ),
    rows,
  }];
}
