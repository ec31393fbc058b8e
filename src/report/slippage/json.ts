// `milepel slippage --format json` (SPEC §8): summary, milestones with baseline, slip, status, driver; removed ones.
import { formatDay } from '../../calendar/index.js';
import type { SlippageReport, SlipRow, RemovedMilestone } from '../../schedule/slippage.js';
import type { TrendPoint } from '../../schedule/trend.js';
import { dateFields, writeDateFields } from '../date-fields.js';
import { JsonRows, safeJsonChunks, safeJsonText, writeMilestoneName, type JsonFields } from '../json-stream.js';

export interface SlippageJsonOptions {
  /** Adds each milestone's `trend`. */
  readonly trend: boolean;
}

function writeRow(r: SlipRow, trend: boolean, fields: JsonFields): void {
  writeMilestoneName(fields, r.ref, r.plan, r.id, r.title);
  writeDateFields(fields, 'baseline', r.baseline);
  writeDateFields(fields, 'current', r.current);
  // Left out (date-range): null, and so are the slips counted to it (SPEC §8).
  fields.day('projected', r.projected ?? undefined);
  fields.day('actual', r.actual);
  fields.number('slip_days', r.slipDays);
  fields.number('slip_workdays', r.slipWorkdays);
  fields.number('float', r.float);
  fields.string('status', r.status);
  fields.string('pushed_by', r.pushedBy ?? null);
  if (trend) fields.value('trend', r.trend.map(formatTrendPoint));
}

function formatTrendPoint(p: TrendPoint): Record<string, unknown> {
  return { reported: formatDay(p.reported), ...dateFields('forecast', p.forecast) };
}

function writeRemoved(r: RemovedMilestone, fields: JsonFields): void {
  writeMilestoneName(fields, r.ref, r.plan, r.id, r.title);
  writeDateFields(fields, 'baseline', r.baseline);
}

export function formatSlippageJson(report: SlippageReport, options: SlippageJsonOptions): string {
  return safeJsonText(slippageDocument(report, options));
}

/** The same JSON in pieces that end at line ends: a million milestones' rows are never one string. */
export function slippageJsonChunks(report: SlippageReport, options: SlippageJsonOptions): Iterable<string> {
  return safeJsonChunks(slippageDocument(report, options));
}

function slippageDocument(report: SlippageReport, options: SlippageJsonOptions): object {
  const s = report.summary;
  const { rows, removed } = report;
  const count = (status: Parameters<typeof s.counts.get>[0]): number => s.counts.get(status) ?? 0;
  return {
    today: formatDay(report.today),
    baseline: report.baseline,
    summary: {
      milestones: s.milestones, done: count('done'), overdue: count('overdue'), 'at-risk': count('at-risk'),
      slipped: count('slipped'), 'on-track': count('on-track'), new: count('new'), removed: s.removed, bei: s.bei,
    },
    milestones: new JsonRows(rows.length, (i, fields) => writeRow(rows[i]!, options.trend, fields)),
    removed: new JsonRows(removed.length, (i, fields) => writeRemoved(removed[i]!, fields)),
  };
}
