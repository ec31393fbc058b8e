// Norwegian (bokmål) schema descriptions of the shared value shapes (ids, references, dates, durations, thresholds,
// severities), keyed by the English text in schemas/plan.schema.json, in its order.

export const valueDescriptionsNb = (): [string, string][] => [
  ["A plan id: lower-case letters, digits and hyphens, starting with a letter or digit.", "En plan-id: små bokstaver, sifre og bindestreker, og begynner med en bokstav eller et siffer."],
  ["An id: letters, digits, `_`, `.` and `-`, not starting with `.` or `-`.", "En id: bokstaver, sifre, `_`, `.` og `-`, og begynner ikke med `.` eller `-`."],
  ["A milestone reference: `ID` in the same plan or `plan-id/ID` in another plan.", "En referanse til en milepæl: `ID` i samme plan eller `plan-id/ID` i en annen plan."],
  ["A meeting reference: a meeting id, or `<body>@<YYYY-MM-DD>` for a meeting without one.", "En referanse til et møte: en møte-id, eller `<body>@<YYYY-MM-DD>` for et møte uten id."],
  ["A day date, YYYY-MM-DD. Whether the day exists is checked by the invalid-date rule.", "En dato, YYYY-MM-DD. Om dagen finnes, kontrolleres av regelen invalid-date."],
  ["An inclusive range of day dates, YYYY-MM-DD..YYYY-MM-DD.", "Et datointervall med begge endepunkter medregnet, YYYY-MM-DD..YYYY-MM-DD."],
  ["A day date YYYY-MM-DD or a period YYYY, YYYY-Qn or YYYY-MM meaning the last day of that period. An unquoted year (YAML reads it as a number) is allowed.", "En dato YYYY-MM-DD eller en periode YYYY, YYYY-Qn eller YYYY-MM, som betyr periodens siste dag. Et årstall uten anførselstegn (som YAML leser som et tall) er tillatt."],
  ["A duration `<n><unit>`: `d` working days, `w` working weeks (5 working days), `ed` elapsed days, `ew` elapsed weeks; n is a whole number from 0 to 99999.", "En varighet `<n><unit>`: `d` arbeidsdager, `w` arbeidsuker (5 arbeidsdager), `ed` kalenderdager, `ew` kalenderuker; n er et heltall fra 0 til 99999."],
  ["A duration in working days (`d`) or working weeks (`w`).", "En varighet i arbeidsdager (`d`) eller arbeidsuker (`w`)."],
  ["A duration, or a three-point estimate in one unit with min ≤ likely ≤ max: `5d..10d..20d` or `{min: 5d, likely: 10d, max: 20d}`.", "En varighet, eller et trepunktsestimat i én enhet med min ≤ likely ≤ max: `5d..10d..20d` eller `{min: 5d, likely: 10d, max: 20d}`."],
  ["Optimistic value.", "Optimistisk verdi."],
  ["Most likely value: the one every report except `milepel risk` uses.", "Mest sannsynlige verdi: den som alle rapporter unntatt `milepel risk` bruker."],
  ["Pessimistic value.", "Pessimistisk verdi."],
  ["A duration that may be negative (a lead): `-3d`, `0d`, `10d`.", "En varighet som kan være negativ (et forsprang): `-3d`, `0d`, `10d`."],
  ["A lag: a duration, a lead (`-3d`), or a three-point estimate in one unit with min ≤ likely ≤ max: `-2d..0d..5d` or `{min: -2d, likely: 0d, max: 5d}`.", "Et etterslep: en varighet, et forsprang (`-3d`), eller et trepunktsestimat i én enhet med min ≤ likely ≤ max: `-2d..0d..5d` eller `{min: -2d, likely: 0d, max: 5d}`."],
  ["A rule id.", "En regel-id."],
  ["A threshold of a health check that counts a share: percent, from 0 to 100, or `off`.", "En grense for en helsekontroll som teller en andel: prosent, fra 0 til 100, eller `off`."],
  ["A threshold of a health check (a non-negative number in the check's unit) or `off`.", "En grense for en helsekontroll (et ikke-negativt tall i kontrollens enhet) eller `off`."],
  ["Severity of a rule: `error` fails validation, `warning` is reported only, `off` disables the rule.", "Alvorlighetsgrad for en regel: `error` gjør at valideringen feiler, `warning` blir bare rapportert, `off` slår av regelen."],
];
