// Norwegian (bokmål) texts of the messages about the input: YAML syntax, the schema, dates. Keys stay as written in YAML.
import { asClause } from '../../text/lower-first.js';
import { quoteText } from '../../text/quote.js';
import { showInvisible } from '../../text/invisible.js';
import { listEntry } from '../list-entry.js';
import { schemaDescriptionsNb } from './schema-descriptions.js';
import { yamlParserMessageNb } from './yaml-parser.js';
import { holidayName, monthName, weekdayName } from '../../calendar/index.js';
import type { CalendarMessages } from '../data/calendar.js';
import type { ReportMessages } from '../data/report.js';
import type { EstimateParts, FormName, InputMessages, Place, SyntaxHint, ValueKind, ValueStart } from '../data/input.js';
import type { CataloguePart } from '../types.js';
import type { LookAlike } from '../../text/look-alike.js';

/** Hvordan en verdi begynner som YAML leser som en annen node (source/reserved-start.ts). */
const START_NB: Readonly<Record<ValueStart, (char: string) => string>> = {
  alias: () => '«*», som YAML leser som et alias (en henvisning til et anker)',
  list: () => '«[», som YAML leser som en liste, og mer tekst følger etter den',
  mapping: () => '«{», som YAML leser som en mapping, og mer tekst følger etter den',
  quoted: () => 'en tekst i anførselstegn, og mer tekst følger etter det avsluttende anførselstegnet',
  entry: () => '«- », som YAML leser som et listeelement',
  reserved: (char) => `«${char}», et tegn YAML reserverer`,
  key: () => '«?», som YAML leser som starten på en nøkkel',
  block: (char) => `«${char}», som YAML leser som en blokk av linjer fra neste linje`,
};

/** Kodepunktet til et tegn som ligner et ASCII-tegn, og skriftsystemet for en bokstav: ` (U+0410, en kyrillisk bokstav)`. */
const lookAlikeNote = (l: LookAlike | null): string => (l === null ? '' : ` (${l.codePoint}${l.script === null ? '' : `, en ${l.script === 'cyrillic' ? 'kyrillisk' : 'gresk'} bokstav`})`);

/** `a, b eller c`: formene en verdi kan ha. */
const orList = (forms: readonly string[], last: string): string => (forms.length === 1 ? forms[0]! : `${forms.slice(0, -1).join(', ')} ${last} ${forms[forms.length - 1]!}`);

const NOUNS: ReadonlyMap<string, string> = new Map([['milestones', 'milepæl'], ['goals', 'resultatmål'], ['measures', 'tiltak'], ['bodies', 'organ'], ['meetings', 'møte'], ['risks', 'risiko'], ['gates', 'beslutningspunkt']]);

/** "milepæl MP3", "plan.calendar.workdays", "after[0] i milepæl MP3", "filen". */
function place(p: Place): string {
  if (p.kind === 'file') return 'filen';
  if (p.kind === 'path') return p.path;
  const base = p.id !== null ? `${NOUNS.get(p.list) ?? p.list} ${showInvisible(p.id)}` : `${p.list}[${p.index}]`;
  return p.rest === null ? base : `${p.rest} i ${base}`;
}

const parts = (p: EstimateParts): string => `min ${p.min}, sannsynlig ${p.likely}, maks ${p.max}`;

const FORMS: Readonly<Record<FormName, { what: string; hint: string }>> = {
  dayDate: { what: 'en dato', hint: 'skriv datoen som ÅÅÅÅ-MM-DD, f.eks. 2019-09-27' },
  dateOrPeriod: { what: 'en dato eller periode', hint: 'skriv ÅÅÅÅ-MM-DD, eller en periode ÅÅÅÅ, ÅÅÅÅ-Qn eller ÅÅÅÅ-MM (f.eks. 2020-Q3)' },
  dayRange: { what: 'et datointervall', hint: 'skriv ÅÅÅÅ-MM-DD eller et intervall ÅÅÅÅ-MM-DD..ÅÅÅÅ-MM-DD' },
  duration: { what: 'en varighet', hint: 'skriv <n><enhet> med enheten d (arbeidsdager), w (arbeidsuker), ed (kalenderdager) eller ew (kalenderuker), f.eks. 10d' },
  workDuration: { what: 'en varighet i arbeidsdager eller arbeidsuker', hint: 'skriv <n>d eller <n>w, f.eks. 5d' },
  estimate: { what: 'en varighet eller et trepunktsestimat', hint: 'skriv <n><enhet> (f.eks. 10d), eller min..sannsynlig..maks i én enhet (f.eks. 5d..10d..20d), eller {min: 5d, likely: 10d, max: 20d}' },
  signedDuration: { what: 'et etterslep', hint: 'skriv <n><enhet> eller et forsprang -<n><enhet>, med enheten d, w, ed eller ew, f.eks. 10d eller -3d' },
  lagEstimate: { what: 'et etterslep eller et trepunktsestimat', hint: 'skriv <n><enhet> (f.eks. 10d, eller -3d for et forsprang), eller min..sannsynlig..maks i én enhet (f.eks. -2d..0d..5d), eller {min: -2d, likely: 0d, max: 5d}' },
  impactEstimate: { what: 'en varighet eller et trepunktsestimat uten forsprang', hint: 'skriv <n><enhet> (f.eks. 10d), eller min..sannsynlig..maks i én enhet (f.eks. 5d..10d..20d), eller {min: 5d, likely: 10d, max: 20d}' },
  id: { what: 'en id', hint: 'bruk bokstaver, sifre, ".", "_" og "-", og begynn med en bokstav, et siffer eller "_" (f.eks. MP3, RM5-T3.1)' },
  planId: { what: 'en plan-id', hint: 'bruk små bokstaver, sifre og "-", og begynn med en bokstav eller et siffer (f.eks. felles-grunnmur)' },
  ref: { what: 'en referanse til en milepæl', hint: 'skriv ID for en milepæl i denne planen eller plan-id/ID for en annen plan (f.eks. akson/MP2)' },
  meetingRef: { what: 'en referanse til et møte', hint: 'skriv id-en til møtet, eller <organ>@<ÅÅÅÅ-MM-DD> (f.eks. NEHS@2019-06-19)' },
  dependency: { what: 'en avhengighet', hint: 'skriv en referanse (MP2, akson/MP2) eller {id: MP2, lag: 10d}' },
  dayDateOrRange: { what: 'en dato eller et datointervall', hint: 'skriv ÅÅÅÅ-MM-DD eller et intervall ÅÅÅÅ-MM-DD..ÅÅÅÅ-MM-DD' },
  progress: { what: 'fremdrift "startet/totalt"', hint: 'skriv antall tiltak startet og totalt som "startet/totalt", f.eks. "1/4"' },
};

const TYPES: Readonly<Record<string, string>> = { object: 'en mapping (nøkkel: verdi)', array: 'en liste', string: 'tekst', integer: 'et heltall', number: 'et tall', boolean: 'true eller false' };

function kind(v: ValueKind): string {
  switch (v.kind) {
    case 'empty': return 'tom';
    case 'list': return 'en liste';
    case 'mapping': return 'en mapping';
    case 'text': return `teksten ${v.shown}`;
    case 'other': return `${v.type === 'number' ? 'tallet' : 'verdien'} ${v.shown}`;
  }
}

const SYNTAX_HINTS: Readonly<Record<SyntaxHint, string>> = {
  'tab-indent': 'bruk mellomrom til innrykk, ikke tabulator',
  'bad-indent': 'still nøklene i en mapping eller elementene i en liste rett under hverandre, med mellomrom som innrykk',
  unclosed: 'lukk listen, mappingen eller strengen i anførselstegn som begynner her',
  'multiline-key': 'en nøkkel må stå på én linje; sjekk innrykket på linjene over',
  'list-entry-indent': 'gi nøklene i et listeelement samme innrykk som den første nøkkelen, eller begynn et nytt element med "- "',
  'close-flow': 'lukk [ eller { som begynner her med ] eller }, på samme linje eller med innrykk under nøkkelen',
  'close-quote': 'avslutt strengen som begynner her med samme anførselstegn',
  generic: 'rett YAML-syntaksen på dette stedet',
};

/** A schema description in Norwegian (the schema itself is English, for editors), continuing a sentence. */
function describeNb(english: string): string {
  return asClause(schemaDescriptionsNb().get(english) ?? english);
}

export const inputNb = (): CataloguePart<keyof InputMessages> => ({
  __proto__: null,
  'yaml-syntax.parser': (d) => `ugyldig YAML: ${yamlParserMessageNb(d.code, d.text)}`,
  'encoding.invalid-utf8': (d) => `filen er ikke gyldig UTF-8: byte ${d.byte} på linje ${d.line}, kolonne ${d.column} er ikke del av et UTF-8-tegn${d.latin1 === null ? '' : ` (i Windows-1252 eller Latin-1 er det «${d.latin1}»)`}`,
  'encoding.utf32': () => 'filen er UTF-32 (den starter med et UTF-32-byteordensmerke): planfiler er UTF-8',
  'encoding.utf16-odd': (d) => `filen starter med et ${d.encoding}-byteordensmerke, men har et odde antall byte`,
  'encoding.utf16-unmarked': (d) => `filen er ${d.encoding} uten byteordensmerke: planfiler er UTF-8`,
  'encoding.utf16': (d) => `filen er ${d.encoding} (den starter med et ${d.encoding}-byteordensmerke): planfiler er UTF-8`,
  'encoding.utf16-surrogate': (d) => `filen er ${d.encoding}, men har et uparet surrogat (ugyldig ${d.encoding})`,
  'encoding.hint': (d) => (d.from === null
    ? 'resten av filen leses fint: skriv teksten på dette stedet på nytt, eller lagre filen som UTF-8 igjen fra programmet som skrev den (å konvertere hele filen fra en annen koding ville ødelegge de andre bokstavene)'
    : `lagre filen som UTF-8 (i Notisblokk eller VS Code: «Lagre med koding» → UTF-8; eller iconv -f ${d.from} -t utf-8)`),
  'encoding.name-not-utf8': (d) => (d.kind === 'file'
    ? 'filnavnet er ikke gyldig UTF-8, så filen leses ikke, og ingenting i den kontrolleres; gi den et nytt navn'
    : 'mappenavnet er ikke gyldig UTF-8, så planfilene i den leses ikke, og ingenting i dem kontrolleres; gi den et nytt navn'),
  'encoding.name-hint': (d) => d.mixed === true ? `gi ${d.kind === 'file' ? 'filen' : 'mappen'} nytt navn, og skriv tegnene som vises som \\xNN på nytt: resten av navnet er UTF-8 allerede, og en konvertering fra Latin-1 (convmv -f latin1) ville ødelegge det` : `gi ${d.kind === 'file' ? 'filen' : 'mappen'} et navn i UTF-8, for eksempel med convmv --notest${d.kind === 'directory' ? ' -r' : ''} -f latin1 -t utf-8 <navn> (-f cp850 for et navn pakket ut fra en zip laget i Windows)`,
  'yaml-syntax.hint': (d) => SYNTAX_HINTS[d.situation],
  'yaml-syntax.duplicate-key': (d) => `nøkkelen ${d.key} er gjentatt${d.list !== null && d.id !== null ? ` i ${d.list === 'plan' ? 'plan' : NOUNS.get(d.list) ?? d.list} ${showInvisible(d.id)}` : ''}: denne mappingen har den allerede`,
  'yaml-syntax.duplicate-key.first': (d) => `den første ${d.key} står her`,
  'yaml-syntax.colon-without-space': (d) => `${d.written} har ikke mellomrom etter kolonet, så YAML leser det som én tekst, ikke som nøkkelen ${d.key} og verdien`,
  'yaml-syntax.colon-without-space.hint': (d) => `sett et mellomrom etter kolonet: ${d.line}`,
  'yaml-syntax.colon-without-space.taken.hint': (d) => `denne mappingen har ${d.key} allerede: behold den som er ment, og fjern den andre`,
  'yaml-syntax.colon-without-space.other': (d) => `den andre ${d.key} er her`,
  'yaml-syntax.colon-without-space.pairs': (d) => `${d.written} har ikke mellomrom etter kolonene, så YAML leser det som én tekst, ikke som nøklene ${d.keys.slice(0, -1).join(', ')} og ${d.keys[d.keys.length - 1]} og verdiene deres`,
  'yaml-syntax.colon-without-space.pairs.hint': (d) => `skriv hver nøkkel på en egen linje, med mellomrom etter kolonet: ${d.lines.join(', deretter ')}`,
  'yaml-syntax.colon-without-space.flow-pairs.hint': (d) => `sett mellomrom etter hvert kolon og komma mellom parene: ${d.pairs.join(', ')}`,
  'yaml-syntax.colon-in-line.hint': () => 'en nøkkel trenger et mellomrom etter kolonet (nøkkel: verdi), én nøkkel per linje; en tekst med kolon skrives i anførselstegn',
  'schema.glued-mapping.hint': (d) => `en nøkkel henger fast i verdien: sett et mellomrom etter kolonet, i klammer: ${d.mapping}`,
  'yaml-syntax.missing-colon.hint': (d) => `sett et kolon etter nøkkelen: ${d.line}`,
  'yaml-syntax.over-indented.hint': (d) => `neste linje er rykket lenger inn enn ${d.key}, så den leses som en del av verdien til ${d.key}: still nøkkelen rett under ${d.key}`,
  'yaml-syntax.reserved-start': (d) => `${d.entry ? 'et element i' : 'verdien av'} ${d.key} begynner med ${START_NB[d.start](d.char)}, så YAML leser ${d.entry ? 'det' : 'den'} ikke som tekst`,
  'yaml-syntax.quote-value.hint': (d) => `skriv ${d.entry ? 'det' : 'den'} i anførselstegn: ${d.value}`,
  'yaml-syntax.list-without-brackets': (d) => `verdien av ${d.key} er en liste skrevet uten hakeparenteser, som YAML ikke leser`,
  'yaml-syntax.quote-colon.hint': (d) => `verdien inneholder ": ", som ellers starter en mapping inni den; skriv den i anførselstegn: ${d.value}`,
  'yaml-syntax.duplicate-key.hint': () => 'fjern eller gi nytt navn til én av de like nøklene; YAML beholder bare én av dem',
  'yaml-syntax.note.unchecked': (d, f) => `${f.count(d.references, 'referanse', 'referanser')} i andre filer (den første her) viser til milepæler i plan ${d.plan}, som bare denne filen deklarerer; de sjekkes når filen kan leses`,
  'encoding.note.unchecked': (d, f) => `${f.count(d.references, 'referanse', 'referanser')} i andre filer (den første her) viser til milepæler i plan ${d.plan}, som deklareres her og ikke i noen fil som leses; de sjekkes når denne filen har et UTF-8-navn`,
  'yaml-syntax.tab-indent': (d) => `linjen er rykket inn med tabulator${d.list !== null && d.id !== null ? ` (i ${d.list === 'plan' ? 'plan' : NOUNS.get(d.list) ?? d.list} ${showInvisible(d.id)})` : ''}, og YAML rykker bare inn med mellomrom`,
  'yaml-syntax.tab-indent.hint': (d) => (d.spaces === 0 ? 'fjern innrykket: linjene rundt starter helt til venstre' : `rykk inn med ${d.spaces} mellomrom i stedet for tabulator, som linjene rundt viser`),
  'yaml-syntax.tab-blank.hint': () => 'fjern tabulatoren: linjen er tom, og i blokktekst er tabulator bare lov etter innrykket',
  'yaml-syntax.tab-after-dash.hint': (d) => `skriv ${d.spaces} mellomrom etter - i stedet for tabulatoren, så nøklene i oppføringen står på linje med mellomrom`,
  'yaml-syntax.multiple-documents': () => 'filen inneholder mer enn ett YAML-dokument (det neste begynner her); milepel leser ett dokument per fil',
  'yaml-syntax.multiple-documents.hint': (d) => (d.endLine !== null
    ? `fjern linjen med ... (linje ${d.endLine}), som avslutter dokumentet, eller det som står etter den`
    : 'fjern linjen med ---, eller flytt det andre dokumentet til en egen fil'),
  'yaml-syntax.too-deep': () => 'YAML-en er nøstet for dypt til å kunne leses (lister eller mappinger inni hverandre i hundrevis av nivåer)',
  'yaml-syntax.too-deep.hint': () => 'gjør de nøstede listene eller mappingene flatere',
  'yaml-syntax.binary': () => 'filen er binær (den inneholder en NUL-byte), ikke YAML',
  'yaml-syntax.binary.hint': () => 'oppgi bare YAML-planfiler, eller flytt denne filen ut av planmappen',
  'yaml-syntax.alias-bomb': (d) => `aliasene ekspanderer for mye (mer enn ${d.limit} noder): en aliasbombe`,
  'yaml-syntax.alias-bomb.hint': () => 'skriv ut de gjentatte dataene, eller bruk færre nøstede aliaser',
  'yaml-syntax.too-many-aliases': (d) => `filen har ${d.count} aliaser, flere enn de ${d.limit} milepel leser i én fil; dette er det første over grensen`,
  'yaml-syntax.too-many-aliases.hint': () => 'skriv ut de gjentatte dataene der de brukes, eller del opp filen',
  'yaml-syntax.unknown-alias': (d) => `ukjent alias *${d.name}: ingen anker &${d.name} står foran det`,
  'yaml-syntax.unknown-alias.hint': (d) => `sett &${d.name} på en verdi over denne linjen, eller skriv verdien her`,
  'yaml-syntax.tag': (d) => `eksplisitt YAML-tagg ${d.tag}: milepel leser vanlige YAML 1.2 core-verdier, og en tagg gjør en verdi til noe ingen planfelt kan ha (byte, en mengde, et tidspunkt) eller betyr ingenting for milepel`,
  'yaml-syntax.collection-key': () => 'en nøkkel er en tilordning eller en liste: en nøkkel i en plan er ett navn (id, title, date …)',
  'yaml-syntax.collection-key.hint': () => 'skriv nøkkelen som et navn fulgt av ": " og verdien; et element i en liste begynner med "- " (- {id: A, …})',
  'yaml-syntax.tag.hint': () => 'fjern taggen; milepel leser vanlige YAML 1.2 core-verdier (tekst med eller uten anførselstegn, datoer som ÅÅÅÅ-MM-DD, lister med "- " eller [ ]); bare core-skjemaets egne tagger på verdier de passer til (!!str på tekst, !!int, !!float, !!bool, !!null, !!map, !!seq) godtas',
  'yaml-syntax.too-large': (d) => `filen er ${d.sizeMb} MB og bruker YAML som bare den fullstendige parseren leser (ankere, tagger, tekst over flere linjer, tabulatorer eller en syntaksfeil et sted); milepel leser slike filer opp til ${d.limitMb} MB`,
  'yaml-syntax.too-large.hint': () => 'skriv filen i enkel blokkstil (én nøkkel: verdi per linje, lister i [ ] eller med "- "), eller del den opp i flere filer',

  'schema.empty-file': () => 'filen er tom: en planfil er en mapping med plan, milestones, bodies eller meetings',
  'schema.empty-file.hint': () => 'kjør `milepel init` for et eksempel, eller fjern filen',
  'schema.required': (d) => `${place(d.place)} mangler den påkrevde nøkkelen "${d.key}"`,
  'schema.required.hint': (d) => `legg til ${d.key}: …; ${d.description !== null ? describeNb(d.description) : 'se `milepel schema` for filformatet'}`,
  'schema.unknown-key': (d) => `ukjent nøkkel "${d.key}" i ${place(d.place)}`,
  'schema.after-lag.hint': (d) => `et etterslep skrives i oppføringen, ikke etter id-en: {id: ${d.id}, lag: ${d.lag}}`,
  'schema.duration-words.hint': (d) => `skriv ${d.duration} for ${d.written}: en varighet er et heltall og enheten, d (arbeidsdager), w (arbeidsuker), ed eller ew (kalendertid)`,
  'schema.enum-case.hint': (d) => `skriv ${d.value} for ${d.written}: ordet tas med disse bokstavene`,
  'schema.status-word.hint': (d) => `skriv ${d.status} for ${d.written}: en planfil tar green, yellow eller red`,
  'schema.merge-key.hint': () => 'en flettenøkkel (<<) er YAML 1.1; milepel leser YAML 1.2, som ikke har den: skriv nøklene ut i hver oppføring',
  'schema.norwegian-key.both.hint': (d) => `fjern ${d.key}: det er norsk for ${d.english}, som allerede står her`,
  'schema.written-twice.move.hint': (d) => `${d.key} ${d.norwegian ? 'er norsk for' : 'ligner'} ${d.other}, som også står her: flytt oppføringene under ${d.other}, og fjern så ${d.key}`,
  'schema.unknown-key.written.hint': (d) => `fjern ${d.key}: den ligner ${d.guess}, som allerede står her`,
  'schema.norwegian-key.hint': (d) => `skriv ${d.english} for ${d.key}: planfiler bruker de engelske nøklene`,
  'schema.unknown-key.hint': (d) => (d.guess !== null ? `mente du "${d.guess}"? Tillatte nøkler: ${d.allowed.join(', ')}` : `tillatte nøkler: ${d.allowed.join(', ')}; legg egne data under en nøkkel som begynner med x-`),
  'schema.unknown-name.hint': (d) => `${d.guess !== null ? `mente du "${d.guess}"? ` : ''}tillatte nøkler: ${d.allowed.join(', ')}`,
  'schema.no-header': (d) => `filen har ${d.key}, men ingen plan:-del`,
  'schema.no-header.hint': () => 'legg til plan: {id: …, title: …} øverst i filen',
  'schema.type': (d) => `${place(d.place)} må være ${d.types.map((t) => TYPES[t] ?? t).join(' eller ')}, ikke ${kind(d.value)}`,
  'schema.enum': (d) => `${place(d.place)} er ${d.shown}, som ikke er en av ${d.allowed.join(', ')}`,
  'schema.number-or': (d) => `${place(d.place)} er ${d.shown}, som verken er et tall eller ${d.word}${d.written === null ? '' : d.comma ? `: desimaltall skrives med punktum; skriv ${d.written}` : `: et tall i anførselstegn er tekst; skriv ${d.written} uten dem`}`,
  'schema.form': (d) => `${place(d.place)} er ${d.shown}, som ikke er ${d.form !== null ? FORMS[d.form].what : 'en gyldig verdi'}`,
  'schema.form.hint': (d) => FORMS[d.form].hint,
  'schema.meeting-date.hint': (d) => (d.joined === true ? `skriv organet og datoen med @ mellom: ${d.ref}` : `skriv datoen som ÅÅÅÅ-MM-DD: ${d.ref}`),
  'schema.meeting-body.hint': (d) => `en organ-id har bare bokstaver (A–Z, a–z), sifre, ".", "_" og "-", og begynner med en bokstav, et siffer eller "_": ${quoteText(showInvisible(d.body))} er ikke en slik${d.written !== null ? `: skriv ${quoteText(d.written)}` : ''}${d.guess !== null ? `; mente du "${d.guess}"?` : ''}`,
  'schema.id-char.hint': (d) => `${d.shown}${lookAlikeNote(d.lookAlike)} kan ikke stå i ${FORMS[d.form].what}: ${d.form === 'planId' ? 'en plan-id bruker a–z' : 'id-er bruker A–Z, a–z'} (ikke æ, ø, å), sifre${d.form === 'planId' ? ' og "-"' : ', ".", "_" og "-"'}${d.form === 'ref' ? ', med "/" etter en plan-id' : ''}${d.written !== null ? `: skriv ${quoteText(d.written)}` : ''}`,
  'schema.ref-case.hint': (d) => `plan-id-er skrives med små bokstaver: ${d.ref}`,
  'schema.listed.hint': (d) => `slik den er ment, er den ${quoteText(d.written)}, ${d.entry === null ? 'milepælen selv, som ikke kan komme etter seg selv' : `som ${d.list}[${d.entry}] ${d.offered === true ? 'alt er ment som' : 'alt nevner'}`}: fjern denne oppføringen`,
  'schema.listed.lags.hint': (d) => `slik den er ment, er den ${quoteText(d.written)}, som ${d.list}[${d.entry}] ${d.offered === true ? 'alt er ment som' : 'alt nevner'} med etterslep ${d.lags[0]}, denne oppføringen med ${d.lags[1]}: behold én oppføring, med det etterslepet som er ment, og fjern den andre`,
  'schema.invisible.unknown': (d) => `uten dem er den ${quoteText(d.clean)}, som ikke viser til ${d.kind === 'milestone' ? 'noen milepæl' : d.kind === 'body' ? 'noe organ' : 'noe møte'}`,
  'schema.invisible.hint': (d, f) => `verdien har tegn som ikke vises, slik tekst limt inn fra en tekstbehandler kan ha: ${d.clean !== null ? `skriv ${d.clean}` : `fjern dem; ${f.render(d.form)}`}`,
  'schema.invisible-key.hint': (d) => `nøkkelen har tegn som ikke vises, slik tekst limt inn fra en tekstbehandler kan ha: gi den navnet ${d.clean}`,
  'schema.invisible.again': () => 'skriv den inn på nytt for hånd',
  'schema.decimal-comma.hint': (d) => `skriv ${d.fixed}: desimaltall skrives med punktum, ikke komma (${d.written} er tekst)`,
  'schema.decimal-comma.key.hint': (d) => `${d.key}: ${d.written} i krøllparenteser leses som ${d.key} og en nøkkel etter kommaet: desimaltall skrives med punktum (0.9), en varighet eller lag som et helt antall enheter (2d)`,
  'schema.quote.hint': (d) => (d.anchor === undefined ? `YAML leser verdien som ${d.shown}: sett den i anførselstegn for å beholde den som tekst, slik den er skrevet` : `YAML leser verdien som ${d.shown} der ankeret &${d.anchor.name} skriver den (linje ${d.anchor.line}): sett den i anførselstegn der for å beholde den som tekst, slik den er skrevet`),
  'schema.list.hint': (d) => `skriv den som en liste: ${d.key}: [${d.item}]`,
  'schema.compact-date.hint': (d) => `en dato skrives ÅÅÅÅ-MM-DD: ${d.date}`,
  'schema.short-year.hint': (d) => `et år skrives med fire sifre (ÅÅÅÅ), og et år før 1000 i anførselstegn, siden YAML leser 0999 som tallet 999: "${d.year}"`,
  'schema.year-range.hint': () => 'et år skrives med fire sifre (ÅÅÅÅ), fra 0001 til 9999, og et år før 1000 i anførselstegn, siden YAML leser 0999 som tallet 999',
  'schema.too-long': (d) => `${place(d.place)} er ${d.shown}${d.part !== null ? `: ${d.part} er` : ','} flere enheter enn milepel regner med (høyst ${d.max})`,
  'schema.too-long.hint': (d) => `skriv høyst ${d.max} enheter (${d.max}d er omtrent 380 år med virkedager, forbi enhver plans horisont)`,
  'schema.estimate-units': (d) => `${place(d.place)} blander enheter (${parts(d.parts)}): et trepunktsestimat skrives i én enhet`,
  'schema.estimate-units.hint': () => 'skriv alle tre verdiene i samme enhet, f.eks. 5d..10d..20d eller 1w..2w..4w',
  'schema.estimate-order': (d) => `${place(d.place)} er ikke i stigende rekkefølge (${parts(d.parts)}): et trepunktsestimat krever min ≤ sannsynlig ≤ maks`,
  'schema.estimate-order.hint': () => 'sett den optimistiske verdien først og den pessimistiske sist, f.eks. 5d..10d..20d',
  'schema.unique': (d) => (d.shown === null ? `${place(d.place)} har samme verdi to ganger` : `${place(d.place)} har ${d.shown} to ganger (${listEntry(d.place, d.first!)} og ${listEntry(d.place, d.later!)})`),
  'schema.unique.hint': () => 'fjern den gjentatte oppføringen',
  'schema.repeated-link': (d) => (d.written[0] === d.written[1]
    ? `${place(d.place)} har ${d.written[0]} to ganger (${listEntry(d.place, d.first)} og ${listEntry(d.place, d.later)})${d.lags === null ? '' : `, med etterslep ${d.lags[0]} og ${d.lags[1]}`}`
    : `${place(d.place)} har samme forgjenger to ganger: ${d.written[0]} (${listEntry(d.place, d.first)}${d.lags === null ? '' : `, etterslep ${d.lags[0]}`}) og ${d.written[1]} (${listEntry(d.place, d.later)}${d.lags === null ? '' : `, etterslep ${d.lags[1]}`})`),
  'schema.repeated-link.hint': (d) => `behold én oppføring, med det etterslepet som er ment, og fjern den andre${d.lag === null ? '' : `; inntil da bruker tidsplanen etterslepet i ${d.list}[${d.first}], ${d.lag}`}`,
  'schema.repeated-milestone': (d) => `${place(d.place)} har samme milepæl to ganger: ${d.written[0]} (${listEntry(d.place, d.first)}) og ${d.written[1]} (${listEntry(d.place, d.later)})`,
  'schema.repeated-meeting': (d) => `${place(d.place)} har samme møte to ganger: ${d.written[0]} (${listEntry(d.place, d.first)}) og ${d.written[1]} (${listEntry(d.place, d.later)})`,
  'schema.repeated.kept': (d) => `${d.list}[${d.first}], den listen beholder`,
  'schema.repeated-link.kept': (d) => `${d.list}[${d.first}] er ${d.type === 'FS' ? 'lenken' : `${d.type}-lenken`} tidsplanen beholder`,
  'schema.empty-list': (d) => `${place(d.place)} kan ikke være tom`,
  'schema.range': (d) => `${place(d.place)} er ${d.shown}; den må være ${{ 'at-least': 'minst', 'at-most': 'høyst', above: 'større enn', below: 'mindre enn' }[d.bound]} ${d.limit}`,
  'schema.month-year.hint': (d) => `en måned skrives ÅÅÅÅ-MM: ${d.month}`,
  'schema.lenient-date.hint': (d) => `skriv ${d.date} for ${quoteText(d.written)}: en planfil skriver ${d.quarter === true ? 'et kvartal ÅÅÅÅ-Qn' : 'dager ÅÅÅÅ-MM-DD'}`,
  'schema.other': (d) => `${place(d.place)} stemmer ikke med skjemaet${d.text !== null ? ` (${d.text})` : ''}`,
  'schema.described': (d) => (d.description !== null ? describeNb(d.description) : 'se `milepel schema` for filformatet'),

  'date.period-not-allowed': (d) => `${d.written} er en periode; perioder er ikke tillatt her: skriv en dato ÅÅÅÅ-MM-DD`,
  'date.year-zero': (d) => `${d.text} finnes ikke: årene begynner med 0001 (det finnes ikke noe år 0)`,
  'date.no-month': (d) => `${d.text} finnes ikke: det er ingen måned ${d.month}`,
  'date.no-day': (d) => `${d.text} finnes ikke: dagene nummereres fra 01`,
  'date.reversed-range': (d) => `perioden ${d.text} slutter før den begynner, så den stenger ingen dag`,
  'date.reversed-range.hint': (d) => `skriv den tidligste dagen først: ${d.range}`,
  'date.days-in-month': (d) => `${d.text} finnes ikke: ${monthName(d.month, 'nb')} ${d.year} har ${d.days} dager`,
  'date.not-quarter': (d) => `${d.text} er ikke et kvartal: bruk Q1–Q4`,
  'date.not-month': (d) => `${d.text} er ikke en måned: bruk 01–12`,
  'date.not-a-date': (d) => `${d.shown} er ikke en dato: skriv ${orList(['ÅÅÅÅ-MM-DD', ...(d.dotted === true ? ['DD.MM.ÅÅÅÅ'] : []), ...(d.allowPeriod ? ['ÅÅÅÅ-MM', 'ÅÅÅÅ-Qn', 'ÅÅÅÅ'] : [])], 'eller')}`,
});

/** Why a day is not a working day: "en lørdag", "Kristi himmelfartsdag", "en stengt dag (08.07.2019..26.07.2019)". */
export const calendarNb = (): CataloguePart<keyof CalendarMessages> => ({
  __proto__: null,
  'calendar.weekday': (d) => `en ${weekdayName(d.weekday, 'nb')}`,
  'calendar.holiday': (d) => holidayName(d.day, 'nb') ?? 'en helligdag',
  'calendar.closed': (d, f) => `en stengt dag (${d.from === d.to ? f.date(d.from) : `${f.date(d.from)}..${f.date(d.to)}`})`,
  'calendar.no-workdays': () => 'ikke en arbeidsdag: kalenderen har ingen arbeidsdager',
  'calendar.not-workday': () => 'ikke en arbeidsdag',
});

/** The words around validate's findings. */
export const reportNb = (): CataloguePart<keyof ReportMessages> => ({
  __proto__: null,
  'validate.error': () => 'feil',
  'validate.warning': () => 'advarsel',
  'validate.note': () => 'merknad',
  'validate.hint': () => 'tips',
  'validate.more-notes': (d, f) => `og ${f.count(d.count, 'merknad', 'merknader')} til (tekstrapporten viser dem)`,
  'validate.summary': (d, f) => `${f.count(d.errors, 'feil', 'feil')} og ${f.count(d.warnings, 'advarsel', 'advarsler')} i ${f.count(d.files, 'fil', 'filer')}`,
  'validate.clean': (d, f) => `${f.count(d.files, 'fil', 'filer')} kontrollert, ingen problemer`,
  'report.errors-summary': (d, f) => `${f.count(d.errors, 'feil', 'feil')} i ${f.count(d.files, 'fil', 'filer')} (advarsler ikke kontrollert: milepel validate viser alle funn)`,
});
