// Norwegian (bokmål) texts of the explanation (`milepel explain`, the language server's hover; SPEC §14).
import type { ExplainField, ExplainMessages, LspMessages } from '../data/explain.js';
import type { Interval, MeetingName } from '../data/rules.js';
import { FIRST_DAY, type DayNumber } from '../../calendar/index.js';
import { quoteText } from '../../text/quote.js';
import type { CataloguePart, Fmt } from '../types.js';
import { linkLabel } from '../../text/link-label.js';

const FIELD: Readonly<Record<ExplainField, string>> = { actual: 'faktiske dato', forecast: 'prognose', date: 'planlagte dato', decided: 'beslutningsdato' };

const meeting = (f: Fmt, m: MeetingName): string => `${m.ref}${m.date === null ? '' : ` (${f.date(m.date)})`}`;
const interval = (f: Fmt, i: Interval): string => (i.from !== null ? `mellom ${f.date(i.from)} og ${f.date(i.to)}` : `senest ${f.date(i.to)}`);
/** A date the schedule left out (date-range, SPEC §4) shows as text tables show an absent value. */
const day = (f: Fmt, d: DayNumber | null): string => (d === null ? '–' : f.date(d));

export const explainNb = (): CataloguePart<keyof ExplainMessages | keyof LspMessages> => ({
  __proto__: null,
  'explain.heading': (d) => `${d.kind === 'gate' ? 'Beslutningspunkt' : 'Milepæl'} ${d.ref} — ${d.title}`,
  'explain.projected': (d, f) => `beregnet ${day(f, d.projected)}: ${d.driver === null ? `holdt av sin ${FIELD[d.field]} ${f.shown(d.current)}` : `skjøvet av ${d.driver} forbi sin ${FIELD[d.field]} ${f.shown(d.current)}`}`,
  'explain.latest': (d, f) => `senest ${day(f, d.latest)}: ${f.render(d.from)}`,
  'explain.latest.deadline': (d, f) => `fristen ${f.shown(d.deadline)}`,
  'explain.latest.successor': (d, f) => `etterfølgeren ${d.successor} (${linkLabel(d.type, d.lag)})${d.bound == null || d.shown == null ? '' : `, som senest kan bli ferdig ${f.date(d.bound)} (vist som ${f.date(d.shown)}, siste arbeidsdag)`}`,
  'explain.latest.plan-finish': (d, f) => `sluttdatoen til planen ${d.plan} (plan.finish ${f.shownInParentheses(d.finish)}); ingen etterfølger eller frist`,
  'explain.latest.plan-end': (d) => `slutten av planen ${d.plan}${d.ref === null ? '' : `, satt av ${d.ref}${d.leftOut ? ', som har beregnet dato utenfor datoene milepel kan skrive (date-range)' : ''}`}; ingen etterfølger, frist eller plan.finish`,
  'explain.float': (d, f) => `slakk ${(d.float === null ? '–' : f.count(d.float, 'arbeidsdag', 'arbeidsdager'))}${d.critical ? ', kritisk' : ''}`,
  'explain.chain': () => 'Drivende kjede',
  'explain.chain.first': (d, f) => `${d.ref}  ${day(f, d.projected)}  holdt av sin ${FIELD[d.field]}${d.duration === null ? '' : `, varighet ${d.duration}`}`,
  'explain.chain.step': (d, f) => `${d.ref}  ${day(f, d.projected)}  ${linkLabel(d.type, d.lag)} etter ${d.predecessor}${d.duration === null ? '' : `, varighet ${d.duration}`}`,
  'explain.non-working': (d) => `Fridager som krysses (${d.count})`,
  'explain.non-working.none': () => 'Fridager som krysses: ingen utenom helger',
  'explain.non-working.day': (d, f) => `${f.date(d.day)}  ${f.render(d.name)}`,
  'explain.non-working.more': (d, f) => `… og ${f.count(d.count, 'dag til', 'dager til')}, den siste ${f.date(d.last)} (--format json viser alle)`,
  'explain.meetings': (d, f) => (d.interval.from !== null && d.interval.from > d.interval.to
    ? `Møter: ${f.render({ id: 'governance.no-day', data: { from: d.interval.from, to: d.interval.to } })}`
    : d.interval.to < FIRST_DAY ? 'Møter: ingen dag kan gjelde: intervallet slutter før 01.01.0001'
      : `Møter: gyldige ${interval(f, d.interval)}`),
  'explain.meetings.none': () => 'Møter: ingen organer kreves og ingen møter er oppgitt',
  'explain.meeting': (d, f) => {
    const what = d.status === 'admissible' ? (d.required ? `dekker ${d.body}` : 'gyldig') : d.status === 'too-early' ? 'for tidlig' : 'for sent';
    return `${d.status === 'admissible' ? '✓' : '✗'} ${meeting(f, d.meeting)}  ${what}${d.listed ? ', oppgitt' : ''}`;
  },
  'explain.meeting.missing': (d, f) => {
    const near = [d.earlier !== null ? `før: ${meeting(f, d.earlier)}` : '', d.before !== null ? `${d.sameDay ? 'samme dag' : 'før'}: ${meeting(f, d.before)}` : '', d.after !== null ? `etter: ${meeting(f, d.after)}` : ''].filter(Boolean);
    return `✗ ikke noe ${d.body}-møte${near.length > 0 ? ` (nærmeste ${near.join(', ')})` : `; ${d.body} har ingen møter`}`;
  },
  'cli.explain.undated-milestone': (d) => `${d.ref} har ingen date, forecast eller actual som finnes (milepel validate viser hvorfor): den er ikke planlagt og har ingen datoer å forklare; gi den en date`,
  'cli.explain.undated-gate': (d) => `${d.ref} er et beslutningspunkt uten en date eller decided som finnes (milepel validate viser en som ikke finnes): det er ikke planlagt og har ingen datoer å forklare; gi det en date (den planlagte beslutningen)`,
  'cli.explain.other-kind': (d) => {
    const what = { goal: 'et mål', measure: 'et tiltak', meeting: 'et møte', body: 'et styringsorgan', risk: 'en risikohendelse', plan: 'en plan' }[d.kind];
    const related = { goal: 'milepælene', measure: 'milepælene', meeting: 'milepælene som viser til det', body: 'milepælene som krever det', risk: 'milepælene den forsinker', plan: 'milepælene' }[d.kind];
    return `${d.ref} er ${what}, ikke en milepæl eller et beslutningspunkt: explain forklarer hvorfor en milepæl eller et beslutningspunkt har sine datoer${d.milestones.length > 0 ? `; ${related}: ${d.milestones.join(', ')}` : ''}`;
  },
  'cli.explain.unknown': (d) => (d.ambiguous.length > 0
    ? `${d.ref} finnes i flere planer (${d.ambiguous.join(', ')}); skriv plan/ID`
    : `${quoteText(d.ref)}: ingen milepæl eller beslutningspunkt med denne id-en i arbeidsområdet${d.nearest.length > 0 ? `; nærmeste: ${d.nearest.join(', ')}${(d.more ?? 0) > 0 ? ` (${d.more} til like ${d.more === 1 ? 'nær' : 'nære'})` : ''}` : ''}`),
  'cli.explain.unreadable': (d) => `${quoteText(d.ref)}: fant ingen slik milepæl eller beslutningspunkt: ${d.at} har en ${d.rule}-feil som holder en del av arbeidsområdet ute, og den kan være der (feilene følger); rett den først`,
  'lsp.lens': (d, f) => `beregnet ${day(f, d.projected)} · slakk ${d.float ?? '–'}${d.critical ? ' · kritisk' : ''}${d.driver !== null ? ` · drevet av ${d.driver}` : ''}`,
  'lsp.action.replace': (d) => `Endre til ${d.value}`,
  'lsp.action.rename-key': (d) => `Gi ${d.from} nytt navn: ${d.to}`,
  'lsp.action.set': (d) => `Sett ${d.field} for ${d.ref} til ${d.value}`,
  'lsp.action.add-meeting': (d) => `Oppgi ${d.meeting} blant møtene til ${d.ref}`,
  'lsp.action.remove-repeat': (d) => `Fjern den gjentatte oppføringen fra ${d.field} i ${d.ref}`,
  'lsp.action.remove-entry': (d) => `Fjern denne oppføringen fra ${d.field} i ${d.ref}`,
  'lsp.withheld.anchored': (d) => `listen har et anker (&${d.anchor}): et alias for den (*${d.anchor}) ville miste oppføringen også; rediger for hånd`,
  'lsp.withheld.anchored-entry': (d) => `oppføringen definerer et anker (&${d.anchor}) som et alias (*${d.anchor}) kan lese: rediger for hånd`,
  'lsp.withheld.alias': (d) => `listen er et alias (*${d.alias}) for en som står et annet sted: fjern oppføringen der &${d.alias} er definert`,
  'lsp.withheld.more-keys': (d) => `oppføringen har ${d.keys.join(', ')} i tillegg til koblingen, som ville forsvinne med den; rediger for hånd`,
  'lsp.action.drop-meeting': (d) => `Fjern ${d.meeting} fra møtene til ${d.ref}`,
  'lsp.action.replace-meeting': (d) => `Oppgi ${d.meeting} i stedet for ${d.replacing} blant møtene til ${d.ref}`,
  'lsp.action.remove-key': (d) => `Fjern ${d.key}`,
  'lsp.action.remove-tab': () => 'Fjern tabulatoren',
  'lsp.action.space-after-colon': () => 'Sett et mellomrom etter kolonet',
  'lsp.action.indent': (d) => `Rykk inn med ${d.spaces} mellomrom`,
  'lsp.action.actual-to-forecast': (d) => `Fjern actual og sett forecast: ${d.value} i ${d.ref}`,
  'lsp.action.remove-keeping': (d) => `Fjern ${d.field} i ${d.ref} og behold ${d.kept}: ${d.value}`,
});
