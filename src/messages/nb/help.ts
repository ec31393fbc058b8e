// `milepel --help` in Norwegian (bokmål): each help text of the CLI, keyed by its English text as written in
// src/cli/program.ts and program-tools.ts, like the schema's descriptions. test/messages/help-nb.test.ts fails on a
// missing or stale entry.

let texts: ReadonlyMap<string, string> | undefined;

/** The help texts by English text, built on first use: an English run never reads them. */
export function helpNb(): ReadonlyMap<string, string> {
  texts ??= new Map(entries());
  return texts;
}

const entries = (): [string, string][] => [
  ['Milestone, dependency and governance planning for YAML plans.', 'Planlegging av milepæler, avhengigheter og styring for planer i YAML.'],
  ['plan files or directories (default: ./plans)', 'planfiler eller mapper (standard: ./plans)'],
  ['status date T, YYYY-MM-DD or DD.MM.YYYY (default: the latest status_date, else the system date)', 'statusdato T, ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ (standard: den siste status_date, ellers systemdatoen)'],
  ['report on one plan only (validation always covers the whole workspace)', 'rapporter bare om én plan (valideringen dekker alltid hele arbeidsområdet)'],
  ['colour the output (default: each of stdout and stderr when it is a terminal and NO_COLOR is unset)', 'farg utdataene (standard: hver av stdout og stderr som er en terminal, når NO_COLOR ikke er satt)'],
  ['never colour the output', 'farg aldri utdataene'],
  ['language of text reports: nb or en (default: from LC_ALL, LC_MESSAGES or LANG)', 'språk i tekstrapporter: nb eller en (standard: fra LC_ALL, LC_MESSAGES eller LANG)'],
  ['accepted as every command accepts it; the schema is in English', 'godtas slik alle kommandoer godtar det; skjemaet er på engelsk'],
  ['width of text reports in columns (default: the terminal width, 100 when not a terminal)', 'bredden på tekstrapporter i kolonner (standard: terminalens bredde, 100 når det ikke er en terminal)'],
  ['wrap findings at this width in columns (default: lines stay whole)', 'bryt funnene ved denne bredden i kolonner (standard: linjene holdes hele)'],
  ['check the plans against every rule; exit 1 on an error', 'sjekk planene mot alle regler; avslutningskode 1 ved en feil'],
  ['treat warnings as errors', 'behandle advarsler som feil'],
  ['projected and latest dates, float and driver of every milestone; the critical paths', 'beregnet og seneste dato, slakk og driver for hver milepæl; de kritiske linjene'],
  ['board meetings before milestones: for each milestone and body, the admissible meeting or what is missing', 'styremøter før milepæler: for hver milepæl og hvert organ, møtet som kan brukes, eller hva som mangler'],
  ['Gantt chart of milestones and meetings in the terminal', 'Gantt-diagram over milepæler og møter i terminalen'],
  ['first day of the chart: YYYY-MM-DD, DD.MM.YYYY, YYYY-MM, YYYY-Qn or YYYY', 'første dag i diagrammet: ÅÅÅÅ-MM-DD, DD.MM.ÅÅÅÅ, ÅÅÅÅ-MM, ÅÅÅÅ-Qn eller ÅÅÅÅ'],
  ['last day of the chart, likewise', 'siste dag i diagrammet, på samme måte'],
  ['time scale: day, week, month, quarter or year (default: fits the range)', 'tidsskala: day, week, month, quarter eller year (standard: tilpasset perioden)'],
  ['draw with ASCII characters only', 'tegn bare med ASCII-tegn'],
  ['draw planned dates from a baseline: a file, a directory, <git-rev>:<path>, or gate:<ref> (the plan approved at that gate)', 'tegn planlagte datoer fra en referanseplan: en fil, en mappe, <git-rev>:<sti> eller gate:<ref> (planen som ble godkjent i det beslutningspunktet)'],
  ['roadmap: goals by year with status and progress, measures and who is responsible', 'veikart: resultatmål per år med status og fremdrift, tiltak og hvem som er ansvarlig'],
  ['slip, status, driver and BEI of every milestone against the plan or a baseline', 'forsinkelse, status, driver og BEI for hver milepæl mot planen eller en referanseplan'],
  ['compare with the workspace in a file, a directory, <git-rev>:<path> (e.g. origin/main:plans), or gate:<ref> (the plan approved at that gate)', 'sammenlign med arbeidsområdet i en fil, en mappe, <git-rev>:<sti> (f.eks. origin/main:plans) eller gate:<ref> (planen som ble godkjent i det beslutningspunktet)'],
  ['add the milestone trend analysis (forecast history)', 'legg til trendanalysen for milepæler (prognosehistorikk)'],
  ['decision points: the deciding body\'s meeting and the readiness margin of every gate', 'beslutningspunkter: møtet i organet som beslutter, og klarmarginen for hvert beslutningspunkt'],
  ['schedule health: the DCMA checks for a milestone network, per plan; exit 1 when one fails', 'planhelse: DCMA-sjekkene for et milepælsnettverk, per plan; avslutningskode 1 når én feiler'],
  ['the milestone or gate: plan/ID, or ID when one plan has it', 'milepælen eller beslutningspunktet: plan/ID, eller ID når bare én plan har den'],
  ['why a milestone or gate has its dates: the driving chain, holidays crossed, what binds its latest date, the meetings', 'hvorfor en milepæl eller et beslutningspunkt har sine datoer: den drivende kjeden, helligdager underveis, hva som binder seneste dato, møtene'],
  ['status date T for the diagnostics, YYYY-MM-DD or DD.MM.YYYY (default: the latest status_date, else the system date)', 'statusdato T for diagnostikken, ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ (standard: den siste status_date, ellers systemdatoen)'],
  ['the status date T written as each new entry\'s reported, YYYY-MM-DD or DD.MM.YYYY (default: the latest status_date, else the system date)', 'statusdatoen T, som skrives som reported i hver ny oppføring, ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ (standard: den siste status_date, ellers systemdatoen)'],
  ['language of messages: nb or en (default: from LC_ALL, LC_MESSAGES or LANG)', 'språk i meldinger: nb eller en (standard: fra LC_ALL, LC_MESSAGES eller LANG)'],
  ['colour the diagnostics on stderr (default: when stderr is a terminal and NO_COLOR is unset)', 'farg diagnostikken på stderr (standard: når stderr er en terminal og NO_COLOR ikke er satt)'],
  ['never colour the diagnostics', 'farg aldri diagnostikken'],
  ['edit a milestone\'s forecast, actual or status in its file, changing only that value', 'endre prognose, faktisk dato eller status for en milepæl i filen, og bare den verdien'],
  ['the milestone: plan/ID, or ID when one plan has it', 'milepælen: plan/ID, eller ID når bare én plan har den'],
  ['new forecast: YYYY-MM-DD, DD.MM.YYYY, YYYY-MM, YYYY-Qn or YYYY', 'ny prognose: ÅÅÅÅ-MM-DD, DD.MM.ÅÅÅÅ, ÅÅÅÅ-MM, ÅÅÅÅ-Qn eller ÅÅÅÅ'],
  ['date achieved: YYYY-MM-DD or DD.MM.YYYY', 'dato nådd: ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ'],
  ['reported status: green, yellow or red (grønn, gul, rød and amber are written as these)', 'rapportert status: green, yellow eller red (grønn, gul, rød og amber skrives som green, yellow, red)'],
  ['append {reported: T, forecast: current} to each open milestone\'s history when its forecast changed', 'legg {reported: T, forecast: gjeldende} til historikken for hver åpen milepæl når prognosen er endret'],
  ['record only this plan\'s milestones', 'registrer bare denne planens milepæler'],
  ['the plan of a bare milestone id: set MP1 --plan akson is set akson/MP1', 'planen til en milepæl gitt ved id alene: set MP1 --plan akson er set akson/MP1'],
  ['export to Mermaid, iCalendar (ics), JSON, a self-contained HTML page, or one plan as MS Project XML (mspdi), on stdout', 'eksporter til Mermaid, iCalendar (ics), JSON, en selvstendig HTML-side eller én plan som MS Project XML (mspdi), på stdout'],
  ['Monte Carlo schedule risk: P50 (styringsdato) and P85 (rammedato) of every milestone, probabilities, criticality and drivers', 'Monte Carlo-analyse av planrisiko: P50 (styringsdato) og P85 (rammedato) for hver milepæl, sannsynligheter, kritikalitet og drivere'],
  ['number of iterations (default: 10000)', 'antall iterasjoner (standard: 10000)'],
  ['seed of the random draws, a whole number (default: 1)', 'frø for de tilfeldige trekningene, et heltall (standard: 1)'],
  ['worker threads (default: the number of CPUs; more is clamped to it)', 'arbeidstråder (standard: antall CPU-er; flere begrenses til det)'],
  ['show the distribution of one milestone as a histogram and an S-curve', 'vis fordelingen for én milepæl som histogram og S-kurve'],
  ['language server on stdio for editors: diagnostics as you type, hover, completion, definitions, quick fixes', 'språktjener på stdio for editorer: diagnostikk mens du skriver, hover, fullføring, definisjoner, hurtigrettinger'],
  ['talk over stdin and stdout (the default and only transport; accepted for editors that pass it)', 'kommuniser over stdin og stdout (standard og eneste transport; godtas for editorer som oppgir det)'],
  ['language of messages: nb or en, unless the editor asks for one (default: from LC_ALL, LC_MESSAGES or LANG)', 'språk i meldinger: nb eller en, med mindre editoren ber om et (standard: fra LC_ALL, LC_MESSAGES eller LANG)'],
  ['plan files or directories to watch (default: ./plans)', 'planfiler eller mapper som skal overvåkes (standard: ./plans)'],
  ['language of its own lines, passed on to a milepel command after -- that names none: nb or en (default: that command\'s --locale, else from LC_ALL, LC_MESSAGES or LANG)', 'språk i watch sine egne linjer, gitt videre til en milepel-kommando etter -- som ikke angir noe: nb eller en (standard: kommandoens --locale, ellers fra LC_ALL, LC_MESSAGES eller LANG)'],
  ['re-run validate, or the command after --, whenever a plan file changes; Ctrl-C stops', 'kjør validate, eller kommandoen etter --, på nytt hver gang en planfil endres; Ctrl-C stopper'],
  ['print the JSON Schema of a plan file', 'skriv ut JSON-skjemaet for en planfil'],
  ['directory to create (default: ./plans)', 'mappe som skal opprettes (standard: ./plans)'],
  ['write an example workspace; never overwrites', 'skriv et eksempel på et arbeidsområde; overskriver aldri'],
  ['a P6 .xer, MS Project .xml, .csv or .xlsx file', 'en P6 .xer-, MS Project .xml-, .csv- eller .xlsx-fil'],
  ['import a schedule from Primavera P6, MS Project, CSV or Excel into plan files; never overwrites', 'importer en tidsplan fra Primavera P6, MS Project, CSV eller Excel til planfiler; overskriver aldri'],
  ['directory to write the plan files into (default: ./plans)', 'mappe planfilene skrives til (standard: ./plans)'],
  ['id of the imported plan (default: from the project\'s name)', 'id for den importerte planen (standard: fra prosjektets navn)'],
  ['input format: xer, mspdi, csv or xlsx (default: from the extension or the content)', 'inndataformat: xer, mspdi, csv eller xlsx (standard: fra filendelsen eller innholdet)'],
  ['language of the findings and summary on stderr: nb or en (default: from LC_ALL, LC_MESSAGES or LANG)', 'språk i funnene og sammendraget på stderr: nb eller en (standard: fra LC_ALL, LC_MESSAGES eller LANG)'],
  // Comments after the example command lines.
  ['check ./plans', 'sjekk ./plans'],
  ['annotations in GitHub Actions', 'merknader i GitHub Actions'],
  ['failing checks as annotations', 'sjekker som feiler, som merknader'],
  ['started by the editor (see editors/vscode, README)', 'startes av editoren (se editors/vscode, README)'],
  ['for editors without the package', 'for editorer uten pakken'],
  ['./plans with a plan, a board and its meetings', './plans med en plan, et styre og møtene'],
  ['write an example workspace into ./plans', 'skriv et eksempel på et arbeidsområde til ./plans'],
  ['check every plan in ./plans', 'sjekk hver plan i ./plans'],
  // commander's own texts.
  ['display help for command', 'vis hjelp for kommandoen'],
  ['output the version number', 'skriv ut versjonsnummeret'],
];

let titles: ReadonlyMap<string, string> | undefined;

/** commander's section titles, built on first use. */
export function helpTitlesNb(): ReadonlyMap<string, string> {
  titles ??= new Map([
    ['Usage:', 'Bruk:'],
    ['Arguments:', 'Argumenter:'],
    ['Options:', 'Valg:'],
    ['Global Options:', 'Globale valg:'],
    ['Commands:', 'Kommandoer:'],
    ['Examples:', 'Eksempler:'],
  ]);
  return titles;
}

let usageWords: ReadonlyMap<string, string> | undefined;

/** commander's placeholders in usage lines (`Usage: milepel validate [options] [paths...]`), built on first use. */
export function usageWordsNb(): ReadonlyMap<string, string> {
  usageWords ??= new Map([
    ['[options]', '[valg]'],
    ['[command]', '[kommando]'],
  ]);
  return usageWords;
}

/** `output format: text, json` (built per command from its formats) and any entry above. */
export function helpTextNb(english: string): string | undefined {
  const format = /^output format: (.*)$/.exec(english);
  if (format) return `utdataformat: ${format[1]}`;
  return helpNb().get(english);
}
