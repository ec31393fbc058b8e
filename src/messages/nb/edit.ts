// Norwegian (bokmål) texts of why `set` and `snapshot` leave a file alone.
import type { EditMessages } from '../data/edit.js';
import type { CataloguePart, Fmt, Message } from '../types.js';
import { yamlParserMessageNb } from './yaml-parser.js';

const NOT_WRITTEN = 'ingenting er skrevet';
const at = (line: number | null): string => (line !== null ? ` på linje ${line}` : '');
const SHARED = 'som aliaser andre steder i filen kan bruke';
const milestone = (id: string | null): string => (id !== null ? `milepælen ${id}` : 'milepælen');
const ofMilestone = (id: string | null): string => (id !== null ? ` for milepælen ${id}` : '');

/** The yaml library's sentence (its first line; a trailing ` at line L, column C:` left out) in Norwegian. */
function parserSentence(text: string, code: string): string {
  return yamlParserMessageNb(code, text.replace(/ at line \d+, column \d+:?$/, '').replace(/:$/, ''));
}

/** The reader's problem, said without a second "ugyldig YAML:" inside the sentence that already says so. */
function problemText(problem: Message, f: Fmt): string {
  return problem.id === 'yaml-syntax.parser' ? parserSentence(problem.data.text, problem.data.code) : f.render(problem);
}

export const editNb = (): CataloguePart<keyof EditMessages> => ({
  __proto__: null,
  'edit.file.read-only': (d) => `${d.file} er skrivebeskyttet (modus ${d.mode}); gjør den skrivbar (chmod u+w) hvis du vil endre den`,
  'edit.file.permission-denied': (d) => `${d.file}: ingen tilgang (du kan ikke skrive til filen)`,
  'edit.file.hard-links': (d) => `${d.file} har ${d.links} harde lenker; å erstatte filen ville skille dem (de andre navnene ville beholde den gamle teksten): endre den for hånd, eller bytt ut de ekstra lenkene med symbolske lenker`,
  'edit.file.owner': (d) => `${d.file} tilhører bruker ${d.uid}, gruppe ${d.gid}; milepel kunne ikke gi den nye filen samme eier og gruppe, så filen blir stående urørt (kjør milepel som den brukeren)`,

  'edit.alias': (d) => `aliaset *${d.name}${at(d.line)}${d.anchoredAt !== null ? ` for verdien med ankeret &${d.name} på linje ${d.anchoredAt}` : ''}`,
  'edit.shared.list': (d, f) => `milestones er ${f.render(d.alias)}; en endring der ville endre hvert sted som bruker &${d.name}: skriv ut listen på stedet for å endre den, eller endre den for hånd`,
  'edit.shared.milestone': (d, f) => `milepæl ${d.item} i listen er ${f.render(d.alias)}; en endring der ville endre hvert sted som bruker &${d.name}: skriv ut milepælen på stedet for å endre den, eller endre den for hånd`,
  'edit.shared.history': (d, f) => `history${ofMilestone(d.id)} er ${f.render(d.alias)}; en ny oppføring der ville bli lagt til hvert sted som bruker &${d.name}: skriv ut listen for denne milepælen, eller legg til oppføringen for hånd`,
  'edit.anchored.list': (d) => `milestones${at(d.line)} har ankeret &${d.name}, ${SHARED}; en endring der ville endre dem også: endre den for hånd, eller skriv listen uten ankeret først`,
  'edit.anchored.milestone': (d) => `${milestone(d.id)}${at(d.line)} har ankeret &${d.name}, ${SHARED}; en endring der ville endre dem også: endre den for hånd, eller skriv milepælen uten ankeret først`,
  'edit.anchored.history': (d) => `history${ofMilestone(d.id)} på linje ${d.line ?? '?'} har ankeret &${d.name}, ${SHARED}; en ny oppføring der ville bli lagt til i hver av dem: legg den til for hånd, eller skriv listen uten ankeret først`,
  'edit.anchored.value': (d) => `${d.key} har ankeret &${d.name}, ${SHARED}; endre den for hånd, eller skriv verdien uten ankeret først`,
  'edit.not-mapping': (d) => `milestones[${d.index}] er ikke en mapping i denne filen`,
  'edit.holds-collection': (d) => `${d.key} inneholder ${d.kind === 'mapping' ? 'en mapping' : 'en liste'}, ikke en dato eller et ord; rett det for hånd`,
  'edit.history.entry-not-mapping': (d) => `oppføring ${d.entry} i history er ikke en mapping`,
  'edit.history.not-list': (d) => `linje ${d.line}:${d.column}: history for ${d.id} er ikke en liste; skriv hver oppføring som - {reported: ÅÅÅÅ-MM-DD, forecast: ÅÅÅÅ-MM-DD}`,
  'edit.locate.mapping': () => 'finner ikke mappingen i filen',
  'edit.locate.keys': () => 'finner ikke nøklene til milepælen i filen',
  'edit.locate.history': () => 'finner ikke history-listen i filen',
  'edit.no-keys': () => 'milepælens mapping har ingen nøkler å sette den nye ved siden av',
  'edit.invalid-yaml': (d, f) => `endringen ville gjort filen til ugyldig YAML (linje ${d.line}: ${problemText(d.problem, f)})`,
  'edit.read-back': () => 'den endrede filen ble ikke lest tilbake slik den skulle',
  'edit.aliases-expand': () => 'filen har aliaser som ekspanderer for mye',
  'edit.not-yaml': (d) => {
    const line = / at line (\d+), column \d+:?$/.exec(d.text)?.[1];
    return `filen er ikke gyldig YAML (${line !== undefined ? `linje ${line}: ` : ''}${parserSentence(d.text, d.code)}); rett den først (milepel validate viser hvor)`;
  },
  'edit.nothing-written': (d, f) => `${f.render(d.reason)}; ${NOT_WRITTEN}`,
  'edit.set.not-read': (d) => `${d.file}: filen til milepælen ble ikke lest; ${NOT_WRITTEN}`,
  'edit.set.refused': (d, f) => `${d.file}: kan ikke sette ${d.fields.join(', ')} for ${d.ref}: ${f.render(d.reason)}`,
  'edit.snapshot.not-read': (d) => `${d.file}: filen ble ikke lest; ${NOT_WRITTEN}`,
  'edit.snapshot.refused': (d, f) => `${d.file}: kan ikke legge til history-oppføringer: ${f.render(d.reason)}; ${NOT_WRITTEN}`,
});
