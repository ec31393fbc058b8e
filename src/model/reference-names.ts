// Whether a reference, written so, would name something: an entity the model has, one it left out whose references
// are not reported, or a definition whose id is no id that the reference spells (which is then to be renamed).
import type { ReferenceKind, Workspace } from './types.js';
import type { ReferredKind } from './meant-ids.js';
import type { MisspeltDefinition } from './misspelt-definitions.js';
import { meetingFinder } from './resolve-meetings.js';
import type { UnresolvedReference } from './finding-types.js';

/** What the model knows besides its lists: the answers reference-names.ts combines. */
export interface NamedBy {
  /** meantIds: the entity a reference names as written (a definition whose id is no id too), undefined for none. */
  readonly meant: (kind: ReferredKind, plan: number | undefined, text: string) => string | undefined;
  /** misspeltDefinitions: the definition whose id is no id that an unknown reference spells in ids' characters. */
  readonly misspelt: (u: UnresolvedReference) => MisspeltDefinition | undefined;
  /** The names of meetings the model left out (a body, date or id the schema or calendar refused): not reported. */
  readonly leftOut: ReadonlySet<string>;
  /** Whether a file of the workspace does not parse: a plan it declares is unknown, and references to it unchecked. */
  readonly hasUnreadable: boolean;
}

/** The unknown-reference kind of each kind of entity referred to, for misspeltDefinitions. */
const AS_UNRESOLVED: Readonly<Record<ReferredKind, ReferenceKind>> = { milestones: 'after', bodies: 'require', meetings: 'meetings' };

/**
 * For workspace `ws`: whether a reference of `kind` written `text` in a file of plan `plan` (plan index) names
 * something, so that writing it leaves no unknown-reference, or one whose hint says which definition to rename: a
 * milestone or gate (`p/A` in plan p), a body, a meeting by its id (as resolve-meetings.ts finds it, or one the model
 * left out), a definition `misspelt` finds, or a milestone of a plan no readable file declares while a file does not
 * parse. A `<body>@<YYYY-MM-DD>` reference names something when its body does, as meantIds compares it: the day is
 * the writer's, and the unknown-reference finding for a day the body does not meet on names its nearest meeting.
 * Tester round 78 F17: `after: ["ZZ\u200b"]` was offered ZZ with no milestone ZZ, and the quick fix turned the schema
 * error into unknown-reference.
 */
export function referenceNames(ws: Workspace, by: NamedBy): (kind: ReferredKind, plan: number | undefined, text: string) => boolean {
  let findMeeting: ((ref: string) => number) | undefined;
  return (kind, plan, text) => {
    if (by.meant(kind, plan, text) !== undefined || (kind === 'meetings' && ((findMeeting ??= meetingFinder(ws))(text) >= 0 || by.leftOut.has(text)))) return true;
    if (by.misspelt({ kind: AS_UNRESOLVED[kind], target: text, holder: undefined, plan, origin: { file: '', path: [] }, suggestion: undefined }) !== undefined) return true;
    const slash = kind === 'milestones' ? text.indexOf('/') : -1;
    return slash > 0 && by.hasUnreadable && !ws.planIndex.has(text.slice(0, slash));
  };
}
