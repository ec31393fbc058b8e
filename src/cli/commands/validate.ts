// `milepel validate`: every rule over the whole workspace, in the chosen format; exit 1 on any error (of the plan shown, with --plan).
import type { ValidateResult } from '../../diagnostics/types.js';
import { validateFormatNames, type ValidateFormat } from '../../report/validate/index.js';
import { onlyPlanFindings } from '../../report/validate/scope.js';
import type { GitRunner } from '../baseline.js';
import { renderFindings, writeFindings } from '../ci-output.js';
import type { Io } from '../io.js';
import { checkFormat, findingsOptions, type CommonOptions } from '../options.js';
import { unparsedFiles, unparsedFilesOf } from '../plan-option.js';
import { loadAnalysis } from '../workspace.js';

export async function runValidate(io: Io, paths: readonly string[], options: CommonOptions & { strict?: boolean }, version: string, git?: GitRunner): Promise<number> {
  const format = checkFormat(options.format, validateFormatNames, 'validate') as ValidateFormat;
  // --width wraps messages; without it lines stay whole (ReportDisplay.wrapFindings, as the reports' findings).
  const chosen = findingsOptions(format, options, io);
  const display = { ...chosen, wrap: chosen.wrapFindings };
  const analysis = await loadAnalysis(io, paths, options);
  let result: ValidateResult = analysis.result;
  if (options.plan !== undefined) {
    const ws = analysis.workspace;
    const id = options.plan;
    const index = ws.planIndex.get(id);
    // A plan only files whose YAML does not parse declare is in no file of the model: its files are those.
    const first = index === undefined ? [] : [ws.plans[index]!.file];
    const again = ws.duplicates.filter((d) => d.kind === 'plan' && d.ref === id).map((d) => d.origin.file);
    // A file not read (its name is not UTF-8) may declare the plan again or hold its milestones: its finding stays.
    const read = new Set(analysis.sources.map((s) => s.file));
    const unread = analysis.diagnostics.filter((d) => d.rule === 'encoding' && !read.has(d.file)).map((d) => d.file);
    // So does a file whose YAML does not parse and whose text declares the plan, or no plan that could be read.
    const unparsedAll = unparsedFiles(analysis);
    const unparsed = unparsedFilesOf(analysis, id, unparsedAll);
    // The files that declare no plan: shared bodies and meetings, whose findings every plan's CI must see.
    const declaring = new Set([...ws.plans.map((p) => p.file), ...ws.duplicates.filter((d) => d.kind === 'plan').map((d) => d.origin.file)]);
    for (const u of unparsedAll) declaring.add(u.file);
    const shared = new Set([...read].filter((f) => !declaring.has(f)));
    result = onlyPlanFindings(result, { id, files: new Set([...first, ...again, ...unread, ...unparsed]), shared });
  }
  writeFindings(io, await renderFindings(io, format, result, display, version, git));
  return result.summary.errors > 0 ? 1 : 0;
}
