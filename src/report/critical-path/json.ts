// `critical-path --format json` (SPEC §8): today, every milestone in topological order, the critical paths.
import { formatDay, type DateValue } from '../../calendar/index.js';
import { stringifySafeJson } from '../safe-text.js';
import type { CriticalPathReport, ScheduleRow } from './model.js';

/** `{field: day}` plus `{field_as_written: text}` when the value was written as a period (SPEC §2). */
export function dateFields(field: string, value: DateValue): Record<string, string> {
  return value.isPeriod ? { [field]: formatDay(value.day), [`${field}_as_written`]: value.written } : { [field]: formatDay(value.day) };
}

function toJsonRow(row: ScheduleRow): object {
  return {
    ref: row.ref,
    plan: row.plan,
    id: row.id,
    title: row.title,
    ...dateFields('date', row.date),
    ...dateFields('current', row.current),
    projected: formatDay(row.projected),
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
