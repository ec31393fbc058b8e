// The rule registry, alphabetical by id.
import { actualInFuture } from './actual-in-future.js';
import { dateRange } from './date-range.js';
import { dependencyCycle } from './dependency-cycle.js';
import { dependencyOrder } from './dependency-order.js';
import { duplicateId } from './duplicate-id.js';
import { encoding } from './encoding.js';
import { gateDecision } from './gate-decision.js';
import { gateReadiness } from './gate-readiness.js';
import { invalidDate } from './invalid-date.js';
import { lead } from './lead.js';
import { meetingBeforeMilestone } from './meeting-before-milestone.js';
import { negativeFloat } from './negative-float.js';
import { nonWorkingDay } from './non-working-day.js';
import { overdue } from './overdue.js';
import { progressRange } from './progress-range.js';
import type { Rule } from './rule.js';
import { schema } from './schema.js';
import { unassigned } from './unassigned.js';
import { unknownReference } from './unknown-reference.js';
import { yamlSyntax } from './yaml-syntax.js';

export const RULES: readonly Rule[] = [
  actualInFuture,
  dateRange,
  dependencyCycle,
  dependencyOrder,
  duplicateId,
  encoding,
  gateDecision,
  gateReadiness,
  invalidDate,
  lead,
  meetingBeforeMilestone,
  negativeFloat,
  nonWorkingDay,
  overdue,
  progressRange,
  schema,
  unassigned,
  unknownReference,
  yamlSyntax,
];

export type { Rule, RuleContext, Finding } from './rule.js';
