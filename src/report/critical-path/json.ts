// `critical-path --format json` (SPEC §8): today, every milestone in topological order, the critical paths.
import { formatDay } from '../../calendar/index.js';
import { dateFields } from '../date-fields.js';
import { LazyJsonArray, safeJsonChunks, safeJsonText } from '../json-stream.js';
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

function toJsonDocument(report: CriticalPathReport): object {
  const { rows, paths } = report;
  return {
    today: formatDay(report.today),
    milestones: new LazyJsonArray(rows.length, (i) => toJsonRow(rows[i]!)),
    paths: new LazyJsonArray(paths.length, (i) => {
      const p = paths[i]!;
      return { end: p.end.ref, float: p.float + 0, milestones: new LazyJsonArray(p.milestones.length, (k) => p.milestones[k]!.ref) };
    }),
  };
}

/** The JSON in pieces that end at line ends (a 1,000,000-milestone report never becomes one string); see json-stream.ts. */
export function criticalPathJsonChunks(report: CriticalPathReport): Iterable<string> {
  return safeJsonChunks(toJsonDocument(report));
}

export function formatCriticalPathJson(report: CriticalPathReport): string {
  return safeJsonText(toJsonDocument(report));
}
