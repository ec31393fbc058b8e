// `milepel validate`: every rule over the whole workspace, in the chosen format; exit 1 on any error.
import { getValidateFormatter, validateFormatNames, type ValidateFormat } from '../../report/validate/index.js';
import type { Io } from '../io.js';
import { checkFormat, formatOptions, type CommonOptions } from '../options.js';
import { loadAnalysis } from '../workspace.js';

export async function runValidate(io: Io, paths: readonly string[], options: CommonOptions & { strict?: boolean }, version: string): Promise<number> {
  const format = checkFormat(options.format, validateFormatNames, 'validate') as ValidateFormat;
  const display = formatOptions(options, io);
  const analysis = await loadAnalysis(io, paths, options);
  io.stdout(getValidateFormatter(format, version)(analysis.result, display));
  return analysis.result.summary.errors > 0 ? 1 : 0;
}
