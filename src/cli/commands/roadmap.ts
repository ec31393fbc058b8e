// `milepel roadmap`: goals × years and the measures with their responsible party, as text, JSON or a workbook.
import { buildRoadmap } from '../../report/roadmap/data.js';
import { roadmapJsonChunks } from '../../report/roadmap/json.js';
import { roadmapSheets } from '../../report/roadmap/sheet.js';
import { roadmapTextLines } from '../../report/roadmap/text.js';
import { lineChunks } from '../../report/chunks.js';
import type { Io } from '../io.js';
import { checkFormat, formatOptions, type CommonOptions } from '../options.js';
import { refuseWorkbookOnTerminal, writeWorkbook } from '../workbook.js';
import { loadAnalysis, reportExitCode } from '../workspace.js';

export const roadmapFormatNames = ['text', 'json', 'xlsx'] as const;

export async function runRoadmap(io: Io, paths: readonly string[], options: CommonOptions): Promise<number> {
  const format = checkFormat(options.format, roadmapFormatNames, 'roadmap');
  if (format === 'xlsx') refuseWorkbookOnTerminal(io, 'roadmap');
  const display = formatOptions(options, io);
  // It prints only the structural errors (reportExitCode): the other rules need not run.
  const analysis = await loadAnalysis(io, paths, options, 'structural');
  const source = { workspace: analysis.workspace, schedule: analysis.schedule, today: analysis.today, plan: options.plan };
  if (format === 'xlsx') await writeWorkbook(io, roadmapSheets(buildRoadmap(source)), display.locale, analysis.today);
  else if (format === 'json') for (const chunk of roadmapJsonChunks(source)) io.stdout(chunk);
  else for (const chunk of lineChunks(roadmapTextLines(source, display))) io.stdout(chunk);
  return reportExitCode(io, analysis, display);
}
