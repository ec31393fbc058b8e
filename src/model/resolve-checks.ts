// Checks the references that resolve to nothing kept in the model (resolve.ts's middle phases): bodies, goals, and the
// unscheduled milestones' references. Each unknown one is recorded in MissedReferences, in the order checked.
import { qualified } from './qualified-ref.js';
import type { Builder, UnscheduledMilestone } from './build.js';
import { afterLinkKey, FirstEntries } from './first-entries.js';
import { ListedEntries, ListedLinks } from './listed-links.js';
import type { MissedReferences } from './missed-references.js';
import { entryIndex, listMeetings, meetingKey, MeetingRepeats, type FindMeeting } from './resolve-meetings.js';
import type { Body, Milestone, RepeatedLink, RepeatedReference } from './types.js';
import { candidates, type Candidates } from '../text/closest.js';

/**
 * Checks the governance `require` lists of plans and milestones (Builder.requires), then each meeting's `body`,
 * against the bodies (SPEC §4.2). Suggested: the body whose name the reference is (bodyNamed), else the nearest id.
 */
export function checkBodyReferences(b: Builder, missed: MissedReferences, bodyIds: () => Candidates = bodyCandidates(b)): void {
  for (const r of b.requires) {
    // What the list names, for an unknown entry's suggestion (round 82 F4: `[NEHS, nehs]` was offered NEHS).
    const cache: { entries?: ListedEntries } = {};
    const entries = (e: ListedEntries): void => {
      for (const { id, at } of r.ids) e.add(id, at);
    };
    for (const { id, at } of r.ids) {
      if (b.bodyIndex.has(id)) continue;
      const listed = ListedEntries.hint(entries, (word) => word, at, cache);
      missed.miss({ kind: 'require', target: id, brokenKey: `body:${id}`, holder: r.holder, plan: r.plan, origin: { file: r.origin.file, path: [...r.origin.path, at] } }, bodyIds, { chosen: bodyNamed(b.bodies, id), ...listed });
    }
  }
  for (const meeting of b.meetings) {
    if (!b.bodyIndex.has(meeting.body)) missed.miss({ kind: 'body', target: meeting.body, brokenKey: `body:${meeting.body}`, holder: meeting.ref, plan: undefined, origin: { file: meeting.origin.file, path: [...meeting.origin.path, 'body'] } }, bodyIds, { chosen: bodyNamed(b.bodies, meeting.body) });
  }
}

/**
 * Checks the `after` and `meetings` references of each milestone without a usable date, milestone by milestone:
 * SPEC §4.1, a milestone that cannot be scheduled still has its references checked. Suggested: the nearest
 * milestone ref as its plan writes them, or the nearest meeting ref. Returns the `after` entries that repeat an earlier
 * entry's link (the same ref, however written, known or not, and type), as resolveAfterEdges finds them for the
 * milestones with a date: fixing the date would otherwise bring a new finding (tester round 44 F6). A `meetings` entry
 * naming the meeting an earlier one names goes to `repeatedMeetings`, as resolveMeetingLinks finds it.
 */
export function checkUnscheduled(b: Builder, missed: MissedReferences, findMeeting: FindMeeting, repeatedMeetings: RepeatedReference[]): RepeatedLink[] {
  const repeated: RepeatedLink[] = [];
  const meetingRepeats = new MeetingRepeats(b, findMeeting, repeatedMeetings);
  for (const u of b.unscheduled) {
    const links = u.after.length > 1 ? new FirstEntries<(typeof u.after)[number]>() : undefined;
    let listed: ListedLinks | undefined;
    for (const a of u.after) {
      const ref = qualified(a.target, planIdOf(b, u.plan));
      // A reference to nothing is reported once, at its first entry, as for a milestone with a date (resolve-edges.ts).
      const first = links?.repeatOf(afterLinkKey(a.edge.type, ref), a);
      if (first !== undefined) {
        repeated.push({ first: first.edge, firstTarget: first.target, later: a.edge, laterTarget: a.target, holder: { ref: u.ref, id: u.ref.slice(u.ref.indexOf('/') + 1), plan: u.plan } });
        continue;
      }
      // Never itself as the suggestion (missed-references.ts also searches the milestones without a date).
      const self = a.target.includes('/') ? u.ref : u.ref.slice(u.ref.indexOf('/') + 1);
      if (b.milestoneIndex.has(ref)) continue;
      const planId = planIdOf(b, u.plan);
      missed.missMilestone({ kind: 'after', target: a.target, brokenKey: `milestones:${ref}`, holder: u.ref, plan: u.plan, origin: a.origin }, {
        self,
        listed: (word) => (listed ??= ListedLinks.ofEntries(u.after, planId)).entryNaming(word, a.edge.type, planId),
        offer: (word) => (listed ??= ListedLinks.ofEntries(u.after, planId)).offer(word, a.edge.type, planId, a.edge.entry),
        isOffer: (entry) => (listed ??= ListedLinks.ofEntries(u.after, planId)).isOffer(entry),
        lags: (word) => (listed ??= ListedLinks.ofEntries(u.after, planId)).lagsOf(word, a.edge.type, planId, a.edge.entry),
      });
    }
    meetingRepeats.start(u.meetings.length);
    const cache: { entries?: ListedEntries } = {};
    for (const link of u.meetings) {
      if (meetingRepeats.find(link, u) !== -1) continue;
      const listed = ListedEntries.hint((e) => listMeetings(e, u.meetings, findMeeting), (word) => meetingKey(word, findMeeting), entryIndex(link.origin), cache);
      missed.miss({ kind: 'meetings', target: link.ref, brokenKey: `meeting:${link.ref}`, holder: u.ref, plan: u.plan, origin: link.origin }, () => b.meetingIndex.keys(), listed);
    }
  }
  return repeated;
}

/**
 * Checks the `goal` of each milestone, the scheduled ones (`milestones`, in order) and then the unscheduled, against
 * its plan's goals (goalIndex, `plan/ID`). Suggested: the nearest of that plan's goal ids.
 */
export function checkGoals(b: Builder, missed: MissedReferences, milestones: readonly Milestone[]): void {
  // Index loops over the scheduled milestones (no copy of the 100,000 of them; see rules/rule.ts on for-of).
  for (let i = 0; i < milestones.length; i++) checkGoal(b, missed, milestones[i]!);
  for (const u of b.unscheduled) checkGoal(b, missed, u);
}

function checkGoal(b: Builder, missed: MissedReferences, m: Milestone | UnscheduledMilestone): void {
  if (m.goal !== undefined && !b.goalIndex.has(`${planIdOf(b, m.plan)}/${m.goal}`)) {
    missed.miss({ kind: 'goal', target: m.goal, brokenKey: `goals:${planIdOf(b, m.plan)}/${m.goal}`, holder: m.ref, plan: m.plan, origin: { file: m.origin.file, path: [...m.origin.path, 'goal'] } }, () => goalIds(b, m.plan));
  }
}

/** The ids of plan `plan`'s goals, in order: the candidates for an unknown goal written in that plan. */
export function goalIds(b: Builder, plan: number): string[] {
  return b.goals.filter((g) => g.plan === plan).map((g) => g.id);
}

/** The id of plan `plan` (its index in Builder.plans), '' when there is none. */
export function planIdOf(b: Builder, plan: number): string {
  return b.plans[plan]?.id ?? '';
}

/**
 * The id of the body a reference names by its name rather than its id (`require: [KommIT]` for KR, "KommIT-rådet"):
 * the body whose name is the reference, or begins with it and then a space or a dash, case aside; undefined when none.
 */
export function bodyNamed(bodies: readonly Body[], target: string): string | undefined {
  const wanted = target.toLowerCase();
  return wanted === '' ? undefined : namesOf(bodies).get(wanted);
}

/**
 * Each body's name, and each start of it that a space or a dash ends, lower-cased, to the first body (in order) that
 * has it: bodyNamed's answers, made once per list of bodies rather than a scan of every body for each unknown
 * reference (tester round 78 F8: 20,000 bodies and 20,000 unknown `require` entries took 32 s). Made again when the
 * list has grown.
 */
const NAMES = new WeakMap<readonly Body[], { readonly length: number; readonly names: Map<string, string> }>();

function namesOf(bodies: readonly Body[]): Map<string, string> {
  const kept = NAMES.get(bodies);
  if (kept !== undefined && kept.length === bodies.length) return kept.names;
  const names = new Map<string, string>();
  for (const body of bodies) {
    const name = body.name?.toLowerCase();
    if (name === undefined) continue;
    for (let at = 0; at < name.length; at++) if ((name[at] === ' ' || name[at] === '-') && at > 0 && !names.has(name.slice(0, at))) names.set(name.slice(0, at), body.id);
    if (!names.has(name)) names.set(name, body.id);
  }
  NAMES.set(bodies, { length: bodies.length, names });
  return names;
}

/**
 * The bodies' ids as the unknown-reference suggestions search them (text/closest.ts's Candidates), prepared once for
 * the workspace being built: each unknown body reference searched a fresh list of every id (tester round 78 F8).
 */
export function bodyCandidates(b: Builder): () => Candidates {
  let prepared: Candidates | undefined;
  return () => (prepared ??= candidates([...b.bodyIndex.keys()]));
}
