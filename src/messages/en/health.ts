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
  'health.finding': (d) => `Schedule health: ${checkName(d.check, 'en').toLowerCase()} (${d.check}) in plan ${d.plan} is ${formatValueText(d.measure, 'en')}, the threshold is ${formatThresholdText(d.measure, 'en')} (${d.count} of ${d.of})`,
  'health.finding.hint': (d) => `fix the milestones that count against it${named(d.refs, d.more)}, or set another threshold with plan.health.${d.check}`,
  'health.note.counts': (d) => `${d.ref} counts against ${d.check}`,
};
