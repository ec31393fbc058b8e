// Names and messages of the health scorecard in English and Norwegian (bokmål).
import type { HealthCheckId } from '../../health/index.js';
import type { Locale } from '../locale.js';

const NAMES: Readonly<Record<HealthCheckId, readonly [en: string, nb: string]>> = {
  logic: ['Missing logic', 'Manglende logikk'],
  leads: ['Leads (negative lags)', 'Forsprang (negativt etterslep)'],
  lags: ['Lags over 44 working days', 'Etterslep over 44 arbeidsdager'],
  'hard-dates': ['Dated by hand, not by logic', 'Datert for hånd, ikke av logikk'],
  'high-float': ['Float over 44 working days', 'Slakk over 44 arbeidsdager'],
  'negative-float': ['Negative float', 'Negativ slakk'],
  'invalid-dates': ['Invalid dates', 'Ugyldige datoer'],
  missed: ['Missed milestones', 'Milepæler ikke nådd i tide'],
  'critical-path-test': ['Critical path test', 'Test av kritisk linje'],
  cpli: ['Critical path length index', 'Kritisk linjes lengdeindeks (CPLI)'],
  bei: ['Baseline execution index', 'Gjennomføringsindeks (BEI)'],
};

/** The check's name for the scorecard. */
export function checkName(id: HealthCheckId, locale: Locale): string {
  const [en, nb] = NAMES[id];
  return locale === 'nb' ? nb : en;
}

export const HEALTH_MESSAGES = {
  en: {
    title: 'Schedule health', statusDate: 'status date', check: 'Check', value: 'Value', threshold: 'Threshold', result: 'Result',
    counted: 'Counted', pass: 'pass', fail: 'FAIL', na: 'n/a', of: 'of', score: (passed: number, total: number) => `${passed} of ${total} checks pass`,
    more: (n: number) => `and ${n} more`, noPlans: 'No plan with milestones to check.',
  },
  nb: {
    title: 'Planhelse', statusDate: 'statusdato', check: 'Kontroll', value: 'Verdi', threshold: 'Grense', result: 'Resultat',
    counted: 'Telt', pass: 'ok', fail: 'AVVIK', na: 'i.a.', of: 'av', score: (passed: number, total: number) => `${passed} av ${total} kontroller bestått`,
    more: (n: number) => `og ${n} til`, noPlans: 'Ingen plan med milepæler å kontrollere.',
  },
} as const;
