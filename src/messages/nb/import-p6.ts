// Norwegian (bokmål) texts of `milepel import`'s findings on a Primavera P6 XER file, and those MS Project XML shares
// with it (calendars, durations, constraints). P6's own names (PR_FS, TT_LOE, table names) stay as P6 shows them.
import { weekdayName } from '../../calendar/index.js';
import type { ImportMessages, WrittenNumber } from '../data/import.js';
import { quoteText } from '../../text/quote.js';
import type { Catalogue, Fmt } from '../types.js';

/** A number of hours or days with at most two decimals and a decimal comma: 7,5. */
export const dec = (n: number): string => String(Math.round(n * 100) / 100).replace('.', ',');
/** A number as the file writes it, with a decimal comma (`100,00`), or the text it is when no plain number. */
export const asWritten = (n: WrittenNumber, f: Fmt): string => (typeof n === 'string' ? n : f.decimal(n.value, n.decimals));
const onDay = (day: number | null, f: Fmt): string => (day === null ? '' : ` ${f.date(day)}`);
const who = (id: string | null, task: string): string => id ?? `aktivitet ${task}`;
const ACTIVITY_TYPES = {
  TT_LOE: 'en level-of-effort-aktivitet: P6 strekker den mellom lenkene sine; beholdt med planlagt varighet',
  TT_WBS: 'en WBS-sammendragsaktivitet: P6 lar den spenne over WBS-en sin; beholdt som aktivitet med planlagt varighet',
  TT_Rsrc: 'ressursavhengig: P6 planlegger den etter ressursenes kalendere; beholdt på aktivitetens kalender',
} as const;

const DATE_PROBLEMS = {
  form: 'er ikke en dato',
  'no-day': 'er en dato som ikke finnes',
  range: 'er utenfor 01.01.0001 til 31.12.9999',
  'before-first': 'slutter før 01.01.0001 (en slutt ved starten av en dag avslutter arbeidsdagen før)',
} as const;

/** The P6 findings, and the ones both schedule formats report. */
type P6Ids = Extract<keyof ImportMessages, `import.xer.${string}`> | 'import.calendar-other' | 'import.duration-too-long' | 'import.date-unusable' | 'import.project-date-unusable' | 'import.lag-too-long' | 'import.duration-rounded' | 'import.finish-inside-day'
  | 'import.actual-start' | 'import.constraint-kept-as-deadline' | 'import.constraint-dropped';

export const importP6Nb = (): Pick<Catalogue<keyof ImportMessages>, P6Ids> => ({
  'import.xer.bad-line': (d) => `linje ${d.line} er ikke en %T-, %F-, %R- eller %E-linje i en XER-fil; den ble hoppet over`,
  'import.xer.row-before-fields': (d) => `en rad i tabellen ${d.table} før feltlisten (%F-linjen): den har ingen feltnavn å leses etter, og ble hoppet over`,
  'import.xer.past-end': (d) => `filen fortsetter etter %E-linjen sin (linje ${d.endLine}): ${d.lines} ${d.lines === 1 ? 'linje' : 'linjer'} til ble ikke lest${d.exportAt !== null ? `, en eksport til fra ERMHDR-linjen på linje ${d.exportAt}; P6 skriver én eksport per fil: eksporter prosjektene sammen fra P6, eller importer hver fil for seg` : '; P6 avslutter en eksport med %E: eksporter den på nytt fra P6'}`,
  'import.xer.table-repeated': (d) => `tabellen ${d.table} står en gang til (først på linje ${d.firstLine}), noe P6 aldri skriver: ${d.isRead ? `${d.rows === 1 ? 'raden' : `de ${d.rows} radene`} ble lest som rader i den første` : `med andre felt enn den første: ${d.rows === 1 ? 'raden' : `de ${d.rows} radene`} ble ikke lest`}`,
  'import.xer.critical-limit': (d, f) => `critical_drtn_hr_cnt ${asWritten(d.value, f)} er ingen kritisk terskel for en plan (0 til ${d.max} arbeidsdager): ${d.days}d brukt`,
  'import.xer.longest-path': (d) => `P6 merker prosjektets lengste vei som kritisk (critical_path_type CT_LongPath); milepel merker milepæler som kritiske etter total slakk (høyst ${d.days}d), så critical-path kan nevne andre aktiviteter enn P6s lengste vei`,
  'import.xer.no-calendar': () => 'filen har ingen CALENDAR-tabell: mandag–fredag med 8 timer er lagt til grunn, uten helligdager',
  'import.xer.no-project-calendar': () => 'ingen kalender i filen er prosjektets, merket som standard eller brukt av aktivitetene: mandag–fredag med 8 timer er lagt til grunn, uten helligdager',
  'import.xer.project-calendar-unknown': (d) => `prosjektets kalender ${d.calendar} finnes ikke i CALENDAR-tabellen; ${d.used === null ? 'ingen annen er merket som standard' : `«${d.used}», ${d.only === true ? 'filens eneste aktivitetskalender' : 'merket som standard'}, brukes`}`,
  'import.xer.no-project': () => 'XER-filen har ingen PROJECT-tabell: verken statusdato, start eller slutt kunne leses',
  'import.xer.no-project-row': () => 'ingen rad i PROJECT-tabellen kunne leses: verken statusdato, start eller slutt kunne leses',
  'import.xer.project-missing': (d) => `${d.id}${d.count > 1 ? ` og ${d.count - 1} ${d.count === 2 ? 'aktivitet' : 'aktiviteter'} til` : ''}: proj_id ${d.projId} navngir ikke noe prosjekt i PROJECT-tabellen; skrevet til planen ${d.planId}, uten statusdato, start eller slutt`,
  'import.xer.wbs-cycle': (d) => `WBS-noden «${d.name}» er sin egen forfar; stien ble kuttet der`,
  'import.xer.link-no-id': (d) => `en TASKPRED-rad uten ${d.missing === 'both' ? 'task_id og pred_task_id' : d.missing}${d.cells < d.columns ? ` (den har ${d.cells} av de ${d.columns} cellene %F-linjen navngir: avkortet?)` : ''} navngir ingen lenke; utelatt`,
  'import.xer.link-missing-task': (d) => `lenke fra ${d.predName ?? `task_id ${d.pred}`}${d.predName !== null ? ` (task_id ${d.pred})` : ''} til ${d.succName ?? `task_id ${d.succ}`}${d.succName !== null ? ` (task_id ${d.succ})` : ''}: task_id ${d.missing} ${d.leftOut !== null ? `(${d.leftOut.id}, linje ${d.leftOut.line}) ble utelatt: den har verken brukbar planlagt, tidligste eller faktisk slutt, og filen har ingen statusdato å datere den på` : d.skipped === true ? 'er ikke blant TASK-radene som ble lest (en rad før tabellens %F-linje ble hoppet over: det kan være den)' : 'finnes ikke i TASK-tabellen (et annet prosjekts?)'}; lenken ble utelatt`,
  'import.xer.duplicate-task-id': (d) => `${d.id}: har task_id ${d.taskId}, som ${d.first} (linje ${d.firstLine}) har: en task_id navngir én aktivitet, så lenker som nevner task_id ${d.taskId}, utelates; eksporter prosjektene fra én P6-database, der hver aktivitet har sin egen task_id`,
  'import.xer.duplicate-project': (d) => `prosjektet ${d.name}: har proj_id ${d.projId}, som prosjektet ${d.first} (linje ${d.firstLine}) har: raden utelates, og aktivitetene med proj_id ${d.projId} skrives i planen til ${d.first}`,
  'import.xer.duplicate-wbs': (d) => `WBS-noden «${d.name}»: har wbs_id ${d.wbsId}, som «${d.first}» (linje ${d.firstLine}) har: raden utelates, og aktiviteter og noder under wbs_id ${d.wbsId} plasseres under «${d.first}»`,
  'import.xer.duplicate-calendar': (d) => `kalenderen «${d.name}»: har clndr_id ${d.clndrId}, som kalenderen «${d.first}» (linje ${d.firstLine}) har: raden utelates, og aktiviteter på clndr_id ${d.clndrId} planlegges på «${d.first}»`,
  'import.xer.link-ambiguous': (d) => `lenke fra aktivitet ${d.pred} til aktivitet ${d.succ}: ${d.names.map((n) => `task_id ${n.taskId} navngir ${n.tasks.join(' og ')}`).join(', og ')}; lenken ble utelatt`,
  'import.xer.link-type': (d) => `lenke ${d.link}: ukjent lenketype «${d.type}» (P6 har PR_FS, PR_SS, PR_FF, PR_SF); lenken ble utelatt`,
  'import.xer.lag-not-number': (d) => `lenke ${d.link}: etterslepet «${d.lag}» er ikke et antall timer; lenken ble utelatt`,
  'import.xer.lag-calendar': (d) => `lenke ${d.link}: ${d.lead ? 'et forsprang' : 'et etterslep'} på ${dec(d.hours)} t går på ${d.calendar === null ? 'en 24-timerskalender' : `kalenderen «${d.calendar}»`} i P6; skrevet som ${d.everyDay ? `${d.days}ed, kalenderdager, siden alle dager i den kalenderen er arbeidsdager` : `${d.days}d i planens kalender`}`,
  'import.xer.lag-hours': (d) => `lenke ${d.link}: ${d.lead ? 'et forsprang' : 'et etterslep'} på ${dec(d.hours)} t er ${dec(d.exact)} arbeidsdager à ${dec(d.dayHours)} t; avrundet til ${d.days}d`,
  'import.xer.calendar-uneven': (d) => `kalenderen «${d.name}» har ${d.odd.map((o) => `${dec(o.hours)} t på ${weekdayName(o.weekday, 'nb')}`).join(', ')}, men ${dec(d.dayHours)} t de andre dagene: hver arbeidsdag teller som én dag`,
  'import.xer.calendar-no-week': (d) => `kalenderen «${d.name}» har ingen uke i clndr_data: mandag–fredag er antatt`,
  'import.xer.calendar-extra-workday': (d, f) => `kalenderen «${d.name}» gjør ${f.date(d.day)} (en ${weekdayName(d.weekday, 'nb')}) til arbeidsdag; en plankalender kan ikke legge til arbeidsdager, så den forblir fridag`,
  'import.xer.calendar-short-day': (d, f) => `kalenderen «${d.name}» har ${dec(d.hours)} t ${f.date(d.day)} i stedet for ${dec(d.dayHours)} t: telt som en hel arbeidsdag`,
  'import.xer.id-changed': (d) => `${d.id}: ${d.noCode ? `aktiviteten har ingen aktivitetskode, og task_id-en dens, «${d.code}»,` : `aktivitetskoden «${d.code}»`} ${d.repeated ? 'er koden til en tidligere aktivitet' : d.taken === d.code ? 'er id-en til en annen aktivitet' : 'er ikke en milepel-id'}; skrevet som ${d.id}${d.taken !== null && d.taken !== d.code ? `, siden ${d.taken} er id-en til en annen aktivitet` : ''}`,
  'import.xer.no-code': (d) => `${d.id}: aktiviteten har ingen aktivitetskode; task_id-en dens, P6s interne nummer, er skrevet som id-en`,
  'import.xer.calendar-unknown': (d) => (d.calendar === '' ? `${d.id} har ingen kalender, og prosjektet har ingen i filen; planens kalender brukes` : `${d.id}: kalender ${d.calendar} finnes ikke i CALENDAR-tabellen; planens kalender brukes`),
  'import.calendar-other': (d) => `${d.id}: på kalenderen «${d.name}», ikke planens «${d.plan}»: ${d.everyDay === true ? 'en kalender der alle dager er arbeidsdager, så varigheten skrives i kalenderdager (ed); slakken telles i planens arbeidsdager' : 'datoene telles i planens arbeidsdager'}`,
  'import.xer.activity-type': (d) => `${d.id}: ${ACTIVITY_TYPES[d.type]}`,
  'import.xer.unknown-value': (d) => d.field === 'task_type' ? `${d.subject}: task_type ${d.value === '' ? 'er tom' : `«${d.value}» er ingen P6-aktivitetstype`}; lest som en vanlig aktivitet (TT_Task)`
    : d.field === 'status_code' ? `${d.subject}: status_code ${d.value === '' ? 'er tom' : `«${d.value}» er ingen P6-status`}; lest som ikke påbegynt eller avsluttet (en faktisk slutt gjør den fortsatt ferdig)`
      : `prosjekt ${d.subject}: sched_calendar_on_relationship_lag «${d.value}» er ingen P6-kalender for etterslep; etterslep regnes på forgjengerens kalender, som P6 gjør som standard`,
  'import.xer.no-duration-column': (d) => `TASK-tabellen har ingen target_drtn_hr_cnt-kolonne: ${d.count === 1 ? 'aktiviteten som ikke er en milepæl, har' : `de ${d.count} aktivitetene som ikke er milepæler, har`} ingen varighet (0 brukt)`,
  'import.xer.duration-not-number': (d) => `${d.id}: varigheten «${d.value}» er ikke et antall timer; 0 brukt`,
  'import.date-unusable': (d, f) => `${d.id}: ${d.field} «${d.value}» ${DATE_PROBLEMS[d.problem]}; ${d.fallback === null ? 'utelatt' : `${d.fallback}${onDay(d.day, f)} brukes i stedet`}`,
  'import.xer.no-data-date': (d) => `prosjekt ${d.project}: PROJECT-raden har ingen statusdato (last_recalc_date); planen får ingen status_date (rapportene regner da fra dagen de kjøres)`,
  'import.project-date-unusable': (d) => `${d.project !== null ? `prosjekt ${d.project}: ` : ''}${d.field} «${d.value}» ${DATE_PROBLEMS[d.problem]}; planen får ingen ${d.lost}${d.lost === 'status_date' ? ' (rapportene regner da fra dagen de kjøres)' : d.lost === 'finish' ? ' (seneste datoer regnes da fra den beregnede slutten)' : ''}`,
  'import.lag-too-long': (d) => `lenke ${d.link}: etterslepet ${d.days}${d.unit} er lengre enn milepels ${d.max} ${d.unit === 'w' || d.unit === 'ew' ? 'uker' : 'dager'}; lenken ble utelatt`,
  'import.duration-too-long': (d) => `${d.id}: varigheten ${dec(d.hours)} t er lengre enn milepels ${d.max} dager; kuttet til ${d.max}${d.elapsed === true ? 'ed' : 'd'}`,
  'import.duration-rounded': (d) => `${d.id}: varigheten ${d.hours === null ? d.written : `${dec(d.hours)} t`} er ${dec(d.exact)} ${d.elapsed === true ? 'kalenderdager; avrundet til ' : `arbeidsdager à ${dec(d.dayHours)} t; avrundet til `}${d.days}${d.elapsed === true ? 'ed' : ''}`,
  'import.finish-inside-day': (d, f) => `${d.id}: slutter midt i en arbeidsdag (${f.date(d.at)} ${f.time(d.minute)}); datert ${f.date(d.day)}`,
  'import.actual-start': (d, f) => `${d.id}: startet ${f.date(d.at)} ${f.time(d.minute)}, men en plan har ingen faktisk start: den faktiske slutten ${f.date(d.finish)} minus den planlagte varigheten ${d.duration} legger starten på arbeidet til ${f.date(d.derived)}, ${d.isEarlier ? 'før' : 'etter at'} arbeidet begynte; SS- og SF-koblinger fra den regnes fra den dagen, og det gjør også dependency-order for koblingene inn til den${d.actualDuration === null ? '' : ` (den faktiske varigheten, ${d.actualDuration}, ville lagt den der arbeidet begynte)`}`,
  'import.xer.in-progress': (d, f) => `${d.id}: pågår (startet ${typeof d.started === 'string' ? d.started : f.date(d.started)}, ${d.remaining === null ? 'ingen gjenstående varighet oppgitt' : `${dec(d.remaining)} arbeidsdager igjen`}): beholdt med prognosen og ${d.written === d.original ? `varigheten ${d.original}d, som gjenstår i sin helhet` : `skrevet med gjenstående varighet ${d.written}d (planlagt ${d.original}d), slik at forgjengerne bare skyver arbeidet som gjenstår, slik P6 planlegger det`}; SS- og SF-koblinger fra den regnes fra starten på det arbeidet, ikke fra den faktiske starten`,
  'import.xer.no-finish-no-data-date': (d) => `${d.id}: har verken brukbar planlagt, tidligste eller faktisk slutt, og filen har ingen statusdato å datere den på; utelatt`,
  'import.xer.no-finish': (d) => `${d.id}: har verken planlagt, tidligste eller faktisk slutt; datert på statusdatoen`,
  'import.xer.no-title': (d) => `${d.id}: aktiviteten har ikke noe navn; id-en er tittelen`,
  'import.constraint-kept-as-deadline': (d, f) => `${d.id}: betingelsen «${d.name}»${onDay(d.day, f)}: beholdt som frist; halvdelen som holder tidligste slutt, ivaretas bare av prognosen`,
  'import.constraint-dropped': (d, f) => d.badDate !== undefined ? `${d.id}: betingelsen «${d.name}»: datoen ${d.badDate === '' ? 'mangler' : `${quoteText(d.badDate)} er ikke en dato`}; ikke beholdt` : `${d.id}: betingelsen «${d.name}»${onDay(d.day, f)}: ${d.asap ? 'planlagt så tidlig som mulig i stedet' : 'ikke beholdt: milepel har bare slutt-senest (frist)'}${d.heldBy === undefined ? '' : `; milepælens nåværende dato ${f.date(d.heldBy)} holder den foreløpig, men ikke om den datoen flyttes tidligere`}`,
  'import.xer.resource': (d, f) => `${who(d.id, d.task)}: ressurstildeling (ressurs ${d.resource}, ${asWritten(d.units, f)} enheter${d.cost === null ? '' : `, planlagt kostnad ${dec(d.cost)}`}) ikke importert`,
  'import.xer.expense': (d, f) => `${who(d.id, d.task)}: utgiften «${d.item}» (${asWritten(d.cost, f)}) ikke importert`,
  'import.xer.table': (d) => `tabellen ${d.table} (${d.rows} ${TABLES_NB.get(d.table) ?? 'rader'}) ikke importert`,
});

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
