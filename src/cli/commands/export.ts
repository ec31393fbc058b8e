// `milepel export`: the workspace as Mermaid, iCalendar, JSON or a self-contained HTML page, on stdout.
import { formatHtml } from '../../report/export/html.js';
import { formatIcs } from '../../report/export/ics.js';
import { formatExportJson } from '../../report/export/json.js';
import { formatMermaid } from '../../report/export/mermaid.js';
import type { Io } from '../io.js';
import { checkFormat, decideLocale, formatOptions, type CommonOptions } from '../options.js';
import { loadAnalysis, reportExitCode } from '../workspace.js';

export const exportFormatNames = ['mermaid', 'ics', 'json', 'html'] as const;

export async function runExport(io: Io, paths: readonly string[], options: CommonOptions, version: string): Promise<number> {
  const format = checkFormat(options.format, exportFormatNames, 'export');
  const locale = decideLocale(options.locale, io);
  const analysis = await loadAnalysis(io, paths, options);
  const source = { workspace: analysis.workspace, schedule: analysis.schedule, today: analysis.today, plan: options.plan };
  if (format === 'mermaid') io.stdout(formatMermaid(source, locale));
  else if (format === 'ics') io.stdout(formatIcs(source, version));
  else if (format === 'json') io.stdout(formatExportJson(source));
  else io.stdout(formatHtml(source, { locale, version }));
  return reportExitCode(io, analysis, formatOptions(options, io));
}
