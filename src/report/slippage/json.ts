// `milepel slippage --format json` (SPEC §8): summary, milestones with baseline, slip, status, driver; removed ones.
import { formatDay } from '../../calendar/index.js';
import type { SlippageReport, SlipRow, RemovedMilestone } from '../../schedule/slippage.js';
import type { TrendPoint } from '../../schedule/trend.js';
import { dateFields } from '../date-fields.js';
import { stringifySafeJson } from '../safe-text.js';

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
  const s = report.summary;
  const count = (status: Parameters<typeof s.counts.get>[0]): number => s.counts.get(status) ?? 0;
  return stringifySafeJson({
    today: formatDay(report.today),
    baseline: report.baseline,
    summary: {
      milestones: s.milestones, done: count('done'), overdue: count('overdue'), 'at-risk': count('at-risk'),
      slipped: count('slipped'), 'on-track': count('on-track'), new: count('new'), removed: s.removed, bei: s.bei,
    },
    milestones: report.rows.map((r) => formatRow(r, options.trend)),
    removed: report.removed.map(formatRemoved),
  });
}
