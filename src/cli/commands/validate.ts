// `milepel validate`: every rule over the whole workspace, in the chosen format; exit 1 on any error.
import { getValidateFormatter, validateFormatNames, type ValidateFormat } from '../../report/validate/index.js';
import type { Io } from '../io.js';
import { checkFormat, formatOptions, type CommonOptions } from '../options.js';
import { loadAnalysis } from '../workspace.js';

export async function runValidate(io: Io, paths: readonly string[], options: CommonOptions & { strict?: boolean }, version: string): Promise<number> {
  const format = checkFormat(options.format, validateFormatNames, 'validate') as ValidateFormat;
  const chosen = formatOptions(options, io);
  // Machine formats (SPEC §15) stay English with ISO dates unless --locale is on the command line: LANG does not count.
  const display = format !== 'text' && options.locale === undefined ? { ...chosen, locale: 'en' as const } : chosen;
  const analysis = await loadAnalysis(io, paths, options);
  io.stdout(getValidateFormatter(format, version)(analysis.result, display));
  return analysis.result.summary.errors > 0 ? 1 : 0;
}
