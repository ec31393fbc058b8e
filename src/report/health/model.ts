// The health report as formatters read it: each plan's checks with refs resolved and values in display units.
import type { CheckResult, HealthReport } from '../../health/index.js';
import type { Workspace } from '../../model/types.js';

export interface HealthView {
  readonly report: HealthReport;
  readonly workspace: Workspace;
}

/** `0.05` for a 5 % share threshold; counts and ratios as they are. */
export function thresholdValue(check: CheckResult): number {
  return check.unit === 'share' ? check.threshold / 100 : check.threshold;
}

export function refsOf(view: HealthView, check: CheckResult): string[] {
  return check.refs.map((m) => view.workspace.milestones[m]!.ref);
}

/** How many of the milestones that count against a check a report names; the rest it counts ("and 3 more"). */
export const MAX_REFS = 12;

/**
 * The milestones that count against `check` as reports name them: the first MAX_REFS refs (ref order), and how many
 * more there are. The text scorecard and the findings of the CI formats (github, gitlab, sarif, the step summary) name
 * the same ones (a tester saw github and gitlab say "fix the milestones that count against it" without naming them).
 */
export function namedRefs(view: HealthView, check: CheckResult): { readonly refs: readonly string[]; readonly more: number } {
  const refs = refsOf(view, check);
  return { refs: refs.slice(0, MAX_REFS), more: Math.max(0, refs.length - MAX_REFS) };
}
