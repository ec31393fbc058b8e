// Norwegian (bokmål) texts of the `milepel:` lines about options, paths, files and the file system.
import type { CliInputMessages, PathKind } from '../data/cli-input.js';
import { quoteText } from '../../text/quote.js';
import type { CataloguePart } from '../types.js';
import { firstOf } from '../first-of.js';

/** The first three of `items`, then how many more (`og N til`). */
const named = (items: readonly string[]): string => firstOf(items, 3, 'nb');

const KIND: Readonly<Record<PathKind, string>> = {
  file: 'en fil',
  directory: 'en mappe',
  'FIFO (named pipe)': 'en FIFO (navngitt rør)',
  'character device': 'en tegnenhet',
  'block device': 'en blokkenhet',
  socket: 'en socket',
  other: 'en spesialfil',
  'special file': 'en spesialfil',
};

const list = (items: readonly string[]): string => items.join(', ');
const firstTen = (items: readonly string[]): string => firstOf(items, 10, 'nb');

export const cliInputNb = (): CataloguePart<keyof CliInputMessages> => ({
  __proto__: null,
  'cli.warning': (d, f) => `advarsel: ${f.render(d.text)}`,
  'cli.note': (d) => `merk: ${d.text}`,
  'cli.no-command': () => 'ingen kommando er gitt: kjør `milepel --help` for listen over kommandoer',
  'cli.unknown-option': (d) => `ukjent valg '${d.name}'${d.suggestion !== null ? ` (mente du ${d.suggestion}?)` : `: \`${helpOf(d.command)}\` viser valgene`}`,
  'cli.unknown-command': (d) => `ukjent kommando '${d.name}'${d.suggestion !== null ? ` (mente du ${d.suggestion}?)` : ': `milepel --help` viser kommandoene'}`,
  'cli.missing-argument': (d) => `argumentet '${d.name}' mangler${d.command == null ? '' : `: skriv det etter \`milepel ${d.command}\`; \`${helpOf(d.command)}\` viser hvordan`}`,
  'cli.option-missing-argument': (d) => `valget '${d.name}' trenger en verdi${d.command == null ? '' : `: skriv verdien etter valget; \`${helpOf(d.command)}\` viser hva det tar`}`,
  'cli.excess-arguments': (d, f) => `for mange argumenter til '${d.command}': den tar ${f.count(d.expected, 'argument', 'argumenter')}, fikk ${d.got}; \`${helpOf(d.command)}\` viser hvordan den kalles`,
  'cli.internal-error': (d) => `intern feil: ${d.detail}\nDette er en feil i milepel ${d.version}, ikke i planen din. Meld den på ${d.url} med kommandoen du kjørte${d.debug ? '' : ' (sett MILEPEL_DEBUG=1 for stakksporet)'}.`,

  'cli.locale.unknown': (d) => `--locale ${d.flag} støttes ikke: bruk nb eller en`,
  'cli.width.bad': (d) => `--width ${d.flag} er ikke en bredde: bruk et helt antall kolonner fra 40 til 1000`,
  'cli.date.nonexistent': (d, f) => `${d.flag} ${f.render(d.problem)}`,
  'cli.today.bad': (d) => `--today ${quoteText(d.text)} er ikke en dato: bruk ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ (f.eks. 2019-09-01 eller 01.09.2019)`,
  'cli.format.missing': (d) => `valget '${d.name}' trenger en verdi: skriv ${d.allowed.length === 1 ? d.allowed[0] : `en av ${list(d.allowed)}`} etter valget`,
  'cli.format.unknown': (d) => `--format ${d.format}: ${d.command} har ikke formatet ${d.format}; bruk en av ${list(d.allowed)}`,
  'cli.plan.unknown': (d) => `--plan ${d.plan}: arbeidsområdet har ingen slik plan${d.nearest !== null ? `; mente du ${d.nearest}?` : ''}${d.known.length > 0 ? ` (planer: ${firstTen(d.known)})` : ''}`,
  'cli.xlsx.terminal': (d) => `${d.command} --format xlsx skriver en binær arbeidsbok: send den til en fil (milepel ${d.command} --format xlsx > ${d.command}.xlsx)`,
  'cli.step-summary.not-regular': (d) => `kan ikke skrive stegsammendraget GITHUB_STEP_SUMMARY=${d.file}: det er ${KIND[d.kind]}, ikke en vanlig fil; la variabelen peke på en fil (GitHub Actions setter den til en) eller fjern den`,
  'cli.step-summary.unwritable': (d, f) => `kan ikke skrive stegsammendraget GITHUB_STEP_SUMMARY=${d.file} (${f.render(d.reason)}); fjern variabelen eller gjør filen skrivbar`,

  'cli.path.missing': (d) => `${d.path}: filen eller mappen finnes ikke${!d.defaulted ? '' : d.here === true ? ' (uten sti leser milepel ./plans; denne mappen har planfiler selv: gi den som sti, `.`)' : ' (uten sti leser milepel ./plans; kjør `milepel init` for å lage den)'}${d.near === undefined ? '' : `; mente du ${d.near}?`}`,
  'cli.path.special': (d) => `${d.path}: er ${KIND[d.kind]}, ikke en planfil; oppgi en .yaml-fil eller en mappe`,
  'cli.path.no-plans': (d) => `fant ingen planfiler (*.yaml, *.yml) i ${list(d.paths)}`,
  'cli.path.no-plans-skipped': (d, f) => `fant ingen planfiler (*.yaml, *.yml) i ${list(d.paths)}: ${f.render(d.skipped)}${d.more > 0 ? ` (og ${d.more} til hoppet over)` : ''}`,
  'cli.path.symlink-loop': (d) => `${d.path}: er en løkke av symbolske lenker (ELOOP: lenken fører tilbake til seg selv); la den peke på en planfil, eller fjern den`,
  'cli.path.broken-link': (d) => `${d.path}: kan ikke leses: ${d.loop ? `den er en løkke av symbolske lenker (den peker på ${d.target ?? '?'}, som fører tilbake til den: ELOOP)` : `den er en symbolsk lenke til ${d.target ?? '?'}${d.end === null ? '' : `, en lenke der kjeden ender i ${d.end}`}, som ikke finnes`}; fjern den, eller la den peke på en planfil eller en mappe med planfiler`,
  'cli.dir.unreadable': (d, f) => `${d.path}: kan ikke lese mappen (${f.render(d.reason)})`,
  'cli.file.not-regular': (d) => `${d.path}: ikke en vanlig fil; oppgi en .yaml-fil eller en mappe`,
  'cli.file.unreadable': (d, f) => `${d.path}: kan ikke lese filen (${f.render(d.reason)})`,
  'cli.too-large': (d) => `${d.total ? `planfilene til og med ${d.file} er ${d.megabytes} MB,` : `${d.file}: ${d.megabytes} MB er`} mer enn milepel leser på én gang (${d.limit} MB); del opp planene, eller valider dem i deler`,
  'cli.walk.non-utf8-name': (d) => `${d.path}: hoppet over: navnet er ikke gyldig UTF-8; gi den et nytt navn`,
  'cli.walk.link-loop': (d) => `${d.path}: hoppet over: en symbolsk lenke til en mappe som alt er lest (en løkke)`,
  'cli.walk.broken-link': (d, f) => `${d.path}: kan ikke lese denne planfilen: ${d.loop ? `den er en løkke av symbolske lenker (den peker på ${d.target ?? '?'}, som fører tilbake til den: ELOOP)` : `den er en symbolsk lenke til ${d.target ?? '?'}${d.end === null ? '' : `, en lenke der kjeden ender i ${d.end}`}, som ikke finnes`}; fjern den, eller la den peke på en planfil${d.more > 0 ? ` (og ${f.count(d.more, 'lenke til av samme slag', 'lenker til av samme slag')})` : ''}`,
  'cli.walk.special': (d) => `${d.path}: hoppet over: ${KIND[d.kind]}, ikke en planfil`,

  'cli.fs.permission': () => 'ingen tilgang',
  'cli.fs.is-directory': () => 'er en mappe',
  'cli.fs.in-the-way': () => 'en fil står i veien for mappen',
  'cli.fs.in-the-way-at': (d) => `${d.path} er en fil der en mappe skal opprettes`,
  'cli.fs.exists-at': (d) => `${d.path} finnes allerede`,
  'cli.fs.directory-at': (d) => `${d.path} er en mappe der en fil skal skrives; flytt den bort`,
  'cli.fs.dangling-link': (d) => `en symbolsk lenke til ${d.target}, som ikke finnes, står i veien for mappen: fjern lenken eller opprett målet`,
  'cli.fs.no-space': () => 'ikke mer plass på enheten',
  'cli.fs.read-only': () => 'skrivebeskyttet filsystem',
  'cli.fs.busy': () => 'filen er opptatt eller et monteringspunkt: en fil som er montert alene (en containers bind mount), kan ikke erstattes; monter mappen i stedet',
  'cli.fs.too-big': () => 'filen ville bli større enn det som er tillatt (ulimit -f eller filsystemets grense)',
  'cli.fs.name-too-long': () => 'navnet er for langt for filsystemet',
  'cli.fs.missing': () => 'filen eller mappen finnes ikke',
  'cli.fs.not-open': () => 'den er ikke åpen for skriving',
  'cli.fs.other': (d) => d.code,
  'cli.output-failed': (d, f) => `kan ikke skrive til standard utdata: ${f.render(d.reason)}${d.reason.id === 'cli.fs.other' ? '' : ` (${d.code})`}; ${d.written.length > 0 ? `det denne kjøringen skrev, er skrevet (${named(d.written)}), bare rapporten er avkortet` : 'ingenting mer skrives'}: send utdataene dit de kan skrives${d.code === 'ENOSPC' || d.code === 'EDQUOT' ? ', eller frigjør plass' : ''}`,
  'cli.interrupted': (d) => `avbrutt (${d.signal}); midlertidige filer og låsefiler er fjernet, ingenting mer er skrevet`,
});

/** Hjelpekommandoen for valgene til `command` (milepels egne når null). */
function helpOf(command: string | null): string {
  return command === null ? 'milepel --help' : `milepel ${command} --help`;
}
