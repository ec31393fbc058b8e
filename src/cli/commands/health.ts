// `milepel health`: the DCMA checks of SPEC §13 per plan; exit 1 when a check fails or the workspace has a structural error.
import { computeHealth } from '../../health/index.js';
import { locateOrigin } from '../../pipeline.js';
import { formatHealthReport, healthFindings, healthFormatNames, healthSheets, type HealthFormat } from '../../report/health/index.js';
import type { GitRunner } from '../baseline.js';
import { renderFindings, writeFindings } from '../ci-output.js';
import type { Io } from '../io.js';
import { checkFormat, findingsOptions, formatOptions, type CommonOptions } from '../options.js';
import { refuseWorkbookOnTerminal, writeWorkbook } from '../workbook.js';
import { loadAnalysis, reportExitCode } from '../workspace.js';

export async function runHealth(io: Io, paths: readonly string[], options: CommonOptions, version: string, git?: GitRunner): Promise<number> {
  const format = checkFormat(options.format, healthFormatNames, 'health') as HealthFormat;
  if (format === 'xlsx') refuseWorkbookOnTerminal(io, 'health');
  const display = formatOptions(options, io);
  // The checks read the model and schedule; of the findings only the structural errors are shown (reportExitCode).
  const analysis = await loadAnalysis(io, paths, options, 'structural');
  const report = computeHealth({ workspace: analysis.workspace, graph: analysis.graph, schedule: analysis.schedule, rank: analysis.rank, today: analysis.today, plan: options.plan });
  const view = { report, workspace: analysis.workspace };
  if (format === 'text' || format === 'json') io.stdout(formatHealthReport(format, view, display));
  else if (format === 'xlsx') await writeWorkbook(io, healthSheets(view), display.locale, analysis.today);
  else writeFindings(io, await renderFindings(io, format, healthFindings(view, (origin) => locateOrigin(analysis, origin)), findingsOptions(format, options, io), version, git));
  const structural = reportExitCode(io, analysis, display);
  return structural !== 0 || report.failing ? 1 : 0;
}
