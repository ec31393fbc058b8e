// Findings in a CI format (github, sarif, gitlab), as validate and health print them: paths CI can map (SPEC §15),
// and for `github` the full table as Markdown in $GITHUB_STEP_SUMMARY.
import { pathToFileURL } from 'node:url';
import type { FormatOptions, ValidateResult } from '../diagnostics/types.js';
import { gitlabChunks } from '../report/validate/gitlab.js';
import type { ValidateFormat } from '../report/validate/index.js';
import { githubChunks, githubSummaryLine } from '../report/validate/github.js';
import { validateJsonChunks } from '../report/validate/json.js';
import { junitChunks } from '../report/validate/junit.js';
import { sarifChunks } from '../report/validate/sarif.js';
import { mapResultPaths } from '../report/validate/scope.js';
import { formatStepSummary, STEP_SUMMARY_LIMIT_BYTES, type StepSummaryParts } from '../report/validate/step-summary.js';
import { formatTextChunks } from '../report/validate/text.js';
import { escapeControl } from '../report/safe-text.js';
import type { GitRunner } from './baseline.js';
import { findCiRoot, relativeTo } from './ci-root.js';
import { describeFsError, fsErrorCode } from './fs-error.js';
import { msg } from '../messages/index.js';
import type { FileStat, Io } from './io.js';
import { UsageError } from './usage-error.js';

/** Formats whose paths CI systems map onto the repository (SPEC §15). */
export const CI_FORMATS: ReadonlySet<string> = new Set(['github', 'sarif', 'gitlab']);

/** What renderFindings gives: the text for stdout, and why the step summary could not be written, if it could not. */
export interface RenderedFindings {
  readonly output: string | Iterable<string>;
  /** A line for stderr after the output: `github`'s count of the findings. */
  readonly stderr?: string | undefined;
  readonly summaryError?: UsageError | undefined;
}

/** Formats `result` and returns the text for stdout; CI formats get CI paths, `github` also the step summary. */
export async function renderFindings(io: Io, format: ValidateFormat, result: ValidateResult, display: FormatOptions, version: string, git?: GitRunner, summary?: StepSummaryParts): Promise<RenderedFindings> {
  const root = CI_FORMATS.has(format) ? await findCiRoot(io, git, display.locale) : undefined;
  // Directories told apart by device and inode: the root may be reached through a link (ci-root.ts relativeTo).
  const rootId = root === undefined ? undefined : io.stat(root)?.id;
  const sameDirectory = rootId === undefined ? undefined : (dir: string): boolean => io.stat(dir)?.id === rootId;
  const mapped = root !== undefined ? mapResultPaths(result, relativeTo(root, io.cwd(), sameDirectory)) : result;
  // In pieces (issue #18: tens of MB at 100,000 milestones; at 1,000,000 findings SARIF, GitLab and JUnit as one text
  // passed V8's longest string, exit 3: tester round 24; GitHub's annotations at 500,000: tester round 48 F1).
  const srcRoot = root === undefined ? undefined : directoryUri(root);
  const output = format === 'json' ? validateJsonChunks(mapped, display)
    : format === 'text' ? formatTextChunks(mapped, display)
      : format === 'sarif' ? sarifChunks(mapped, display, version, srcRoot)
        : format === 'gitlab' ? gitlabChunks(mapped, display)
          : format === 'junit' ? junitChunks(mapped, display)
            : githubChunks(mapped, display);
  // A summary that cannot be written is refused (exit 2, one line) after the annotations: the findings are never lost
  // to a misconfigured variable (until 2 Dec 2026 nothing was printed; a tester's finding).
  const summaryFile = io.env['GITHUB_STEP_SUMMARY'];
  if (format !== 'github') return { output };
  const stderr = githubSummaryLine(mapped, display.locale);
  if (summaryFile === undefined || summaryFile === '') return { output, stderr };
  try {
    // The limit is the step's: what its earlier commands wrote counts (tester round 32 F4: a second report pushed the
    // file past 1 MiB, and GitHub threw the whole summary away).
    const stat = io.stat(summaryFile);
    const already = stat?.size ?? 0;
    const markdown = formatStepSummary(mapped, Math.max(0, STEP_SUMMARY_LIMIT_BYTES - already), display.locale, summary);
    // Not even the heading fits under GitHub's 1 MiB: nothing is added, which would make GitHub drop the whole summary,
    // what the step's earlier commands wrote too (tester round 34 F8); the findings are in the job log.
    if (already + Buffer.byteLength(markdown) <= GITHUB_SUMMARY_MAX_BYTES) writeStepSummary(io, summaryFile, stat, markdown);
    return { output, stderr };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return { output, stderr, summaryError: error };
  }
}

/** The most a step's summary may hold: GitHub drops a larger one whole. */
const GITHUB_SUMMARY_MAX_BYTES = 1024 * 1024;

/**
 * Appends the summary to `file` (`stat`: what the caller found there). A path that is not a regular file (a FIFO would block the run forever, a device would swallow
 * or refuse it) is refused before anything is written; io.appendText checks again on the opened file (ENOTREG), so
 * a FIFO put there in between cannot block either.
 */
function writeStepSummary(io: Io, file: string, stat: FileStat | undefined, markdown: string): void {
  if (stat !== undefined && !stat.isFile) throw new UsageError(msg('cli.step-summary.not-regular', { file: escapeControl(file), kind: stat.kind ?? 'special file' }));
  try {
    io.appendText(file, markdown);
  } catch (error) {
    if (fsErrorCode(error) === 'ENOTREG' || fsErrorCode(error) === 'ENXIO') throw new UsageError(msg('cli.step-summary.not-regular', { file: escapeControl(file), kind: io.stat(file)?.kind ?? 'special file' }));
    throw new UsageError(msg('cli.step-summary.unwritable', { file: escapeControl(file), reason: describeFsError(error) }));
  }
}

/** A directory as an absolute `file:` URI ending in `/`, as SARIF's originalUriBaseIds wants it (§3.14.14). */
export function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/** Writes renderFindings' output: one text, or its pieces in order; then refuses a step summary it could not write. */
export function writeFindings(io: Io, rendered: RenderedFindings): void {
  const { output } = rendered;
  if (typeof output === 'string') io.stdout(output);
  else for (const piece of output) io.stdout(piece);
  // A step summary that could not be written ends the run with its one line (exit 2, SPEC §7), not the count.
  if (rendered.summaryError !== undefined) throw rendered.summaryError;
  if (rendered.stderr !== undefined) io.stderr(rendered.stderr);
}
