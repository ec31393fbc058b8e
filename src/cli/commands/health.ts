// `milepel health`: the DCMA checks of SPEC §13 per plan; exit 1 when a check fails or the workspace has a structural error.
import { compareDiagnostics } from '../../diagnostics/types.js';
import { computeHealth } from '../../health/index.js';
import { locateOrigin } from '../../pipeline-diagnostics.js';
import { formatHealthReport, formatHealthStepTables, healthFindings, healthFormatNames, healthSheets, type HealthFormat } from '../../report/health/index.js';
import type { GitRunner } from '../baseline.js';
import { renderFindings, writeFindings } from '../ci-output.js';
import type { Io } from '../io.js';
import { checkFormat, findingsOptions, formatOptions, type CommonOptions } from '../options.js';
import { refuseWorkbookOnTerminal, writeWorkbook } from '../workbook.js';
import { loadAnalysis, reportExitCode, structuralErrors } from '../workspace.js';

export async function runHealth(io: Io, paths: readonly string[], options: CommonOptions, version: string, git?: GitRunner): Promise<number> {
  const format = checkFormat(options.format, healthFormatNames, 'health') as HealthFormat;
  if (format === 'xlsx') refuseWorkbookOnTerminal(io, 'health');
  const display = formatOptions(options, io);
  // The checks read the model and schedule; of the findings only the structural errors are shown (reportExitCode).
  const analysis = await loadAnalysis(io, paths, options, 'structural');
  const report = computeHealth({ workspace: analysis.workspace, graph: analysis.graph, schedule: analysis.schedule, rank: analysis.rank, today: analysis.today, plan: options.plan });
  const view = { report, workspace: analysis.workspace };
  if (format === 'text' || format === 'json' || format === 'xlsx') {
    if (format === 'xlsx') await writeWorkbook(io, healthSheets(view), display.locale, analysis.today);
    else io.stdout(formatHealthReport(format, view, display));
    const structural = reportExitCode(io, analysis, display);
    return structural !== 0 || report.failing ? 1 : 0;
  }
  // The CI formats (github, sarif, gitlab, junit) carry the workspace's structural errors as findings of the same
  // output, beside the failing checks: annotations and results a CI shows, counted in the summary (a tester's
  // finding: they went to stderr as text, and the summary said "no problems" with exit 1). The step summary is
  // headed `milepel health` and holds every check, passing ones too (SPEC §15: "the full table").
  const checks = healthFindings(view, (origin) => locateOrigin(analysis, origin));
  const structural = structuralErrors(analysis);
  const diagnostics = [...structural, ...checks.diagnostics].sort(compareDiagnostics);
  const files = [...new Set([...analysis.result.files, ...checks.files])].sort();
  const result = { ...checks, files, diagnostics, summary: { errors: diagnostics.length, warnings: 0, errorsOnly: true }, sourceLine: analysis.result.sourceLine };
  const summary = { command: 'health', before: formatHealthStepTables(view, display.locale) };
  writeFindings(io, await renderFindings(io, format, result, findingsOptions(format, options, io), version, git, summary));
  return analysis.hasStructuralErrors || report.failing ? 1 : 0;
}
