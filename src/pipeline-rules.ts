// Which rules an analysis runs (the rule sets of reports and edits), and the severity of their findings.
import type { Diagnostic, RuleId, Severity } from './diagnostics/types.js';
import type { AnalyzeOptions } from './pipeline-types.js';

/**
 * SPEC §7: a report or export exits 1 on an error of one of these six rules, the structural errors of the workspace;
 * it still shows what it can.
 */
export const REPORT_EXIT_RULES: ReadonlySet<Diagnostic['rule']> = new Set<Diagnostic['rule']>(['yaml-syntax', 'schema', 'invalid-date', 'duplicate-id', 'unknown-reference', 'dependency-cycle']);

/**
 * The findings a report or export shows on stderr (the only rules `findings: 'structural'` runs): the six of
 * REPORT_EXIT_RULES, and encoding and date-range (v2), whose errors say why the report shows replacement characters
 * or leaves dates out. Those two do not change a report's exit code: SPEC §7 names the six.
 */
export const STRUCTURAL_RULES: ReadonlySet<Diagnostic['rule']> = new Set<Diagnostic['rule']>([...REPORT_EXIT_RULES, 'encoding', 'date-range']);

/**
 * The findings an edit of the whole workspace refuses on (`snapshot`, src/edit/refusal.ts: a file whose YAML does not
 * parse, an id defined twice, a date that is not one) and the encoding finding that goes with an unreadable byte: the
 * only rules `findings: 'refusals'` runs. None reads the graph or the schedule.
 */
export const REFUSAL_RULES: ReadonlySet<Diagnostic['rule']> = new Set<Diagnostic['rule']>(['yaml-syntax', 'schema', 'invalid-date', 'duplicate-id', 'encoding']);

/** Which rules a level of AnalyzeOptions.findings runs. */
export function runsRule(findings: AnalyzeOptions['findings'], rule: RuleId): boolean {
  if (findings === 'structural') return STRUCTURAL_RULES.has(rule);
  if (findings === 'refusals') return REFUSAL_RULES.has(rule);
  return true;
}

/** A finding's severity: the rule's, or its plan's `rules` override; `--strict` makes warnings errors; never `off` for yaml-syntax. */
export function severityOf(rule: RuleId, base: Severity, override: Severity | 'off' | undefined, strict: boolean): Severity | 'off' {
  const severity = override ?? base;
  if (rule === 'yaml-syntax') return 'error';
  return strict && severity === 'warning' ? 'error' : severity;
}
