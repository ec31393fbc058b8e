// `milepel slippage`: slip, status, driver and BEI of every milestone against the plan or a --baseline workspace.
import { slippageTextChunks, slippageCsvChunks, slippageJsonChunks, slippageFormatNames, slippageSheet } from '../../report/slippage/index.js';
import { computeSlippage } from '../../schedule/slippage.js';
import { nodeGit, type GitRunner } from '../baseline.js';
import { analysisWithBaseline } from '../baseline-workspace.js';
import type { Io } from '../io.js';
import { checkFormat, formatOptions, type CommonOptions } from '../options.js';
import { refuseWorkbookOnTerminal, writeWorkbook } from '../workbook.js';
import { baselineExitCode, loadAnalysis, reportExitCode } from '../workspace.js';

export interface SlippageOptions extends CommonOptions {
  readonly baseline?: string;
  readonly trend?: boolean;
}

export async function runSlippage(io: Io, paths: readonly string[], options: SlippageOptions, git: GitRunner = nodeGit()): Promise<number> {
  const format = checkFormat(options.format, slippageFormatNames, 'slippage');
  if (format === 'xlsx') refuseWorkbookOnTerminal(io, 'slippage');
  const display = formatOptions(options, io);
  // It prints only the structural errors (reportExitCode): the other rules need not run.
  const { analysis, baseline, baselineErrors } = await analysisWithBaseline(io, options.baseline, paths, options, git, () => loadAnalysis(io, paths, options, 'structural'));
  const report = computeSlippage(analysis, { baseline, plan: options.plan });
  const trend = options.trend === true;
  if (format === 'xlsx') await writeWorkbook(io, [slippageSheet(report, { trend })], display.locale, analysis.today);
  else {
    // Written piece by piece: a million milestones' report is never one string.
    const chunks = format === 'json' ? slippageJsonChunks(report, { trend })
      : format === 'csv' ? slippageCsvChunks(report, { trend, locale: display.locale })
        : slippageTextChunks(report, { ...display, trend, refRank: analysis.rank });
    for (const chunk of chunks) io.stdout(chunk);
  }
  return Math.max(reportExitCode(io, analysis, display), baselineExitCode(io, baselineErrors, display));
}
