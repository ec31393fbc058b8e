// English texts of schedule-health findings.
import { formatThresholdText, formatValueText } from '../../report/health/values.js';
import { checkName, HEALTH_MESSAGES } from '../../report/health/messages.js';
import type { HealthMessages } from '../data/health.js';
import type { CataloguePart } from '../types.js';

/** ` (a/B, a/C and 3 more)`: the milestones a hint names, as the text scorecard lists them; '' for none. */
function named(refs: readonly string[], more: number): string {
  return refs.length === 0 ? '' : ` (${[...refs, ...(more > 0 ? [HEALTH_MESSAGES.en.more(more)] : [])].join(', ')})`;
}

export const healthEn: CataloguePart<keyof HealthMessages> = {
  __proto__: null,
  'health.finding': (d) => `Schedule health: ${checkName(d.check, 'en').toLowerCase()} in plan ${d.plan} is ${formatValueText(d.measure, 'en')}, the threshold is ${formatThresholdText(d.measure, 'en')} (${d.count} of ${d.of})`,
  'health.finding.finish-passed': (d, f) => `Schedule health: critical path length index (cpli) in plan ${d.plan} fails: the plan's projected finish, ${f.date(d.finish)}, is not after the status date ${f.date(d.today)}, yet the critical path's total float is ${d.float} working days (no ratio exists; the threshold is ${formatThresholdText(d.measure, 'en')}; ${d.count} of ${d.of})`,
  'health.finding.finish-passed.hint': (d) => `bring the milestones that count against it forward${named(d.refs, d.more)} or set a later plan.finish; plan.health.cpli: off drops the check`,
  'health.finding.hint': (d) => `fix the milestones that count against it${named(d.refs, d.more)}, or set another threshold with plan.health.${d.check}`,
  'health.note.counts': (d) => `${d.ref} counts against ${d.check}`,
};
