// `milepel export`: the workspace as Mermaid, iCalendar, JSON, a self-contained HTML page or one plan as MS Project XML, on stdout.
import { htmlChunks } from '../../report/export/html.js';
import { icsChunks, type IcsCount } from '../../report/export/ics.js';
import { exportJsonChunks } from '../../report/export/json.js';
import { mermaidChunks } from '../../report/export/mermaid.js';
import type { Io } from '../io.js';
import { checkFormat, decideLocale, formatOptions, type CommonOptions } from '../options.js';
import type { Analysis } from '../../pipeline.js';
import { msg, msg0, renderMessage } from '../../messages/index.js';
import { UsageError } from '../usage-error.js';
import { loadAnalysis, reportExitCode } from '../workspace.js';
import { shownMessage } from '../../report/shown-message.js';

export const exportFormatNames = ['mermaid', 'ics', 'json', 'html', 'mspdi'] as const;

export async function runExport(io: Io, paths: readonly string[], options: CommonOptions, version: string): Promise<number> {
  const format = checkFormat(options.format, exportFormatNames, 'export');
  const locale = decideLocale(options.locale, io);
  // It prints only the structural errors (reportExitCode) and reads only date-range findings (structural too): the
  // other rules need not run.
  const analysis = await loadAnalysis(io, paths, options, 'structural');
  if (format === 'mspdi') return exportMspdi(io, analysis, options);
  const source = { workspace: analysis.workspace, schedule: analysis.schedule, today: analysis.today, plan: options.plan };
  // Written piece by piece: a million milestones' JSON, calendar, diagram or page is never one string.
  const count: IcsCount = { events: 0 };
  const chunks = format === 'mermaid' ? mermaidChunks(source, locale)
    : format === 'ics' ? icsChunks(source, version, locale, count)
      : format === 'json' ? exportJsonChunks(source) : htmlChunks(source, { locale, version });
  for (const chunk of chunks) io.stdout(chunk);
  // An empty calendar is written (a script exporting a plan not yet dated gets one), and said: RFC 5545 asks for an event.
  if (format === 'ics' && count.events === 0) io.stderr(`milepel: ${renderMessage(msg('cli.note', { text: shownMessage(msg('cli.export.ics-empty', { plan: options.plan ?? null }), locale) }), locale)}\n`);
  return reportExitCode(io, analysis, formatOptions(options, io));
}

/** SPEC §10: MS Project XML of one plan, the only one or `--plan`; what the file cannot hold is noted on stderr. */
async function exportMspdi(io: Io, analysis: Analysis, options: CommonOptions): Promise<number> {
  const plans = analysis.workspace.plans;
  const plan = options.plan !== undefined ? analysis.workspace.planIndex.get(options.plan) : plans.length === 1 ? 0 : undefined;
  // A --plan the model does not hold is declared only by files whose YAML does not parse (cli/plan-option.ts): their
  // errors, exit 1, as every report gives for them, and no file, which would be a project without the plan's content.
  if (plan === undefined && options.plan !== undefined) {
    const locale = decideLocale(options.locale, io);
    io.stderr(`milepel: ${renderMessage(msg('cli.note', { text: shownMessage(msg('cli.export.mspdi-unparsed', { plan: options.plan }), locale) }), locale)}\n`);
    return reportExitCode(io, analysis, formatOptions(options, io));
  }
  if (plan === undefined) {
    throw new UsageError(plans.length === 0 ? msg0('cli.export.mspdi-empty') : msg('cli.export.mspdi-one-plan', { plans: plans.map((p) => p.id) }));
  }
  const { writeMspdi } = await import('../../interchange/mspdi/writer.js');
  const { chunks, notes } = writeMspdi({ workspace: analysis.workspace, graph: analysis.graph, schedule: analysis.schedule, today: analysis.today, plan });
  for (const chunk of chunks) io.stdout(chunk);
  const locale = decideLocale(options.locale, io);
  // The rendered note escaped, as every stderr line: refs and periods come from the plan files.
  for (const note of notes) io.stderr(`milepel: ${renderMessage(msg('cli.note', { text: shownMessage(note, locale) }), locale)}\n`);
  return reportExitCode(io, analysis, formatOptions(options, io));
}
