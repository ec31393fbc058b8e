// `critical-path --format json` (SPEC §8): today, every milestone in topological order, the critical paths.
import { formatDay } from '../../calendar/index.js';
import { dateFields } from '../date-fields.js';
import { stringifySafeJson } from '../safe-text.js';
import type { CriticalPathReport, ScheduleRow } from './model.js';


function toJsonRow(row: ScheduleRow): object {
  return {
    ref: row.ref,
    plan: row.plan,
    id: row.id,
    title: row.title,
    ...dateFields('date', row.date),
    ...dateFields('current', row.current),
    projected: formatDay(row.projected),
    start: formatDay(row.start),
    latest: formatDay(row.latest),
    float: row.float + 0, // never -0
    critical: row.isCritical,
    driver: row.driver?.ref ?? null,
  };
}

export function formatCriticalPathJson(report: CriticalPathReport): string {
  return stringifySafeJson({
    today: formatDay(report.today),
    milestones: report.rows.map(toJsonRow),
    paths: report.paths.map((p) => ({ end: p.end.ref, float: p.float + 0, milestones: p.milestones.map((m) => m.ref) })),
  });
}
