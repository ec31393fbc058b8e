// Reads the workspace for a command and hands the texts to the analysis entry point (src/analyze-texts.ts, which
// chooses the parsers); prints structural errors to stderr for reports.
import { analyzeFiles, REPORT_EXIT_RULES, STRUCTURAL_RULES, type Analysis } from '../analyze-texts.js';
import { formatTextChunks } from '../report/validate/text.js';
import { compareDiagnostics, type Diagnostic, type ValidateResult } from '../diagnostics/types.js';
import type { Io } from './io.js';
import { findWorkspaceFiles, planFileBytes } from './load.js';
import { refuseUnknownPlan } from './plan-option.js';
import { clockToday, decideLocale, parseToday, type CommonOptions, type ReportDisplay } from './options.js';

/** `findings: 'structural'` for a report that shows only the structural errors (see AnalyzeOptions.findings). */
export async function loadAnalysis(io: Io, paths: readonly string[], options: CommonOptions & { strict?: boolean }, findings: 'all' | 'structural' = 'all'): Promise<Analysis> {
  const today = parseToday(options.today);
  const { files, sizes, unread } = findWorkspaceFiles(io, paths, decideLocale(options.locale, io));
  // Each file is read, decoded and analysed before the next is read (analyzeFiles): no file's bytes or text is held
  // but what the analysis keeps (issue #18: a 100 MB workspace held its 100 MB of bytes beside 200 MB of texts, all
  // decoded before the first was parsed). Reports and exports read the model, positions and text; the parsed data is
  // left for the collector. A file not read (its name is not UTF-8) is an encoding error of validate and of every
  // report, which exits 1 on it.
  const analysis = await analyzeFiles(planFileBytes(io, files, sizes), { today, clockToday: clockToday(io), strict: options.strict === true, findings, keepData: false, unreadFiles: unread });
  refuseUnknownPlan(analysis, options.plan);
  return analysis;
}

/** The analysis with findings made after it (risk's held simulated dates) merged in their sorted place. */
export function withFindings(analysis: Analysis, extra: readonly Diagnostic[]): Analysis {
  if (extra.length === 0) return analysis;
  const diagnostics = [...analysis.diagnostics, ...extra].sort(compareDiagnostics);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return {
    ...analysis, diagnostics,
    hasStructuralErrors: analysis.hasStructuralErrors || extra.some((d) => d.severity === 'error' && REPORT_EXIT_RULES.has(d.rule)),
    result: { ...analysis.result, diagnostics, summary: { errors, warnings: diagnostics.length - errors } },
  };
}

/** The errors of STRUCTURAL_RULES: what a report shows beside itself (SPEC §7), on stderr or among its CI findings. */
export function structuralErrors(analysis: Analysis): Diagnostic[] {
  return analysis.diagnostics.filter((d) => d.severity === 'error' && STRUCTURAL_RULES.has(d.rule));
}

/**
 * For reports and exports (SPEC §7): the errors of STRUCTURAL_RULES go to stderr, the report is still printed; the
 * exit code is 1 when one of them is a structural error of the workspace (REPORT_EXIT_RULES, or the encoding error of
 * a file not read: Analysis.hasStructuralErrors), else 0: an encoding or date-range error is shown so the report's
 * replacement characters or left-out dates are explained, and exits 0. They are coloured as stderr decides
 * (ReportDisplay.stderrColor), whatever stdout is.
 */
export function reportExitCode(io: Io, analysis: Analysis, format: ReportDisplay): number {
  const shown = structuralErrors(analysis);
  if (shown.length === 0) return 0;
  // In pieces, as validate writes them, and wrapped as validate wraps them (ReportDisplay.wrapFindings): 20,000 duplicate meetings were 10 MB of text held as blocks and joined.
  for (const piece of formatTextChunks({ ...analysis.result, diagnostics: shown, summary: { errors: shown.length, warnings: 0, errorsOnly: true } }, { ...format, color: format.stderrColor, wrap: format.wrapFindings })) io.stderr(piece);
  return analysis.hasStructuralErrors ? 1 : 0;
}

/**
 * A --baseline's structural errors (loadBaselineWorkspace), listed on stderr after the report as the workspace's are:
 * exit 1, as a report whose input has structural errors (SPEC §7), since milestones it could not read were compared with
 * their planned dates. 0 without any.
 */
export function baselineExitCode(io: Io, errors: ValidateResult | undefined, format: ReportDisplay): number {
  if (errors === undefined) return 0;
  for (const piece of formatTextChunks(errors, { ...format, color: format.stderrColor, wrap: format.wrapFindings })) io.stderr(piece);
  return 1;
}
