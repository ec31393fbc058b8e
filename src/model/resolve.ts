// Resolves references between entities (after, meetings, require, body, goal, measure milestones) once all files are read.
import { formatDay } from '../calendar/index.js';
import type { Builder } from './build.js';
import type { AfterEdge } from './origin.js';
import { indexedTexts, text } from './read.js';
import { resolveGates } from './gates.js';
import { copyMilestone, UNRESOLVED_MEETING } from './milestone.js';
import { MissedReferences } from './missed-references.js';
import { resolveRisks } from './risks.js';
import { nearestMeetingFinder } from './nearest-meeting.js';
import type { AfterUndated, Body, Dependency, Measure, MeetingLink, Milestone, Workspace } from './types.js';

/**
 * An edge as read, before its reference is looked up: the Dependency it becomes (origin.ts's AfterEdge), with `from`
 * -1 until then (the reference is in Builder.pendingTargets at the same index). Resolving sets `from` on the object
 * itself, which then is the model's Dependency, rather than copying 270,000 of them at 100,000 milestones; one
 * already resolved by an earlier build (a file's entities kept by fragments.ts) is copied instead, so that build's
 * model never changes.
 */
export type PendingDependency = AfterEdge;

export function resolveReferences(b: Builder, unreadable: ReadonlyMap<string, string> = new Map()): Workspace {
  const missed = new MissedReferences(b, unreadable);
  const planIdOf = (plan: number): string => b.plans[plan]?.id ?? '';
  const lookUp = bareIdLookUp(b);
  const dependencies: Dependency[] = [];
  /** The `after` entries naming each gate without a date (by its index), left out of the schedule (Gate.waiting). */
  const waiting = new Map<number, AfterUndated[]>();
  /** The same for each milestone without a usable date, by its ref (Workspace.undated). */
  const undated = new Map<string, AfterUndated[]>();
  for (let i = 0; i < b.pending.length; i++) {
    const p = b.pending[i]!;
    const target = b.pendingTargets[i]!;
    const successor = b.milestones[p.to]!;
    const qualified = target.includes('/');
    const from = qualified ? b.milestoneIndex.get(target) : lookUp(successor.plan, target, p.to);
    if (from === undefined) {
      const ref = qualified ? target : `${planIdOf(successor.plan)}/${target}`;
      const gate = b.gates.length === 0 ? undefined : b.gateIndex.get(ref);
      if (gate !== undefined && b.gates[gate]!.node < 0) waitOn(waiting, gate, { ref: successor.ref, origin: p.origin });
      else if (b.unscheduledIndex.size > 0 && b.unscheduledIndex.has(ref)) waitOn(undated, ref, { ref: successor.ref, origin: p.origin });
      missed.missMilestone({ kind: 'after', target, brokenKey: `milestones:${ref}`, holder: successor.ref, plan: successor.plan, origin: p.origin }, { self: qualified ? successor.ref : successor.id, chosen: qualified ? undefined : missed.elsewhere(target) });
    } else if (p.from === -1) {
      p.from = from;
      dependencies.push(p);
    } else {
      dependencies.push(p.with(from, p.to));
    }
  }

  const findMeeting = meetingFinder(b);
  const nearestMeeting = nearestMeetingFinder(b.meetings);
  /** The index of the meeting `link` of milestone `m` names, or -1 (an unknown reference). */
  const findLink = (link: MeetingLink, m: Milestone): number => {
    const index = findMeeting(link.ref);
    if (index < 0) missed.miss({ kind: 'meetings', target: link.ref, brokenKey: `meeting:${link.ref}`, holder: m.ref, plan: m.plan, origin: link.origin }, () => b.meetingIndex.keys(), { chosen: nearestMeeting(link.ref) });
    return index;
  };
  // A link as read gets its meeting set on itself, like an edge's `from` above: no copy of the link and of its
  // milestone (12,700 milestones with meetings in a tester's 100,000-milestone programme). A link resolved by an
  // earlier build (a kept fragment's milestone, fragments.ts) is copied with its milestone instead, so that build's
  // model never changes; the builder's own list becomes the model's (the builder is not used again).
  const milestones: Milestone[] = b.milestones;
  for (let i = 0; i < milestones.length; i++) {
    const m = milestones[i]!;
    const links = m.meetings;
    if (links.length === 0) continue;
    if (links[0]!.meeting === UNRESOLVED_MEETING) {
      for (let k = 0; k < links.length; k++) {
        const link = links[k] as { -readonly [K in keyof MeetingLink]: MeetingLink[K] };
        link.meeting = findLink(link, m);
      }
      continue;
    }
    const meetings: MeetingLink[] = links.map((link) => ({ ...link, meeting: findLink(link, m) }));
    milestones[i] = copyMilestone(m, { meetings });
  }

  for (const r of b.requires) {
    for (const { id, at } of r.ids) {
      if (!b.bodyIndex.has(id)) missed.miss({ kind: 'require', target: id, brokenKey: `body:${id}`, holder: r.holder, plan: r.plan, origin: { file: r.origin.file, path: [...r.origin.path, at] } }, () => b.bodyIndex.keys(), { chosen: bodyNamed(b.bodies, id) });
    }
  }
  for (const meeting of b.meetings) {
    if (!b.bodyIndex.has(meeting.body)) missed.miss({ kind: 'body', target: meeting.body, brokenKey: `body:${meeting.body}`, holder: meeting.ref, plan: undefined, origin: { file: meeting.origin.file, path: [...meeting.origin.path, 'body'] } }, () => b.bodyIndex.keys(), { chosen: bodyNamed(b.bodies, meeting.body) });
  }
  const goalIds = (plan: number): string[] => b.goals.filter((g) => g.plan === plan).map((g) => g.id);
  // SPEC §4.1: a milestone that cannot be scheduled still has its references checked.
  for (const u of b.unscheduled) {
    for (const a of u.after) {
      const ref = a.target.includes('/') ? a.target : `${planIdOf(u.plan)}/${a.target}`;
      if (!b.milestoneIndex.has(ref)) missed.missMilestone({ kind: 'after', target: a.target, brokenKey: `milestones:${ref}`, holder: u.ref, plan: u.plan, origin: a.origin });
    }
    for (const link of u.meetings) {
      if (findMeeting(link.ref) < 0) missed.miss({ kind: 'meetings', target: link.ref, brokenKey: `meeting:${link.ref}`, holder: u.ref, plan: u.plan, origin: link.origin }, () => b.meetingIndex.keys());
    }
  }
  // Index loops over the scheduled milestones (no copy of the 100,000 of them; see rules/rule.ts on for-of).
  const goalMissing = (m: Milestone | (typeof b.unscheduled)[number]): void => {
    if (m.goal !== undefined && !b.goalIndex.has(`${planIdOf(m.plan)}/${m.goal}`)) {
      missed.miss({ kind: 'goal', target: m.goal, brokenKey: `goals:${planIdOf(m.plan)}/${m.goal}`, holder: m.ref, plan: m.plan, origin: { file: m.origin.file, path: [...m.origin.path, 'goal'] } }, () => goalIds(m.plan));
    }
  };
  for (let i = 0; i < milestones.length; i++) goalMissing(milestones[i]!);
  for (const u of b.unscheduled) goalMissing(u);

  const measures: Measure[] = [];
  const measureIndex = new Map<string, number>();
  for (const raw of b.measuresRaw) {
    const id = text(raw.data, 'id')!;
    const ref = `${planIdOf(raw.plan)}/${id}`;
    const first = measureIndex.get(ref);
    if (first !== undefined) {
      b.duplicates.push({ kind: 'measure', ref, origin: { file: raw.origin.file, path: [...raw.origin.path, 'id'] }, first: { file: measures[first]!.origin.file, path: [...measures[first]!.origin.path, 'id'] }, plan: raw.plan });
      continue;
    }
    const goal = text(raw.data, 'goal') ?? '';
    // A measure without a goal is a schema error already; only a goal that is written can be unknown.
    if (text(raw.data, 'goal') !== undefined && !b.goalIndex.has(`${planIdOf(raw.plan)}/${goal}`)) {
      missed.miss({ kind: 'goal', target: goal, brokenKey: `goals:${planIdOf(raw.plan)}/${goal}`, holder: ref, plan: raw.plan, origin: { file: raw.origin.file, path: [...raw.origin.path, 'goal'] } }, () => goalIds(raw.plan));
    }
    const linked: number[] = [];
    indexedTexts(raw.data, 'milestones').forEach(({ id: target, at: i }) => {
      const mref = target.includes('/') ? target : `${planIdOf(raw.plan)}/${target}`;
      const index = b.milestoneIndex.get(mref);
      if (index === undefined) missed.missMilestone({ kind: 'milestones', target, brokenKey: `milestones:${mref}`, holder: ref, plan: raw.plan, origin: { file: raw.origin.file, path: [...raw.origin.path, 'milestones', i] } });
      else linked.push(index);
    });
    measureIndex.set(ref, measures.length);
    measures.push({ index: measures.length, plan: raw.plan, id, ref, goal, title: text(raw.data, 'title') ?? id, responsible: text(raw.data, 'responsible'), milestones: linked, origin: raw.origin });
  }

  const risks = resolveRisks(b, (target, brokenKey, holder, plan, origin) =>
    missed.missMilestone({ kind: 'risk-milestones', target, brokenKey, holder, plan, origin }, { chosen: target.includes('/') ? undefined : missed.elsewhere(target) }));

  // A gate's readiness is a milestone (SPEC §12): the gates' schedule nodes, which share the milestones' refs, are no
  // suggestion for it (a tester was told to write BP1, itself a gate, for a gate that was named).
  const milestonesOnly = (target: string, plan: number): string[] => {
    const index = [...b.milestoneIndex.values()];
    return missed.milestoneCandidates(target, plan).words.filter((_, k) => b.milestones[index[k]!]?.gate === undefined);
  };
  const gates = resolveGates(b, waiting, (kind, target, brokenKey, holder, plan, origin, notSuggested) =>
    missed.miss({ kind, target, brokenKey, holder, plan, origin, ...(notSuggested === undefined ? {} : { isGate: true as const }) },
      kind === 'gate-body' ? () => b.bodyIndex.keys() : () => milestonesOnly(target, plan), {
      self: notSuggested,
      chosen: kind === 'gate-body' ? bodyNamed(b.bodies, target) : target.includes('/') || notSuggested !== undefined ? undefined : missed.elsewhere(target),
    }));

  return {
    gates, risks, files: b.files, plans: b.plans, bodies: b.bodies, meetings: b.meetings, milestones, dependencies, goals: b.goals, measures,
    planIndex: b.planIndex, bodyIndex: b.bodyIndex, meetingIndex: b.meetingIndex, milestoneIndex: b.milestoneIndex,
    duplicates: b.duplicates, unresolved: missed.unresolved, invalidDates: b.invalidDates,
    undated: b.unscheduled.length === 0 ? undefined : b.unscheduled.map((u) => ({ ref: u.ref, origin: u.origin, waiting: undated.get(u.ref) ?? [] })),
    unreadable: missed.unreadablePlans(),
  };
}

/** Adds `entry` to the `after` entries waiting on `key`, a gate or milestone without a date (resolveReferences). */
function waitOn<K>(waiting: Map<K, AfterUndated[]>, key: K, entry: AfterUndated): void {
  const entries = waiting.get(key);
  if (entries === undefined) waiting.set(key, [entry]);
  else entries.push(entry);
}

/**
 * A bare id's milestone in a plan, for the `after` entry of milestone `to`: the same answer as
 * `milestoneIndex.get(\`${planId}/${id}\`)` without building that string per reference (a fresh string each time,
 * which the look-up then had to flatten and hash: most of resolving the references of the 1,000,000-long chain).
 *
 * First it tries the milestone read just before `to`, the one a plan written in order most often names (`after:
 * [M1]` under M1): when that one is in the same plan and has the id, it is the answer, since no two scheduled
 * milestones share a ref (readMilestone and readGate keep out the second one of a ref; the workspace's milestones
 * are exactly milestoneIndex's values) and a ref is its plan's id, '/' and its id. That is one comparison of two
 * short strings where a look-up hashes one, and when every reference is so found (the 1,000,000-long chain) no map
 * is built: 1,000,000 entries fewer to insert (critical-path --format json on the 200,000-long chain: 8 % fewer
 * instructions). Otherwise, on the first reference it does not find so, it builds one Map per plan keyed by the ids as
 * parsed, filled from the scheduled milestones in order, exactly the entries of `milestoneIndex`. The schema's id
 * patterns (schemas/plan.schema.json) leave '/' out of plan and milestone ids; if one got through anyway, a ref
 * could split two ways, so the look-up then builds the ref as before.
 */
function bareIdLookUp(b: Builder): (plan: number, target: string, to: number) => number | undefined {
  const milestones = b.milestones;
  let byPlanId: ((plan: number, target: string) => number | undefined) | undefined;
  const byMap = (): ((plan: number, target: string) => number | undefined) => {
    const planIdOf = (plan: number): string => b.plans[plan]?.id ?? '';
    let slash = false;
    for (const p of b.plans) if (p.id.includes('/')) slash = true;
    const byPlan: Map<string, number>[] = b.plans.map(() => new Map());
    for (let i = 0; i < milestones.length; i++) {
      const m = milestones[i]!;
      if (m.id.includes('/')) slash = true;
      byPlan[m.plan]!.set(m.id, m.index);
    }
    if (slash) return (plan, target) => b.milestoneIndex.get(`${planIdOf(plan)}/${target}`);
    return (plan, target) => byPlan[plan]?.get(target);
  };
  return (plan, target, to) => {
    const before = to > 0 ? milestones[to - 1] : undefined;
    if (before !== undefined && before.plan === plan && before.id === target) return to - 1;
    return (byPlanId ??= byMap())(plan, target);
  };
}

/** Finds meetings by reference; `<body>@<date>` also finds a meeting that has an explicit id, when exactly one matches. */
function meetingFinder(b: Builder): (ref: string) => number {
  const byBodyAndDate = new Map<string, number>();
  for (const m of b.meetings) {
    if (m.ref.includes('@')) continue;
    const key = `${m.body}@${formatDay(m.date)}`;
    byBodyAndDate.set(key, byBodyAndDate.has(key) ? -1 : m.index);
  }
  return (ref) => b.meetingIndex.get(ref) ?? byBodyAndDate.get(ref) ?? -1;
}

/**
 * The id of the body a reference names by its name rather than its id (`require: [KommIT]` for KR, "KommIT-rådet"):
 * the body whose name is the reference, or begins with it and then a space or a dash, case aside; undefined when none.
 */
function bodyNamed(bodies: readonly Body[], target: string): string | undefined {
  const wanted = target.toLowerCase();
  if (wanted === '') return undefined;
  return bodies.find((body) => {
    const name = body.name?.toLowerCase();
    return name !== undefined && (name === wanted || (name.startsWith(wanted) && (name[wanted.length] === ' ' || name[wanted.length] === '-')));
  })?.id;
}
