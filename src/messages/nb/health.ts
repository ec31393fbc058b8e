// Norwegian (bokmål) texts of schedule-health findings.
import { formatThresholdText, formatValueText } from '../../report/health/values.js';
import { checkName, HEALTH_MESSAGES } from '../../report/health/messages.js';
import type { HealthMessages } from '../data/health.js';
import type { CataloguePart } from '../types.js';

/** ` (a/B, a/C og 3 til)`: milepælene et tips nevner, slik tekstrapporten lister dem; '' for ingen. */
function named(refs: readonly string[], more: number): string {
  return refs.length === 0 ? '' : ` (${[...refs, ...(more > 0 ? [HEALTH_MESSAGES.nb.more(more)] : [])].join(', ')})`;
}

export const healthNb = (): CataloguePart<keyof HealthMessages> => ({
  __proto__: null,
  'health.finding': (d) => `Planhelse: «${checkName(d.check, 'nb')}» i plan ${d.plan} er ${formatValueText(d.measure, 'nb')}, grensen er ${formatThresholdText(d.measure, 'nb')} (${d.count} av ${d.of})`,
  'health.finding.finish-passed': (d, f) => `Planhelse: «${checkName('cpli', 'nb')}» i plan ${d.plan} feiler: planens beregnede slutt, ${f.date(d.finish)}, er ikke etter statusdatoen ${f.date(d.today)}, men den kritiske linjens totale slakk er ${d.float} arbeidsdager (ingen brøk finnes; grensen er ${formatThresholdText(d.measure, 'nb')}; ${d.count} av ${d.of})`,
  'health.finding.finish-passed.hint': (d) => `Flytt milepælene som teller mot kontrollen fram${named(d.refs, d.more)}, eller sett en senere plan.finish; plan.health.cpli: off tar bort kontrollen`,
  'health.finding.hint': (d) => `Rett milepælene som teller mot kontrollen${named(d.refs, d.more)}, eller sett en annen grense med plan.health.${d.check}`,
  'health.note.counts': (d) => `${d.ref} teller mot ${d.check}`,
});
