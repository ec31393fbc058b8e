// The workspace model: validated plan data in integer-indexed arrays, each entity with its origin. The entities'
// types live in plan-, milestone-, governance- and finding-types.ts and are re-exported here for the model's readers.
import type { DuplicateFinding, InvalidDate, RepeatedLink, RepeatedReference, UnreadablePlan, UnresolvedReference } from './finding-types.js';
import type { Body, Gate, Meeting } from './governance-types.js';
import type { Milestone, UndatedMilestone } from './milestone-types.js';
import type { DependencyList } from './dependency-table.js';
import type { Goal, Measure, Plan, RiskEvent } from './plan-types.js';

export type { DuplicateFinding, EntityKind, InvalidDate, ReferenceKind, RepeatedLink, RepeatedReference, UnreadablePlan, UnresolvedReference } from './finding-types.js';
export type { Body, Gate, Meeting } from './governance-types.js';
export { LINK_TYPES } from './milestone-types.js';
export type { AfterUndated, Dependency, HistoryEntry, LinkType, MeetingLink, Milestone, UndatedMilestone } from './milestone-types.js';
export type { DependencyList } from './dependency-table.js';
export type { Goal, Governance, Measure, Origin, Plan, RiskDistribution, RiskEvent } from './plan-types.js';

export interface Workspace {
  readonly files: readonly string[];
  readonly plans: readonly Plan[];
  readonly bodies: readonly Body[];
  readonly meetings: readonly Meeting[];
  readonly milestones: readonly Milestone[];
  /** The `after` edges: the graph's edges, in order (a DependencyTable when built from files). */
  readonly dependencies: DependencyList;
  readonly goals: readonly Goal[];
  readonly measures: readonly Measure[];
  /** Risk events of every plan (SPEC §1.6); undefined = none. */
  readonly risks?: readonly RiskEvent[] | undefined;
  /**
   * The ref of every risk defined (`plan/ID`), in `risks` or left out by a wrong probability or impact, as duplicate-id
   * sees them (model/risks.ts); undefined = none (tester round 77 F3).
   */
  readonly riskRefs?: ReadonlySet<string> | undefined;
  /** Decision points of every plan (SPEC §1.7); undefined = none. */
  readonly gates?: readonly Gate[] | undefined;
  readonly planIndex: ReadonlyMap<string, number>;
  readonly bodyIndex: ReadonlyMap<string, number>;
  readonly meetingIndex: ReadonlyMap<string, number>;
  /** `plan/ID` → milestone index. */
  readonly milestoneIndex: ReadonlyMap<string, number>;
  readonly duplicates: readonly DuplicateFinding[];
  readonly unresolved: readonly UnresolvedReference[];
  readonly invalidDates: readonly InvalidDate[];
  /** `after` entries that repeat an earlier entry's link (same predecessor, same type), left out of `dependencies`; undefined = none. */
  readonly repeatedLinks?: readonly RepeatedLink[] | undefined;
  /** Risks' and measures' `milestones` and milestones' `meetings` entries repeating an earlier entry (left out); undefined = none. */
  readonly repeatedReferences?: readonly RepeatedReference[] | undefined;
  /**
   * Milestones without a usable date (no schedule node: explain and risk say so when one is named), with the `after`
   * entries of scheduled ones that name each (UndatedMilestone); undefined = none.
   */
  readonly undated?: readonly UndatedMilestone[] | undefined;
  /** Plans declared only in files whose YAML does not parse, with the references to them left unchecked; undefined = none. */
  readonly unreadable?: readonly UnreadablePlan[] | undefined;
}
