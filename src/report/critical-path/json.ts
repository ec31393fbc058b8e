// `critical-path --format json` (SPEC §8): today, every milestone in topological order, the critical paths.
import { formatDay } from '../../calendar/index.js';
import { writeDateFields } from '../date-fields.js';
import { JsonRows, LazyJsonArray, safeJsonChunks, safeJsonText, writeMilestoneName, type JsonFields } from '../json-stream.js';
import type { CriticalPathReport, ScheduleRow } from './model.js';

function writeRow(row: ScheduleRow, fields: JsonFields): void {
  writeMilestoneName(fields, row.ref, row.plan, row.id, row.title);
  writeDateFields(fields, 'date', row.date);
  writeDateFields(fields, 'current', row.current);
  fields.day('projected', row.projected);
  fields.day('start', row.start);
  fields.day('latest', row.latest);
  fields.number('float', row.float);
  fields.boolean('critical', row.isCritical);
  fields.string('driver', row.driver?.ref ?? null);
}

function toJsonDocument(report: CriticalPathReport): object {
  const { rows, paths } = report;
  return {
    today: formatDay(report.today),
    milestones: new JsonRows(rows.length, (i, fields) => writeRow(rows[i]!, fields)),
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
