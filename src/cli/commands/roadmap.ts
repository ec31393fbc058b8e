// `milepel roadmap`: goals × years and the measures with their responsible party, as text or JSON.
import { formatRoadmapJson } from '../../report/roadmap/json.js';
import { formatRoadmapText } from '../../report/roadmap/text.js';
import type { Io } from '../io.js';
import { checkFormat, formatOptions, type CommonOptions } from '../options.js';
import { loadAnalysis, reportExitCode } from '../workspace.js';

export const roadmapFormatNames = ['text', 'json'] as const;

export async function runRoadmap(io: Io, paths: readonly string[], options: CommonOptions): Promise<number> {
  const format = checkFormat(options.format, roadmapFormatNames, 'roadmap');
  const display = formatOptions(options, io);
  const analysis = await loadAnalysis(io, paths, options);
  const source = { workspace: analysis.workspace, schedule: analysis.schedule, today: analysis.today, plan: options.plan };
  io.stdout(format === 'json' ? formatRoadmapJson(source) : formatRoadmapText(source, display));
  return reportExitCode(io, analysis, display);
}
