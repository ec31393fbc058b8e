// The meetings report's data: meeting-before-milestone (SPEC §4.2) as a report, per milestone and body the latest admissible meeting or what is missing.
import type { DateValue, DayNumber } from '../../calendar/index.js';
import type { Workspace } from '../../model/types.js';
import { checkMeetingsBeforeMilestone, type MeetingsBeforeMilestone } from '../../schedule/meeting-before-milestone.js';
import { meetingsByBody } from '../../schedule/meetings-by-body.js';
import type { MilestoneName } from '../critical-path/model.js';
import { currentValue } from '../../model/current.js';
import { onlyPlan } from '../../model/only-plan.js';

export interface MeetingsSource {
  readonly workspace: Workspace;
  readonly today: DayNumber;
  readonly plan?: string | undefined;
  /** Each milestone's place in ref order (Analysis.rank), which sorts the rows without comparing refs; optional. */
  readonly rank?: Int32Array | undefined;
}

export interface MeetingName {
  readonly ref: string;
  readonly body: string;
  readonly date: DayNumber;
}

export interface ListedOutside {
  readonly meeting: MeetingName;
  /** -1 before the window opens; 1 after c ⊖ lead (inside the lead or after the milestone). */
  readonly placement: -1 | 1;
}

export interface BodyStatus {
  readonly body: string;
  readonly isRequired: boolean;
  /** Required: the latest admissible meeting (listed or, when none of the body is listed, any). Not required: the latest admissible listed one. */
  readonly meeting: MeetingName | undefined;
  readonly nearestBefore: MeetingName | undefined;
  readonly nearestAfter: MeetingName | undefined;
  /** When nearestBefore is on the milestone's day, the nearest meeting before that day (BodyCheck.nearestEarlier). */
  readonly nearestEarlier?: MeetingName | undefined;
  /** Missing only because the milestone lists other meetings of the body: the latest admissible one it could list. */
  readonly unlisted: MeetingName | undefined;
  /** Listed meetings of this body outside the admissible interval, latest first. */
  readonly outside: readonly ListedOutside[];
}

export interface MeetingsRow extends MilestoneName {
  readonly title: string;
  /** The current date c the check is made against. */
  readonly current: DateValue;
  /** Admissible interval [from, to]; from is -Infinity without a window. */
  readonly from: number;
  readonly to: DayNumber;
  readonly isOk: boolean;
  /** Required bodies and bodies with listed meetings, in the workspace's body order. */
  readonly bodies: readonly BodyStatus[];
  /** Every listed meeting outside the interval, by ref, each once. */
  readonly outside: readonly ListedOutside[];
}

export interface MeetingsReport {
  readonly today: DayNumber;
  readonly plan: string | undefined;
  /** By current date, then ref. */
  readonly rows: readonly MeetingsRow[];
  /** The bodies that appear in any row, in the workspace's body order. */
  readonly bodies: readonly string[];
  readonly planCount: number;
  /**
   * `missing`: the milestones §4.2 fails for, by either rule (a required body without an admissible meeting, or a
   * listed meeting outside the interval), so that ok + missing = milestones as SPEC §8's example has it; a listed
   * meeting too late was counted in neither (tester round 10 #5).
   */
  readonly summary: { readonly milestones: number; readonly ok: number; readonly missing: number };
}

/** Milestones with a required body or a listed meeting, for one plan or all. */
export function buildMeetingsReport(source: MeetingsSource): MeetingsReport {
  const ws = source.workspace;
  const only = onlyPlan(ws, source.plan);
  const byBody = meetingsByBody(ws);
  const made: MeetingsRow[] = [];
  const milestones: number[] = [];
  for (const m of ws.milestones) {
    if (only !== undefined && m.plan !== only) continue;
    const g = checkMeetingsBeforeMilestone(ws, byBody, m);
    if (g) {
      made.push(toRow(ws, g, byBody));
      milestones.push(g.milestone);
    }
  }
  const rows = source.rank === undefined ? made.sort(byDateAndRef) : byDateAndRank(made, milestones, source.rank);
  const used = new Set<string>();
  for (const r of rows) for (const b of r.bodies) used.add(b.body);
  return {
    today: source.today, plan: source.plan, rows,
    bodies: [...used].sort((a, b) => bodyOrder(ws, a, b)),
    planCount: new Set(rows.map((r) => r.plan)).size,
    summary: { milestones: rows.length, ok: rows.filter((r) => r.isOk).length, missing: rows.filter((r) => !r.isOk).length },
  };
}

/** The rows' order: by current date, then ref (`<`, UTF-16 code units). */
function byDateAndRef(a: MeetingsRow, b: MeetingsRow): number {
  return a.current.day - b.current.day || (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0);
}

/**
 * `rows` in byDateAndRef's order, sorted as numbers: each row's key is its date's offset from the earliest times the
 * milestone count, plus its milestone's rank (its ref's place among all refs, so the same order as comparing refs;
 * unique, as a row is one milestone's). 100,000 rows sorted by comparing dates and refs took 0.45 s (tester round 51:
 * `meetings` over 3 s); keys of at most 3.7 million days × a million milestones are exact as doubles.
 */
function byDateAndRank(rows: readonly MeetingsRow[], milestones: readonly number[], rank: Int32Array): MeetingsRow[] {
  const n = rank.length;
  let first = Infinity;
  for (const r of rows) if (r.current.day < first) first = r.current.day;
  const keys = new Float64Array(rows.length);
  const rowOfRank = new Int32Array(n);
  for (let i = 0; i < rows.length; i++) {
    const at = rank[milestones[i]!]!;
    keys[i] = (rows[i]!.current.day - first) * n + at;
    rowOfRank[at] = i;
  }
  keys.sort();
  const sorted = new Array<MeetingsRow>(rows.length);
  for (let i = 0; i < keys.length; i++) sorted[i] = rows[rowOfRank[keys[i]! % n]!]!;
  return sorted;
}

/** A required body without an admissible meeting. */
export function hasMissing(row: MeetingsRow): boolean {
  return row.bodies.some((b) => b.isRequired && !b.meeting);
}

function toRow(ws: Workspace, g: MeetingsBeforeMilestone, byBody: ReadonlyMap<string, readonly number[]>): MeetingsRow {
  const m = ws.milestones[g.milestone]!;
  // The workspace's meeting itself, not a copy of its name: 320,000 copies were 15 MB of the report at 100,000
  // milestones with 50,000 meetings (issue #18).
  const meeting = (i: number): MeetingName | undefined => (i < 0 ? undefined : ws.meetings[i]);
  const outside = listedOutside(ws, g);
  const statuses: BodyStatus[] = g.bodies.map((b) => ({
    body: b.body, isRequired: true, meeting: meeting(b.meeting), nearestBefore: meeting(b.nearestBefore), nearestAfter: meeting(b.nearestAfter),
    nearestEarlier: meeting(b.nearestEarlier),
    unlisted: b.meeting < 0 && b.fromList ? meeting(latestAdmissible(ws, byBody.get(b.body) ?? [], g)) : undefined,
    outside: outsideOf(outside, b.body),
  }));
  for (const l of g.listed) {
    const body = ws.meetings[l.meeting]!.body;
    if (statuses.some((x) => x.body === body)) continue;
    const admissible = g.listed.filter((x) => x.placement === 0 && ws.meetings[x.meeting]!.body === body).map((x) => meeting(x.meeting)!);
    const latest = admissible.reduce<MeetingName | undefined>((best, x) => (!best || x.date > best.date || (x.date === best.date && x.ref > best.ref) ? x : best), undefined);
    statuses.push({ body, isRequired: false, meeting: latest, nearestBefore: undefined, nearestAfter: undefined, unlisted: undefined, outside: outsideOf(outside, body) });
  }
  if (statuses.length > 1) statuses.sort((a, b) => bodyOrder(ws, a.body, b.body));
  const plan = ws.plans[m.plan]!.id;
  return {
    ref: m.ref, plan, id: m.id, title: m.title, current: currentValue(m), from: g.from, to: g.to, isOk: g.ok,
    bodies: statuses, outside,
  };
}

/**
 * Every listed meeting outside the interval, by ref, each once. Small arrays rather than Maps: a milestone has a
 * handful of bodies and listed meetings, and there may be a million milestones; most have none outside, and share one
 * empty list.
 */
function listedOutside(ws: Workspace, g: MeetingsBeforeMilestone): readonly ListedOutside[] {
  let outside: ListedOutside[] | undefined;
  for (const l of g.listed) {
    if (l.placement === 0) continue;
    const x = ws.meetings[l.meeting]!;
    outside ??= [];
    if (!outside.some((o) => o.meeting.ref === x.ref)) outside.push({ meeting: x, placement: l.placement });
  }
  return outside === undefined ? NONE_OUTSIDE : outside.sort((a, b) => (a.meeting.ref < b.meeting.ref ? -1 : 1));
}

/** The latest of `sorted` (by date) inside the milestone's admissible interval, or -1. */
function latestAdmissible(ws: Workspace, sorted: readonly number[], g: MeetingsBeforeMilestone): number {
  for (let i = sorted.length - 1; i >= 0; i--) {
    const date = ws.meetings[sorted[i]!]!.date;
    if (date <= g.to) return date >= g.from ? sorted[i]! : -1;
  }
  return -1;
}

/** No listed meeting outside the interval: one list for every row and body that has none. */
const NONE_OUTSIDE: readonly ListedOutside[] = Object.freeze([]);

function outsideOf(outside: readonly ListedOutside[], body: string): readonly ListedOutside[] {
  if (outside.length === 0) return NONE_OUTSIDE;
  const own = outside.filter((o) => o.meeting.body === body);
  return own.length === 0 ? NONE_OUTSIDE : own.sort((a, b) => b.meeting.date - a.meeting.date);
}

/** Workspace order of `bodies`; a body that is not defined goes last, by id. */
function bodyOrder(ws: Workspace, a: string, b: string): number {
  const x = ws.bodyIndex.get(a) ?? Number.MAX_SAFE_INTEGER;
  const y = ws.bodyIndex.get(b) ?? Number.MAX_SAFE_INTEGER;
  return x - y || (a < b ? -1 : a > b ? 1 : 0);
}
