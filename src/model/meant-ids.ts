// What a reference names as written: an entity defined so, its id an id or not (tester round 77 F6).
import type { Path } from '../source/parse.js';
import type { Workspace } from './types.js';
import { definedIds } from './defined-ids.js';
import { meetingRefBody } from '../schema/meeting-name.js';

/** The kinds of entity a reference names: milestones (`after`, a risk's or measure's `milestones`), bodies, meetings. */
export type ReferredKind = 'milestones' | 'bodies' | 'meetings';

/** A schema problem as meantIds reads it: where, in which plan, and the text there when it is one. */
export interface WrittenValue {
  readonly path: Path;
  readonly plan: number | undefined;
  readonly written?: string | undefined;
}

/**
 * The kind of entity the reference at `path` names (SPEC §1: after, require, meetings, a meeting's or gate's body, a
 * gate's ready.milestone, a risk's or measure's milestones, the plan's governance.require), or undefined when `path` holds no such reference.
 */
export function referenceKind(path: Path): ReferredKind | undefined {
  const [top, index, field] = path;
  if (top === 'plan') return index === 'governance' && field === 'require' && path.length === 4 ? 'bodies' : undefined;
  if (typeof top !== 'string' || typeof index !== 'number') return undefined;
  // A gate's readiness milestone (SPEC §12; tester round 78 F13: `ready: {milestone: Møte1}` was offered another).
  if (top === 'gates' && field === 'ready') return path.length === 4 && path[3] === 'milestone' ? 'milestones' : undefined;
  if (top === 'milestones' && field === 'after') return path.length === 4 || (path.length === 5 && path[4] === 'id') ? 'milestones' : undefined;
  if (path.length === 4 && (top === 'risks' || top === 'measures') && field === 'milestones') return 'milestones';
  if (path.length === 4 && top === 'milestones') return field === 'require' ? 'bodies' : field === 'meetings' ? 'meetings' : undefined;
  return path.length === 3 && (top === 'meetings' || top === 'gates') && field === 'body' ? 'bodies' : undefined;
}

/**
 * For workspace `ws`: the entity a reference of `kind` written `text` in a file of plan `plan` (plan index) names,
 * as a key equal for references to one entity, when one is defined so, as definedIds finds it or as a definition of
 * `invalid` (the schema problems of ids that are no ids, which the model may have left out: a meeting's) writes it;
 * else undefined. `p/A` is looked up in plan p; a meeting reference `BODY@date` names its body (only the body is
 * compared: what its date names is the meeting's business). A reference written exactly as a definition means that
 * one, however it is spelt.
 */
export function meantIds(ws: Workspace, invalid: readonly WrittenValue[]): (kind: ReferredKind, plan: number | undefined, text: string) => string | undefined {
  const isDefined = definedIds(ws);
  let written: Set<string> | undefined;
  const key = (kind: ReferredKind, plan: number | undefined, id: string): string => (kind === 'milestones' ? `${kind}:${plan ?? ''}:${id}` : `${kind}:${id}`);
  const isWritten = (kind: ReferredKind, plan: number | undefined, id: string): boolean => {
    if (written === undefined) {
      written = new Set();
      for (const p of invalid) {
        const [top, index, field] = p.path;
        if (p.written === undefined || p.path.length !== 3 || field !== 'id' || typeof index !== 'number') continue;
        const kindOf: ReferredKind | undefined = top === 'bodies' ? 'bodies' : top === 'meetings' ? 'meetings' : top === 'milestones' || top === 'gates' ? 'milestones' : undefined;
        if (kindOf !== undefined) written.add(key(kindOf, p.plan, p.written));
      }
    }
    return written.has(key(kind, plan, id));
  };
  const names = (kind: ReferredKind, plan: number | undefined, id: string): string | undefined => (isDefined([kind, 0, 'id'], plan, id) || isWritten(kind, plan, id) ? key(kind, plan, id) : undefined);
  return (kind, plan, text) => {
    const body = kind === 'meetings' ? meetingRefBody(text) : undefined;
    if (body !== undefined) return names('bodies', plan, body);
    const slash = kind === 'milestones' ? text.indexOf('/') : -1;
    return slash < 0 ? names(kind, plan, text) : names(kind, ws.planIndex.get(text.slice(0, slash)), text.slice(slash + 1));
  };
}
