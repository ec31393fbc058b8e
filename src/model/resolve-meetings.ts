// Resolves the scheduled milestones' meeting links (resolve.ts's second phase), and finds meetings by reference.
import { formatDay } from '../calendar/index.js';
import type { Builder } from './build.js';
import { FirstEntries } from './first-entries.js';
import { ListedEntries } from './listed-links.js';
import { copyMilestone, UNRESOLVED_MEETING } from './milestone.js';
import type { MissedReferences, SuggestionHint } from './missed-references.js';
import { admissibleInterval } from './admissible.js';
import { nearestMeetingFinder } from './nearest-meeting.js';
import { bodyNamed } from './resolve-checks.js';
import type { MeetingLink, Milestone, RepeatedReference, Workspace } from './types.js';

/** A meeting's index (in Builder.meetings) by the reference written, or -1 when none has it. */
export type FindMeeting = (ref: string) => number;

/**
 * Sets each scheduled milestone's meeting links to their meetings' indices (-1: unknown, recorded in `missed` with the
 * body's meeting nearest the date written as its suggestion, else the nearest ref). A link naming the meeting an
 * earlier link of its milestone names, written alike or otherwise (its id and `<body>@<date>`), known or not, goes to
 * `repeated` and is left out (MeetingRepeats). The suggestion is a meeting the milestone admits when the body has one
 * (nearestMeetingFinder). Returns Builder.milestones itself, which becomes the model's list: a
 * milestone whose links were resolved by an earlier build, or that has a repeat, is replaced there by a copy.
 */
export function resolveMeetingLinks(b: Builder, missed: MissedReferences, findMeeting: FindMeeting, repeated: RepeatedReference[]): Milestone[] {
  const nearestMeeting = nearestMeetingFinder(b.meetings, (written) => bodyNamed(b.bodies, written));
  const repeats = new MeetingRepeats(b, findMeeting, repeated);
  /** The index of the meeting `link` of milestone `m` names, -1 (an unknown reference), or REPEATED. */
  // What the milestone's list names, for an unknown entry's suggestion (round 82 F4), made at its first.
  let listedOf: Milestone | undefined;
  let cache: { entries?: ListedEntries } = {};
  const findLink = (link: MeetingLink, m: Milestone): number => {
    const index = repeats.find(link, m);
    if (index === -1) {
      if (listedOf !== m) {
        listedOf = m;
        cache = {};
      }
      const listed = ListedEntries.hint((e) => listMeetings(e, m.meetings, findMeeting), (word) => meetingKey(word, findMeeting), entryIndex(link.origin), cache);
      missed.miss({ kind: 'meetings', target: link.ref, brokenKey: `meeting:${link.ref}`, holder: m.ref, plan: m.plan, origin: link.origin }, () => b.meetingIndex.keys(), meetingHint(nearestMeeting(link.ref, admissibleInterval(b.plans[m.plan]!, m.current)), listed));
    }
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
    repeats.start(links.length);
    if (links[0]!.meeting === UNRESOLVED_MEETING) {
      for (let k = 0; k < links.length; k++) {
        const link = links[k] as { -readonly [K in keyof MeetingLink]: MeetingLink[K] };
        link.meeting = findLink(link, m);
      }
      // The links as read stay whole (a kept fragment's milestone is resolved again by the next build, repeats and all).
      if (repeats.has) milestones[i] = copyMilestone(m, { meetings: links.filter((l) => l.meeting !== REPEATED) });
      continue;
    }
    const meetings: MeetingLink[] = links.map((link) => ({ ...link, meeting: findLink(link, m) }));
    milestones[i] = copyMilestone(m, { meetings: repeats.has ? meetings.filter((l) => l.meeting !== REPEATED) : meetings });
  }
  return milestones;
}

/** The `meeting` of a link that repeats an earlier link of its milestone: never in a model's milestone. */
const REPEATED = -3;

/**
 * The repeats among one milestone's meeting links at a time (start() before each milestone): each later link naming
 * the meeting a first link names, keyed by that meeting's ref (its id, found by `<body>@<date>` too), or by the
 * reference as written when no meeting has it (reported unknown once, at the first entry), is pushed to `repeated`,
 * paired with that first link. ajv's uniqueItems, which compares spellings and paired a later entry with the nearest
 * equal one, is not reported for this list (schema/check.ts).
 */
export class MeetingRepeats {
  private firsts = new FirstEntries<MeetingLink>();
  private isEmpty = true;
  private isSingle = false;
  /** Whether a link of the current milestone was a repeat. */
  has = false;

  constructor(private readonly b: Builder, private readonly findMeeting: FindMeeting, private readonly repeated: RepeatedReference[]) {}

  /** Begins another milestone's `count` links (one link repeats none: no map kept for it). */
  start(count: number): void {
    if (!this.isEmpty) this.firsts = new FirstEntries();
    this.isEmpty = true;
    this.isSingle = count < 2;
    this.has = false;
  }

  /** The index of the meeting `link` of `holder` names, -1 when none has it, or REPEATED (then pushed to `repeated`). */
  find(link: MeetingLink, holder: { readonly ref: string; readonly plan: number }): number {
    const index = this.findMeeting(link.ref);
    if (this.isSingle) return index;
    this.isEmpty = false;
    const first = this.firsts.repeatOf(index < 0 ? link.ref : this.b.meetings[index]!.ref, link);
    if (first === undefined) return index;
    this.has = true;
    this.repeated.push({ holder: holder.ref, plan: holder.plan, origin: link.origin, first: entryNumber(first), later: entryNumber(link), written: [first.ref, link.ref] });
    return REPEATED;
  }
}

/** A link's 1-based number in its `meetings` list (its origin's last step). */
const entryNumber = (link: MeetingLink): number => Number(link.origin.path[link.origin.path.length - 1]) + 1;

/**
 * Finds meetings by reference (FindMeeting): a meeting's ref (meetingIndex), or `<body>@<date>` (date YYYY-MM-DD) for
 * a meeting that has an explicit id, when exactly one such meeting matches. `b` is the builder, or the workspace made.
 */
export function meetingFinder(b: Pick<Builder, 'meetings' | 'meetingIndex'> | Pick<Workspace, 'meetings' | 'meetingIndex'>): FindMeeting {
  const byBodyAndDate = new Map<string, number>();
  for (const m of b.meetings) {
    if (m.ref.includes('@')) continue;
    const key = `${m.body}@${formatDay(m.date)}`;
    byBodyAndDate.set(key, byBodyAndDate.has(key) ? -1 : m.index);
  }
  return (ref) => b.meetingIndex.get(ref) ?? byBodyAndDate.get(ref) ?? -1;
}

/** What a meetings entry names: the meeting it finds (its index), or the reference as written when none has it. */
export function meetingKey(ref: string, findMeeting: FindMeeting): string {
  const index = findMeeting(ref);
  return index >= 0 ? `#${index}` : ref;
}

/** Records each of a milestone's meeting links (`links`, in list order) by what it names (meetingKey). */
export function listMeetings(entries: ListedEntries, links: readonly MeetingLink[], findMeeting: FindMeeting): void {
  for (const link of links) entries.add(meetingKey(link.ref, findMeeting), entryIndex(link.origin));
}

/** A list entry's index, the last step of its path (`[..., 'meetings', 2]`). */
export function entryIndex(origin: { readonly path: readonly (string | number)[] }): number {
  return Number(origin.path[origin.path.length - 1]);
}

/** The suggestion hint of a meeting the finder chose: none when the body holds none the milestone admits (null). */
function meetingHint<T extends object>(chosen: string | null | undefined, listed: T): T & SuggestionHint {
  return chosen === null ? { ...listed, none: true } : { ...listed, chosen };
}
