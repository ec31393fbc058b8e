// Norwegian (bokmål) texts of why `milepel import` cannot read a file at all (exit 2), for each format.
import type { ImportMessages, LeftOutTopic } from '../data/import.js';
import type { Catalogue } from '../types.js';
import { quoteText } from '../../text/quote.js';
import { xmlParserReasonNb } from './xml-parser.js';
import { COLUMNS_EN, COLUMNS_NB } from '../../interchange/sheet/columns.js';

/** Why a whole activity was left out (import.unreadable.all-left-out). */
const LEFT_OUT_NB: Readonly<Record<LeftOutTopic, string>> = { inactive: 'inaktive', external: 'i et annet prosjekt', dates: 'uten slutt' };

/** The columns of a sheet, as the sheet findings name them (import-sheet.ts). */
const COLUMNS = `${COLUMNS_EN.join(', ')} (eller ${COLUMNS_NB.join(', ')})`;

export const importUnreadableNb = (): Pick<Catalogue<keyof ImportMessages>, Extract<keyof ImportMessages, `import.unreadable.${string}`>> => ({
  'import.unreadable.no-activities': () => 'filen inneholder ingen aktiviteter eller milepæler å importere',
  'import.unreadable.all-left-out': (d) => `alle aktivitetene i filen ble utelatt (${d.topics.map((t) => `${LEFT_OUT_NB[t.topic]}: ${t.count}`).join(', ')}), så det er ingenting å importere`,
  'import.unreadable.unknown-format': (d) => `${d.ext !== null ? `en .${d.ext}-fil` : 'innholdet'} er ikke et format import leser (P6 XER, MS Project XML, CSV eller XLSX); eksporter planen i ett av dem, eller gi --from hvis filen er det`,
  'import.unreadable.csv-nul': () => 'ikke en CSV-tekstfil (den inneholder NUL-byte)',
  'import.unreadable.csv-parse': (d) => `CSV-filen kan ikke leses${d.line === null ? '' : ` på linje ${d.line}`}: ${d.reason}`,
  'import.unreadable.csv-empty': () => 'CSV-filen er tom',
  'import.unreadable.csv-no-header': (d) => `linje ${d.line}, den første linjen som ikke er tom${d.separatorLine ? ' etter sep=-linjen' : ''}, er overskriften, men den har ingen ${d.column === 'id' ? 'id' : 'dato (date)'}-kolonne (den lyder ${quoteText(d.text)}): skriv kolonneoverskriftene på den første linjen som ikke er tom${d.separatorLine ? ' etter den' : ''}: ${COLUMNS}`,
  'import.unreadable.csv-quote': (d) =>
    d.kind === 'unclosed' ? `anførselstegnet på linje ${d.line}${d.column === null ? '' : `, kolonne ${d.column}`} åpner et felt som aldri lukkes: lukk det med et anførselstegn ("), og skriv et anførselstegn inne i et felt som to ("")`
    : d.kind === 'opening' ? `linje ${d.line}${d.field === null ? '' : `, felt ${d.field}`} har et anførselstegn inne i et felt som ikke begynner med ett: sett hele feltet i anførselstegn og skriv tegnet som to ("a ""b"" c")`
    : `linje ${d.line}${d.field === null ? '' : `, felt ${d.field}`} fortsetter etter det avsluttende anførselstegnet: skriv et anførselstegn inne i et felt som to ("a ""b"" c"), og bare skilletegnet etter det avsluttende`,
  'import.unreadable.xlsx-no-header': (d) => `rad ${d.row} i arket ${quoteText(d.sheet)}, den første raden med en verdi, er overskriften, men den har ingen ${d.column === 'id' ? 'id' : 'dato (date)'}-kolonne (${d.cells.length === 0 ? 'den har ingen tekst' : `den lyder ${d.cells.map(quoteText).join(', ')}${d.more > 0 ? ` og ${d.more} til` : ''}`}): skriv kolonneoverskriftene i arkets første rad med en verdi: ${COLUMNS}`,
  'import.unreadable.xlsx': (d) => `ikke en lesbar XLSX-arbeidsbok (${d.reason})`,
  'import.unreadable.xlsx-not-zip': (d) => `ikke en XLSX-arbeidsbok: en .xlsx-fil er et zip-arkiv, og det er ikke denne${d.looksText ? '; den er tekst, kanskje en CSV-fil: importer den med --from csv, eller gi den navnet .csv' : '; lagre den fra regnearket som Excel-arbeidsbok (.xlsx), eller som CSV'}`,
  'import.unreadable.xlsx-oversized': (d) => {
    if (d.kind === 'mislabelled') return `arbeidsbokens del ${quoteText(d.part ?? '')} pakkes ut til mer enn de ${d.bytes} bytene zip-oppføringen oppgir (en skadet eller laget fil): lagre arbeidsboken på nytt, eller som CSV`;
    const what = d.kind === 'part' ? `arbeidsbokens del ${quoteText(d.part ?? '')} pakkes ut til` : 'arbeidsbokens deler pakkes ut til';
    const size = d.atLeast ? '' : `${d.megabytes} MB${d.kind === 'part' ? '' : ' til sammen'}, `;
    return `${what} ${size}mer enn milepel leser (${d.partLimit} MB per del, ${d.totalLimit} MB til sammen): del arket i mindre arbeidsbøker eller lagre det som CSV`;
  },
  'import.unreadable.table-too-large': (d) => `den er ${d.megabytes} MB, og milepel leser en CSV- eller XER-fil, eller MS Project-XML som ikke har formen MS Project skriver, opptil ${d.limit} MB (å lese en slik tar rundt tjue ganger størrelsen i minne): del planen i mindre filer og importer hver`,
  'import.unreadable.text-too-large': (d) => `den er ${d.megabytes} MB, og lest som én tekst (en fil som ikke er UTF-8) leser milepel opptil ${d.limit} MB: lagre den som UTF-8, eller eksporter planen i deler og importer hver del`,
  'import.unreadable.xlsx-too-large': () => 'en del av arbeidsboken er for stor til å leses (over omtrent 512 MB utpakket): del arket i mindre arbeidsbøker eller lagre det som CSV',
  'import.unreadable.xlsx-no-sheet': () => 'arbeidsboken har ikke noe ark med rader',
  'import.unreadable.sheet-empty': () => 'arket er tomt',
  'import.unreadable.xer-header': () => 'ikke en Primavera P6 XER-fil: den begynner ikke med ERMHDR',
  'import.unreadable.xer-plan-id-many': (d) => `--plan-id ${d.planId} navngir én plan, men XER-filen har ${d.count} prosjekter (${d.projects.join(', ')}${d.count > d.projects.length ? ', …' : ''}); utelat --plan-id, så blir hvert prosjekt en plan oppkalt etter prosjektet`,
  'import.unreadable.xer-no-tasks': (d) => `XER-filen har ingen TASK-tabell med aktiviteter (${d.tables.length === 0 ? 'den har ingen tabeller' : `tabellene: ${d.tables.join(', ')}`})${d.endsAt !== null ? `; den slutter på linje ${d.endsAt} uten %E-linjen: den ser avkuttet ut, eksporter den på nytt fra P6` : ''}`,
  'import.unreadable.xer-truncated': (d) => `XER-filen slutter på linje ${d.line}${d.isRowCut ? `, midt i en ${d.table ?? ''}-rad,` : d.table !== null ? `, i ${d.table}-tabellen,` : ''} uten %E-linjen som P6 avslutter hver eksport med: den ser avkuttet ut, og det som kom etter, mangler; eksporter den på nytt fra P6`,
  'import.unreadable.not-xml': () => 'ikke en XML-fil',
  'import.unreadable.xml-entities': () => 'XML-en deklarerer entiteter (<!ENTITY>), noe MS Project XML aldri gjør; avvist',
  'import.unreadable.xml-truncated': (d) => `ikke velformet XML: filen slutter før ${d.open.map((n) => `<${n}>`).join(', ')} er lukket (avkortet?)`,
  'import.unreadable.xml-ampersand': (d) => `ikke velformet XML på linje ${d.line}, kolonne ${d.column}: en «&» som ikke innleder en entitetsreferanse (skriv &amp; for tegnet)`,
  'import.unreadable.xml-malformed': (d) => `ikke velformet XML på linje ${d.line}, kolonne ${d.column}: ${xmlParserReasonNb(d.reason)}`,
  'import.unreadable.xml-too-deep': (d) => `XML-en er nøstet for dypt til å kunne leses på linje ${d.line}, kolonne ${d.column}: elementer mer enn ${d.limit} nivåer inni hverandre (MS Project skriver omtrent 10)`,
  'import.unreadable.not-project': () => 'ikke MS Project XML: rotelementet er ikke <Project>',
  'import.unreadable.not-project-namespace': () => 'ikke MS Project XML: <Project> er ikke i navnerommet http://schemas.microsoft.com/project',
});
