// The definition an unknown reference names in ids' characters while the definition's own id is no id yet.
import { fitsIdForm, spellOut } from '../schema/id-char-hint.js';
import { meetingRefBody } from '../schema/meeting-name.js';
import type { Origin, UnresolvedReference, Workspace } from './types.js';

/** A definition whose id is no id (`Rådet`), and the place of its id. */
export interface MisspeltDefinition {
  readonly kind: 'milestone' | 'body';
  readonly id: string;
  /** Its ref: `plan/ID` for a milestone or gate, the id for a body. */
  readonly ref: string;
  /** The id spelt in ids' characters, as the reference writes it. */
  readonly spelt: string;
  readonly at: Origin;
}

/** Whether `ref` is a reference to a milestone or body as the schema writes one (`$defs/ref`, or an id with `@date`). */
export function isIdLike(ref: string): boolean {
  return fitsIdForm(meetingRefBody(ref) ?? ref, 'ref');
}

/**
 * For workspace `ws`: the definition an unknown reference means when it is that definition's id spelt in ids'
 * characters (id-char-hint.ts spellOut: `Raadet` for a body `Rådet`, `Moete` for a milestone `Møte` of its plan, a
 * meeting reference's body): the definition, not the reference, is to be renamed (tester round 77 F12: "did you mean
 * Rådet?" and its quick fix wrote the id that is no id, whose own hint wrote it back). Undefined for any other.
 */
export function misspeltDefinitions(ws: Workspace): (u: UnresolvedReference) => MisspeltDefinition | undefined {
  let byRef: Map<string, MisspeltDefinition> | undefined;
  const index = (): Map<string, MisspeltDefinition> => {
    if (byRef !== undefined) return byRef;
    byRef = new Map();
    for (const b of ws.bodies) add(byRef, 'body', b.id, b.id, b.origin);
    for (const m of [...ws.milestones, ...(ws.gates ?? []), ...(ws.undated ?? [])]) {
      const slash = m.ref.indexOf('/');
      add(byRef, 'milestone', m.ref.slice(slash + 1), m.ref, m.origin);
    }
    return byRef;
  };
  return (u) => {
    if (u.kind === 'require' || u.kind === 'body' || u.kind === 'gate-body') return index().get(`body:${u.target}`);
    if (u.kind === 'meetings') {
      const body = meetingRefBody(u.target);
      return body === undefined ? undefined : index().get(`body:${body}`);
    }
    if (u.kind !== 'after' && u.kind !== 'milestones' && u.kind !== 'risk-milestones') return undefined;
    const plan = u.target.includes('/') ? u.target.slice(0, u.target.indexOf('/')) : u.plan === undefined ? undefined : ws.plans[u.plan]?.id;
    return plan === undefined ? undefined : index().get(`milestone:${plan}/${u.target.slice(u.target.indexOf('/') + 1)}`);
  };
}

/** Records a definition whose id is no id under its id spelt in ids' characters (the first such, in reading order). */
function add(map: Map<string, MisspeltDefinition>, kind: 'milestone' | 'body', id: string, ref: string, origin: Origin): void {
  if (isIdLike(id)) return;
  const spelt = spellOut(id, 'id');
  if (spelt === undefined) return;
  const key = kind === 'body' ? `body:${spelt}` : `milestone:${ref.slice(0, ref.length - id.length)}${spelt}`;
  if (!map.has(key)) map.set(key, { kind, id, ref, spelt, at: { file: origin.file, path: [...origin.path, 'id'] } });
}
