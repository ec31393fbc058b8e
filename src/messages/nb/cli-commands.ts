// Norwegian (bokmål) texts of the `milepel:` lines and notices of single commands.
import type { CliCommandMessages } from '../data/cli-commands.js';
import { quoteText } from '../../text/quote.js';
import type { CataloguePart, Fmt } from '../types.js';
import type { DayNumber } from '../../calendar/index.js';
import { pathWord } from '../../text/shell-word.js';
import { escapeControl } from '../../report/safe-text.js';
import { alternatives, firstOf } from '../first-of.js';

const list = (items: readonly string[]): string => items.join(', ');
const NOT_WRITTEN = 'ingenting er skrevet';

/** ` (3 uendret, 2 nådd, …)`: milepælene et snapshot lot være, eller ingenting. */
function skippedNb(d: { today: DayNumber; unchanged: number; done: number; ahead: readonly string[]; undated: readonly string[] }, f: Fmt): string {
  const notes = [d.unchanged > 0 ? `${d.unchanged} uendret` : '', d.done > 0 ? `${d.done} nådd` : '', d.ahead.length > 0 ? `${d.ahead.length} med historikk etter ${f.date(d.today)} urørt (${firstOf(d.ahead, 5, 'nb')})` : '', d.undated.length > 0 ? `${d.undated.length} uten dato å registrere (${firstOf(d.undated, 5, 'nb')})` : ''].filter(Boolean).join(', ');
  return notes ? ` (${notes})` : '';
}

export const cliCommandsNb = (): CataloguePart<keyof CliCommandMessages> => ({
  __proto__: null,
  'cli.gantt.from-after-to': (d) => `--from ${d.from} er etter --to ${d.to}: oppgi en --from på eller før --to`,
  'cli.gantt.bad-date': (d) => `${d.flag} ${quoteText(d.text)} er ikke en dato: bruk ÅÅÅÅ-MM-DD, DD.MM.ÅÅÅÅ, ÅÅÅÅ-MM, ÅÅÅÅ-Qn eller ÅÅÅÅ (f.eks. ${d.flag} 2019-09)`,
  'cli.gantt.bad-scale': (d) => `--scale ${d.text} er ikke en skala: bruk ${list(d.scales)}`,

  'cli.set.bad-status': (d) => `--status ${quoteText(d.status)} er ikke en status: bruk green, yellow eller red (grønn, gul, rød) (${NOT_WRITTEN})`,
  'cli.set.nothing-to-set': () => 'set trenger --forecast <dato>, --actual <dato> eller --status green|yellow|red',
  'cli.set.not-milestone': (d) => `${quoteText(d.ref)} er ${d.kind === 'goal' ? 'et resultatmål' : 'et tiltak'} (veikart), ikke en milepæl: set endrer en milepæls prognose, faktiske dato eller status (${NOT_WRITTEN})`,
  'cli.set.gate': (d) => `${quoteText(d.ref)} er et beslutningspunkt, ikke en milepæl: set endrer milepæler; skriv beslutningspunktets decided:-dato i filen (${NOT_WRITTEN})`,
  'cli.set.ambiguous': (d) => `${d.ref} finnes i flere planer (${list(d.matches)}); skriv plan/ID (${NOT_WRITTEN})`,
  'cli.set.unreadable': (d) => `${quoteText(d.ref)}: fant ingen slik milepæl: ${d.at} har en ${d.rule}-feil som holder en del av arbeidsområdet ute; rett den først (milepel validate viser alle funn); ${NOT_WRITTEN}`,
  'cli.set.no-such': (d) => `${quoteText(d.ref)}: ingen slik milepæl i ${list(d.files)}${d.suggestions.length > 0 ? `; mente du ${alternatives(d.suggestions, 'eller', false)}?${d.more > 0 ? ` (${d.more} til like ${d.more === 1 ? 'nær' : 'nære'})` : ''}` : ''} (${NOT_WRITTEN})`,
  'cli.edit.lock-not-file': (d) => `${d.file}: kan ikke ta redigeringslåsen ${d.lock}: der står ${d.kind === 'directory' ? 'en mappe' : d.kind === 'link' ? 'en symbolsk lenke' : 'en spesialfil'}, ikke en låsefil milepel har laget; fjern den hvis ingen milepel kjører, og kjør igjen; ${NOT_WRITTEN}`,
  'cli.edit.lock-failed': (d, f) => `${d.file}: kan ikke ta redigeringslåsen ${d.lock} (${f.render(d.reason)})${d.folder !== null ? `: mappen ${d.folder} må være skrivbar, fordi milepel skriver låsen og den nye filen ved siden av planen` : ''}; ${NOT_WRITTEN}`,
  'cli.edit.lock-busy': (d) => `${d.file} redigeres av en annen milepel (${d.pid !== null ? `prosess ${d.pid}${d.host !== null ? ` på vert ${d.host}` : ''}, ` : ''}låsefil ${d.lock}); ${NOT_WRITTEN}: prøv igjen når den er ferdig; kjører ingen milepel${d.host !== null ? ' der' : ''}, fjern ${d.lock}`,
  'cli.edit.lock-stale': (d) => {
    const why = {
      unrecorded: 'den inneholder ingen oppføring fra milepel (en kjøring stoppet mens den tok låsen, eller filen ble laget for hånd)',
      dead: `prosess ${d.pid}, som tok den, kjører ikke lenger`,
      reused: `prosess ${d.pid} kjører, men er ikke milepel-kjøringen som tok den (den startet på et annet tidspunkt: prosess-id-en er gjenbrukt)`,
      'before-boot': 'den ble tatt før systemet sist startet',
      old: `prosess ${d.pid}, som tok den for mer enn ${d.minutes} minutter siden, kan ikke kontrolleres å være den milepel-kjøringen (ingen kjøring tar så lang tid)`,
      'old-elsewhere': `den ble tatt på vert ${d.host} for mer enn ${d.minutes} minutter siden (ingen kjøring tar så lang tid)`,
    }[d.why];
    return `tok over redigeringslåsen ${d.lock}: ${why}`;
  },
  'cli.edit.undecodable': (d, f) => `${d.at}: ${f.render(d.problem)}; milepel skriver ikke om en fil det ikke kunne lese riktig: lagre den som UTF-8 først; ${NOT_WRITTEN}`,
  'cli.edit.not-utf8': (d) => `${d.file} er ${d.encoding}; milepel redigerer bare UTF-8-filer (ellers måtte hver byte endres): lagre den som UTF-8 først; ${NOT_WRITTEN}`,
  'cli.edit.changed': (d) => `${d.file} ble endret på disken mens milepel redigerte den; ${NOT_WRITTEN}: kjør kommandoen på nytt`,
  'cli.edit.refused': (d, f) => `${f.render(d.reason)}; ${NOT_WRITTEN}`,
  'cli.edit.write-failed': (d, f) => {
    const why = d.reason === null ? 'den ble endret på disken i mellomtiden' : f.render(d.reason);
    const restored = d.restored.length > 0 ? `${list(d.restored)} ble skrevet og så satt tilbake til originalen` : '';
    const lost = d.notRestored.length > 0 ? `${list(d.notRestored)} har den NYE teksten og kunne ikke settes tilbake` : '';
    const after = [restored, lost].filter(Boolean).join('; ');
    return `${d.file}: kunne ikke skrive filen (${why})${after ? `; ${after}` : ''}${lost ? '' : restored ? '; ingen fil er endret' : `; ${NOT_WRITTEN}, alle filer er uendret`}`;
  },
  'cli.edit.refuse-syntax': (d) => `${d.at}: YAML-en i filen kan ikke leses, så milepælene i den kan ikke endres; rett den først (milepel validate viser hvordan), eller la filen være ute ved å oppgi de andre${d.plan === null ? '' : ` (--plan ${d.plan} kan ikke la den være ute: hvilken plan filen har, kan ikke leses ut av den)`}; ingenting er skrevet`,
  'cli.edit.refuse-duplicate': (d, f) => `${d.at}: ${f.render(d.fact)}${d.first === null ? '' : ` (${d.first})`}; endringen kan ikke vite hvilken som menes: gi en av dem en annen id${d.otherFile ? ', eller oppgi bare filene som skal endres, med én av definisjonene' : ''}; ingenting er skrevet`,
  'cli.edit.refuse-bad-status-date': (d) => `${d.at}: status_date for planen ${d.plan} er ikke en gyldig dato, så snapshot kan ikke vite hvilken dag som skal registreres som rapportert; rett den først (milepel validate viser hvordan), eller gi --today; ingenting er skrevet`,
  'cli.edit.refuse-unread-name': (d) => `${d.at}: ${d.kind === 'file' ? 'filnavnet' : 'mappenavnet'} er ikke gyldig UTF-8, så milepel leser ikke ${d.kind === 'file' ? 'filen' : 'planfilene i mappen'}, og endringen kan ikke vite hva ${d.kind === 'file' ? 'den' : 'de'} inneholder; gi ${d.kind === 'file' ? 'filen' : 'mappen'} et nytt navn først (milepel validate viser hvordan); ingenting er skrevet`,
  'cli.edit.byte-name': (d) => `${d.file}: et navn i stien er ikke gyldig UTF-8 (filens eller en mappes): milepel leser en fil med en slik sti når den er gitt på kommandolinjen, men skriver den ikke om, fordi den ikke trygt kan skrives under det navnet; gi den et nytt navn først; ${NOT_WRITTEN}`,
  'cli.edit.refuse-bad-date': (d) => `${d.at}: ${d.field} for ${d.ref} er ikke en gyldig dato, så snapshot kan ikke vite hva som skal registreres; rett den først (milepel validate viser hvordan)${d.plan === null ? '' : `, eller ta øyeblikksbildet av de andre planene uten ${d.plan} (--plan <id>, eller oppgi filene deres)`}; ingenting er skrevet`,
  'cli.snapshot.nothing': (d, f) => `snapshot ${f.date(d.today)}: ingenting å registrere${skippedNb(d, f)}; ingen fil er skrevet`,
  'cli.snapshot.recorded': (d, f) => `snapshot ${f.date(d.today)}: ${f.count(d.entries, 'oppføring', 'oppføringer')} registrert i ${f.count(d.files, 'fil', 'filer')}${skippedNb(d, f)}`,
  'cli.snapshot.entry': (d) => `${d.at}: ${d.ref} ${d.replaced ? `history {reported: ${d.reported}, forecast: ${d.forecast}} (dagens oppføring oppdatert)` : `history + {reported: ${d.reported}, forecast: ${d.forecast}}`}`,

  'cli.watch.has-options': (d) => `watch ${d.option}: watch tar bare --locale; skriv kommandoen som skal kjøres og dens valg etter --, f.eks. milepel watch plans -- critical-path --today 2019-09-01`,
  'cli.watch.ran': (d) => `${d.command} avsluttet med ${d.code}; overvåker ${d.watched.join(', ')} (Ctrl-C for å stoppe)`,
  'cli.watch.lost': (d) => `kan ikke overvåke ${d.dir} lenger (${d.reason})`,
  'cli.watch.cannot-run': (d) => `kan ikke kjøre ${d.command} (${d.reason})`,
  'cli.watch.not-watchable': (d) => `watch -- ${d.command}: watch kjører på nytt en kommando som leser planene (${list(d.allowed)}) eller et program, ikke ${d.command}`,
  'cli.watch.unknown-command': (d) => (d.isPath ? `kan ikke kjøre '${d.name}' etter --: det er ikke en kjørbar fil` : `ukjent kommando '${d.name}' etter --: verken en milepel-kommando eller et program i PATH${d.suggestion !== null ? ` (mente du ${d.suggestion}?)` : ''}`),
  'cli.init.exists': (d) => `${list(d.paths)} finnes allerede; init overskriver aldri: velg en annen mappe (milepel init <mappe>)`,
  'cli.init.has-plans': (d) => `${d.dir} inneholder allerede planfiler (${list(d.files)}${d.more > 0 ? ` og ${d.more} til` : ''}), som en validering av mappen ville lese ved siden av eksempelet; init skriver et nytt arbeidsområde: velg en tom eller ny mappe (milepel init <mappe>)`,
  'cli.init.inside-plans': (d) => `${d.dir} ligger i ${d.workspace}, som inneholder planfiler (${list(d.files)}${d.more > 0 ? ` og ${d.more} til` : ''}): en validering av ${d.workspace} ville lese eksempelet ved siden av dem; init skriver et nytt arbeidsområde: velg en mappe utenfor (milepel init <mappe>)`,
  'cli.init.empty': () => "init trenger en mappe, og '' navngir ingen: utelat den for ./plans, eller skriv . for gjeldende mappe",
  'cli.init.cannot-write': (d, f) => `kan ikke skrive eksempelet til ${d.target ?? d.dir}: ${d.target == null ? '' : `mappen kan ikke lages i ${d.dir}: `}${f.render(d.reason)} (${d.code}); velg en annen mappe (milepel init <mappe>)`,
  'cli.write.through-link': (d) => `${d.path} er en symbolsk lenke til ${d.target}: ${d.command} skriver ingenting utenfor ${d.dir}, mappen den får, og heller ikke gjennom en lenke i den; fjern lenken, eller gjør ${d.path} til en ekte mappe; ingenting er skrevet`,
  'cli.init.wrote': (d) => `Skrev ${list(d.paths)}.${d.kept !== null ? `\nBeholdt ${escapeControl(d.kept)}, som fantes fra før og ikke er denne versjonens skjema: ${d.command} schema > ${pathWord(d.kept)} erstatter det.` : ''}\nNeste: ${d.command} validate ${pathWord(d.dir)}`,

  'cli.import.bad-from': (d) => `--from ${d.from} er ikke et format import leser: bruk ${list(d.formats)}`,
  'cli.import.bad-plan-id': (d) => `--plan-id ${d.id} er ikke en plan-id: bruk små bokstaver, sifre og '-', og begynn med en bokstav eller et siffer`,
  'cli.import.missing': (d) => `${d.file}: filen eller mappen finnes ikke`,
  'cli.import.not-file': (d) => `${d.file} er ikke en fil`,
  'cli.import.unreadable': (d, f) => `kan ikke lese ${d.file}: ${f.render(d.reason)}`,
  'cli.import.cannot-import': (d) => `kan ikke importere ${d.file}: ${d.reason}`,
  'cli.import.too-large': (d) => `kan ikke importere ${d.file}: den er ${d.megabytes} MB, mer enn import leser på én gang (${d.limit} MB); eksporter planen i deler (et prosjekt eller en WBS-gren hver) og importer hver del`,
  'cli.import.exists': (d) => `${list(d.paths)} finnes allerede; import overskriver aldri: velg en annen mappe (--out <mappe>) eller plan-id (--plan-id <id>); ${NOT_WRITTEN}`,
  'cli.import.plan-exists': (d) => `${d.plans.map((p, i) => (i === 0 ? `planen ${p.id} finnes allerede i ${p.file}` : `planen ${p.id} i ${p.file}`)).join(', ')}; en plan-id navngir én plan i et arbeidsområde: velg ${d.free !== null ? `en annen plan-id (--plan-id ${d.free}) eller mappe` : 'en annen mappe'} (--out <mappe>); ${NOT_WRITTEN}`,
  'cli.import.cannot-write': (d, f) => `kan ikke skrive til ${d.target ?? d.dir}: ${d.target == null ? '' : `mappen kan ikke lages i ${d.dir}: `}${f.render(d.reason)} (${d.code})`,
  'cli.import.wrote': (d, f) => `Skrev ${d.file}: plan ${d.plan}, ${f.count(d.milestones, 'milepæl', 'milepæler')}, ${f.count(d.links, 'avhengighet', 'avhengigheter')}.`,
  'cli.import.wrote-schema': (d) => `Skrev ${d.file}: planskjemaet, som de skrevne planene viser editorer til.`,
  'cli.import.kept-schema': (d, f) => `${d.file} ${d.reason === null ? 'finnes allerede og er ikke planskjemaet til denne versjonen av milepel' : `finnes allerede og kan ikke leses (${f.render(d.reason)})`}; den ble beholdt, og skjemalinjen for editorer i de skrevne planene ($schema=${d.path}) viser til den: skriv \`milepel schema > ${d.file}\` for at editorer skal kontrollere dem mot milepels skjema`,

  'cli.risk.bad-number': (d) => `${d.option} ${quoteText(d.text)} er ikke en gyldig verdi: bruk et helt tall ${d.max >= Number.MAX_SAFE_INTEGER ? `på ${d.min} eller mer` : `fra ${d.min} til ${d.max}`}`,
  'cli.risk.progress': (d) => `risk: ${d.done} av ${d.total} iterasjoner (${Math.floor((100 * d.done) / d.total)} %${d.again ? ', på nytt med videre datoer' : ''})`,
  'cli.risk.ambiguous': (d) => `--milestone ${d.ref} er tvetydig: skriv en av ${list(d.matches)}`,
  'cli.risk.no-such': (d) => `--milestone ${d.ref}: arbeidsområdet har ingen slik milepæl${d.nearest.length > 0 ? `; nærmeste: ${d.nearest.join(', ')}${(d.more ?? 0) > 0 ? ` (${d.more} til like ${d.more === 1 ? 'nær' : 'nære'})` : ''}` : ''}`,
  'cli.risk.undated-milestone': (d) => `--milestone ${d.ref}: ${d.ref} har ingen date, forecast eller actual som finnes (milepel validate viser hvorfor): den er ikke planlagt og har ingen datoer å simulere; gi den en date, eller oppgi en annen milepæl`,
  'cli.risk.outside-plan': (d) => `--milestone ${d.ref} er ikke i --plan ${d.plan}, som er planen rapporten viser: oppgi en milepæl i ${d.plan}, eller fjern --plan`,
  'cli.risk.undated-gate': (d) => `--milestone ${d.ref}: ${d.ref} er et beslutningspunkt uten en date eller decided som finnes (milepel validate viser en som ikke finnes): det er ikke planlagt og har ingen datoer å simulere; gi det en date (den planlagte beslutningen), eller oppgi en milepæl`,

  'cli.export.mspdi-empty': () => 'export --format mspdi: arbeidsområdet har ingen plan å eksportere',
  'cli.export.ics-empty': (d) => `export --format ics: kalenderen har ingen hendelser, siden ingen milepæl eller møte ${d.plan === null ? 'i arbeidsområdet' : `i planen ${d.plan}`} har en dato å vise; en streng iCalendar-leser avviser en kalender uten (RFC 5545 §3.6)`,
  'cli.export.mspdi-one-plan': (d) => `export --format mspdi skriver én plan, og arbeidsområdet har ${d.plans.length}: ${firstOf(d.plans, 10, 'nb')}; velg én med --plan`,
  'cli.export.mspdi-unparsed': (d) => `export --format mspdi: planen ${d.plan} er bare oppgitt i en fil der YAML-en ikke kan leses (feilen følger), så ingen MS Project-fil skrives; rett den filen først`,

  'cli.baseline.empty': () => '--baseline trenger en verdi: en planfil, en mappe eller <git-rev>:<sti>, f.eks. origin/main:plans',
  'cli.baseline.in': (d, f) => `--baseline: ${f.render(d.inner)}`,
  'cli.baseline.missing': (d) => `--baseline ${d.spec}: filen eller mappen finnes ikke; oppgi en planfil, en mappe eller <git-rev>:<sti>, f.eks. origin/main:plans`,
  'cli.baseline.bad-rev': (d) => `--baseline ${d.spec}: ${quoteText(d.rev)} er ikke en git-revisjon; skriv <git-rev>:<sti>, f.eks. origin/main:plans eller HEAD~1:plans`,
  'cli.baseline.git-refused': (d) => `--baseline ${d.spec}: git nektet: ${d.said}`,
  'cli.ci-root.git-refused': (d) => `merk: git nektet å lese depotet (${d.said}); CI-stiene er relative til ${d.root}, ${d.found ? 'nærmeste mappe med .git' : 'arbeidsmappen (ingen .git over den)'}; sett GITHUB_WORKSPACE eller CI_PROJECT_DIR, eller legg depotet til i gits safe.directory`,
  'cli.ci-root.no-git': (d) => `merk: git kunne ikke kjøres (${d.code}); CI-stiene er relative til ${d.root}, nærmeste mappe med .git`,
  'cli.baseline.no-repo': (d) => `--baseline ${d.spec}: den gjeldende mappen er ikke i et git-depot; kjør milepel inne i depotet, eller oppgi en referansefil eller -mappe`,
  'cli.baseline.other-repo-relative': (d) => `--baseline ${d.spec}: planene ${d.path} ligger i git-depotet ${d.repo}, som den gjeldende mappen ikke er i, så en sti fra den gjeldende mappen peker ikke på noe der; skriv stien fra depotets rot (${d.instead}), eller kjør milepel inne i depotet`,
  'cli.baseline.gate-no-repo': (d) => `--baseline ${d.spec}: ${d.path} er ikke i et git-depot, så beslutningspunktets referanserevisjon kan ikke leses der; oppgi planer som ligger i depotet, eller en referansefil eller -mappe`,
  'cli.baseline.no-rev': (d) => `--baseline ${d.spec}: git-revisjonen ${d.rev} finnes ikke i dette depotet; sjekk navnet, eller hent den først (i CI: git fetch origin, eller checkout med fetch-depth: 0)`,
  'cli.baseline.no-path-here': (d) => `--baseline ${d.spec}: ${d.path} finnes ikke i ${d.rev}; en sti etter ':' som starter med ./ eller ../, er relativ til den gjeldende mappen, som er ${d.prefix === '' ? 'depotets rot' : `${d.prefix} i depotet`}`,
  'cli.baseline.no-path': (d) => `--baseline ${d.spec}: ${d.path === '' ? 'roten' : d.path} finnes ikke i ${d.rev}; stier etter ':' er relative til depotets rot (skriv ${d.rev}:./${d.path || 'plans'} for en sti relativ til den gjeldende mappen)`,
  'cli.baseline.outside': (d) => `--baseline ${d.spec}: ${d.path} er utenfor depotet; oppgi en sti i det, fra roten (plans) eller fra den gjeldende mappen (./plans)`,
  'cli.baseline.git-failed': (d) => `--baseline ${d.spec}: git kunne ikke ${d.listing ? 'liste' : 'lese'} ${d.object} (${d.said})`,
  'cli.baseline.link-not-followed': (d) => `--baseline ${d.spec}: ${d.link} er en symbolsk lenke til ${d.target}, ${d.reason === 'outside' ? 'utenfor depotet, som en git-revisjon ikke har med' : d.reason === 'missing' ? 'som den revisjonen ikke har' : 'som fører tilbake til seg selv (en løkke av lenker)'}: planene den fører til, er ikke med i referanseplanen`,
  'cli.baseline.no-plans': (d) => `--baseline ${d.spec}: ingen planfiler (*.yaml, *.yml) i ${d.object}`,
  'cli.baseline.too-large': (d) => `--baseline ${d.spec}: ${d.object} er ${d.megabytes} MB, mer enn milepel leser på én gang (${d.limit} MB i alt); oppgi en mindre referanseplan`,
  'cli.baseline.no-git': (d) => `--baseline ${d.spec}: git er ikke installert eller ikke på PATH; installer git, eller oppgi en referansefil eller -mappe`,
  'cli.baseline.git-error': (d) => `--baseline ${d.spec}: kunne ikke kjøre git (${d.code})`,
  'cli.baseline.no-milestones': (d) => `--baseline ${d.spec} inneholder ingen milepæler, så hver milepæl ville blitt sammenlignet med sin egen planlagte dato: oppgi planmappen eller en planfil i den versjonen`,
  'cli.baseline.broken': (d) => `referanseplanen ${d.spec} har feil i ${list(d.files)}, listet etter rapporten; milepæler som ikke kunne leses der, sammenlignes med sin planlagte dato, som milepæler som mangler i referanseplanen, så forskyvningen deres kan være feil: rett filen i den versjonen, eller oppgi en referanseplan som kan leses`,
  'cli.baseline.no-gate': (d) => `--baseline ${d.spec}: arbeidsområdet har ikke beslutningspunktet ${d.ref}${d.guess !== null ? `; mente du gate:${d.guess}?` : d.hasGates ? '' : ' (det har ingen beslutningspunkter)'}`,
  'cli.baseline.gate-bad-rev': (d) => `--baseline ${d.spec}: referanserevisjonen ${d.rev} til beslutningspunktet ${d.gate} (${d.at}) er ingen revisjon i dette depotet; tagg commiten som ble godkjent der, rett baseline, eller hent den først (i CI: git fetch origin --tags, eller checkout med fetch-depth: 0)`,
  'cli.baseline.gate-no-path': (d) => `--baseline ${d.spec}: referanserevisjonen ${d.rev} til beslutningspunktet ${d.gate} (${d.at}) har ingen ${d.path}; sett baseline til commiten som ble godkjent der, en som har planene`,
  'cli.baseline.gate-no-rev': (d) => `--baseline ${d.spec}: beslutningspunktet ${d.gate} oppgir ingen referanserevisjon; legg \`baseline: <tagg eller commit>\` til beslutningspunktet (planen slik den ble godkjent der)`,
});
