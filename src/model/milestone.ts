// The model's milestones (the schedule's nodes): the fields every milestone has on the object itself, the ones most
// leave empty in one shared record beside it, and the origin made when asked.
import type { DateValue, DayNumber, Duration, Estimate } from '../calendar/index.js';
import { EntryOrigin } from './origin.js';
import type { HistoryEntry, MeetingLink, Milestone, Origin } from './types.js';

/** Shared by every milestone without history, deliverables or meetings (the model is never mutated). */
export const NONE: readonly never[] = Object.freeze([]);

/**
 * The `meeting` of a MeetingLink as read (model/read-milestone.ts), before model/resolve-meetings.ts sets the meeting
 * it names (or -1 for none) on the link itself: a workspace has only resolved links.
 */
export const UNRESOLVED_MEETING = -2;

/**
 * The fields of a milestone that most milestones leave unwritten (SPEC §4: all but id, title and date are optional),
 * and the origin of a gate's node. One per milestone that writes one of them; the others share none.
 */
export class MilestoneDetails {
  // Declared, not parameter properties: under ES2022 class fields each instance would first get every field defined
  // as undefined by an initializer, then assigned (see MilestoneNode).
  declare readonly durationEstimate: Estimate | undefined;
  declare readonly require: readonly string[] | undefined;
  declare readonly requireAt: readonly number[] | undefined;
  declare readonly deliverables: readonly string[];
  declare readonly responsible: string | undefined;
  declare readonly status: Milestone['status'];
  declare readonly goal: string | undefined;
  declare readonly progress: Milestone['progress'];
  declare readonly history: readonly HistoryEntry[];
  declare readonly gate: number | undefined;
  declare readonly extensionKeys: readonly string[] | undefined;
  declare readonly wbs: readonly string[] | undefined;
  /** Undefined for a milestone's own entry in its file's `milestones` list (MilestoneNode's file and `at`). */
  declare readonly origin: Origin | undefined;

  constructor(
    durationEstimate: Estimate | undefined, require: readonly string[] | undefined, deliverables: readonly string[], responsible: string | undefined,
    status: Milestone['status'], goal: string | undefined, progress: Milestone['progress'], history: readonly HistoryEntry[], gate: number | undefined,
    origin: Origin | undefined, requireAt: readonly number[] | undefined = undefined, extensionKeys: readonly string[] | undefined = undefined,
    wbs: readonly string[] | undefined = undefined,
  ) {
    this.durationEstimate = durationEstimate;
    this.require = require;
    this.requireAt = requireAt;
    this.deliverables = deliverables;
    this.responsible = responsible;
    this.status = status;
    this.goal = goal;
    this.progress = progress;
    this.history = history;
    this.gate = gate;
    this.origin = origin;
    this.extensionKeys = extensionKeys;
    this.wbs = wbs;
  }

  /** The details, or undefined when every one is empty (the same test for a fresh read and for a copy). */
  static of(d: Omit<MilestoneDetails, never>): MilestoneDetails | undefined {
    const empty = d.durationEstimate === undefined && d.require === undefined && d.deliverables.length === 0 && d.responsible === undefined
      && d.status === undefined && d.goal === undefined && d.progress === undefined && d.history.length === 0 && d.gate === undefined && d.origin === undefined && d.extensionKeys === undefined;
    return empty ? undefined : new MilestoneDetails(d.durationEstimate, d.require, d.deliverables, d.responsible, d.status, d.goal, d.progress, d.history, d.gate, d.origin, d.requireAt, d.extensionKeys, d.wbs);
  }
}

/**
 * A milestone of the model. Until 2 Dec 2026 each was an object of 21 fields (192 bytes) and an EntryOrigin beside it
 * (64 bytes), nine of the fields empty for most milestones; on the 1,000,000-long chain that was half of the model the
 * garbage collector marks again at every full collection (issue #18). Now 15 fields (144 bytes), the empty ones read
 * through MilestoneDetails, and `origin` made when a finding or report asks for it, from the file and the entry's
 * index in its `milestones` list. Build one with readMilestone or copyMilestone, never by spreading one (`{...m}`
 * copies only the fields on the object).
 */
export class MilestoneNode implements Milestone {
  // Declared and assigned in the constructor: as parameter properties (ES2022 class fields) every field is first
  // defined as undefined by the class's field initializer and then assigned. With these three classes and EntryOrigin
  // declared so, reading a 10,000-milestone network into the model took 10 M instructions fewer (cachegrind).
  declare readonly index: number;
  declare readonly ref: string;
  declare readonly id: string;
  declare readonly plan: number;
  declare readonly title: string;
  declare readonly date: DateValue;
  declare readonly forecast: DateValue | undefined;
  declare readonly actual: DateValue | undefined;
  declare readonly deadline: DateValue | undefined;
  declare readonly duration: Duration;
  declare readonly current: DayNumber;
  declare readonly meetings: readonly MeetingLink[];
  /** The file that defines it. */
  declare readonly file: string;
  /** Its index in that file's `milestones` list (-1 for a gate's node, whose origin is in `details`). */
  declare readonly at: number;
  declare readonly details: MilestoneDetails | undefined;

  constructor(
    index: number, ref: string, id: string, plan: number, title: string, date: DateValue, forecast: DateValue | undefined, actual: DateValue | undefined,
    deadline: DateValue | undefined, duration: Duration, current: DayNumber, meetings: readonly MeetingLink[], file: string, at: number,
    details: MilestoneDetails | undefined,
  ) {
    this.index = index;
    this.ref = ref;
    this.id = id;
    this.plan = plan;
    this.title = title;
    this.date = date;
    this.forecast = forecast;
    this.actual = actual;
    this.deadline = deadline;
    this.duration = duration;
    this.current = current;
    this.meetings = meetings;
    this.file = file;
    this.at = at;
    this.details = details;
  }

  get origin(): Origin {
    return this.details?.origin ?? new EntryOrigin(this.file, 'milestones', this.at);
  }

  get durationEstimate(): Estimate | undefined {
    return this.details?.durationEstimate;
  }

  get require(): readonly string[] | undefined {
    return this.details?.require;
  }

  get requireAt(): readonly number[] | undefined {
    return this.details?.requireAt;
  }

  get deliverables(): readonly string[] {
    return this.details === undefined ? NONE : this.details.deliverables;
  }

  get responsible(): string | undefined {
    return this.details?.responsible;
  }

  get status(): Milestone['status'] {
    return this.details?.status;
  }

  get goal(): string | undefined {
    return this.details?.goal;
  }

  get progress(): Milestone['progress'] {
    return this.details?.progress;
  }

  get history(): readonly HistoryEntry[] {
    return this.details === undefined ? NONE : this.details.history;
  }

  get gate(): number | undefined {
    return this.details?.gate;
  }

  get extensionKeys(): readonly string[] | undefined {
    return this.details?.extensionKeys;
  }

  get wbs(): readonly string[] | undefined {
    return this.details?.wbs;
  }
}

/** Every field of a milestone, as an object literal would give them (the optional ones too, undefined when empty). */
export type MilestoneFields = { -readonly [K in keyof Milestone]: Milestone[K] } & { durationEstimate: Estimate | undefined; requireAt: readonly number[] | undefined; gate: number | undefined; extensionKeys: readonly string[] | undefined; wbs?: readonly string[] | undefined };

/** A milestone of these fields (an origin of its file's `milestones` list is kept as its file and index). */
export function makeMilestone(f: MilestoneFields): MilestoneNode {
  const o = f.origin;
  const own = o instanceof EntryOrigin && o.list === 'milestones' && o.after < 0;
  const details = MilestoneDetails.of({
    durationEstimate: f.durationEstimate, require: f.require, requireAt: f.requireAt, deliverables: f.deliverables, responsible: f.responsible, status: f.status,
    goal: f.goal, progress: f.progress, history: f.history, gate: f.gate, origin: own ? undefined : o, extensionKeys: f.extensionKeys, wbs: f.wbs,
  });
  return new MilestoneNode(f.index, f.ref, f.id, f.plan, f.title, f.date, f.forecast, f.actual, f.deadline, f.duration, f.current, f.meetings,
    o.file, own ? o.at : -1, details);
}

/** `m` with `changes`: what `{...m, ...changes}` gave when milestones were plain objects. */
export function copyMilestone(m: Milestone, changes: Partial<MilestoneFields>): MilestoneNode {
  return makeMilestone({
    index: m.index, ref: m.ref, id: m.id, plan: m.plan, title: m.title, date: m.date, forecast: m.forecast, actual: m.actual, deadline: m.deadline,
    duration: m.duration, durationEstimate: m.durationEstimate, current: m.current, meetings: m.meetings, require: m.require, requireAt: m.requireAt,
    deliverables: m.deliverables, responsible: m.responsible, status: m.status, goal: m.goal, progress: m.progress, history: m.history,
    gate: m.gate, origin: m.origin, extensionKeys: m.extensionKeys, wbs: m.wbs,
    ...changes,
  });
}
