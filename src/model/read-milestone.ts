// One milestone of a plan file read into the workspace builder (SPEC §4): its dates, history, duration, `after`
// entries, meetings, require list and the fields reports show.
import { ZERO_DURATION, type DateValue } from '../calendar/index.js';
import type { Builder } from './build.js';
import { MilestoneDetails, MilestoneNode, NONE, UNRESOLVED_MEETING } from './milestone.js';
import { AfterEdge, type EntryOrigin } from './origin.js';
import { indexedTexts, isObj, text, field, type Obj } from './read.js';
import { idOrigin, readDateValue, readEstimate } from './read-values.js';
import type { PendingDependency } from './resolve.js';
import { LINK_TYPES, type HistoryEntry, type LinkType, type MeetingLink, type Milestone, type Origin } from './types.js';


/**
 * A milestone's fields as written, found in one pass over its keys: at 100,000 milestones of some six keys each,
 * fifteen keyed look-ups per milestone (one per field the model reads, most of them absent) cost more than the
 * pass. `undefined` for a field not written, exactly as `field(m, key)` gives it.
 */
export interface WrittenMilestone {
  id: unknown; date: unknown; forecast: unknown; actual: unknown; deadline: unknown; history: unknown; duration: unknown; after: unknown;
  meetings: unknown; require: unknown; goal: unknown; progress: unknown; status: unknown; deliverables: unknown; title: unknown;
  responsible: unknown;
}

/** One WrittenMilestone for every milestone read (readMilestone is done with it before it reads the next one). */
const WRITTEN: WrittenMilestone = {
  id: undefined, date: undefined, forecast: undefined, actual: undefined, deadline: undefined, history: undefined, duration: undefined, after: undefined,
  meetings: undefined, require: undefined, goal: undefined, progress: undefined, status: undefined, deliverables: undefined, title: undefined,
  responsible: undefined,
};

export function writtenFields(m: Obj): WrittenMilestone {
  const w = WRITTEN;
  w.id = w.date = w.forecast = w.actual = w.deadline = w.history = w.duration = w.after = undefined;
  w.meetings = w.require = w.goal = w.progress = w.status = w.deliverables = w.title = w.responsible = undefined;
  // Own enumerable keys, as Object.hasOwn in field() sees them: the parsers make every key an own enumerable one
  // (`__proto__` too, by defineProperty) of a plain object, whose prototype has none, so for-in visits exactly
  // them; without the array Object.keys made per milestone (0.7 % of validate's instructions at 10k).
  for (const key in m) {
    switch (key) {
      case 'id': w.id = m[key]; break;
      case 'date': w.date = m[key]; break;
      case 'forecast': w.forecast = m[key]; break;
      case 'actual': w.actual = m[key]; break;
      case 'deadline': w.deadline = m[key]; break;
      case 'history': w.history = m[key]; break;
      case 'duration': w.duration = m[key]; break;
      case 'after': w.after = m[key]; break;
      case 'meetings': w.meetings = m[key]; break;
      case 'require': w.require = m[key]; break;
      case 'goal': w.goal = m[key]; break;
      case 'progress': w.progress = m[key]; break;
      case 'status': w.status = m[key]; break;
      case 'deliverables': w.deliverables = m[key]; break;
      case 'title': w.title = m[key]; break;
      case 'responsible': w.responsible = m[key]; break;
    }
  }
  return w;
}

/** A milestone's dates and history as readDates leaves them. */
interface ReadDates {
  date: DateValue | undefined; forecast: DateValue | undefined; actual: DateValue | undefined; deadline: DateValue | undefined;
  history: HistoryEntry[] | readonly never[];
}

/** One ReadDates for every milestone read, like WRITTEN (readMilestone takes its values out before the next one). */
const DATES: ReadDates = { date: undefined, forecast: undefined, actual: undefined, deadline: undefined, history: NONE };

/**
 * The milestone's dates and history; each invalid one is left out on its own and reported by invalid-date (SPEC §4.1).
 * Written into DATES rather than an object made per milestone (100,000 of them at 100,000 milestones).
 */
function readDates(b: Builder, w: WrittenMilestone, plan: number, ref: string, origin: EntryOrigin): ReadDates {
  const file = origin.file;
  const d = DATES;
  d.date = readDateValue(b, w.date, 'date', true, ref, plan, file, origin);
  d.forecast = readDateValue(b, w.forecast, 'forecast', true, ref, plan, file, origin);
  d.actual = readDateValue(b, w.actual, 'actual', false, ref, plan, file, origin);
  d.deadline = readDateValue(b, w.deadline, 'deadline', true, ref, plan, file, origin);
  const historyList = asList(w.history);
  let history: HistoryEntry[] | readonly never[] = NONE;
  for (let i = 0; i < historyList.length; i++) {
    const h = historyList[i];
    if (!isObj(h)) continue;
    const reported = readHistoryDate(b, field(h, 'reported'), 'reported', false, ref, plan, origin, i);
    const fc = readHistoryDate(b, field(h, 'forecast'), 'forecast', true, ref, plan, origin, i);
    if (!reported || !fc) continue;
    if (history === NONE) history = [];
    (history as HistoryEntry[]).push({ reported: reported.day, forecast: fc });
  }
  d.history = history;
  return d;
}

/**
 * readDateValue of a `history` entry's date, its path (`[list, at, 'history', i]`) made only for an invalid one: as
 * a day already read it is one look-up, where the path was an array made for every date of every entry (four entries
 * a milestone in bench/generate-rich.mjs's workspaces: 800,000 arrays at 100,000 milestones).
 */
function readHistoryDate(b: Builder, raw: unknown, key: string, allowPeriod: boolean, ref: string, plan: number, origin: EntryOrigin, i: number): DateValue | undefined {
  if (raw === undefined) return undefined;
  const known = typeof raw === 'string' ? b.shared.days.get(raw) : undefined;
  if (known !== undefined) return known;
  return readDateValue(b, raw, key, allowPeriod, ref, plan, origin.file, [origin.list, origin.at, 'history', i]);
}

/** The entries by their `reported` day (a stable sort): as written, when they are already in that order, as most are. */
function byReported(history: HistoryEntry[]): HistoryEntry[] {
  for (let i = 1; i < history.length; i++) {
    if (history[i]!.reported < history[i - 1]!.reported) return history.sort((x, y) => x.reported - y.reported);
  }
  return history;
}

/**
 * A list of texts as the model keeps it: the list as parsed when every entry is a text (the model and the parsed
 * data are never changed, and a pruned copy copies what it changes), else a copy of its texts.
 */
function textsOf(v: unknown): readonly string[] {
  if (!Array.isArray(v)) return NONE;
  for (let i = 0; i < v.length; i++) if (typeof v[i] !== 'string') return v.filter((e): e is string => typeof e === 'string');
  return v as string[];
}

const asText = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const asList = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : NONE);

/**
 * Reads one milestone into the builder: a scheduled one (with a usable `date`) into `milestones` and its `after`
 * entries into the pending dependencies; one without into `unscheduled`; a second one of the same ref into
 * `duplicates` (SPEC §4.1, §4.2).
 */
export function readMilestone(b: Builder, m: Obj, w: WrittenMilestone, plan: number, ref: string, id: string, origin: EntryOrigin): void {
  const first = b.milestoneIndex.get(ref);
  // Most workspaces have no milestone without a date: their look-up in unscheduledIndex is passed over.
  const firstOrigin = first !== undefined ? b.milestones[first]!.origin : b.unscheduledIndex.size === 0 ? undefined : b.unscheduledIndex.get(ref);
  if (firstOrigin !== undefined) {
    const firstKind = first !== undefined && b.milestones[first]!.gate !== undefined ? { firstKind: 'gate' as const } : {};
    b.duplicates.push({ kind: 'milestone', ref, origin: idOrigin(origin), first: idOrigin(firstOrigin), plan, ...firstKind });
    // Left out of the model, its dates are still checked: one run shows every finding the other rules can still
    // make (SPEC §4.1), so a date that does not exist is reported now, not once the id is fixed.
    readDates(b, w, plan, ref, origin);
    return;
  }
  const file = origin.file;
  const listKey = origin.list;
  const at = origin.at;
  const { date: written, forecast, actual, deadline, history } = readDates(b, w, plan, ref, origin);
  // A `date` left out (SPEC §4.1: invalid-date or schema, reported) leaves out that value, not the milestone: one with
  // an actual or a forecast is scheduled on it, its planned date taken as that current date, so its successors, its
  // gate and its other fields are checked in the same run (an auditor's finding: the whole milestone was dropped).
  const current = actual ?? forecast;
  const date = written ?? (current === undefined ? undefined : { day: current.day, isPeriod: current.isPeriod, written: current.written, isStandIn: true as const });
  const duration = readEstimate(b, w.duration, false);
  // The index it gets when it has a date (its dependencies point to it); unscheduled ones keep -1. A scheduled
  // milestone's `after` entries go straight to the builder's pending dependencies (nothing else is pushed there
  // while it is read); an unscheduled one keeps them for the reference check.
  const index = date ? b.milestones.length : -1;
  const afterList = asList(w.after);
  const unscheduledAfter: { target: string; origin: Origin }[] | undefined = date ? undefined : [];
  for (let i = 0; i < afterList.length; i++) {
    const entry = afterList[i];
    // The reference itself: the entry, or the id inside {id, lag, type}.
    let target: string | undefined;
    let pending: PendingDependency;
    if (typeof entry === 'string') {
      target = entry;
      pending = new AfterEdge(-1, index, ZERO_DURATION, undefined, 'FS', file, at, i, 0);
    } else {
      target = isObj(entry) ? text(entry, 'id') : undefined;
      if (target === undefined) continue;
      const lagRaw = field(entry as Obj, 'lag');
      const lag = readEstimate(b, lagRaw, true);
      pending = new AfterEdge(-1, index, lag?.likely ?? ZERO_DURATION, lag?.estimate, linkType(field(entry as Obj, 'type')), file, at, i, lagRaw !== undefined ? 2 : 1);
    }
    if (unscheduledAfter !== undefined) {
      unscheduledAfter.push({ target, origin: pending.origin });
    } else {
      b.pending.push(pending);
      b.pendingTargets.push(target);
    }
  }
  const meetings = meetingLinks(w.meetings, file, listKey, at);
  const require = Array.isArray(w.require) ? indexedTexts(m, 'require') : undefined;
  if (require) b.requires.push({ ids: require, plan, holder: ref, origin: { file, path: [listKey, at, 'require'] } });
  const goal = asText(w.goal);
  if (!date) {
    // Without any usable date (date, forecast or actual) a milestone cannot be scheduled: it stays out of the schedule
    // and the reports, references to it are not "unknown", and its own references are still checked.
    b.knownBroken.add(`milestones:${ref}`);
    b.unscheduledIndex.set(ref, origin);
    // Its progress and responsible party are kept for the rules that need no date (progress-range, unassigned), which
    // a tester found silent on a milestone whose date did not exist (SPEC §4.1: only the wrong value is left out).
    b.unscheduled.push({ ref, plan, after: unscheduledAfter!, meetings, goal, origin, progress: progressOf(w.progress), responsible: asText(w.responsible) });
    return;
  }
  const status = asText(w.status);
  const deliverables = w.deliverables === undefined ? NONE : textsOf(w.deliverables);
  b.milestoneIndex.set(ref, index);
  const requireIds = require?.map((r) => r.id);
  // Where an entry left out by a schema error (SPEC §4.1) shifts the later ones, their own indices are kept for findings.
  const requireAt = require !== undefined && require.some((r, i) => r.at !== i) ? require.map((r) => r.at) : undefined;
  const responsible = asText(w.responsible);
  const knownStatus = status === 'green' || status === 'yellow' || status === 'red' ? status : undefined;
  const started = progressOf(w.progress);
  const sorted = history === NONE ? NONE : byReported(history as HistoryEntry[]);
  // MilestoneDetails.of's test, without the object it takes: most milestones have no details.
  const details = duration?.estimate === undefined && requireIds === undefined && deliverables.length === 0 && responsible === undefined
    && knownStatus === undefined && goal === undefined && started === undefined && sorted.length === 0
    ? undefined
    : new MilestoneDetails(duration?.estimate, requireIds, deliverables, responsible, knownStatus, goal, started, sorted, undefined, undefined, requireAt);
  b.milestones.push(new MilestoneNode(
    index, ref, id, plan, asText(w.title) ?? id, date, forecast, actual, deadline, duration?.likely ?? ZERO_DURATION, (actual ?? forecast ?? date).day,
    meetings, file, at, details,
  ));
}

/**
 * The text entries of a `meetings` list as links, each at its index as written, not yet resolved (UNRESOLVED_MEETING:
 * model/resolve-meetings.ts finds the meeting and sets it on the link).
 */
function meetingLinks(list: unknown, file: string, listKey: string, at: number): readonly MeetingLink[] {
  if (!Array.isArray(list)) return NONE;
  let links: MeetingLink[] | undefined;
  for (let i = 0; i < list.length; i++) {
    const ref: unknown = list[i];
    if (typeof ref !== 'string') continue;
    (links ??= []).push({ ref, meeting: UNRESOLVED_MEETING, origin: { file, path: [listKey, at, 'meetings', i] } });
  }
  return links ?? NONE;
}

function linkType(value: unknown): LinkType {
  return typeof value === 'string' && (LINK_TYPES as readonly string[]).includes(value) ? (value as LinkType) : 'FS';
}

/** `progress: started/total` as counts (readProgress); undefined when not written so (the schema reports that). */
function progressOf(v: unknown): Milestone['progress'] {
  const written = asText(v);
  const counts = written === undefined ? null : /^(\d+)\/(\d+)$/.exec(written);
  return counts ? readProgress(counts[1]!, counts[2]!) : undefined;
}

/** `progress`'s two digit strings (`^\d+/\d+$`, SPEC §1.4) as counts; past 2^53 − 1 with their exact digits as well. */
function readProgress(started: string, total: string): NonNullable<Milestone['progress']> {
  const counts = { started: Number(started), total: Number(total) };
  if (Number.isSafeInteger(counts.started) && Number.isSafeInteger(counts.total)) return counts;
  const digits = (s: string): string => s.replace(/^0+(?=\d)/, '');
  return { ...counts, exact: { started: digits(started), total: digits(total) } };
}
