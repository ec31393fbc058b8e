// The example workspace `milepel init` writes: small, commented, valid, and showing every feature.

export const GOVERNANCE_EXAMPLE = `# yaml-language-server: $schema=schemas/plan.schema.json
# Governance bodies and their meetings. Bodies and meetings are global: every plan
# in the workspace can require a body and list its meetings.
bodies:
  - id: STYRE
    name: Styringsgruppen

meetings:
  # A meeting is referred to as <body>@<date> (STYRE@2026-03-25), or by its id.
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

export const PLAN_EXAMPLE = `# yaml-language-server: $schema=schemas/plan.schema.json
# An example plan. Run \`milepel validate\`, \`milepel critical-path\` and
# \`milepel meetings\` on this folder, then change dates and see what happens.
plan:
  id: example                    # namespace of the ids below: example/M1
  title: Eksempelprosjekt
  owner: Direktoratet for e-helse
  status_date: 2026-05-15        # "as of" date; --today overrides it
  calendar:
    holidays: "NO"               # Norwegian public holidays (or none); quoted: YAML 1.1 tools read bare NO as false
    closed: [2026-07-13..2026-07-31]   # extra non-working days: fellesferie
  governance:
    require: [STYRE]             # STYRE must meet before every milestone …
    window: 30ed                 # … at most 30 calendar days before it …
    lead: 2d                     # … and at least 2 working days before it
  critical: 0d                   # float at or below this is critical

milestones:
  - id: M1
    title: Prosjektplan godkjent
    date: 2026-03-31             # planned (baseline) date
    actual: 2026-03-27           # achieved
    meetings: [STYRE@2026-03-25]
    responsible: Direktoratet for e-helse

  - id: M2
    title: Leverandørdialog fullført
    date: 2026-06-12
    forecast: 2026-06-19         # current forecast: one week late
    after: [{id: M1, lag: 10d}]  # at least 10 working days after M1
    meetings: [STYRE@2026-06-10]
    history:                     # earlier forecasts, for the trend chart
      - {reported: 2026-05-01, forecast: 2026-06-12}

  - id: M3
    title: Anbefaling levert
    date: 2026-10-30
    deadline: 2026-11-13         # hard latest date
    after: [M2]
    duration: 60d                # sixty working days of work after M2
    meetings: [STYRE-3-26]
    goal: RM1
    progress: 1/2                # measures started / total
    status: green

  - id: M4
    title: Beslutning om videre arbeid
    date: 2027-Q1                # a period: by the end of Q1 2027
    after: [M3]
    require: []                  # no board meeting needed for this one

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
