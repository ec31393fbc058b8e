// The meetings (meeting-before-milestone, SPEC §4.2) text report's messages in English and Norwegian (bokmål).
import type { Locale } from '../locale.js';

export interface MeetingsMessages {
  readonly summary: (missing: number, total: number, ids: string) => string;
  /**
   * The milestones whose every required body met but which list a meeting outside their interval (§4.2 rule 1):
   * `total` when they are the summary's first part, else undefined (they follow the ones that lack a meeting).
   */
  readonly listedOutside: (n: number, total: number | undefined, ids: string) => string;
  /** After the milestones the summary names, how many more lack a meeting. */
  readonly more: (n: number) => string;
  readonly allOk: (total: number) => string;
  readonly empty: string;
  readonly milestone: string;
  readonly date: string;
  readonly title: string;
  readonly none: string;
  readonly missingHeading: string;
  /** Above the listed meetings that do not count: `someEarly` when one lies before its window opens. */
  readonly outsideHeading: (someEarly: boolean) => string;
  readonly noneMeetings: (body: string) => string;
  readonly nearestBefore: string;
  /** Before the nearest meeting when it is on the milestone's day, which `daysBefore(0)` then says: not "before". */
  readonly nearestSameDay: string;
  readonly nearestAfter: string;
  readonly notListed: (meeting: string) => string;
  readonly daysBefore: (n: number) => string;
  readonly daysAfter: (n: number) => string;
  readonly tooEarly: (opens: string) => string;
  readonly insideLead: (latest: string) => string;
  /** The key; `hasWindow` when some milestone has a window, so a listed meeting can also be too early. */
  readonly legend: (hasWindow: boolean) => readonly string[];
}

const days = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const EN: MeetingsMessages = {
  summary: (missing, total, ids) => `${missing} of ${total} milestones ${missing === 1 ? 'lacks' : 'lack'} a preceding board meeting: ${ids}`,
  more: (n) => `and ${n} more`,
  listedOutside: (n, total, ids) => `${total === undefined ? n : `${n} of ${total} milestones`} ${n === 1 ? 'lists' : 'list'} a meeting outside the admissible interval: ${ids}`,
  allOk: (total) => (total === 1 ? 'The milestone has a preceding board meeting.' : `All ${total} milestones have a preceding board meeting.`),
  empty: 'No milestone requires or lists board meetings.',
  milestone: 'Milestone',
  date: 'Date',
  title: 'Title',
  none: 'none',
  missingHeading: 'Missing meetings',
  outsideHeading: (someEarly) => (someEarly ? 'Listed meetings too early or too late for their milestone' : 'Listed meetings too late for their milestone'),
  noneMeetings: (body) => `${body} has no meetings in the workspace`,
  nearestBefore: 'nearest before',
  nearestSameDay: 'nearest',
  nearestAfter: 'nearest after',
  notListed: (meeting) => `${meeting} is in time but not listed`,
  // A meeting on the milestone's day is said as validate says it (a tester read "0 days before").
  daysBefore: (n) => (n === 0 ? 'on the same day' : `${days(n, 'day', 'days')} before`),
  daysAfter: (n) => `${days(n, 'day', 'days')} after`,
  tooEarly: (opens) => `too early: the window opens ${opens}`,
  insideLead: (latest) => `too late: must be on or before ${latest}`,
  legend: (hasWindow) => ['✓ required body has met', '✗ required body missing', hasWindow ? '! listed meeting too early or too late' : '! listed meeting too late', 'a date alone: listed, not required', '· none', '−Nd calendar days before the milestone'],
};

const NB: MeetingsMessages = {
  summary: (missing, total, ids) => `${missing} av ${total} milepæler mangler et forutgående styremøte: ${ids}`,
  more: (n) => `og ${n} til`,
  listedOutside: (n, total, ids) => `${total === undefined ? n : `${n} av ${total} milepæler`} oppgir et møte utenfor det gyldige intervallet: ${ids}`,
  allOk: (total) => `${total === 1 ? 'Milepælen' : `Alle ${total} milepæler`} har et forutgående styremøte.`,
  empty: 'Ingen milepæler krever eller oppgir styremøter.',
  milestone: 'Milepæl',
  date: 'Dato',
  title: 'Tittel',
  none: 'ingen',
  missingHeading: 'Manglende møter',
  outsideHeading: (someEarly) => (someEarly ? 'Oppgitte møter som er for tidlige eller for sene for milepælen' : 'Oppgitte møter som er for sene for milepælen'),
  noneMeetings: (body) => `${body} har ingen møter i arbeidsområdet`,
  nearestBefore: 'nærmeste før',
  nearestSameDay: 'nærmeste',
  nearestAfter: 'nærmeste etter',
  notListed: (meeting) => `${meeting} er i tide, men ikke oppgitt`,
  daysBefore: (n) => (n === 0 ? 'samme dag' : `${days(n, 'dag', 'dager')} før`),
  daysAfter: (n) => `${days(n, 'dag', 'dager')} etter`,
  tooEarly: (opens) => `for tidlig: vinduet åpner ${opens}`,
  insideLead: (latest) => `for sent: må være senest ${latest}`,
  legend: (hasWindow) => ['✓ påkrevd organ har møttes', '✗ påkrevd møte mangler', hasWindow ? '! oppgitt møte for tidlig eller for sent' : '! oppgitt møte for sent', 'bare dato: oppgitt, ikke påkrevd', '· ingen', '−Nd kalenderdager før milepælen'],
};

export function meetingsMessages(locale: Locale): MeetingsMessages {
  return locale === 'nb' ? NB : EN;
}
