// `milepel slippage`: slip, status, driver and BEI of every milestone against the plan or a --baseline workspace.
import { analyze, STRUCTURAL_RULES } from '../../analyze.js';
import { formatSlippageCsv, formatSlippageJson, formatSlippageText, slippageFormatNames, slippageSheet } from '../../report/slippage/index.js';
import { computeSlippage } from '../../schedule/slippage.js';
import { nodeGit, readBaselineSources, type GitRunner } from '../baseline.js';
import type { Io } from '../io.js';
import { checkFormat, clockToday, formatOptions, type CommonOptions } from '../options.js';
import { refuseWorkbookOnTerminal, writeWorkbook } from '../workbook.js';
import { loadAnalysis, reportExitCode } from '../workspace.js';

export interface SlippageOptions extends CommonOptions {
  readonly baseline?: string;
  readonly trend?: boolean;
}

export async function runSlippage(io: Io, paths: readonly string[], options: SlippageOptions, git: GitRunner = nodeGit()): Promise<number> {
  const format = checkFormat(options.format, slippageFormatNames, 'slippage');
  if (format === 'xlsx') refuseWorkbookOnTerminal(io, 'slippage');
  const display = formatOptions(options, io);
  const analysis = await loadAnalysis(io, paths, options);
  let baseline;
  if (options.baseline !== undefined) {
    const sources = readBaselineSources(io, options.baseline, git);
    const base = analyze(sources, { today: analysis.today, clockToday: clockToday(io) });
    if (base.hasStructuralErrors) {
      const broken = new Set(base.diagnostics.filter((d) => d.severity === 'error' && STRUCTURAL_RULES.has(d.rule)).map((d) => d.file));
      io.stderr(`milepel: warning: the baseline ${options.baseline} has errors in ${[...broken].join(', ')}; milestones that could not be read there count as new (run milepel validate on the baseline for details)\n`);
    }
    baseline = { label: options.baseline, workspace: base.workspace };
  }
  const report = computeSlippage(analysis, { baseline, plan: options.plan });
  const trend = options.trend === true;
  if (format === 'xlsx') await writeWorkbook(io, [slippageSheet(report, { trend })], display.locale, analysis.today);
  else {
    io.stdout(format === 'json' ? formatSlippageJson(report, { trend })
      : format === 'csv' ? formatSlippageCsv(report, { trend, locale: display.locale })
        : formatSlippageText(report, { ...display, trend }));
  }
  return reportExitCode(io, analysis, display);
}
