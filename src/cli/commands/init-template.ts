// The example workspace `milepel init` writes: small, commented, valid, and showing every feature.
import type { Locale } from '../../messages/index.js';

/** governance.yaml of the example, its comments from `c`. */
function governanceExample(c: Comments): string {
  return `# yaml-language-server: $schema=schemas/plan.schema.json
${c.govHead}
bodies:
  - id: STYRE
    name: Styringsgruppen

meetings:
  ${c.meetingRef}
  - body: STYRE
    date: 2026-03-25
    title: Oppstartsmøte
  - body: STYRE
    date: 2026-06-10
  - id: STYRE-3-26
    body: STYRE
    date: 2026-10-21
    title: Møte 3/26
    location: Oslo
`;
}

/** example.yaml, its comments from `c`. */
function planExample(c: Comments): string {
  return `# yaml-language-server: $schema=schemas/plan.schema.json
${c.planHead}
plan:
  id: example                    # ${c.id}
  title: Eksempelprosjekt
  owner: Direktoratet for e-helse
  status_date: 2026-05-15        # ${c.statusDate}
  calendar:
    holidays: "NO"               # ${c.holidays}
    closed: [2026-07-13..2026-07-31]   # ${c.closed}
  governance:
    require: [STYRE]             # ${c.require}
    window: 30ed                 # ${c.window}
    lead: 2d                     # ${c.lead}
  critical: 0d                   # ${c.critical}

milestones:
  - id: M1
    title: Prosjektplan godkjent
    date: 2026-03-31             # ${c.date}
    actual: 2026-03-27           # ${c.actual}
    meetings: [STYRE@2026-03-25]
    responsible: Direktoratet for e-helse

  - id: M2
    title: Leverandørdialog fullført
    date: 2026-06-12
    forecast: 2026-06-19         # ${c.forecast}
    after: [{id: M1, lag: 10d}]  # ${c.after}
    meetings: [STYRE@2026-06-10]
    history:                     # ${c.history}
      - {reported: 2026-05-01, forecast: 2026-06-12}

  - id: M3
    title: Anbefaling levert
    date: 2026-10-30
    deadline: 2026-11-13         # ${c.deadline}
    after: [M2]
    duration: 60d                # ${c.duration}
    meetings: [STYRE-3-26]
    goal: RM1
    progress: 1/2                # ${c.progress}
    status: green

  - id: M4
    title: Beslutning om videre arbeid
    date: 2027-Q1                # ${c.period}
    after: [M3]
    require: []                  # ${c.noMeeting}

goals:
  - id: RM1
    title: Felles journalløsning er anbefalt
    area: Samhandling

measures:
  - id: RM1-T1
    goal: RM1
    title: Utrede løsningsomfang og arkitektur
    responsible: Direktoratet for e-helse
    milestones: [M3]
  - id: RM1-T2
    goal: RM1
    title: Forankre anbefalingen i kommunesektoren
    responsible: KS
    milestones: [M4]
`;
}

/** The comments of the example workspace, in the language of the run (`--locale`, LANG). */
interface Comments {
  readonly govHead: string;
  readonly meetingRef: string;
  readonly planHead: string;
  readonly id: string;
  readonly statusDate: string;
  readonly holidays: string;
  readonly closed: string;
  readonly require: string;
  readonly window: string;
  readonly lead: string;
  readonly critical: string;
  readonly date: string;
  readonly actual: string;
  readonly forecast: string;
  readonly after: string;
  readonly history: string;
  readonly deadline: string;
  readonly duration: string;
  readonly progress: string;
  readonly period: string;
  readonly noMeeting: string;
}

const EN: Comments = {
  govHead: '# Governance bodies and their meetings. Bodies and meetings are global: every plan\n# in the workspace can require a body and list its meetings.',
  meetingRef: '# A meeting is referred to as <body>@<date> (STYRE@2026-03-25), or by its id.',
  planHead: '# An example plan. Run `milepel validate`, `milepel critical-path` and\n# `milepel meetings` on this folder, then change dates and see what happens.',
  id: 'namespace of the ids below: example/M1',
  statusDate: '"as of" date; --today overrides it',
  holidays: 'Norwegian public holidays (or none); quoted: YAML 1.1 tools read bare NO as false',
  closed: 'extra non-working days: fellesferie',
  require: 'STYRE must meet before every milestone …',
  window: '… at most 30 calendar days before it …',
  lead: '… and at least 2 working days before it',
  critical: 'float at or below this is critical',
  date: 'planned (baseline) date',
  actual: 'achieved',
  forecast: 'current forecast: one week late',
  after: 'at least 10 working days after M1',
  history: 'earlier forecasts, for the trend chart',
  deadline: 'hard latest date',
  duration: 'sixty working days of work after M2',
  progress: 'measures started / total',
  period: 'a period: by the end of Q1 2027',
  noMeeting: 'no board meeting needed for this one',
};

const NB: Comments = {
  govHead: '# Styringsorganer og møtene deres. Organer og møter er felles: hver plan i\n# arbeidsområdet kan kreve et organ og vise til møtene dets.',
  meetingRef: '# Et møte omtales som <organ>@<dato> (STYRE@2026-03-25) eller med id-en sin.',
  planHead: '# En eksempelplan. Kjør `milepel validate`, `milepel critical-path` og\n# `milepel meetings` på denne mappen, endre så datoer og se hva som skjer.',
  id: 'navnerom for id-ene nedenfor: example/M1',
  statusDate: 'statusdato («per»); --today overstyrer den',
  holidays: 'norske helligdager (eller none); i anførselstegn: YAML 1.1-verktøy leser NO som false',
  closed: 'flere dager uten arbeid: fellesferie',
  require: 'STYRE må ha møte før hver milepæl …',
  window: '… høyst 30 kalenderdager før den …',
  lead: '… og minst 2 arbeidsdager før den',
  critical: 'slakk på eller under dette er kritisk',
  date: 'planlagt dato (basisplan)',
  actual: 'oppnådd',
  forecast: 'gjeldende prognose: en uke forsinket',
  after: 'minst 10 arbeidsdager etter M1',
  history: 'tidligere prognoser, til trenddiagrammet',
  deadline: 'absolutt seneste dato',
  duration: 'seksti arbeidsdager med arbeid etter M2',
  progress: 'tiltak startet / i alt',
  period: 'en periode: innen utgangen av 1. kvartal 2027',
  noMeeting: 'denne krever ikke noe styremøte',
};

/** The example workspace's two files, commented in `locale` (SPEC §15: text a person reads follows the locale). */
export function exampleFiles(locale: Locale): { readonly governance: string; readonly plan: string } {
  const c = locale === 'nb' ? NB : EN;
  return { governance: governanceExample(c), plan: planExample(c) };
}
