// Norwegian (bokmål) texts of the rules' messages (SPEC §4), in a planner's words: milepæl, planlagt dato, prognose, frist (styringsdato is P50: SPEC §11).
import { alternatives } from '../first-of.js';
import type { ChainGain, DoneChain, OwnMoves, RangeGain, EntityKind, Interval, LateBound, LateFor, MeetingName, MoveAfter, ReferenceField, RuleMessages } from '../data/rules.js';
import { FIRST_DAY, type DayNumber } from '../../calendar/index.js';
import type { CataloguePart, Fmt } from '../types.js';
import { linkLabel } from '../../text/link-label.js';
import { escapeControl } from '../../report/safe-text.js';
import { spelledDuration, type UnitWords } from '../written-duration.js';
import { quoteText } from '../../text/quote.js';

const WHAT: Readonly<Record<ReferenceField, string>> = {
  after: 'milepæl', meetings: 'møte', require: 'organ', body: 'organ', goal: 'resultatmål', milestones: 'milepæl', 'risk-milestones': 'milepæl', 'gate-body': 'organ', 'gate-ready': 'milepæl',
};

const HOW: Readonly<Record<ReferenceField, string>> = {
  after: 'skriv id-en til en milepæl i denne planen, eller plan-id/ID for en milepæl i en annen plan',
  meetings: 'skriv id-en til et møte, eller <organ>@<ÅÅÅÅ-MM-DD> for et møte som står under meetings:',
  require: 'oppgi et organ som er definert under bodies:',
  body: 'oppgi et organ som er definert under bodies:',
  goal: 'oppgi et resultatmål som er definert under goals: i denne planen',
  milestones: 'skriv id-en til en milepæl i denne planen, eller plan-id/ID for en milepæl i en annen plan',
  'risk-milestones': 'skriv id-en til en milepæl i denne planen, eller plan-id/ID for en milepæl i en annen plan',
  'gate-body': 'oppgi organet som beslutter, slik det er definert under bodies:',
  'gate-ready': 'skriv id-en til en milepæl i denne planen, eller plan-id/ID for en milepæl i en annen plan',
};

/** Indefinite noun, and "this <noun>" for the hint. */
const NOUN: Readonly<Record<EntityKind, readonly [string, string]>> = {
  plan: ['plan', 'denne planen'], body: ['organ', 'dette organet'], meeting: ['møte', 'dette møtet'],
  milestone: ['milepæl', 'denne milepælen'], gate: ['beslutningspunkt', 'dette beslutningspunktet'], goal: ['resultatmål', 'dette resultatmålet'], measure: ['tiltak', 'dette tiltaket'],
  risk: ['risiko', 'denne risikoen'],
};

/** An entity of a kind, as "a milestone" and "the milestone" say it (duplicate-id between kinds). */
const INDEFINITE: Readonly<Record<EntityKind, string>> = {
  plan: 'en plan', body: 'et organ', meeting: 'et møte', milestone: 'en milepæl', gate: 'et beslutningspunkt', goal: 'et resultatmål', measure: 'et tiltak', risk: 'en risiko',
};
const DEFINITE: Readonly<Record<EntityKind, string>> = {
  plan: 'planen', body: 'organet', meeting: 'møtet', milestone: 'milepælen', gate: 'beslutningspunktet', goal: 'resultatmålet', measure: 'tiltaket', risk: 'risikoen',
};

/** A milestone's fields as the findings name them: `date` is the planned date, as explain and gantt say ("styringsdato"
 * is P50 in SPEC §11 and risk: tester round 8 #4). */
const FIELD: Readonly<Record<'date' | 'forecast' | 'actual' | 'decided', string>> = { date: 'den planlagte datoen', forecast: 'prognosen', actual: 'den faktiske datoen', decided: 'beslutningsdatoen' };

/** A computed date, or what stands for one left out (date-range, SPEC §4): never the bound it was held at. */
const computed = (f: Fmt, d: DayNumber | null): string => (d === null ? 'en dato utenfor 01.01.0001–31.12.9999' : f.date(d));
const days = (f: Fmt, n: number): string => f.count(n, 'dag', 'dager');
const UNITS: UnitWords = { d: ['arbeidsdag', 'arbeidsdager'], w: ['arbeidsuke', 'arbeidsuker'], ed: ['kalenderdag', 'kalenderdager'], ew: ['kalenderuke', 'kalenderuker'] };
/** Et styringsvindu eller en ledetid i ord: `30 kalenderdager (30ed)`. */
const spelled = (f: Fmt, written: string): string => spelledDuration(f, UNITS, written);
const workdays = (f: Fmt, n: number): string => f.count(n, 'arbeidsdag', 'arbeidsdager');
/** "fristen er 15.02.2030": hva milepælen er for sen til (negative-float). */
function lateBoundNb(bound: LateBound, latest: string): string {
  switch (bound.kind) {
    case 'deadline': return `fristen er ${latest}`;
    case 'successor': return `etterfølgeren ${bound.ref} (${linkLabel(bound.type, bound.lag)}) trenger den innen ${latest}`;
    case 'plan-finish': return `sluttdatoen for plan ${bound.plan} (plan.finish) er ${latest}`;
    case 'plan-end': return `den må være ferdig innen ${latest}, slutten av plan ${bound.plan}${bound.ref === null ? '' : ` satt av ${bound.ref}`}`;
  }
}
function lateMoveNb(bound: LateBound): string {
  switch (bound.kind) {
    case 'deadline': return 'flytt fristen';
    case 'successor': return `gi ${bound.ref} mer tid (fristen, etterfølgerne eller etterslepet)`;
    case 'plan-finish': return `flytt plan.finish for plan ${bound.plan}`;
    case 'plan-end': return `sett en senere plan.finish for plan ${bound.plan}`;
  }
}
/** ", eller flytt fristen"; for en etterfølger som er ferdig og ikke kan få mer tid, det som er sant om den i stedet. */
function orMoveNb(f: Fmt, id: string, bound: LateBound): string {
  return bound.kind === 'successor' && bound.done !== undefined ? `; ${doneSuccessorNb(f, id, bound.ref, bound.done, false)}` : `, eller ${lateMoveNb(bound)}`;
}
/** "a/D2, som A er for sen til, ble nådd 20.02.2024 og kan ikke få mer tid" (`who`: A, eller "den"). */
function doneSuccessorNb(f: Fmt, who: string, ref: string, done: { readonly day: DayNumber; readonly gate: boolean }, either: boolean): string {
  return `${ref}, som ${who} er for sen til, ble ${done.gate ? 'besluttet' : 'nådd'} ${f.date(done.day)} og kan ${either ? 'heller ikke' : 'ikke'} få mer tid`;
}
/** "flytt den planlagte datoen tidligere (tidligst til 27.02.2024) og forkort etterslepet fra a/D til S5". */
function ownNb(f: Fmt, own: OwnMoves): string {
  const move = `flytt ${FIELD[own.field]} tidligere (tidligst til ${f.date(own.earliest)})`;
  return own.enough || own.gains.length === 0 ? move : `${move} og ${gainsNb(own)}`;
}
/** "flytt fristen og gi a/B og a/C mer tid (…)": alt en milepæl som er ferdig, kommer for sent til. */
function lateForNb(late: LateFor): string {
  const count = late.successors.length + late.more;
  const names = late.more > 0 ? `${late.successors.join(', ')} og ${late.more} ${late.more === 1 ? 'annen etterfølger' : 'andre etterfølgere'}` : listNb(late.successors);
  const give = count === 0 ? '' : count === 1 ? lateMoveNb({ kind: 'successor', ref: late.successors[0]!, type: 'FS', lag: null }) : `gi ${names} mer tid (fristene, etterfølgerne eller etterslepene)`;
  return [late.deadline ? 'flytt fristen' : '', give].filter((s) => s !== '').join(' og ');
}
/** "forkort varigheten til A, etterslepet fra a/B til A eller …": verbet utelatt der det forrige er det samme. */
function gainsNb(chain: Pick<DoneChain, 'gains' | 'more'>): string {
  const verb = (g: ChainGain): string => (g.kind === 'lead' ? 'forleng' : 'forkort');
  const what = (g: ChainGain): string => (g.kind === 'duration' ? `varigheten til ${g.of}` : `${g.kind === 'lag' ? 'etterslepet' : 'overlappen'} fra ${g.from} til ${g.to}`);
  const parts = chain.gains.map((g, i) => (i > 0 && verb(chain.gains[i - 1]!) === verb(g) ? what(g) : `${verb(g)} ${what(g)}`));
  return `${listNb(parts, 'eller')}${chain.more > 0 ? ` (og ${chain.more} til i kjeden)` : ''}`;
}
/** "forkort overlappen fra D til a/E", "forkort etterslepet fra a/A til B, eller varigheten til B": verbet utelatt der
 * det forrige er det samme. */
function rangeGainsNb(gains: readonly RangeGain[]): string {
  const verb = (g: RangeGain): string => (g.verb === 'shorten' ? 'forkort' : 'forleng');
  const what = (g: RangeGain): string => (g.kind === 'duration' ? `varigheten til ${g.of}` : `${g.kind === 'lag' ? 'etterslepet' : 'overlappen'} fra ${g.from} til ${g.to}`);
  return gains.map((g, i) => (i > 0 && gains[i - 1]!.verb === g.verb ? what(g) : `${verb(g)} ${what(g)}`)).join(', eller ');
}
/** "a, b og c". */
function listNb(items: readonly string[], and: 'og' | 'eller' = 'og'): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]!}`;
}

/** " og oppgi det for A (i stedet for PS@2026-03-02)" når milepælen oppgir organets møter. */
function listItNb(d: { readonly id: string; readonly listIt: boolean; readonly replacing: string | null }): string {
  return d.replacing !== null ? ` og oppgi det for ${d.id} i stedet for ${d.replacing}` : d.listIt ? ` og oppgi det for ${d.id}` : '';
}

/**
 * ", eller sett prognosen for A til 29.06.2026 eller senere, så PS@2026-06-25 teller med ledetiden på 2 arbeidsdager (2d)";
 * med et vindu "til en dag fra 29.06.2026 til 02.07.2026" (eller "til 29.06.2026" når bare den går); ingenting når
 * ingen dag kan gå.
 */
function moveAfterNb(f: Fmt, id: string, after: MoveAfter | null): string {
  if (after === null) return '';
  const days = after.latest === null ? `${f.date(after.earliest)} eller senere` : after.latest > after.earliest ? `en dag fra ${f.date(after.earliest)} til ${f.date(after.latest)}` : f.date(after.earliest);
  return `, eller sett ${after.field === 'forecast' ? 'prognosen' : 'datoen'} for ${id} til ${days}, så ${after.meeting} teller${after.lead !== null ? ` med ledetiden på ${spelled(f, after.lead)}` : ''}`;
}

function interval(f: Fmt, i: Interval): string {
  // Et vindu kortere enn ledetiden (SPEC §4.2) gir ingen dag: sagt rett ut, aldri som et baklengs intervall.
  if (i.from !== null && i.from > i.to) return `— ${f.render({ id: 'governance.no-day', data: { from: i.from, to: i.to } })}`;
  // Et intervall som slutter før 01.01.0001, har ingen dag en plan kan skrive.
  if (i.to < FIRST_DAY) return '— ingen dag kan gjelde: intervallet slutter før 01.01.0001';
  return i.from !== null ? `mellom ${f.date(i.from)} og ${f.date(i.to)}` : `senest ${f.date(i.to)}`;
}

function listed(f: Fmt, m: MeetingName): string {
  return `det oppgitte møtet ${m.ref}${m.date === null ? '' : ` (${f.date(m.date)})`}`;
}

/** Hva en SS-, FF- eller SF-kobling binder, i ord (dependency-order). */
const LINK_WORDS = { SS: 'arbeidet starter etter at forgjengeren har startet', FF: 'den fullføres etter at forgjengeren er fullført', SF: 'den fullføres etter at forgjengeren har startet' } as const;

export const rulesNb = (): CataloguePart<keyof RuleMessages> => ({
  __proto__: null,
  'actual-in-future': (d, f) => `${d.ref} har ${d.gate === true ? 'beslutningsdato' : 'faktisk dato'} ${f.date(d.actual)}, som er etter statusdatoen ${f.date(d.today)}`,
  'actual-in-future.hint': (d, f) => (d.gate === true
    ? `er beslutningen i ${d.id} ikke tatt ennå, fjern decided: ${f.iso(d.actual)} (date: holder den planlagte dagen)`
    : d.forecast == null ? `er ${d.id} ikke nådd ennå, fjern actual og sett forecast: ${f.iso(d.actual)}`
    : d.forecast.day === d.actual ? `er ${d.id} ikke nådd ennå, fjern actual: prognosen er den dagen`
    : `er ${d.id} ikke nådd ennå, fjern actual og behold prognosen ${d.forecast.written ?? f.iso(d.forecast.day)}, eller sett prognosen til ${f.iso(d.actual)}`),

  'dependency-cycle': (d, f) => `sirkulær avhengighet: ${d.refs.join(' → ')}${d.via !== null ? `, lukket av ${d.via}-lenken` : ''}${d.unlisted > 0 ? ` (og ${f.count(d.unlisted, 'sirkel', 'sirkler')} til mellom de samme milepælene, ikke listet)` : ''}`,
  'dependency-cycle.hint': (d) => `fjern én av after-oppføringene i sirkelen (${d.self !== null ? `${d.self} avhenger av seg selv` : 'merknadene viser hvert ledd'}); ${d.undated.length === 0 ? 'til da holdes disse avhengighetene utenfor tidsplanen' : `${d.undated.join(', ')} har ingen dato, så oppføringene til og fra ${d.undated.length === 1 ? 'den' : 'dem'} holdes utenfor tidsplanen til ${d.undated.length === 1 ? 'den har' : 'de har'} en`}`,
  'dependency-cycle.note.hop': (d) => `${d.ref} kommer etter ${d.predecessor}${d.type !== null ? ` (${d.type}-lenken)` : ''}`,

  'dependency-order': (d, f) => {
    // Written out, not joined from a list: a workspace of 100,000 milestones may have 18,000 of these findings.
    const gap = d.lag !== null ? (d.duration !== null ? `etterslep ${d.lag} + varighet ${d.duration}` : `etterslep ${d.lag}`) : d.duration !== null ? `varighet ${d.duration}` : '';
    const anchor = d.predecessorStart !== null
      ? `starten på forgjengeren ${d.predecessor} (${f.date(d.predecessorStart)})`
      : `forgjengeren ${d.predecessor} (${f.shownInParentheses(d.predecessorCurrent)})`;
    const link = d.type === 'FS' ? '' : ` (${d.type}: ${LINK_WORDS[d.type]})`;
    return `${d.ref} (${f.shownInParentheses(d.current)}) ligger før ${anchor}${gap ? ` + ${gap}` : ''}${link}: den kan tidligst være ${f.date(d.earliest)}`;
  },
  'dependency-order.hint': (d, f) => {
    const gap = [d.lag === 'lag' ? 'forkort etterslepet' : d.lag === 'lead' ? 'forleng overlappen' : '', d.duration ? `${d.lag === 'lag' ? '' : 'forkort '}varigheten til ${d.id}` : ''].filter((s) => s !== '').join(' eller ');
    const moves = [d.predecessorDone ? '' : `flytt ${d.predecessor} tidligere`, gap].filter((s) => s !== '');
    return `sett ${d.field === 'actual' ? 'den faktiske datoen' : 'prognosen'} for ${d.id} til ${f.date(d.earliest)} eller senere${moves.length === 0 ? '' : moves.length === 1 ? `, eller ${moves[0]!}` : `, ${moves[0]!} eller ${moves[1]!}`}`;
  },
  'dependency-order.note.edge': (d) => `${d.ref} kommer etter ${d.predecessor} her`,
  'dependency-order.note.current': (d) => `gjeldende dato for ${d.ref}`,

  'duplicate-id': (d) => (d.firstKind !== null && d.firstKind !== d.kind
    ? `${NOUN[d.kind][0]} ${d.ref} har samme id som ${INDEFINITE[d.firstKind]} i ${escapeControl(d.firstFile)}, som beholder den: milepæler og beslutningspunkter i en plan deler id-er`
    : `${NOUN[d.kind][0]} ${d.ref} er definert to ganger: den første definisjonen står i ${escapeControl(d.firstFile)}`),
  'duplicate-id.hint': (d) => `gi ${NOUN[d.kind][1]} en annen id; referanser til ${d.ref} bruker ${d.firstKind !== null && d.firstKind !== d.kind ? DEFINITE[d.firstKind] : 'den første definisjonen'}`,
  'duplicate-id.note.first': (d) => (d.firstKind !== null ? `${DEFINITE[d.firstKind]} ${d.ref}, som beholder id-en` : `første definisjon av ${d.ref}`),

  'invalid-date': (d, f) => `${f.render(d.problem)}${d.holder !== null ? ` (i ${d.holder})` : ''}`,
  'invalid-date.hint.day': () => 'skriv en dag som finnes i kalenderen som ÅÅÅÅ-MM-DD (dette feltet tar ingen periode)',
  'invalid-date.hint': () => 'skriv en dato som finnes i kalenderen: ÅÅÅÅ-MM-DD, eller en periode ÅÅÅÅ, ÅÅÅÅ-Qn (n = 1–4) eller ÅÅÅÅ-MM',

  'meeting-before-milestone.too-early': (d, f) => `${listed(f, d.meeting)} er for tidlig for ${d.ref} (${f.shownInParentheses(d.current)}): ${d.window !== null ? `vinduet på ${spelled(f, d.window)}` : 'vinduet'} åpner ${f.date(d.opens)}`,
  'meeting-before-milestone.after': (d, f) => `${listed(f, d.meeting)} er ${days(f, d.days)} etter ${d.ref} (${f.shownInParentheses(d.current)})`,
  'meeting-before-milestone.inside-lead': (d, f) => `${listed(f, d.meeting)} ligger for tett på ${d.ref} (${f.shownInParentheses(d.current)}), som krever ${spelled(f, d.lead)} i forkant: møtet må holdes senest ${f.date(d.latest)}`,
  'meeting-before-milestone.listed.hint': (d, f) => `oppgi et møte som holdes ${interval(f, d.interval)}, eller fjern ${d.meeting} fra møtene til ${d.id}`,
  'meeting-before-milestone.note.defined': (d) => `${d.meeting} er definert her`,
  'gate-decision': (d, f) => {
    const near = [
      d.earlier !== null ? `${d.earlier.meeting} (${days(f, d.earlier.days)} før)` : '',
      d.before !== null ? `${d.before.meeting} (${d.before.days === 0 ? 'samme dag' : `${days(f, d.before.days)} før`})` : '',
      d.after !== null ? `${d.after.meeting} (${days(f, d.after.days)} etter)` : '',
    ].filter(Boolean);
    const nearest = near.length > 0 ? `; nærmeste ${d.body}-møter: ${near.join(', ')}` : `; ${d.body} har ingen møter i arbeidsområdet`;
    const window = d.window !== null ? ` innenfor vinduet på ${spelled(f, d.window)}` : '';
    const lead = d.lead !== null ? `${window !== '' ? ' og' : ''} med en ledetid på ${spelled(f, d.lead)}` : '';
    return `${d.body} har ikke møte før beslutningspunktet ${d.ref} (${f.shownInParentheses(d.current)})${window}${lead}${nearest}`;
  },
  'gate-decision.hint': (d, f) => `hold et ${d.body}-møte ${interval(f, d.interval)}${moveAfterNb(f, d.id, d.after)}`,
  'gate-decision.note.nearest': (d) => (d.sameDay ? `${d.body}-møte samme dag som beslutningspunktet` : `nærmeste tidligere ${d.body}-møte`),
  'gate-readiness': (d, f) => `${d.milestone} er beregnet til ${computed(f, d.projected)}, ${d.late === null ? '' : `${f.count(d.late, 'arbeidsdag', 'arbeidsdager')} `}for sent for beslutningspunktet ${d.ref} (${f.shownInParentheses(d.current)}): den må være nådd innen ${f.date(d.due)}${d.lead !== null ? ` (${spelled(f, d.lead)} før beslutningspunktet)` : ''}`,
  'gate-readiness.hint': (d, f) => {
    const others = [...(d.decided ? [] : [d.later === null ? `flytt ${d.id} senere` : `flytt ${d.id} til ${f.date(d.later)} eller senere`]), ...(d.lead ? ['kort ned ledetiden'] : [])];
    const all = d.forward || others.length === 0 ? [`få ${d.milestone} fram til ${f.date(d.due)} eller tidligere`, ...others] : others;
    return all.length === 1 ? all[0]! : `${all.slice(0, -1).join(', ')}, eller ${all[all.length - 1]}`;
  },
  'gate-readiness.after-gate.hint': (d) => `${d.milestone} kommer etter ${d.id} gjennom after-oppføringene sine, så ingen dato gjør den klar før beslutningen: oppgi en milepæl før ${d.id} i ready, eller fjern avhengigheten av ${d.id}`,
  'gate-readiness.note.milestone': (d) => `${d.milestone} er definert her`,
  'note.status-date-unread': (d, f) => `til dette er rettet, har planen ingen egen statusdato: milepælene sjekkes mot ${f.date(d.today)}, kjøringens statusdato (--today, den seneste status_date i de andre planene, eller dagens dato)`,
  'note.after-undated': (d) => `${d.ref} kommer etter ${d.undated} her: den avhengigheten holdes utenfor tidsplanen til ${d.undated} har en dato`,

  'meeting-before-milestone.listed-and-missing': (d, f) => `${f.render(d.listed)}; dermed finnes det ${f.render(d.missing)}`,
  'meeting-before-milestone.missing': (d, f) => {
    const near = [
      d.earlier !== null ? `${d.earlier.meeting} (${days(f, d.earlier.days)} før)` : '',
      d.before !== null ? `${d.before.meeting} (${d.before.days === 0 ? 'samme dag' : `${days(f, d.before.days)} før`})` : '',
      d.after !== null ? `${d.after.meeting} (${days(f, d.after.days)} etter)` : '',
    ].filter(Boolean);
    const nearest = near.length > 0 ? `; nærmeste ${d.body}-møter: ${near.join(', ')}` : `; ${d.body} har ingen møter i arbeidsområdet`;
    const window = d.window !== null ? ` innenfor vinduet på ${spelled(f, d.window)}` : '';
    const lead = d.lead !== null ? `${window !== '' ? ' og' : ''} med en ledetid på ${spelled(f, d.lead)}` : '';
    return `ikke noe ${d.body}-møte før ${d.ref} (${f.shownInParentheses(d.current)})${window}${lead}${d.amongListed ? ' blant møtene milepælen oppgir' : ''}${nearest}`;
  },
  'meeting-before-milestone.missing.hint-list': (d, f) => `oppgi ${d.meeting} for ${d.id}${d.replacing !== null ? ` i stedet for ${d.replacing}` : ''}, eller hold et ${d.body}-møte ${interval(f, d.interval)}${listItNb(d)}`,
  'meeting-before-milestone.missing.hint-hold': (d, f) => `hold et ${d.body}-møte ${interval(f, d.interval)}${listItNb(d)}${moveAfterNb(f, d.id, d.after)}`,

  lead: (d) => `${d.ref} har negativt etterslep på ${d.magnitude} mot forgjengeren ${d.predecessor} (${d.type}, etterslep ${d.lag}): den er planlagt å overlappe arbeid som ${d.predecessor} ikke har fullført`,
  'lead.hint': (d) => `modeller overlappen som en egen milepæl som ${d.id} følger etter med et etterslep på 0d eller mer, eller sett etterslepet til 0d`,

  'date-range': (d, f) => `${d.which === 'both' ? 'beregnet og seneste dato' : d.which === 'projected' ? 'beregnet dato' : 'seneste dato'} for ${d.ref} ville vært ${d.atLeast ? 'minst ' : ''}${f.count(d.days, 'dag', 'dager')} ${d.after ? 'etter' : 'før'} ${f.date(d.bound)}, utenfor datoene milepel kan skrive; rapportene utelater ${d.which === 'both' ? 'dem' : 'den'}${d.followers > 0 ? `, og datoene til ${f.count(d.followers, 'milepæl', 'milepæler')} som er beregnet ut fra ${d.which === 'both' ? 'dem' : 'den'}` : ''}`,
  'governance.no-day': (d, f) => `ingen dag kan gjelde: vinduets første dag ${f.date(d.from)} er etter ledetidens siste ${f.date(d.to)}; gjør styringsvinduet lengre enn ledetiden`,
  'date-range.hint.calendar': (d, f) => `kalenderen til plan ${d.plan} har ingen arbeidsdag ${d.last === null ? 'i det hele tatt' : `etter ${f.date(d.last)}`} (arbeidsdagene, helligdagene og de stengte dagene gir ingen), så et etterslep eller en varighet i arbeidsdager etter den tar aldri slutt: gi kalenderen arbeidsdager der, eller skriv det i kalenderdager (ed)`,
  'date-range.hint': (d) => (d.cause === null || d.cause.gains.length === 0 ? `forkort etterslepene eller varighetene som fører til ${d.id}` : rangeGainsNb(d.cause.gains)),
  'date-range.start': (d, f) => `arbeidet på ${d.duration} for ${d.ref} ville startet ${f.count(d.days, 'dag', 'dager')} før ${f.date(d.bound)}, utenfor datoene milepel kan skrive; rapportene utelater starten`,
  'date-range.start.hint': (d) => `forkort varigheten til ${d.id} eller flytt datoen senere`,
  'date-range.simulated': (d, f) => `simulert dato for ${d.ref} ville vært ${f.count(d.days, 'dag', 'dager')} ${d.after ? 'etter' : 'før'} ${f.date(d.bound)} i ${f.count(d.iterations, 'iterasjon', 'iterasjoner')}, utenfor datoene milepel kan skrive; risikorapporten utelater datoene som havner der`,
  'negative-float': (d, f) => `${d.ref} har slakk ${d.float}: beregnet til ${computed(f, d.projected)}${d.driver !== null ? `, skjøvet av ${d.driver}` : ''}, men ${lateBoundNb(d.bound, computed(f, d.latest))} (${workdays(f, -d.float)} forsinket)`,
  'negative-float.hint': (d, f) => {
    const b = d.bound;
    // En etterfølger som er ferdig, kan ikke få mer tid: bare denne milepælens side kan flyttes (testrunde 19 #9).
    const fixed = (who: string): string | null => (b.kind === 'successor' && b.done !== undefined ? `${doneSuccessorNb(f, who, b.ref, b.done, true)}: bare koblingen fra ${d.id} til ${b.ref} kan endres` : null);
    if (d.done !== null) {
      const own = `${d.id} ble ${d.gate === true ? 'besluttet' : 'nådd'} ${f.date(d.done)}, så ingen dager kan hentes inn på den`;
      const it = fixed('den');
      return d.lateFor !== undefined ? `${own}: ${lateForNb(d.lateFor)}` : it !== null ? `${own}, og ${it}` : `${own}: ${lateMoveNb(b)}`;
    }
    const explain = `\`milepel explain ${d.ref}\` viser den drivende kjeden`;
    if (d.own !== undefined) return `hent inn ${workdays(f, d.days)} på ${d.id}, der alle forgjengerne er ferdige: ${ownNb(f, d.own)}${orMoveNb(f, d.id, b)}; ${explain}`;
    if (d.start !== undefined) return `flytt ${FIELD[d.start]} for ${d.id} ${workdays(f, d.days)} tidligere${d.to === undefined ? '' : `, til ${f.date(d.to)}`} (den har ingen forgjengere)${orMoveNb(f, d.id, b)}`;
    if (d.chain === undefined) return `hent inn ${workdays(f, d.days)} på ${d.id} eller forgjengerne${orMoveNb(f, d.id, b)}; ${explain}`;
    const c = d.chain;
    const drives = c.steps === 1 ? `driver ${d.id}` : `starter den drivende kjeden til ${d.id}`;
    const done = `${c.rootGate ? 'besluttet' : 'nådd'} ${f.date(c.rootDone)}`;
    const nothing = fixed(d.id);
    return c.gains.length === 0
      ? `${c.root}, som ${drives}, ble ${done}, og ingen etterslep eller varighet etter den kan forkortes${nothing !== null ? `, og ${nothing}` : `: ${lateMoveNb(b)}`}; ${explain}`
      : `hent inn ${workdays(f, d.days)} etter ${c.root}, som ${drives} og ble ${done}: ${gainsNb(c)}${orMoveNb(f, d.id, b)}; ${explain}`;
  },

  'non-working-day': (d, f) => `${FIELD[d.field]} for ${d.ref}, ${f.date(d.day)}, er ikke en arbeidsdag: det er ${f.render(d.reason)}`,
  'non-working-day.hint': (d, f) => {
    const days = d.days.map(f.date);
    return days.length === 2 ? `bruk ${days[0]} eller ${days[1]}, de nærmeste arbeidsdagene` : days.length === 1 ? `bruk ${days[0]}, den nærmeste arbeidsdagen` : 'sjekk kalenderens arbeidsdager og stengte dager';
  },
  'non-working-day.meeting': (d, f) => `møtet ${d.meeting} holdes ${f.date(d.day)}, som er ${f.render(d.reason)}`,
  'non-working-day.meeting.hint': (d, f) => {
    const days = d.days.map(f.date);
    const free = d.body === null ? '' : ` uten et møte i ${d.body}`;
    const listed = d.listedAs === null ? '' : d.id == null ? `; en milepæl som viser til møtet som ${d.listedAs}, må vise til den nye datoen også` : `; en milepæl som viser til møtet som ${d.listedAs}, må vise til id-en ${d.id} i stedet`;
    if (days.length === 0) return (d.body === null ? 'sjekk datoen' : `sjekk datoen; ${d.body} har et møte hver av de fem arbeidsdagene før og etter den`) + listed;
    return (days.length === 2 ? `sjekk datoen; de nærmeste arbeidsdagene${free} er ${days[0]} og ${days[1]}` : `sjekk datoen; den nærmeste arbeidsdagen${free} er ${days[0]}`) + listed;
  },

  'overdue': (d, f) => `${d.ref} er forsinket: beregnet til ${f.date(d.projected)}, ${days(f, d.days)} før statusdatoen ${f.date(d.today)}, og ${d.gate === true ? 'ikke besluttet' : 'uten faktisk dato'}`,
  'overdue.hint': (d, f) => (d.gate === true
    ? `skriv decided: ÅÅÅÅ-MM-DD hvis beslutningen i ${d.id} er tatt, eller flytt datoen til ${f.date(d.earliest ?? d.today)} eller senere`
    : `skriv actual: ÅÅÅÅ-MM-DD hvis ${d.id} er nådd, eller sett en ny prognose på eller etter ${f.date(d.earliest ?? d.today)}`),

  'progress-range': (d) => `${d.ref} har fremdrift ${d.started}/${d.total}: ${d.started} startet av bare ${d.total}`,
  'progress-range.hint': (d) => `skriv progress som "startet/totalt" med startet ≤ totalt, f.eks. "${d.total}/${d.total}" eller "${d.total}/${d.started}"`,

  'unassigned.measure': (d) => `tiltak ${d.ref}${d.goal !== null ? ` (resultatmål ${d.goal})` : ''} har ingen ansvarlig`,
  'unassigned.measure.hint': () => 'sett responsible: til organisasjonen som gjennomfører og finansierer tiltaket',
  'unassigned.milestone': (d) => `milepæl ${d.ref} har ingen ansvarlig ("?")`,
  'unassigned.milestone.hint': () => 'sett responsible: til organisasjonen som står ansvarlig for milepælen',

  'unknown-reference': (d) => {
    const holder = d.holder ?? (d.governanceOf !== null ? `styringskravene i plan ${d.governanceOf}` : 'planens styringskrav');
    return `${holder} viser til ${WHAT[d.field]} "${d.target}", som ikke finnes${d.missingPlan !== null ? `: det finnes ingen plan "${d.missingPlan}" i arbeidsområdet` : ''}`;
  },
  'unknown-reference.hint': (d) => HOW[d.field],
  'unknown-reference.gate': (d) => `beredskapen til ${d.holder} viser til "${d.target}", som er et beslutningspunkt, ikke en milepæl`,
  'unknown-reference.gate.hint': () => 'oppgi milepælen som beslutningen venter på (ready: {milestone: ID}); et beslutningspunkt kan ikke vente på et annet beslutningspunkt',
  'unknown-reference.hint.did-you-mean': (d) => `mente du ${alternatives(d.suggestions, 'eller')}?${d.more > 0 ? ` (${d.more} til like ${d.more === 1 ? 'nær' : 'nære'})` : ''}`,
  'unknown-reference.hint.misspelt': (d) => `${DEFINITE[d.kind]} ${quoteText(d.id)} er ment, og id-en der er ikke en id: skriv id-en som ${quoteText(d.spelt)} der den er definert`,
  'unknown-reference.hint.self': (d) => `milepælen ${quoteText(d.id)} er ment, altså milepælen selv, som ikke kan komme etter seg selv: fjern denne oppføringen`,
  'unknown-reference.hint.unchecked': (d) => `den nærmeste id-en er ${quoteText(d.suggestion)}; i et så stort nettverk ble det ikke sjekket om den allerede kommer etter ${d.holder} (å nevne den her ville da gi en avhengighetssyklus): skriv den hvis den ikke gjør det`,
  'unknown-reference.hint.cycle': (d) => `den nærmeste id-en, ${quoteText(d.suggestion)}, kommer allerede etter ${d.holder}: å nevne den her ville gi en avhengighetssyklus`,
  'unknown-reference.misspelt.defined': (d) => `${DEFINITE[d.kind]} ${quoteText(d.id)} er definert her`,
  'unknown-reference.hint.missing-plan': (d) => `rett plan-id-en, eller ta med filen med plan: {id: ${d.plan}} i arbeidsområdet${d.unreadDir !== null ? `; ${d.unreadDir} leses ikke, siden navnet ikke er UTF-8, og kan inneholde den` : ''}`,
  'unknown-reference.hint.no-governance': (d, f) => `ingen fil her definerer bodies: eller meetings:, så ${f.count(d.references, 'henvisning', 'henvisninger')} til dem kan ikke slås opp; de står i en styringsfil (bodies: og meetings:): valider den sammen med planen, f.eks. \`milepel validate plans\` eller \`milepel validate plan.yaml governance.yaml\``,
});
