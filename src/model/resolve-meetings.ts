// Resolves the scheduled milestones' meeting links (resolve.ts's second phase), and finds meetings by reference.
import { formatDay } from '../calendar/index.js';
import type { Builder } from './build.js';
import { copyMilestone, UNRESOLVED_MEETING } from './milestone.js';
import type { MissedReferences } from './missed-references.js';
import { nearestMeetingFinder } from './nearest-meeting.js';
import type { MeetingLink, Milestone } from './types.js';

/** A meeting's index (in Builder.meetings) by the reference written, or -1 when none has it. */
export type FindMeeting = (ref: string) => number;

/**
 * Sets each scheduled milestone's meeting links to their meetings' indices (-1: unknown, recorded in `missed` with the
 * body's meeting nearest the date written as its suggestion, else the nearest ref). Returns Builder.milestones
 * itself, which becomes the model's list: a milestone whose links were resolved by an earlier build is replaced there
 * by a copy.
 */
export function resolveMeetingLinks(b: Builder, missed: MissedReferences, findMeeting: FindMeeting): Milestone[] {
  const nearestMeeting = nearestMeetingFinder(b.meetings);
  /** The index of the meeting `link` of milestone `m` names, or -1 (an unknown reference). */
  const findLink = (link: MeetingLink, m: Milestone): number => {
    const index = findMeeting(link.ref);
    if (index < 0) missed.miss({ kind: 'meetings', target: link.ref, brokenKey: `meeting:${link.ref}`, holder: m.ref, plan: m.plan, origin: link.origin }, () => b.meetingIndex.keys(), { chosen: nearestMeeting(link.ref) });
    return index;
  };
  // A link as read gets its meeting set on itself, like an edge's `from` (resolve-edges.ts): no copy of the link and
  // of its milestone (12,700 milestones with meetings in a tester's 100,000-milestone programme). A link resolved by an
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
  return milestones;
}

/**
 * Finds meetings by reference (FindMeeting): a meeting's ref (meetingIndex), or `<body>@<date>` (date YYYY-MM-DD) for
 * a meeting that has an explicit id, when exactly one such meeting matches.
 */
export function meetingFinder(b: Builder): FindMeeting {
  const byBodyAndDate = new Map<string, number>();
  for (const m of b.meetings) {
    if (m.ref.includes('@')) continue;
    const key = `${m.body}@${formatDay(m.date)}`;
    byBodyAndDate.set(key, byBodyAndDate.has(key) ? -1 : m.index);
  }
  return (ref) => b.meetingIndex.get(ref) ?? byBodyAndDate.get(ref) ?? -1;
}
