// The definition an unknown reference names in ids' characters while the definition's own id is no id yet.
import { fitsIdForm, spellOut } from '../schema/id-char-hint.js';
import { meetingRefBody } from '../schema/meeting-name.js';
import type { Path } from '../source/parse.js';
import type { Origin, UnresolvedReference, Workspace } from './types.js';

/** The kinds of definition a reference may mean by its id spelt in ids' characters. */
export type MisspeltKind = 'milestone' | 'body' | 'goal' | 'meeting';

/** A definition whose id is no id (`Rådet`), and the place of its id. */
export interface MisspeltDefinition {
  readonly kind: MisspeltKind;
  readonly id: string;
  /** Its ref: `plan/ID` for a milestone, gate or goal, the id for a body or meeting. */
  readonly ref: string;
  /** The id spelt in ids' characters, as the reference writes it. */
  readonly spelt: string;
  readonly at: Origin;
}

/** Whether `ref` is a reference to a milestone or body as the schema writes one (`$defs/ref`, or an id with `@date`). */
export function isIdLike(ref: string): boolean {
  return fitsIdForm(meetingRefBody(ref) ?? ref, 'ref');
}

/** A meeting id that is no id, as written (the model names such a meeting `<body>@<date>`), and its place. */
export interface WrittenMeetingId {
  readonly written: string;
  readonly at: Origin;
}

/**
 * The meeting ids that are no ids among a workspace's schema problems `problems` (each's file and problem), as written
 * and where: the model leaves such an id out and names the meeting `<body>@<date>`.
 */
export function meetingIdsWritten(problems: readonly { readonly file: string; readonly problem: { readonly path: Path; readonly written?: string | undefined } }[]): WrittenMeetingId[] {
  return problems.flatMap(({ file, problem: p }) => (p.written !== undefined && p.path.length === 3 && p.path[0] === 'meetings' && p.path[2] === 'id' ? [{ written: p.written, at: { file, path: p.path } }] : []));
}

/**
 * For workspace `ws`: the definition an unknown reference means when it is that definition's id spelt in ids'
 * characters (id-char-hint.ts spellOut: `Raadet` for a body `Rådet`, `Moete` for a milestone `Møte` of its plan, a
 * meeting reference's body): the definition, not the reference, is to be renamed (tester round 77 F12: "did you mean
 * Rådet?" and its quick fix wrote the id that is no id, whose own hint wrote it back). A gate's `ready.milestone`, a
 * milestone's `goal` (a goal `Mål1` of its plan) and a meeting reference by id (a meeting `id: Møtet`, which the model
 * left out: `meetingIds`, from the schema's problems) too (tester round 78 F14: they got the generic hint). Undefined
 * for any other.
 */
export function misspeltDefinitions(ws: Workspace, meetingIds: readonly WrittenMeetingId[] = []): (u: UnresolvedReference) => MisspeltDefinition | undefined {
  let byRef: Map<string, MisspeltDefinition> | undefined;
  const index = (): Map<string, MisspeltDefinition> => {
    if (byRef !== undefined) return byRef;
    byRef = new Map();
    for (const b of ws.bodies) add(byRef, 'body', b.id, b.id, b.origin);
    for (const m of [...ws.milestones, ...(ws.gates ?? []), ...(ws.undated ?? [])]) add(byRef, 'milestone', m.ref.slice(m.ref.indexOf('/') + 1), m.ref, m.origin);
    for (const g of ws.goals) add(byRef, 'goal', g.id, g.ref, g.origin);
    for (const m of meetingIds) add(byRef, 'meeting', m.written, m.written, { file: m.at.file, path: m.at.path.slice(0, -1) });
    return byRef;
  };
  const inPlan = (kind: 'milestone' | 'goal', u: UnresolvedReference): MisspeltDefinition | undefined => {
    const slash = kind === 'milestone' ? u.target.indexOf('/') : -1;
    const plan = slash >= 0 ? u.target.slice(0, slash) : u.plan === undefined ? undefined : ws.plans[u.plan]?.id;
    return plan === undefined ? undefined : index().get(`${kind}:${plan}/${u.target.slice(slash + 1)}`);
  };
  return (u) => {
    if (u.kind === 'require' || u.kind === 'body' || u.kind === 'gate-body') return index().get(`body:${u.target}`);
    if (u.kind === 'meetings') {
      const body = meetingRefBody(u.target);
      return body === undefined ? index().get(`meeting:${u.target}`) : index().get(`body:${body}`);
    }
    if (u.kind === 'goal') return inPlan('goal', u);
    return u.kind === 'after' || u.kind === 'milestones' || u.kind === 'risk-milestones' || u.kind === 'gate-ready' ? inPlan('milestone', u) : undefined;
  };
}

/** Records a definition whose id is no id under its id spelt in ids' characters (the first such, in reading order). */
function add(map: Map<string, MisspeltDefinition>, kind: MisspeltKind, id: string, ref: string, origin: Origin): void {
  if (isIdLike(id)) return;
  const spelt = spellOut(id, 'id');
  if (spelt === undefined) return;
  // A plan's entities by `plan/ID`: a body's and a meeting's ids are the workspace's.
  const key = kind === 'body' || kind === 'meeting' ? `${kind}:${spelt}` : `${kind}:${ref.slice(0, ref.length - id.length)}${spelt}`;
  if (!map.has(key)) map.set(key, { kind, id, ref, spelt, at: { file: origin.file, path: [...origin.path, 'id'] } });
}
