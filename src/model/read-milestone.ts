// One milestone of a plan file read into the workspace builder (SPEC §4): its dates, history, duration, `after`
// entries, meetings, require list and the fields reports show.
import { ZERO_DURATION, type Duration, type Estimate } from '../calendar/index.js';
import type { Builder } from './build.js';
import { MilestoneDetails, MilestoneNode, NONE } from './milestone.js';
import { AfterEdge, type EntryOrigin } from './origin.js';
import { indexedTexts, isObj, text, field, type Obj } from './read.js';
import { idOrigin, readEstimate } from './read-values.js';
import { byReported, readDates } from './read-milestone-dates.js';
import { asList, asText, linkType, meetingLinks, progressOf, textsOf } from './read-milestone-values.js';
import type { HistoryEntry, LinkType, Origin } from './types.js';
import type { WrittenMilestone } from './written-milestone.js';

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
  const unscheduledAfter: { target: string; origin: Origin; edge: AfterEdge }[] | undefined = date ? undefined : [];
  for (let i = 0; i < afterList.length; i++) {
    const entry = afterList[i];
    // The reference itself: the entry, or the id inside {id, lag, type}.
    // A scheduled milestone's entry is a row of the pending table (no object: dependency-table.ts); an unscheduled
    // one's an AfterEdge it keeps.
    let target: string | undefined;
    let lag: Duration = ZERO_DURATION;
    let lagEstimate: Estimate | undefined;
    let type: LinkType = 'FS';
    let form: 0 | 1 | 2 = 0;
    if (typeof entry === 'string') {
      target = entry;
    } else {
      target = isObj(entry) ? text(entry, 'id') : undefined;
      if (target === undefined) continue;
      const lagRaw = field(entry as Obj, 'lag');
      const read = readEstimate(b, lagRaw, true);
      lag = read?.likely ?? ZERO_DURATION;
      lagEstimate = read?.estimate;
      type = linkType(field(entry as Obj, 'type'));
      form = lagRaw !== undefined ? 2 : 1;
    }
    if (unscheduledAfter !== undefined) {
      const edge = new AfterEdge(-1, index, lag, lagEstimate, type, file, at, i, form);
      unscheduledAfter.push({ target, origin: edge.origin, edge });
    } else {
      b.pending.add(-1, index, lag, lagEstimate, type, file, at, i, form);
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
  const extensionKeys = w.extensionKeys;
  const wbs = Array.isArray(w.wbs) && w.wbs.length > 0 && w.wbs.every((s) => typeof s === 'string') ? w.wbs as string[] : undefined;
  // MilestoneDetails.of's test, without the object it takes: most milestones have no details.
  const details = duration?.estimate === undefined && requireIds === undefined && deliverables.length === 0 && responsible === undefined
    && knownStatus === undefined && goal === undefined && started === undefined && sorted.length === 0 && extensionKeys === undefined
    ? undefined
    : new MilestoneDetails(duration?.estimate, requireIds, deliverables, responsible, knownStatus, goal, started, sorted, undefined, undefined, requireAt, extensionKeys, wbs);
  b.milestones.push(new MilestoneNode(
    index, ref, id, plan, asText(w.title) ?? id, date, forecast, actual, deadline, duration?.likely ?? ZERO_DURATION, (actual ?? forecast ?? date).day,
    meetings, file, at, details,
  ));
}
