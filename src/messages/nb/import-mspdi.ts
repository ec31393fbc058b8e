// Norwegian (bokmål) texts of `milepel import`'s findings on an MS Project XML (MSPDI) file. MS Project's own names
// ("Must Finish On", link types) stay as MS Project shows them.
import type { ImportMessages, TaskName } from '../data/import.js';
import type { Catalogue } from '../types.js';
import { asWritten, dec } from './import-p6.js';
import { quoteText } from '../../text/quote.js';

/** En oppgave i en lenke som ble utelatt: id eller navn, med UID-en som MS Projects lenke har; bare UID-en for ingen. */
function taskCalled(uid: string, name: TaskName | null): string {
  return name === null ? `oppgave-UID ${uid}` : `${name.kind === 'id' ? name.text : quoteText(name.text)} (UID ${uid})`;
}

export const importMspdiNb = (): Pick<Catalogue<keyof ImportMessages>, Extract<keyof ImportMessages, `import.mspdi.${string}`>> => ({
  'import.mspdi.id-changed': (d) => d.field !== 'WBS' && d.taken === d.written
    ? `${d.id}: ${d.wbs === '' ? 'oppgaven har ingen WBS-kode' : `WBS-koden «${d.wbs}» er ikke en id en plan kan beholde`}, og oppgavens ${d.field} ${d.written} er id-en til en annen oppgave; skrevet som ${d.id}`
    : `${d.id}: oppgavens ${d.field === 'WBS' ? 'WBS-kode' : d.field} «${d.written}» ${d.repeated ? 'er id-en til en tidligere oppgave' : 'er ikke en milepel-id'}; skrevet som ${d.id}${d.taken !== null ? `, siden ${d.taken} er id-en til en annen oppgave` : ''}`,
  'import.mspdi.no-finish': (d) => `${d.id}: har ingen sluttdato; utelatt`,
  'import.mspdi.duration-negative': (d, f) => `${d.id}: varigheten ${d.written} er negativ, noe ingen aktivitet har; ${d.days === null ? 'skrevet som 0d' : `skrevet som ${f.count(d.days, 'arbeidsdag', 'arbeidsdager')}, fra start til slutt`}`,
  'import.mspdi.external': (d, f) => `${d.id}: «${d.title}» er en oppgave i et annet prosjekt${d.project === null ? '' : ` (${d.project})`}, vist her som enden av en lenke på tvers av prosjekter: utelatt${d.links === 0 ? '' : `, med ${f.count(d.links, 'lenke', 'lenker')}`}; importer det prosjektet også og skriv lenken som plan-id/ID`,
  'import.mspdi.inactive': (d, f) => `${d.id}: «${d.title}» er inaktiv, og MS Project holder den utenfor tidsplanen med lenkene sine: utelatt${d.links === 0 ? '' : `, med ${f.count(d.links, 'lenke', 'lenker')}`}`,
  'import.mspdi.manual': (d, f) => `${d.id}: manuelt planlagt, så MS Project flytter den ikke etter lenkene; beholdt med slutt ${f.date(d.day)}, men milepel planlegger den etter lenkene, som kan flytte den senere`,
  'import.mspdi.duplicate-uid': (d) => `${d.id}: har UID ${d.uid}, som ${d.first}${d.firstLine === null ? '' : ` (linje ${d.firstLine})`} har: en UID navngir én oppgave, så lenker som nevner UID ${d.uid}, utelates; gi hver oppgave sin egen UID`,
  'import.mspdi.link-ambiguous': (d) => `${d.succ}: lenken fra UID ${d.uid} er utelatt: ${d.tasks.join(' og ')} har den UID-en`,
  'import.mspdi.progress': (d, f) => (d.written === null
    ? `${d.id}: ${d.started === undefined ? '' : `startet ${f.date(d.started)}, `}${f.decimal(d.percent)} % fullført: beholdt med prognosen, fremdriften er ikke modellert (den oppgir ingen gjenstående varighet)`
    : `${d.id}: ${d.started === undefined ? '' : `startet ${f.date(d.started)}, `}${f.decimal(d.percent)} % fullført: beholdt med prognosen og ${d.written === d.original ? `varigheten ${d.original}d, som gjenstår i sin helhet` : `skrevet med gjenstående varighet ${d.written}d (planlagt ${d.original}d), slik at forgjengerne bare skyver arbeidet som gjenstår, slik MS Project planlegger det`}; SS- og SF-koblinger fra den regnes fra starten på det arbeidet, ikke fra den faktiske starten`),
  'import.mspdi.cost': (d, f) => `${d.id}: kostnaden ${asWritten(d.cost, f)} ikke importert`,
  'import.mspdi.wbs-not-id': (d) => `${d.id}: WBS-koden «${d.wbs}» er ikke en id en plan kan beholde: oppgavens ${d.field} brukes, ${d.id}`,
  'import.mspdi.name-elements': (d) => `${d.id}: oppgavens <Name> inneholder XML-elementer: bare teksten ved siden av dem beholdes som tittel, «${d.kept}»`,
  'import.mspdi.no-title': (d) => `${d.id}: oppgaven har ikke noe navn; id-en er tittelen`,
  'import.mspdi.summary': (d) => `sammendragsoppgaven «${d.name}» er ikke en milepæl: beholdt som x-wbs på oppgavene under den (lenker til eller fra den er utelatt)`,
  'import.mspdi.resource': (d) => `${d.id}: ressurstildeling (ressurs ${d.resource}) ikke importert`,
  'import.mspdi.other-encoding': (d) => `filen sier at tegnkodingen er ${d.encoding}, som milepel ikke leser: lest som Windows-1252; sjekk navnene`,
  'import.mspdi.critical-limit': (d, f) => `CriticalSlackLimit ${asWritten(d.value, f)} er ingen kritisk terskel for en plan (0 til ${d.max} arbeidsdager): ${d.days}d brukt`,
  'import.mspdi.not-utf8': () => 'filen er ikke gyldig UTF-8 (som XML må være med mindre den sier noe annet): lest som Windows-1252; sjekk navnene',
  'import.mspdi.no-calendar': () => 'filen har ingen kalender: mandag–fredag er lagt til grunn, uten helligdager',
  'import.mspdi.task-calendar-dangling': (d) => `${d.id}: CalendarUID ${d.uid} viser ikke til noen kalender i filen; lest på prosjektets kalender ${quoteText(d.name)}, slik MS Project leser den`,
  'import.mspdi.calendar-dangling': (d) => `prosjektets CalendarUID ${d.uid === '' ? '(ingen)' : d.uid} viser ikke til noen kalender i filen; kalenderen ${quoteText(d.name)} (UID ${d.standIn}) er brukt`,
  'import.mspdi.range-cut': (d, f) => `kalenderen «${d.calendar}»: ${d.kind === 'work-week' ? 'en arbeidsuke' : 'et unntak'} fra ${f.date(d.from)} til ${f.date(d.to)} varer i mer enn 40000 dager: lest til ${f.date(d.until)}, de senere dagene følger kalenderens uke`,
  'import.mspdi.exception-recurring': (d, f) => {
    const what = `kalenderen «${d.calendar}»: ${d.name === '' ? 'et unntak' : `unntaket «${d.name}»`} (Type ${d.type === '' ? '1' : d.type})`;
    const span = d.first === null || d.last === null ? '' : d.first === d.last ? `, ${f.date(d.first)}` : `, ${f.date(d.first)} til ${f.date(d.last)}`;
    if (d.problem === 'type') return `${what} gjentas på en måte milepel ikke folder ut; utelatt: dagene følger kalenderens uke`;
    if (d.problem === 'pattern') return `${what} nevner ingen dag det gjentas på (DaysOfWeek, Month, MonthDay, MonthItem, MonthPosition eller Period mangler eller er utenfor gyldig område); utelatt: dagene følger kalenderens uke`;
    if (d.problem === 'ends') return `${what} slutter etter ${f.count(d.days, 'gang', 'ganger')}, men ToDate etter ${d.toDateDays ?? 0}: lest som ${d.days === 1 ? 'den ene dagen' : `de ${d.days} dagene`} forekomstene gir${span}`;
    if (d.problem === 'missing-day') return `${what} faller på en dag i måneden som noen av månedene ikke har: lest som ${d.days === 1 ? 'den ene dagen' : `de ${d.days} dagene`} det nevner som finnes${span}`;
    return `${what} gjentas i mer enn 40000 dager eller forbi 31.12.9999: lest som ${d.days === 1 ? 'den første dagen' : `de første ${d.days} dagene`}${span}`;
  },
  'import.mspdi.from-finish': () => 'prosjektet planlegges fra sluttdatoen; milepel planlegger fremover fra starten',
  'import.mspdi.finish-unused': (d) => `prosjektets sluttdato ${d.finish} er ikke der de sene datoene regnes fra (${d.latest}, ${d.lateDates ? 'den seneste sene sluttdatoen' : 'den seneste sluttdatoen'} blant oppgavene${d.lateDates ? '' : '; filen har ingen sene datoer'}): ikke skrevet som plan.finish, så de sene datoene regnes fra planens seneste dato, slik MS Project planlegger et prosjekt fra starten`,
  'import.mspdi.link-missing-task': (d) => `lenke fra ${taskCalled(d.pred, d.predName)} til ${taskCalled(d.succ, d.succName)}: ${d.successorMissing ? 'etterfølgeren' : 'forgjengeren'}${d.task !== null
    ? `, ${d.task.id}${d.task.line === null ? '' : ` (linje ${d.task.line})`}, ble utelatt: den har ingen sluttdato; lenken ble utelatt`
    : ` ${d.why === 'summary' ? 'er en sammendragsoppgave' : d.why === 'blank' ? 'er en tom rad (IsNull)' : 'finnes ikke i filen'}; utelatt`}`,
  'import.mspdi.link-other-project': (d) => `lenke ${d.link}: en lenke til et annet prosjekt; utelatt`,
  'import.mspdi.link-type': (d) => `lenke ${d.link}: ukjent lenketype «${d.type}» (MS Project har 0 FF, 1 FS, 2 SF, 3 SS); utelatt`,
  'import.mspdi.lag-form': (d) => `lenke ${d.link}: etterslepet «${d.lag}» i en ukjent form kan ikke skrives; lenken ble utelatt`,
  'import.mspdi.lag-percent': (d) => `lenke ${d.link}: etterslepet på ${dec(d.percent)} ${d.elapsedPercent ? 'e%' : '%'} av varigheten til ${d.pred} (${d.duration}${d.durationElapsed ? 'ed' : 'd'}) er ${dec(d.exact)} ${d.elapsed ? 'kalender' : 'arbeids'}${Math.abs(Math.round(d.exact * 100)) === 100 ? 'dag' : 'dager'}, skrevet som ${d.days}${d.elapsed ? 'ed' : 'd'}; det følger ikke lenger en endring av den varigheten`,
  'import.mspdi.lag-rounded': (d) => `lenke ${d.link}: etterslepet på ${dec(d.hours)} t er ${dec(d.exact)} ${d.elapsed ? 'kalenderdager' : 'arbeidsdager'}; avrundet til ${d.days}${d.elapsed ? 'ed' : 'd'}`,
});
