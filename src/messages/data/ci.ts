// The data of the words the CI formats put around validate's findings (SPEC §15): the GitHub job summary's table,
// JUnit's line that places a finding, SARIF's rule descriptions. Under --locale they are in it, as the findings are.
import type { RuleId } from '../../diagnostics/types.js';
import type { HealthCheckId } from '../../health/ids.js';

export interface CiMessages {
  /** A column name of the job summary's findings table. */
  'ci.summary.column': { column: 'severity' | 'where' | 'rule' | 'finding' };
  /** How many findings the job summary left out to stay under GitHub's 1 MiB (the job log has them). */
  'ci.summary.more': { count: number };
  /** JUnit's line placing a finding in a failure or system-out text: `at plans/a.yaml:9:22` (`place` is file:line:col). */
  'ci.junit.at': { place: string };
  /** SARIF's shortDescription of a rule (tool.driver.rules[]): one line on what it finds (SPEC §4). */
  'ci.sarif.rule': { rule: RuleId };
  /** The same for a failing check of `milepel health` (SPEC §13), the rule `health/<check>`. */
  'ci.sarif.health-rule': { check: HealthCheckId };
}
