// English texts of schedule-health findings.
import { formatThresholdText, formatValueText } from '../../report/health/values.js';
import { checkName } from '../../report/health/messages.js';
import type { HealthMessages } from '../data/health.js';
import type { CataloguePart } from '../types.js';

export const healthEn: CataloguePart<keyof HealthMessages> = {
  __proto__: null,
  'health.finding': (d) => `Schedule health: ${checkName(d.check, 'en').toLowerCase()} (${d.check}) in plan ${d.plan} is ${formatValueText(d.measure, 'en')}, the threshold is ${formatThresholdText(d.measure, 'en')} (${d.count} of ${d.of})`,
  'health.finding.hint': (d) => `fix the milestones that count against it, or set another threshold with plan.health.${d.check}`,
  'health.note.counts': (d) => `${d.ref} counts against ${d.check}`,
};
