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
