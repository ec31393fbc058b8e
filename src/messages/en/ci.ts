// English words of the CI formats around validate's findings: the job summary's table, JUnit's place, SARIF's rules.
import type { RuleId } from '../../diagnostics/types.js';
import type { CiMessages } from '../data/ci.js';
import type { CataloguePart } from '../types.js';

const COLUMNS = { severity: 'severity', where: 'where', rule: 'rule', finding: 'finding' } as const;

// One line per rule for SARIF's `tool.driver.rules[].shortDescription` (SPEC §4).
const RULE_DESCRIPTIONS: Readonly<Record<RuleId, string>> = {
  'yaml-syntax': 'The file is not valid YAML, repeats a key, or expands aliases excessively.',
  schema: 'The file does not match the plan schema.',
  'invalid-date': 'A date or period does not exist.',
  'duplicate-id': 'Two plans, bodies, meetings or entities of one kind share an id.',
  'unknown-reference': 'A reference names nothing.',
  'dependency-cycle': 'The dependency graph has a cycle.',
  'dependency-order': 'A milestone is dated before its dependency allows (predecessor plus lag and duration for finish-to-start).',
  'gate-decision': 'The body that decides a gate does not meet in time before it.',
  'gate-readiness': 'A gate\'s readiness milestone is projected too late for the gate.',
  'meeting-before-milestone': 'A required governance body does not meet in time before the milestone.',
  'actual-in-future': 'An actual date is after the status date.',
  overdue: 'A milestone without an actual date is projected before the status date.',
  'negative-float': 'A milestone has negative total float.',
  'non-working-day': 'A milestone or meeting falls on a non-working day.',
  unassigned: 'A measure or milestone has no responsible party.',
  'progress-range': 'Progress has more started than total measures.',
  lead: 'A dependency has a negative lag (a lead).',
  encoding: 'The file, or its name, is not valid UTF-8.',
  'date-range': 'A computed date falls outside the years 0001–9999.',
};

export const ciEn: CataloguePart<keyof CiMessages> = {
  __proto__: null,
  'ci.summary.column': (d) => COLUMNS[d.column],
  'ci.summary.more': (d) => `${d.count} more findings are in the job log (a step summary holds at most 1 MiB).`,
  'ci.junit.at': (d) => `at ${d.place}`,
  'ci.sarif.rule': (d) => RULE_DESCRIPTIONS[d.rule],
  'ci.sarif.health-rule': (d) => `Schedule health check ${d.check} (DCMA, SPEC §13) fails.`,
};
