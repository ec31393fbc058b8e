// Norwegian (bokmål) schema descriptions of the rules (the keys of a plan's severity overrides), keyed by the
// English text in schemas/plan.schema.json, in its order.

export const ruleDescriptionsNb = (): [string, string][] => [
  ["The file is not valid YAML, a mapping repeats a key, or aliases expand excessively. Default severity: error.", "Filen er ikke gyldig YAML, en mapping gjentar en nøkkel, eller aliaser ekspanderer for mye. Standard alvorlighetsgrad: error."],
  ["The file does not match the plan schema. Default severity: error.", "Filen stemmer ikke med planskjemaet. Standard alvorlighetsgrad: error."],
  ["A date or period has the right shape but does not exist, such as 2019-02-30 or 2019-Q5. Default severity: error.", "En dato eller periode har riktig form, men finnes ikke, som 2019-02-30 eller 2019-Q5. Standard alvorlighetsgrad: error."],
  ["Two plans, bodies, meetings or entities of one kind in a plan share an id. Default severity: error.", "To planer, styringsorganer, møter eller elementer av samme slag i en plan har samme id. Standard alvorlighetsgrad: error."],
  ["An `after`, `meetings`, `require`, `body`, `goal` or `measures[].milestones` entry names nothing. Default severity: error.", "En oppføring i `after`, `meetings`, `require`, `body`, `goal` eller `measures[].milestones` viser til noe som ikke finnes. Standard alvorlighetsgrad: error."],
  ["The `after` graph has a cycle. Default severity: error.", "Avhengighetene i `after` danner en sirkel. Standard alvorlighetsgrad: error."],
  ["A milestone's current date is earlier than one of its dependencies allows on current dates (for finish-to-start: a predecessor's current date plus lag and duration). Default severity: error.", "En milepæls gjeldende dato er tidligere enn en av avhengighetene tillater ut fra gjeldende datoer (for slutt–start: forgjengerens gjeldende dato pluss etterslep og varighet). Standard alvorlighetsgrad: error."],
  ["A listed meeting lies outside the admissible interval before the milestone, or a required body has no admissible meeting. Default severity: error.", "Et oppgitt møte ligger utenfor det gyldige intervallet før milepælen, eller et påkrevd styringsorgan har ikke noe gyldig møte. Standard alvorlighetsgrad: error."],
  ["`actual` is after the status date. Default severity: error.", "`actual` er etter statusdatoen. Standard alvorlighetsgrad: error."],
  ["The milestone is not achieved and its projected date is before the status date. Default severity: warning.", "Milepælen er ikke nådd, og den beregnede datoen er før statusdatoen. Standard alvorlighetsgrad: warning."],
  ["The milestone's total float is negative. Default severity: warning.", "Milepælens totale slakk er negativ. Standard alvorlighetsgrad: warning."],
  ["A milestone day date or a meeting falls on a non-working day. Default severity: warning.", "En milepæls dato eller et møte faller på en dag som ikke er arbeidsdag. Standard alvorlighetsgrad: warning."],
  ["A measure has no responsible party or \"?\", or a milestone has responsible \"?\". Default severity: warning.", "Et tiltak har ingen ansvarlig eller \"?\", eller en milepæl har ansvarlig \"?\". Standard alvorlighetsgrad: warning."],
  ["`progress` has more started than total measures. Default severity: error.", "`progress` har flere startede tiltak enn tiltak totalt. Standard alvorlighetsgrad: error."],
  ["A dependency has a negative lag (a lead). Default severity: warning.", "En avhengighet har negativt etterslep (et forsprang). Standard alvorlighetsgrad: warning."],
  ["A date the schedule computes falls before 0001-01-01 or after 9999-12-31 and is left out of every output. Default severity: error.", "En dato tidsplanen regner ut faller før 0001-01-01 eller etter 9999-12-31 og utelates fra alle utdata. Standard alvorlighetsgrad: error."],
  ["The file is not valid UTF-8 (or UTF-16 with a byte order mark). Default severity: error.", "Filen er ikke gyldig UTF-8 (eller UTF-16 med byte order mark). Standard alvorlighetsgrad: error."],
  ["A gate's deciding body has no meeting in the admissible interval before the gate's current date. Default severity: error.", "Beslutningspunktets besluttende organ har ikke noe møte i det tillatte intervallet før beslutningspunktets gjeldende dato. Standard alvorlighetsgrad: error."],
  ["A gate's ready milestone is projected later than the gate's current date minus its lead. Default severity: error.", "Beslutningspunktets klar-milepæl er beregnet senere enn beslutningspunktets gjeldende dato minus forsprang. Standard alvorlighetsgrad: error."],
];
