// The words and numbers of a risk report in the run's locale, shared by its text and HTML forms.
import { FIRST_DAY, LAST_DAY } from '../../calendar/index.js';
import { formatDate, formatPeriod, word, type Locale } from '../locale.js';
import type { DayDistribution } from '../../risk/statistics.js';
import type { RiskReport, RiskUnmoved } from './model.js';
import { flattenText } from '../safe-text.js';

/**
 * A share as a whole percentage in the locale's form (`42%`, nb `42 %`); `–` for none. A share that rounds to 0 or
 * 100 without being it is `<1%` or `>99%`: a histogram bar of 0.5 % of the iterations labelled `0%` read as never
 * (tester round 91 F2), and 99.6 % is no certainty.
 */
export function percent(share: number | null, locale: Locale): string {
  if (share === null) return '–';
  const rounded = Math.round(share * 100);
  const value = rounded === 0 && share > 0 ? '<1' : rounded === 100 && share < 1 ? '>99' : String(rounded);
  return locale === 'nb' ? `${value} %` : `${value}%`;
}

/** The run's distribution as the reports name it: PERT, triangular (triangulær) or mixed (blandet). */
function distributionWord(distribution: RiskReport['distribution'], locale: Locale): string {
  return distribution === 'pert' ? 'PERT' : distribution === 'triangular' ? word(locale, 'triangular', 'triangulær') : word(locale, 'mixed', 'blandet');
}

/**
 * The run as the text's header and the HTML page's first paragraph say it: iterations, seed, distribution and status
 * date (`200 iterations, seed 1, triangular distribution, status date 2026-01-05`).
 */
export function runSummary(report: RiskReport, locale: Locale): string {
  const dist = distributionWord(report.distribution, locale);
  return word(locale,
    `${report.iterations} ${report.iterations === 1 ? 'iteration' : 'iterations'}, seed ${report.seed}, ${dist} distribution, status date ${formatDate(report.today, locale)}`,
    `${report.iterations} ${report.iterations === 1 ? 'iterasjon' : 'iterasjoner'}, frø ${report.seed}, ${dist === 'PERT' ? 'PERT-' : `${dist} `}fordeling, statusdato ${formatDate(report.today, locale)}`);
}

/**
 * A driver's Spearman rho with two decimals, a decimal comma under nb; one that rounds to zero is 0.00, not -0.00,
 * which in a ranked table read as a real negative driver (tester round 73 F4: rho -0.0014).
 */
export function rhoText(x: number, locale: Locale): string {
  const fixed = x.toFixed(2);
  const text = fixed === '-0.00' ? '0.00' : fixed;
  return locale === 'nb' ? text.replace('.', ',') : text;
}

/** A driver's kind in the locale's words: lag (etterslep), duration (varighet), risk (risiko). */
export function kindWord(kind: 'lag' | 'duration' | 'risk', locale: Locale): string {
  if (kind === 'lag') return word(locale, 'lag', 'etterslep');
  if (kind === 'duration') return word(locale, 'duration', 'varighet');
  return word(locale, 'risk', 'risiko');
}

/**
 * A risk event that moved none of its milestones (RiskUnmoved), as a sentence: `R1 (Supplier delay) never moved
 * infra/I2: its forecast, 2026-10-02, holds it in every iteration`.
 */
export function unmovedText(u: RiskUnmoved, locale: Locale): string {
  // A period as written, with the day it stands for (`2026-Q3, 2026-09-30`).
  const day = u.written === null ? formatDate(u.day, locale) : `${flattenText(formatPeriod(u.written, locale))} (${formatDate(u.day, locale)})`;
  const risk = `${flattenText(u.risk)} (${flattenText(u.title)})`;
  const milestone = flattenText(u.milestone);
  if (locale === 'nb') {
    const held = `${u.by === 'actual' ? 'den faktiske datoen' : u.by === 'forecast' ? 'prognosen' : 'datoen'} ${day} holder den der i hver iterasjon`;
    return `${risk} flyttet aldri ${milestone}: ${held}`;
  }
  const held = `its ${u.by === 'actual' ? 'actual date' : u.by}, ${day}, holds it in every iteration`;
  return `${risk} never moved ${milestone}: ${held}`;
}

/**
 * The iterations a histogram of `distribution` does not draw because their date falls outside the days milepel writes
 * (SPEC §4 date-range: risk/date-range.ts clips them from its counts, not from its total), or undefined when it draws
 * every one: with most iterations past 9999-12-31 the bars added up to 46 %, and only the finding on stderr said why
 * (tester round 59 F7).
 */
export function undrawnText(distribution: DayDistribution, locale: Locale): string | undefined {
  let drawn = 0;
  for (const count of distribution.counts) drawn += count;
  const undrawn = distribution.total - drawn;
  if (undrawn <= 0) return undefined;
  const range = `${formatDate(FIRST_DAY, locale)} … ${formatDate(LAST_DAY, locale)}`;
  const share = percent(undrawn / distribution.total, locale);
  return word(locale, `${undrawn} ${undrawn === 1 ? 'iteration' : 'iterations'} (${share}) outside ${range}: not drawn`, `${undrawn} ${undrawn === 1 ? 'iterasjon' : 'iterasjoner'} (${share}) utenfor ${range}: ikke tegnet`);
}
