// `milepel slippage --format json` (SPEC §8): summary, milestones with baseline, slip, status, driver; removed ones.
import { formatDay } from '../../calendar/index.js';
import type { SlippageReport, SlipRow, RemovedMilestone } from '../../schedule/slippage.js';
import type { TrendPoint } from '../../schedule/trend.js';
import { dateFields } from '../date-fields.js';
import { LazyJsonArray, safeJsonChunks, safeJsonText } from '../json-stream.js';

export interface SlippageJsonOptions {
  /** Adds each milestone's `trend`. */
  readonly trend: boolean;
}


function formatTrendPoint(p: TrendPoint): Record<string, unknown> {
  return Object.fromEntries([['reported', formatDay(p.reported)], ...Object.entries(dateFields('forecast', p.forecast))]);
}

function formatRow(r: SlipRow, trend: boolean): Record<string, unknown> {
  const entries: [string, unknown][] = [
    ['ref', r.ref], ['plan', r.plan], ['id', r.id], ['title', r.title],
    ...Object.entries(dateFields('baseline', r.baseline)),
    ...Object.entries(dateFields('current', r.current)),
    ['projected', formatDay(r.projected)],
    ['actual', r.actual === undefined ? null : formatDay(r.actual)],
    ['slip_days', r.slipDays], ['slip_workdays', r.slipWorkdays], ['float', r.float],
    ['status', r.status], ['pushed_by', r.pushedBy ?? null],
  ];
  if (trend) entries.push(['trend', r.trend.map(formatTrendPoint)]);
  return Object.fromEntries(entries);
}

function formatRemoved(r: RemovedMilestone): Record<string, unknown> {
  return Object.fromEntries([['ref', r.ref], ['plan', r.plan], ['id', r.id], ['title', r.title], ...Object.entries(dateFields('baseline', r.baseline))]);
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
    milestones: new LazyJsonArray(rows.length, (i) => formatRow(rows[i]!, options.trend)),
    removed: new LazyJsonArray(removed.length, (i) => formatRemoved(removed[i]!)),
  };
}
