// Norwegian (bokmål) texts of `milepel import`'s findings (SPEC §10). Constraint and link type names stay as the
// source tool shows them (P6's PR_FS, MS Project's "Must Finish On"), since that is what the user looks for there.
import { weekdayName } from '../../calendar/index.js';
import { COLUMNS_EN, COLUMNS_NB } from '../../interchange/sheet/columns.js';
import type { ImportMessages, ImportTopicCount } from '../data/import.js';
import type { Catalogue, Fmt } from '../types.js';
import { xmlParserReasonNb } from './xml-parser.js';

/** `5 approximated (calendar 3, hours 2)`; `0 dropped`. */
function counted(topics: readonly ImportTopicCount[], kind: string, name: (topic: string) => string): string {
  const total = topics.reduce((n, t) => n + t.count, 0);
  return total === 0 ? `0 ${kind}` : `${total} ${kind} (${topics.map((t) => `${name(t.topic)} ${t.count}`).join(', ')})`;
}

const dec = (n: number): string => String(Math.round(n * 100) / 100).replace('.', ',');
const onDay = (day: number | null, f: Fmt): string => (day === null ? '' : ` ${f.date(day)}`);
const who = (id: string | null, task: string): string => id ?? `aktivitet ${task}`;
const ACTIVITY_TYPES = {
  TT_LOE: 'en level-of-effort-aktivitet: P6 strekker den mellom lenkene sine; beholdt med planlagt varighet',
  TT_WBS: 'en WBS-sammendragsaktivitet: P6 lar den spenne over WBS-en sin; beholdt som aktivitet med planlagt varighet',
  TT_Rsrc: 'ressursavhengig: P6 planlegger den etter ressursenes kalendere; beholdt på aktivitetens kalender',
} as const;

const COLUMNS = `${COLUMNS_EN.join(', ')} (eller ${COLUMNS_NB.join(', ')})`;

export const importNb = (): Catalogue<keyof ImportMessages> => ({
  'import.kind.approximated': () => 'tilnærmet',
  'import.kind.dropped': () => 'utelatt',
  'import.summary.exact': (d) => `${d.file}: importert nøyaktig (ingenting tilnærmet eller utelatt)`,
  'import.summary.counts': (d) => `${d.file}: ${counted(d.approximated, 'tilnærmet', topicNb)}, ${counted(d.dropped, 'utelatt', topicNb)}`,

  'import.sheet.unknown-column': (d) => `ukjent kolonne «${d.name}» (kolonne ${d.column}) ble ikke importert; kolonnene er ${COLUMNS}`,
  'import.sheet.repeated-column': (d) => `kolonne «${d.name}» (kolonne ${d.column}) gjentar kolonnen ${d.key}; bare den første leses`,
  'import.sheet.missing-column': (d) => `overskriften har ingen ${d.column === 'id' ? 'id' : 'dato (date)'}-kolonne: ingen rad kan bli en milepæl; kolonnene er ${COLUMNS}`,
  'import.sheet.extra-values': (d) => `${d.id}: ${d.count} ${d.count === 1 ? 'verdi' : 'verdier'} etter overskriftens ${d.columns} kolonner ble ikke importert (ingen kolonne har navn for ${d.count === 1 ? 'den' : 'dem'}); legg til en kolonneoverskrift eller fjern det ekstra skilletegnet`,
  'import.sheet.no-id': () => 'en rad uten id ble utelatt',
  'import.sheet.id-changed': (d) => `«${d.written}» er ikke en milepel-id (bokstaver, sifre, «_», «.», «-») eller er gjentatt; skrevet som ${d.id}`,
  'import.sheet.bad-date': (d) => `${d.id}: datoen «${d.value}» er ikke en dato (ÅÅÅÅ-MM-DD, DD.MM.ÅÅÅÅ, ÅÅÅÅ-MM, ÅÅÅÅ-Qn eller ÅÅÅÅ); raden ble utelatt`,
  'import.sheet.bad-value-date': (d) => `${d.id}: ${d.key} «${d.value}» er ikke ${d.allowPeriod ? 'en dato' : 'en dagsdato'}; utelatt`,
  'import.sheet.bad-duration': (d) => `${d.id}: varigheten «${d.value}» er ikke en varighet som 5d, 2w eller 10ed; utelatt`,
  'import.sheet.bad-status': (d) => `${d.id}: statusen «${d.value}» er ikke grønn, gul eller rød (green, yellow, red); utelatt`,
  'import.sheet.bad-after-entry': (d) => `${d.id}: after-oppføringen «${d.entry}» er ikke «<id>», «<id>+5d» eller «<id> SS-2d»; utelatt`,
  'import.sheet.self-after': (d) => `${d.id}: after viser til raden selv, en avhengighetssyklus; utelatt`,
  'import.sheet.unknown-after': (d) => `${d.id}: after nevner «${d.ref}», som ikke er id-en til noen rad; utelatt`,
  'import.xlsx.formula': (d) => `cellen ${d.cell} inneholder formelen =${d.formula}: ${d.hasResult ? 'det lagrede resultatet importeres som en verdi' : 'den har ikke noe lagret resultat, så cellen leses som tom'}`,
  'import.xlsx.error-value': (d) => `cellen ${d.cell} inneholder feilen ${d.error}; lest som tom`,
  'import.xlsx.merged-header': (d) => `overskriftscellen ${d.cell} er slått sammen med ${d.master}: en sammenslått overskrift navngir bare én kolonne; kolonne ${d.column} leses som uten overskrift`,
  'import.xlsx.other-sheets': (d) => `bare det første arket med rader («${d.sheet}») ble lest; arbeidsboken har flere`,

  'import.xer.bad-line': (d) => `linje ${d.line} er ikke en %T-, %F-, %R- eller %E-linje i en XER-fil; den ble hoppet over`,
  'import.xer.truncated-row': (d) => `filen slutter uten den avsluttende %E-linjen (den ser avkortet ut): den siste ${d.table}-raden, på linje ${d.line}, er ufullstendig og ble utelatt`,
  'import.xer.truncated': (d) => `filen slutter på linje ${d.line} uten den avsluttende %E-linjen: den ser avkortet ut, så tabeller etter den kan mangle`,
  'import.xer.no-project': () => 'XER-filen har ingen PROJECT-tabell: verken statusdato, start eller slutt kunne leses',
  'import.xer.wbs-cycle': (d) => `WBS-noden «${d.name}» er sin egen forfar; stien ble kuttet der`,
  'import.xer.link-missing-task': (d) => `lenke fra aktivitet ${d.pred} til aktivitet ${d.succ}: aktivitet ${d.missing} finnes ikke i TASK-tabellen (et annet prosjekts?); lenken ble utelatt`,
  'import.xer.link-type': (d) => `lenke ${d.link}: ukjent lenketype «${d.type}» (P6 har PR_FS, PR_SS, PR_FF, PR_SF); lenken ble utelatt`,
  'import.xer.lag-not-number': (d) => `lenke ${d.link}: forsinkelsen «${d.lag}» er ikke et antall timer; lenken ble utelatt`,
  'import.xer.lag-calendar': (d) => `lenke ${d.link}: ${d.lead ? 'et forsprang' : 'en forsinkelse'} på ${dec(d.hours)} t går på ${d.calendar === null ? 'en 24-timerskalender' : `kalenderen «${d.calendar}»`} i P6; skrevet som ${d.days}d i planens kalender`,
  'import.xer.lag-hours': (d) => `lenke ${d.link}: ${d.lead ? 'et forsprang' : 'en forsinkelse'} på ${dec(d.hours)} t er ${dec(d.exact)} arbeidsdager à ${dec(d.dayHours)} t; avrundet til ${d.days}d`,
  'import.xer.calendar-uneven': (d) => `kalenderen «${d.name}» har ${d.odd.map((o) => `${dec(o.hours)} t på ${weekdayName(o.weekday, 'nb')}`).join(', ')}, men ${dec(d.dayHours)} t de andre dagene: hver arbeidsdag teller som én dag`,
  'import.xer.calendar-no-week': (d) => `kalenderen «${d.name}» har ingen uke i clndr_data: mandag–fredag er antatt`,
  'import.xer.calendar-extra-workday': (d, f) => `kalenderen «${d.name}» gjør ${f.date(d.day)} (en ${weekdayName(d.weekday, 'nb')}) til arbeidsdag; en plankalender kan ikke legge til arbeidsdager, så den forblir fridag`,
  'import.xer.calendar-short-day': (d, f) => `kalenderen «${d.name}» har ${dec(d.hours)} t ${f.date(d.day)} i stedet for ${dec(d.dayHours)} t: telt som en hel arbeidsdag`,
  'import.xer.id-changed': (d) => `${d.id}: aktivitetskoden «${d.code}» er ikke en milepel-id; skrevet som ${d.id}`,
  'import.xer.calendar-unknown': (d) => `${d.id}: kalender ${d.calendar || '(ingen)'} finnes ikke i CALENDAR-tabellen; planens kalender brukes`,
  'import.calendar-other': (d) => `${d.id}: på kalenderen «${d.name}», ikke planens «${d.plan}»: datoene telles i planens arbeidsdager`,
  'import.xer.activity-type': (d) => `${d.id}: ${ACTIVITY_TYPES[d.type]}`,
  'import.xer.duration-not-number': (d) => `${d.id}: varigheten «${d.value}» er ikke et antall timer; 0 brukt`,
  'import.duration-too-long': (d) => `${d.id}: varigheten ${dec(d.hours)} t er lengre enn milepels ${d.max} dager; kuttet til ${d.max}d`,
  'import.duration-rounded': (d) => `${d.id}: varigheten ${d.hours === null ? d.written : `${dec(d.hours)} t`} er ${dec(d.exact)} arbeidsdager à ${dec(d.dayHours)} t; avrundet til ${d.days}`,
  'import.finish-inside-day': (d, f) => `${d.id}: slutter midt i en arbeidsdag (${d.written}); datert ${f.date(d.day)}`,
  'import.xer.in-progress': (d) => `${d.id}: pågår (startet ${d.started}, ${dec(d.remaining)} arbeidsdager igjen): beholdt med prognosert slutt, fremdriften er ikke modellert`,
  'import.xer.no-finish': (d) => `${d.id}: har verken planlagt, tidligste eller faktisk slutt; datert på statusdatoen`,
  'import.constraint-kept-as-deadline': (d, f) => `${d.id}: betingelsen «${d.name}»${onDay(d.day, f)}: beholdt som frist; halvdelen som holder tidligste slutt, ivaretas bare av prognosen`,
  'import.constraint-dropped': (d, f) => `${d.id}: betingelsen «${d.name}»${onDay(d.day, f)}: ${d.asap ? 'planlagt så tidlig som mulig i stedet' : 'ikke beholdt: milepel har bare slutt-senest (frist)'}`,
  'import.xer.resource': (d) => `${who(d.id, d.task)}: ressurstildeling (ressurs ${d.resource}, ${d.units} enheter${d.cost === null ? '' : `, planlagt kostnad ${dec(d.cost)}`}) ikke importert`,
  'import.xer.expense': (d) => `${who(d.id, d.task)}: utgiften «${d.item}» (${d.cost}) ikke importert`,
  'import.xer.table': (d) => `tabellen ${d.table} (${d.rows} ${TABLES_NB.get(d.table) ?? 'rader'}) ikke importert`,

  'import.mspdi.id-changed': (d) => `${d.id}: oppgaven «${d.written}» (WBS eller ID) er ikke en milepel-id eller er gjentatt; skrevet som ${d.id}`,
  'import.mspdi.no-finish': (d) => `${d.id}: har ingen sluttdato; utelatt`,
  'import.mspdi.progress': (d) => `${d.id}: ${d.percent} % fullført: beholdt med prognosert slutt, fremdriften er ikke modellert`,
  'import.mspdi.cost': (d) => `${d.id}: kostnaden ${d.cost} ikke importert`,
  'import.mspdi.wbs-not-id': (d) => `${d.id}: WBS-koden «${d.wbs}» er ikke en id en plan kan beholde: oppgavens ID brukes, ${d.id}`,
  'import.mspdi.name-elements': (d) => `${d.id}: oppgavens <Name> inneholder XML-elementer: bare teksten ved siden av dem beholdes som tittel, «${d.kept}»`,
  'import.mspdi.summary': (d) => `sammendragsoppgaven «${d.name}» er ikke en milepæl: beholdt som x-wbs på oppgavene under den (lenker til eller fra den er utelatt)`,
  'import.mspdi.resource': (d) => `${d.id}: ressurstildeling (ressurs ${d.resource}) ikke importert`,
  'import.mspdi.not-utf8': () => 'filen er ikke gyldig UTF-8 (som XML må være med mindre den sier noe annet): lest som Windows-1252; sjekk navnene',
  'import.mspdi.no-calendar': () => 'filen har ingen kalender: mandag–fredag er lagt til grunn, uten helligdager',
  'import.mspdi.from-finish': () => 'prosjektet planlegges fra sluttdatoen; milepel planlegger fremover fra starten',
  'import.mspdi.link-missing-task': (d) => `lenke fra oppgave-UID ${d.pred} til oppgave-UID ${d.succ}: ${d.successorMissing ? 'etterfølgeren' : 'forgjengeren'} er en sammendragsoppgave eller finnes ikke i filen; utelatt`,
  'import.mspdi.link-other-project': (d) => `lenke ${d.link}: en lenke til et annet prosjekt; utelatt`,
  'import.mspdi.link-type': (d) => `lenke ${d.link}: ukjent lenketype «${d.type}» (MS Project har 0 FF, 1 FS, 2 SF, 3 SS); utelatt`,
  'import.mspdi.lag-form': (d) => `lenke ${d.link}: forsinkelsen «${d.lag}» i ${d.percent ? 'prosent av forgjengerens varighet' : 'en ukjent form'} kan ikke skrives; lenken ble utelatt`,
  'import.mspdi.lag-rounded': (d) => `lenke ${d.link}: forsinkelsen på ${dec(d.hours)} t er ${dec(d.exact)} ${d.elapsed ? 'kalenderdager' : 'arbeidsdager'}; avrundet til ${d.days}`,

  'import.unreadable.no-activities': () => 'filen inneholder ingen aktiviteter eller milepæler å importere',
  'import.unreadable.csv-nul': () => 'ikke en CSV-tekstfil (den inneholder NUL-byte)',
  'import.unreadable.csv-parse': (d) => `CSV-filen kan ikke leses${d.line === null ? '' : ` på linje ${d.line}`}: ${d.reason}`,
  'import.unreadable.csv-empty': () => 'CSV-filen er tom',
  'import.unreadable.xlsx': (d) => `ikke en lesbar XLSX-arbeidsbok (${d.reason})`,
  'import.unreadable.xlsx-too-large': () => 'en del av arbeidsboken er for stor til å leses (over omtrent 512 MB utpakket): del arket i mindre arbeidsbøker eller lagre det som CSV',
  'import.unreadable.xlsx-no-sheet': () => 'arbeidsboken har ikke noe ark med rader',
  'import.unreadable.sheet-empty': () => 'arket er tomt',
  'import.unreadable.xer-header': () => 'ikke en Primavera P6 XER-fil: den begynner ikke med ERMHDR',
  'import.unreadable.xer-no-tasks': (d) => `XER-filen har ingen TASK-tabell med aktiviteter (${d.tables.length === 0 ? 'den har ingen tabeller' : `tabellene: ${d.tables.join(', ')}`})${d.endsAt !== null ? `; den slutter på linje ${d.endsAt} uten %E-linjen: den ser avkuttet ut, eksporter den på nytt fra P6` : ''}`,
  'import.unreadable.not-xml': () => 'ikke en XML-fil',
  'import.unreadable.xml-entities': () => 'XML-en deklarerer entiteter (<!ENTITY>), noe MS Project XML aldri gjør; avvist',
  'import.unreadable.xml-truncated': (d) => `ikke velformet XML: filen slutter før ${d.open.map((n) => `<${n}>`).join(', ')} er lukket (avkortet?)`,
  'import.unreadable.xml-ampersand': (d) => `ikke velformet XML på linje ${d.line}, kolonne ${d.column}: en «&» som ikke innleder en entitetsreferanse (skriv &amp; for tegnet)`,
  'import.unreadable.xml-malformed': (d) => `ikke velformet XML på linje ${d.line}, kolonne ${d.column}: ${xmlParserReasonNb(d.reason)}`,
  'import.unreadable.not-project': () => 'ikke MS Project XML: rotelementet er ikke <Project>',
  'import.unreadable.not-project-namespace': () => 'ikke MS Project XML: <Project> er ikke i navnerommet http://schemas.microsoft.com/project',
});

const TOPICS_NB: ReadonlyMap<string, string> = new Map([
  ['activity type', 'aktivitetstype'], ['calendar', 'kalender'], ['column', 'kolonne'], ['constraint', 'betingelse'], ['cost', 'kostnad'],
  ['dates', 'datoer'], ['encoding', 'tegnkoding'], ['file', 'fil'], ['formula', 'formel'], ['header', 'overskrift'], ['hours', 'timer'], ['id', 'id'], ['link', 'lenke'],
  ['progress', 'fremdrift'], ['project', 'prosjekt'], ['resource', 'ressurs'], ['row', 'rad'], ['sheet', 'ark'], ['summary', 'sammendrag'],
  ['table', 'tabell'], ['value', 'verdi'], ['wbs', 'wbs'],
]);

/** A finding's topic in Norwegian (the topics are the import's own, listed in ImportFinding.topic's users). */
export function topicNb(topic: string): string {
  return TOPICS_NB.get(topic) ?? topic;
}

const TABLES_NB: ReadonlyMap<string, string> = new Map([
  ['TASKACTV', 'tildelinger av aktivitetskoder'],
  ['UDFVALUE', 'verdier i brukerdefinerte felt'],
  ['TASKPROC', 'aktivitetstrinn (fremdrift inni aktiviteter)'],
  ['TASKMEMO', 'aktivitetsnotatbøker'],
  ['TASKNOTE', 'aktivitetsnotater'],
  ['PROJPCAT', 'tildelinger av prosjektkoder'],
  ['RSRCCURV', 'ressurskurver'],
  ['TASKFIN', 'økonomiperioder'],
  ['TRSRCFIN', 'ressursøkonomi'],
  ['PROJISSU', 'saker'],
  ['PROJTHRS', 'terskler'],
  ['RISKTYPE', 'risikotyper'],
]);
