// `milepel explain <ref>`: why a milestone or gate has its projected and latest dates (SPEC §14).
import { explainNode } from '../../explain/explain.js';
import { findNamed, nearestRefs } from '../../explain/find.js';
import { findOtherEntity } from '../../explain/other-kind.js';
import { formatExplainJson } from '../../explain/json.js';
import { formatExplainText } from '../../explain/text.js';
import { findHidingError } from '../../edit/resolve-ref.js';
import { msg, renderMessage } from '../../messages/index.js';
import { escapeControl } from '../../report/safe-text.js';
import type { Io } from '../io.js';
import { checkFormat, findingsOptions, type CommonOptions } from '../options.js';
import { UsageError } from '../usage-error.js';
import { loadAnalysis, reportExitCode } from '../workspace.js';
import { refInPlan } from '../plan-option.js';

export const explainFormatNames = ['text', 'json'] as const;

export async function runExplain(io: Io, asked: string, paths: readonly string[], options: CommonOptions): Promise<number> {
  const format = checkFormat(options.format, explainFormatNames, 'explain');
  // --plan filters as everywhere (SPEC §7): a bare id is that plan's, a ref into another plan is refused before anything
  // is read, as set refuses it (tester round 112 F4: `explain A2 --plan infra` explained app/A2).
  const ref = refInPlan(asked, options.plan, 'explain');
  const display = findingsOptions(format, options, io);
  // The explanation reads the model and schedule; of the findings only the structural errors are shown.
  const analysis = await loadAnalysis(io, paths, options, 'structural');
  const ws = analysis.workspace;
  const found = findNamed(ws, ref, options.plan);
  // A gate without a date or a milestone without any usable date is no schedule node (SPEC §1.7, §4.1), but it
  // exists: say why it has nothing to explain.
  if (found.kind === 'gate') throw new UsageError(msg('cli.explain.undated-gate', { ref: found.ref }));
  if (found.kind === 'milestone') throw new UsageError(msg('cli.explain.undated-milestone', { ref: found.ref }));
  if (found.kind === 'ambiguous') throw new UsageError(msg('cli.explain.unknown', { ref, nearest: [], ambiguous: found.refs }));
  if (found.kind === 'unknown') {
    const other = findOtherEntity(ws, ref);
    if (other !== undefined) throw new UsageError(msg('cli.explain.other-kind', { ref: other.ref, kind: other.kind, milestones: other.milestones }));
    // One a file that could not be read may hold (a YAML syntax error while editing, under `watch`) is no unknown ref:
    // as set says it (edit/resolve-ref.ts), and as a report does with structural errors (SPEC §7), its errors on stderr,
    // exit 1, nothing on stdout (tester round 21 #14: "no such milestone or gate", exit 2, the error not shown).
    const hiding = findHidingError(analysis, ref, options.plan);
    if (hiding !== undefined) {
      io.stderr(`milepel: ${renderMessage(msg('cli.explain.unreadable', { ref, at: `${escapeControl(hiding.file)}:${hiding.line}:${hiding.column}`, rule: hiding.rule }), display.locale)}\n`);
      reportExitCode(io, analysis, display);
      return 1;
    }
    const { refs: nearest, more } = nearestRefs(ws, ref);
    throw new UsageError(msg('cli.explain.unknown', { ref, nearest, ambiguous: [], more }));
  }
  const explanation = explainNode(analysis, found.node);
  io.stdout(format === 'json' ? formatExplainJson(analysis.workspace, explanation, display.locale) : formatExplainText(analysis.workspace, explanation, display));
  return reportExitCode(io, analysis, display);
}

