// The critical-path text report's messages in English and Norwegian (bokmål).
import type { Locale } from '../locale.js';

export interface CriticalPathMessages {
  readonly title: (today: string, plan: string | undefined) => string;
  /** `gates` of the rows are decision points (counted apart: a tester read "5 milestones" for 3 and 2 gates). */
  readonly counts: (milestones: number, gates: number, critical: number, late: number, pushed: number) => string;
  readonly pathsHeading: string;
  readonly noPaths: string;
  /**
   * The critical milestones that no path holds (SPEC §5 starts a path only at a critical milestone without successors,
   * so one made critical by its own deadline, with a successor that has float, is on none: tester round 15 #1), listed;
   * `more` of them left out of the list.
   */
  readonly offPath: (names: readonly string[], more: number) => string;
  /** One milestone of the offPath list: its name and its float (with ` !` when negative), as the paths' ends show it. */
  readonly offPathEntry: (name: string, float: string) => string;
  readonly noMilestones: string;
  readonly milestonesHeading: string;
  readonly pathEnd: (date: string, float: string) => string;
  readonly headers: readonly [id: string, title: string, current: string, projected: string, latest: string, float: string, driver: string];
  readonly legend: readonly string[];
}

const EN: CriticalPathMessages = {
  title: (today, plan) => `Critical path${plan === undefined ? '' : ` of ${plan}`} — status date ${today}`,
  counts: (n, gates, critical, late, pushed) => `${n} ${n === 1 ? 'milestone' : 'milestones'}${gates > 0 ? ` and ${gates} ${gates === 1 ? 'decision point' : 'decision points'}` : ''}: ${critical} critical, ${late} with negative float, ${pushed} pushed`,
  pathsHeading: 'Critical paths',
  noPaths: 'No critical paths.',
  offPath: (names, more) => `Also critical, on no path (a path ends only at a milestone without successors): ${names.join(', ')}${more > 0 ? `, and ${more} more` : ''}`,
  offPathEntry: (name, float) => `${name} (float ${float})`,
  noMilestones: 'No milestones.',
  milestonesHeading: 'Milestones',
  pathEnd: (date, float) => `(ends ${date}, float ${float})`,
  headers: ['ID', 'Title', 'Current', 'Projected', 'Latest', 'Float', 'Driver'],
  legend: ['* critical', '+ pushed by its driver', '! negative float (late)', 'float in working days'],
};

const NB: CriticalPathMessages = {
  title: (today, plan) => `Kritisk linje${plan === undefined ? '' : ` for ${plan}`} — statusdato ${today}`,
  counts: (n, gates, critical, late, pushed) => `${n} ${n === 1 ? 'milepæl' : 'milepæler'}${gates > 0 ? ` og ${gates} ${gates === 1 ? 'beslutningspunkt' : 'beslutningspunkter'}` : ''}: ${critical} ${critical === 1 ? 'kritisk' : 'kritiske'}, ${late} med negativ slakk, ${pushed} skjøvet`,
  pathsHeading: 'Kritiske linjer',
  noPaths: 'Ingen kritiske linjer.',
  offPath: (names, more) => `Også kritisk, på ingen linje (en linje slutter bare i en milepæl uten etterfølgere): ${names.join(', ')}${more > 0 ? ` og ${more} til` : ''}`,
  offPathEntry: (name, float) => `${name} (slakk ${float})`,
  noMilestones: 'Ingen milepæler.',
  milestonesHeading: 'Milepæler',
  pathEnd: (date, float) => `(slutt ${date}, slakk ${float})`,
  headers: ['ID', 'Tittel', 'Gjeldende', 'Beregnet', 'Senest', 'Slakk', 'Driver'],
  legend: ['* kritisk', '+ skjøvet av driveren', '! negativ slakk (forsinket)', 'slakk i arbeidsdager'],
};

export function criticalPathMessages(locale: Locale): CriticalPathMessages {
  return locale === 'nb' ? NB : EN;
}
