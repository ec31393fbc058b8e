// `explain` of a reference that names no milestone or gate but another entity (a goal, a measure, a meeting, a body,
// a risk event, a plan): say what it is and which milestones to ask about instead (a tester's `explain RM1`, a goal,
// was answered with akson's milestones as the nearest).
import { formatDay } from '../calendar/index.js';
import type { Workspace } from '../model/types.js';

/** The kinds of entity `explain` does not explain, as its message names them. */
export type OtherKind = 'goal' | 'measure' | 'meeting' | 'body' | 'risk' | 'plan';

/** What `ref` names other than a milestone or gate, and up to five milestone refs to explain instead. */
export interface OtherEntity {
  readonly kind: OtherKind;
  /** The entity's own reference (`plan/ID`, `body@date`, a body or plan id). */
  readonly ref: string;
  readonly milestones: readonly string[];
}

const SHOWN = 5;

/**
 * The entity `ref` names when it is no milestone or gate: a goal, measure or risk event by `plan/ID` or by its id alone
 * when one plan has it, a meeting by its reference or id, a body or a plan by id; undefined when none or several.
 */
export function findOtherEntity(ws: Workspace, ref: string): OtherEntity | undefined {
  const named = (list: readonly { readonly ref: string; readonly id: string }[] | undefined): number => {
    if (list === undefined) return -1;
    const exact = list.findIndex((x) => x.ref === ref);
    if (exact >= 0 || ref.includes('/')) return exact;
    const byId = list.flatMap((x, i) => (x.id === ref ? [i] : []));
    return byId.length === 1 ? byId[0]! : -1;
  };
  const refs = (indices: Iterable<number>): string[] => {
    const out: string[] = [];
    for (const i of indices) {
      if (out.length === SHOWN) break;
      out.push(ws.milestones[i]!.ref);
    }
    return out;
  };
  const goal = named(ws.goals);
  if (goal >= 0) {
    const g = ws.goals[goal]!;
    const of = ws.milestones.flatMap((m, i) => (m.plan === g.plan && m.goal === g.id ? [i] : []));
    return { kind: 'goal', ref: g.ref, milestones: refs(of) };
  }
  const measure = named(ws.measures);
  if (measure >= 0) return { kind: 'measure', ref: ws.measures[measure]!.ref, milestones: refs(ws.measures[measure]!.milestones) };
  const risk = named(ws.risks);
  if (risk >= 0) return { kind: 'risk', ref: ws.risks![risk]!.ref, milestones: refs(ws.risks![risk]!.milestones) };
  // A meeting with an id of its own is still `body@date` where milestones list it so (SPEC §1.3).
  const meeting = ws.meetingIndex.get(ref) ?? indexOr(ws.meetings.findIndex((x) => `${x.body}@${formatDay(x.date)}` === ref));
  if (meeting !== undefined) {
    const listing = ws.milestones.flatMap((m, i) => (m.meetings.some((l) => l.meeting === meeting) ? [i] : []));
    return { kind: 'meeting', ref: ws.meetings[meeting]!.ref, milestones: refs(listing) };
  }
  if (ws.bodyIndex.has(ref)) {
    // The milestones that must have its meeting: by their own `require`, else by their plan's governance (SPEC §4.2).
    const requiring = ws.milestones.flatMap((m, i) => ((m.require ?? ws.plans[m.plan]!.governance.require).includes(ref) && m.gate === undefined ? [i] : []));
    return { kind: 'body', ref, milestones: refs(requiring) };
  }
  const plan = ws.planIndex.get(ref);
  if (plan !== undefined) return { kind: 'plan', ref, milestones: refs(ws.milestones.flatMap((m, i) => (m.plan === plan && m.gate === undefined ? [i] : []))) };
  return undefined;
}

/** `i`, or undefined for -1 (findIndex's none). */
function indexOr(i: number): number | undefined {
  return i < 0 ? undefined : i;
}
