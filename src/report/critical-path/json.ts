// `critical-path --format json` (SPEC §8): today, every milestone in topological order, the critical paths.
import { formatDay } from '../../calendar/index.js';
import { writeDateFields } from '../date-fields.js';
import { JsonRows, LazyJsonArray, safeJsonChunks, safeJsonText, writeMilestoneName, type JsonFields } from '../json-stream.js';
import { ScheduleRowTexts } from './json-rows.js';
import type { LazyCriticalPathReport, ScheduleRow } from './model.js';

function writeRow(row: ScheduleRow, fields: JsonFields): void {
  writeMilestoneName(fields, row.ref, row.plan, row.id, row.title);
  writeDateFields(fields, 'date', row.date);
  writeDateFields(fields, 'current', row.current);
  // A date left out (date-range) is null, its key kept (SPEC §8).
  fields.day('projected', row.projected ?? undefined);
  fields.day('start', row.start ?? undefined);
  fields.day('latest', row.latest ?? undefined);
  fields.number('float', row.float);
  fields.boolean('critical', row.isCritical);
  fields.string('driver', row.driver?.ref ?? null);
}

function toJsonDocument(report: LazyCriticalPathReport): object {
  const { order, row, paths, ref } = report;
  let texts: ScheduleRowTexts | undefined;
  return {
    today: formatDay(report.today),
    milestones: new JsonRows(order.length, (i, fields) => writeRow(row(order[i]!), fields), (i, indent) => {
      if (texts === undefined || texts.indent !== indent) texts = new ScheduleRowTexts(indent);
      return texts.text(row(order[i]!));
    }),
    paths: new LazyJsonArray(paths.length, (i) => {
      const p = paths[i]!;
      return { end: ref(p.end), float: p.float + 0, milestones: new LazyJsonArray(p.milestones.length, (k) => ref(p.milestones[k]!)) };
    }),
  };
}

/**
 * The JSON in pieces that end at line ends: a 1,000,000-milestone report never becomes one string, and its rows are
 * made one at a time as they are written (see json-stream.ts, LazyCriticalPathReport).
 */
export function criticalPathJsonChunks(report: LazyCriticalPathReport): Iterable<string> {
  return safeJsonChunks(toJsonDocument(report));
}

export function formatCriticalPathJson(report: LazyCriticalPathReport): string {
  return safeJsonText(toJsonDocument(report));
}
