// `milepel critical-path --format xlsx` (SPEC §15): the schedule of every milestone and the critical paths, as tables.
import { columns, type SheetTable } from '../sheet/table.js';
import type { CriticalPathReport } from './model.js';

/** Two sheets: `schedule` (one row per milestone, topological order, as the JSON) and `paths` (one row per path). */
export function criticalPathSheets(report: CriticalPathReport): SheetTable[] {
  const schedule: SheetTable = {
    name: 'schedule',
    columns: columns(
      ['ref', 'text'], ['plan', 'text'], ['id', 'text'], ['title', 'text'], ['date', 'date'], ['current', 'date'],
      ['projected', 'date'], ['latest', 'date'], ['float', 'integer'], ['critical', 'text'], ['driver', 'text'],
    ),
    rows: report.rows.map((r) => [
      r.ref, r.plan, r.id, r.title, r.date.day, r.current.day, r.projected, r.latest, r.float, r.isCritical ? 'yes' : 'no', r.driver?.ref ?? null,
    ]),
  };
  const paths: SheetTable = {
    name: 'paths',
    columns: columns(['end', 'text'], ['end_date', 'date'], ['float', 'integer'], ['length', 'integer'], ['milestones', 'text']),
    rows: report.paths.map((p) => [p.end.ref, p.endDate, p.float, p.milestones.length, p.milestones.map((m) => m.ref).join(' → ')]),
  };
  return [schedule, paths];
}
