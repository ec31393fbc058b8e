// `milepel critical-path`: every milestone's projected and latest date, float and driver; the critical paths.
import { buildCriticalPathReport, criticalPathChunks, criticalPathFormatNames, criticalPathSheets, type CriticalPathFormat } from '../../report/critical-path/index.js';
import type { Io } from '../io.js';
import { checkFormat, formatOptions, type CommonOptions } from '../options.js';
import { refuseWorkbookOnTerminal, writeWorkbook } from '../workbook.js';
import { loadAnalysis, reportExitCode } from '../workspace.js';

export { criticalPathFormatNames };

export async function runCriticalPath(io: Io, paths: readonly string[], options: CommonOptions): Promise<number> {
  const format = checkFormat(options.format, criticalPathFormatNames, 'critical-path') as CriticalPathFormat;
  if (format === 'xlsx') refuseWorkbookOnTerminal(io, 'critical-path');
  const display = formatOptions(options, io);
  // It prints only the structural errors (reportExitCode): the other rules need not run.
  const analysis = await loadAnalysis(io, paths, options, 'structural');
  const source = { workspace: analysis.workspace, graph: analysis.graph, schedule: analysis.schedule, today: analysis.today, plan: options.plan };
  if (format === 'xlsx') await writeWorkbook(io, criticalPathSheets(buildCriticalPathReport(source)), display.locale, analysis.today);
  else for (const chunk of criticalPathChunks(format, source, display)) io.stdout(chunk);
  return reportExitCode(io, analysis, display);
}
