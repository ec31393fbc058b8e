// `milepel validate`: every rule over the whole workspace, in the chosen format; exit 1 on any error (of the plan shown, with --plan).
import type { ValidateResult } from '../../diagnostics/types.js';
import { getValidateFormatter, validateFormatNames, type ValidateFormat } from '../../report/validate/index.js';
import { mapResultPaths, onlyPlanFindings } from '../../report/validate/scope.js';
import { formatStepSummary } from '../../report/validate/step-summary.js';
import { escapeControl } from '../../report/safe-text.js';
import type { GitRunner } from '../baseline.js';
import { findCiRoot, relativeTo } from '../ci-root.js';
import { describeFsError } from '../fs-error.js';
import type { Io } from '../io.js';
import { checkFormat, formatOptions, type CommonOptions } from '../options.js';
import { UsageError } from '../usage-error.js';
import { loadAnalysis } from '../workspace.js';

/** Formats whose paths CI systems map onto the repository (SPEC §15). */
const CI_FORMATS: ReadonlySet<ValidateFormat> = new Set(['github', 'sarif', 'gitlab']);

export async function runValidate(io: Io, paths: readonly string[], options: CommonOptions & { strict?: boolean }, version: string, git?: GitRunner): Promise<number> {
  const format = checkFormat(options.format, validateFormatNames, 'validate') as ValidateFormat;
  const display = formatOptions(options, io);
  const analysis = await loadAnalysis(io, paths, options);
  let result: ValidateResult = analysis.result;
  if (options.plan !== undefined) {
    const plan = analysis.workspace.plans[analysis.workspace.planIndex.get(options.plan)!]!;
    result = onlyPlanFindings(result, { id: plan.id, file: plan.file });
  }
  if (CI_FORMATS.has(format)) result = mapResultPaths(result, relativeTo(await findCiRoot(io, git), io.cwd()));
  const output = getValidateFormatter(format, version)(result, display);
  // The summary first: when it cannot be written, nothing else is either (exit 2, one line).
  const summaryFile = io.env['GITHUB_STEP_SUMMARY'];
  if (format === 'github' && summaryFile !== undefined && summaryFile !== '') writeStepSummary(io, summaryFile, formatStepSummary(result));
  io.stdout(output);
  return result.summary.errors > 0 ? 1 : 0;
}

function writeStepSummary(io: Io, file: string, markdown: string): void {
  try {
    io.appendText(file, markdown);
  } catch (error) {
    throw new UsageError(`cannot write the step summary GITHUB_STEP_SUMMARY=${escapeControl(file)} (${describeFsError(error)}); unset the variable or make the file writable`);
  }
}
