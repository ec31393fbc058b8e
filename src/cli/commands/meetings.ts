// `milepel meetings`: the directors' view of §4.2 — for each milestone and body, the admissible meeting or what is missing.
import { buildMeetingsReport, meetingsChunks, meetingsFormatNames, meetingsSheets, type MeetingsFormat } from '../../report/meetings/index.js';
import type { Io } from '../io.js';
import { checkFormat, formatOptions, type CommonOptions } from '../options.js';
import { refuseWorkbookOnTerminal, writeWorkbook } from '../workbook.js';
import { loadAnalysis, reportExitCode } from '../workspace.js';

export { meetingsFormatNames };

export async function runMeetings(io: Io, paths: readonly string[], options: CommonOptions): Promise<number> {
  const format = checkFormat(options.format, meetingsFormatNames, 'meetings') as MeetingsFormat;
  if (format === 'xlsx') refuseWorkbookOnTerminal(io, 'meetings');
  const display = formatOptions(options, io);
  // It prints only the structural errors (reportExitCode): the other rules need not run.
  const analysis = await loadAnalysis(io, paths, options, 'structural');
  const report = buildMeetingsReport({ workspace: analysis.workspace, today: analysis.today, plan: options.plan, rank: analysis.rank });
  if (format === 'xlsx') await writeWorkbook(io, meetingsSheets(report), display.locale, analysis.today);
  else for (const chunk of meetingsChunks(format, report, display)) io.stdout(chunk);
  return reportExitCode(io, analysis, display);
}
