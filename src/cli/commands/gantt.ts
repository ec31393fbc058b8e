// `milepel gantt`: the terminal Gantt chart; --from/--to/--scale/--width/--ascii decided here, drawn by report/gantt.
import { parseCliDate, parseDateValue, parseNorwegianDay, type DayNumber } from '../../calendar/index.js';
import { isScale, SCALES, unitStart, type Scale } from '../../report/gantt/scale.js';
import { checkGanttScale, ganttChunks } from '../../report/gantt/text.js';
import { nodeGit, type GitRunner } from '../baseline.js';
import { analysisWithBaseline } from '../baseline-workspace.js';
import type { Io } from '../io.js';
import { checkFormat, formatOptions, type CommonOptions } from '../options.js';
import { msg } from '../../messages/index.js';
import { UsageError } from '../usage-error.js';
import { baselineExitCode, loadAnalysis, reportExitCode } from '../workspace.js';

export interface GanttCliOptions extends CommonOptions {
  readonly from?: string;
  readonly to?: string;
  readonly scale?: string;
  readonly ascii?: boolean;
  readonly baseline?: string;
}

export const ganttFormatNames = ['text'] as const;

export async function runGantt(io: Io, paths: readonly string[], options: GanttCliOptions, git: GitRunner = nodeGit()): Promise<number> {
  checkFormat(options.format, ganttFormatNames, 'gantt');
  const display = formatOptions(options, io);
  const from = parseBound(options.from, '--from', 'start');
  const to = parseBound(options.to, '--to', 'end');
  if (from !== undefined && to !== undefined && from > to) throw new UsageError(msg('cli.gantt.from-after-to', { from: options.from!, to: options.to! }));
  const scale = parseScale(options.scale);
  // It prints only the structural errors (reportExitCode): the other rules need not run.
  const { analysis, baseline, baselineErrors } = await analysisWithBaseline(io, options.baseline, paths, options, git, () => loadAnalysis(io, paths, options, 'structural'));
  const source = { workspace: analysis.workspace, schedule: analysis.schedule, today: analysis.today, plan: options.plan, baseline };
  const ganttOptions = { ...display, ascii: options.ascii === true, scale, from, to };
  const refusal = checkGanttScale(source, ganttOptions);
  if (refusal !== undefined) throw new UsageError(msg('cli.gantt.scale-too-fine', refusal));
  // Written piece by piece: a million milestones' chart is never one string.
  for (const chunk of ganttChunks(source, ganttOptions)) io.stdout(chunk);
  return Math.max(reportExitCode(io, analysis, display), baselineExitCode(io, baselineErrors, display));
}

/**
 * A day date (YYYY-MM-DD or DD.MM.YYYY) or a period (YYYY, YYYY-Qn, YYYY-MM): a period means its
 * first day for --from and its last day for --to.
 */
export function parseBound(text: string | undefined, flag: string, side: 'start' | 'end'): DayNumber | undefined {
  if (text === undefined) return undefined;
  const day = parseCliDate(text);
  if (day !== undefined) return day;
  const parsed = parseNorwegianDay(text) ?? parseDateValue(text, true);
  if (!parsed.ok && parsed.reason === 'nonexistent') throw new UsageError(msg('cli.date.nonexistent', { flag, problem: parsed.message }));
  if (!parsed.ok || !parsed.value.isPeriod) {
    throw new UsageError(msg('cli.gantt.bad-date', { flag, text }));
  }
  if (side === 'end') return parsed.value.day;
  const written = parsed.value.written;
  const unit: Scale = /^\d{4}$/.test(written) ? 'year' : /Q/.test(written) ? 'quarter' : 'month';
  return unitStart(parsed.value.day, unit);
}

function parseScale(text: string | undefined): Scale | undefined {
  if (text === undefined) return undefined;
  if (!isScale(text)) throw new UsageError(msg('cli.gantt.bad-scale', { text, scales: SCALES }));
  return text;
}
