// `milepel health`: the DCMA checks of SPEC §13 per plan; exit 1 when a check fails or the workspace has a structural error.
import { computeHealth } from '../../health/index.js';
import { locateOrigin } from '../../pipeline.js';
import { formatHealth, healthFormatNames, type HealthFormat } from '../../report/health/index.js';
import type { Io } from '../io.js';
import { checkFormat, formatOptions, type CommonOptions } from '../options.js';
import { loadAnalysis, reportExitCode } from '../workspace.js';

export async function runHealth(io: Io, paths: readonly string[], options: CommonOptions, version: string): Promise<number> {
  const format = checkFormat(options.format, healthFormatNames, 'health') as HealthFormat;
  const display = formatOptions(options, io);
  const analysis = await loadAnalysis(io, paths, options);
  const report = computeHealth({ workspace: analysis.workspace, graph: analysis.graph, schedule: analysis.schedule, rank: analysis.rank, today: analysis.today, plan: options.plan });
  io.stdout(formatHealth(format, { report, workspace: analysis.workspace }, display, (origin) => locateOrigin(analysis, origin), version));
  const structural = reportExitCode(io, analysis, display);
  return structural !== 0 || report.failing ? 1 : 0;
}
