// The risk report's rows and drivers grouped by plan in one pass each, for the text and HTML reports.
import type { RiskDriverRow, RiskReport, RiskRow, RiskUnmoved } from './model.js';

const NONE: readonly never[] = [];

/**
 * Each plan id's rows in the rows' own order: one pass over the rows. A filter per plan compared every row with
 * every plan, 10^9 times for 100,000 milestones in 10,000 plans (issue #18: risk's text took ~90 s there).
 */
export function rowsByPlan(report: RiskReport): (plan: string) => readonly RiskRow[] {
  return byPlan(report.rows);
}

/** Each plan id's notes of risk events that moved none of their milestones (RiskReport.unmoved), in their order. */
export function unmovedByPlan(report: RiskReport): (plan: string) => readonly RiskUnmoved[] {
  return byPlan(report.unmoved);
}

/** Items grouped by their `plan`, each group in the items' order: one pass. */
function byPlan<T extends { readonly plan: string }>(items: readonly T[]): (plan: string) => readonly T[] {
  const groups = new Map<string, T[]>();
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const list = groups.get(item.plan);
    if (list === undefined) groups.set(item.plan, [item]);
    else list.push(item);
  }
  return (plan) => groups.get(plan) ?? NONE;
}

/**
 * The drivers whose end starts with `plan/`, in the drivers' order: each driver is filed under every prefix of its
 * end before a '/', which is what `end.startsWith(`${plan}/`)` matches, so a plan id is looked up instead of every
 * driver being tested against every plan.
 */
export function driversByPlan(report: RiskReport): (plan: string) => readonly RiskDriverRow[] {
  const byPrefix = new Map<string, RiskDriverRow[]>();
  const { drivers } = report;
  for (let i = 0; i < drivers.length; i++) {
    const d = drivers[i]!;
    for (let at = d.end.indexOf('/'); at >= 0; at = d.end.indexOf('/', at + 1)) {
      const prefix = d.end.slice(0, at);
      const list = byPrefix.get(prefix);
      if (list === undefined) byPrefix.set(prefix, [d]);
      else list.push(d);
    }
  }
  return (plan) => byPrefix.get(plan) ?? NONE;
}
