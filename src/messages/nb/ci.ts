// Norwegian (bokmål) words of the CI formats around validate's findings: the job summary's table, JUnit's place,
// SARIF's rules. Rule ids, severities in machine fields and test case names are no words and stay as they are.
import type { RuleId } from '../../diagnostics/types.js';
import type { CiMessages } from '../data/ci.js';
import type { CataloguePart } from '../types.js';

const COLUMNS = { severity: 'alvorlighetsgrad', where: 'sted', rule: 'regel', finding: 'funn' } as const;

/** SARIF's one line per rule, as the English (messages/en/ci.ts), in the words of the Norwegian findings. */
const RULE_DESCRIPTIONS: Readonly<Record<RuleId, string>> = {
  'yaml-syntax': 'Filen er ikke gyldig YAML, gjentar en nøkkel eller ekspanderer aliaser for mye.',
  schema: 'Filen stemmer ikke med planskjemaet.',
  'invalid-date': 'En dato eller periode finnes ikke.',
  'duplicate-id': 'To planer, styringsorganer, møter eller elementer av samme slag har samme id.',
  'unknown-reference': 'En henvisning viser til noe som ikke finnes.',
  'dependency-cycle': 'Avhengighetene danner en sirkel.',
  'dependency-order': 'En milepæl er datert tidligere enn avhengigheten tillater (for slutt–start: forgjengeren pluss etterslep og varighet).',
  'gate-decision': 'Det besluttende organet for et beslutningspunkt har ikke møte i tide før beslutningspunktet.',
  'gate-readiness': 'Klar-milepælen til et beslutningspunkt er beregnet for sent for beslutningspunktet.',
  'meeting-before-milestone': 'Et påkrevd styringsorgan har ikke møte i tide før milepælen.',
  'actual-in-future': 'En faktisk dato er etter statusdatoen.',
  overdue: 'En milepæl uten faktisk dato er beregnet til før statusdatoen.',
  'negative-float': 'En milepæl har negativ total slakk.',
  'non-working-day': 'En milepæl eller et møte faller på en dag som ikke er arbeidsdag.',
  unassigned: 'Et tiltak eller en milepæl har ingen ansvarlig.',
  'progress-range': 'Fremdriften har flere startede tiltak enn tiltak totalt.',
  lead: 'En avhengighet har negativt etterslep (et forsprang).',
  encoding: 'Filen, eller navnet på den, er ikke gyldig UTF-8.',
  'date-range': 'En beregnet dato faller utenfor årene 0001–9999.',
};

export const ciNb = (): CataloguePart<keyof CiMessages> => ({
  __proto__: null,
  'ci.summary.column': (d) => COLUMNS[d.column],
  'ci.summary.more': (d) => `${d.count} funn til står i jobbloggen (et stegsammendrag rommer høyst 1 MiB).`,
  'ci.junit.at': (d) => `i ${d.place}`,
  'ci.sarif.rule': (d) => RULE_DESCRIPTIONS[d.rule],
  'ci.sarif.health-rule': (d) => `Planhelsekontrollen ${d.check} (DCMA, SPEC §13) feiler.`,
});
