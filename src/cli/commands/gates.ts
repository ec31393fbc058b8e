// `milepel gates`: every decision point with its deciding body's meeting and readiness margin (SPEC §12).
import { buildGatesReport, formatGates, gatesFormatNames, type GatesFormat } from '../../report/gates/index.js';
import type { Io } from '../io.js';
import { checkFormat, formatOptions, type CommonOptions } from '../options.js';
import { loadAnalysis, reportExitCode } from '../workspace.js';

export async function runGates(io: Io, paths: readonly string[], options: CommonOptions): Promise<number> {
  const format = checkFormat(options.format, gatesFormatNames, 'gates') as GatesFormat;
  const display = formatOptions(options, io);
  // It prints only the structural errors (reportExitCode): the other rules need not run.
  const analysis = await loadAnalysis(io, paths, options, 'structural');
  const report = buildGatesReport({ workspace: analysis.workspace, schedule: analysis.schedule, today: analysis.today, plan: options.plan });
  io.stdout(formatGates(format, report, display));
  return reportExitCode(io, analysis, display);
}
