// The plan a report is narrowed to (`--plan`, SPEC §7), as an index to compare entities' `plan` with.
import type { Workspace } from './types.js';

/**
 * The index of plan `plan`; -1, which no entity's plan is, for one the model does not hold: a plan declared only by
 * files whose YAML does not parse (cli/plan-option.ts lets `--plan` name it), whose report is then empty rather than
 * the whole workspace's; undefined without `plan`.
 */
export function onlyPlan(ws: Pick<Workspace, 'planIndex'>, plan: string | undefined): number | undefined {
  return plan === undefined ? undefined : (ws.planIndex.get(plan) ?? -1);
}
