// Norwegian (bokmål) texts of `milepel import`'s findings (SPEC §10). Constraint and link type names stay as the
// source tool shows them (P6's PR_FS, MS Project's "Must Finish On"), since that is what the user looks for there.
// The findings of each format live in a file of their own (import-sheet.ts, import-p6.ts, import-mspdi.ts,
// import-unreadable.ts), joined here in the order of the data types.
import type { ImportMessages, ImportTopic, ImportTopicCount } from '../data/import.js';
import type { CataloguePart } from '../types.js';
import { importMspdiNb } from './import-mspdi.js';
import { importP6Nb } from './import-p6.js';
import { importSheetNb } from './import-sheet.js';
import { importUnreadableNb } from './import-unreadable.js';

/** `5 approximated (calendar 3, hours 2)`; `0 dropped`. */
function counted(topics: readonly ImportTopicCount[], kind: string, name: (topic: ImportTopic) => string): string {
  const total = topics.reduce((n, t) => n + t.count, 0);
  return total === 0 ? `0 ${kind}` : `${total} ${kind} (${topics.map((t) => `${name(t.topic)} ${t.count}`).join(', ')})`;
}

/** `a`, `a og b`, `a, b og c`. */
const listed = (items: readonly string[]): string => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]!}`);
/** `A → B → … → J → A`: the milestones of import.link-loop's cycle round to the first again, `…` for those not listed. */
const cyclePath = (cycle: readonly string[], count: number): string =>
  [...cycle.slice(0, -1), ...(count > cycle.length ? ['…'] : []), ...cycle.slice(-1), ...cycle.slice(0, 1)].join(' → ');

export const importNb = (): CataloguePart<keyof ImportMessages> => ({
  __proto__: null,
  'import.kind.approximated': () => 'tilnærmet',
  'import.kind.dropped': () => 'utelatt',
  'import.summary.exact': (d) => `${d.file}: importert nøyaktig (ingenting tilnærmet eller utelatt)`,
  'import.summary.counts': (d) => `${d.file}: ${counted(d.approximated, 'tilnærmet', topicNb)}, ${counted(d.dropped, 'utelatt', topicNb)}`,
  'import.days-before': (d) => d.count === 1
    ? '1 dato ved starten av en dags arbeid eller i arbeidsfri tid er skrevet som slutten av arbeidsdagen før (samme tidspunkt i arbeidstiden; se kommentaren ved siden av den)'
    : `${d.count} datoer ved starten av en dags arbeid eller i arbeidsfri tid er skrevet som slutten av arbeidsdagen før (samme tidspunkt i arbeidstiden; se kommentarene ved siden av dem)`,
  'import.link-plan-not-there': (d) => `lenke ${d.link}: det finnes ingen plan ${d.plan} ${d.folder === null ? 'der planene skrives' : `i ${d.folder}`} ennå; beholdt til plan ${d.plan} importeres dit, og validate avviser lenken inntil den er det`,
  'import.link-unknown-outside': (d) => `lenke ${d.link}: planen ${d.plan}, i ${d.file}, har ingen milepæl ${d.id}; lenken ble utelatt`,
  'import.link-self': (d) => `lenke ${d.link}: ${d.id} kommer etter seg selv, en sirkulær avhengighet ingen tidsplan kan holde; lenken ble utelatt`,
  'import.link-repeated': (d) => {
    const which = d.isOtherFirst ? 'første' : 'andre';
    const where = d.isSameLine ? `${d.isOtherFirst ? 'tidligere' : 'senere'} på samme ${d.isRowNumber ? 'rad' : 'linje'}` : d.otherLine === null ? (d.isOtherFirst ? 'før den' : 'etter den') : `på ${d.isRowNumber ? 'rad' : 'linje'} ${d.otherLine}`;
    const lags = d.lag === d.otherLag ? '' : `, med etterslep ${d.otherLag} der denne har ${d.lag}`;
    const why = d.kept === 'later' ? ', fordi den krever den seneste datoen' : d.kept === 'not-earlier' ? ', fordi den aldri krever en tidligere dato' : d.kept === 'same' && d.lag !== d.otherLag ? ' (begge krever samme dato)' : '';
    const open = d.kept === 'undecided' ? ' (hvilken av de to som krever den seneste datoen, avhenger av datoene: det ene etterslepet er i arbeidsdager, det andre i kalenderdager)' : '';
    return `lenke ${d.link}: ${d.isOtherFirst ? `en ${d.type}-lenke nummer to` : `en annen ${d.type}-lenke`} mellom de samme to milepælene (den ${which} står ${where}${lags}); den ${which} er beholdt${why}, denne ble utelatt${open}`;
  },
  'import.link-loop': (d) => `lenke ${d.link} lukker den sirkulære avhengigheten ${cyclePath(d.cycle, d.count)} (${d.count} milepæler)${d.outside.length === 0 ? '' : `, gjennom ${listed(d.outside)} som alt er i utdatamappen`}; lenken ble utelatt, så planen kan beregnes`,
  ...importSheetNb(),
  ...importP6Nb(),
  ...importMspdiNb(),
  ...importUnreadableNb(),
});

const TOPICS_NB: Readonly<Record<ImportTopic, string>> = {
  'activity type': 'aktivitetstype', 'actual start': 'faktisk start', calendar: 'kalender', column: 'kolonne', constraint: 'betingelse', cost: 'kostnad',
  dates: 'datoer', encoding: 'tegnkoding', external: 'ekstern', file: 'fil', formula: 'formel', header: 'overskrift', hours: 'timer', id: 'id', inactive: 'inaktiv',
  lag: 'etterslep', link: 'lenke', manual: 'manuell', progress: 'fremdrift', project: 'prosjekt', resource: 'ressurs', row: 'rad', sheet: 'ark',
  summary: 'sammendrag', table: 'tabell', title: 'tittel', value: 'verdi', wbs: 'wbs',
};

/** A finding's topic in Norwegian. */
export function topicNb(topic: ImportTopic): string {
  return TOPICS_NB[topic];
}
