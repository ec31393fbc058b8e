// The one home of an edge's SPEC §5 constraint: forward (earliest finish of the successor) and its backward inverse.
// The scheduler's passes, the critical-path tracer and the dependency-order rule all call these functions.
import { durationDays, isWorkingUnit, type DayNumber, type Duration, type WorkCalendar } from '../calendar/index.js';
import { DependencyTable } from '../model/dependency-table.js';
import { FF, FS, LINK_CODE, SF, SS } from '../model/milestone-types.js';
import type { DependencyList, LinkType } from '../model/types.js';

/** One end of an edge: the node's duration and the calendar of its plan (make one with edgeEnd). */
export interface EdgeEnd {
  readonly duration: Duration;
  readonly calendar: WorkCalendar;
  /** durationDays(duration): working days for `d`/`w`, calendar days for `ed`/`ew`. */
  readonly days: number;
  /** isWorkingUnit(duration.unit). */
  readonly working: boolean;
}

export function edgeEnd(duration: Duration, calendar: WorkCalendar): EdgeEnd {
  return { duration, calendar, days: durationDays(duration), working: isWorkingUnit(duration.unit) };
}

/** The link types as the numbers LinkTable.type holds: the model's (model/milestone-types.ts), its edge rows' too. */
export { FF, FS, SF, SS };

/**
 * Every dependency's link type (FS, FF, SS, SF above) and lag (days of its kind, negative for a lead; `lagWorking`
 * 1 for working units) in typed arrays indexed by edge. The passes read these instead of each Dependency and its
 * lag object: at 270,000 edges, two pointer chases per edge and pass were most of the passes' time (issue #18).
 * Made once per dependency list (memoised on the array, which an analysis never changes).
 */
export interface LinkTable {
  readonly type: Uint8Array;
  readonly lagDays: Float64Array;
  readonly lagWorking: Uint8Array;
}

const tables = new WeakMap<DependencyList, LinkTable>();

/** The LinkTable of `dependencies`, made on first use. */
export function linkTable(dependencies: DependencyList): LinkTable {
  let table = tables.get(dependencies);
  if (table !== undefined) return table;
  const n = dependencies.length;
  table = { type: new Uint8Array(n), lagDays: new Float64Array(n), lagWorking: new Uint8Array(n) };
  // A table's rows are read as they are, their link types already these numbers: at(e) would make an object of each
  // (model/dependency-table.ts).
  const rows = dependencies instanceof DependencyTable ? dependencies : undefined;
  for (let e = 0; e < n; e++) {
    const d = rows === undefined ? dependencies.at(e)! : undefined;
    const lag = d === undefined ? rows!.lagAt(e) : d.lag;
    table.type[e] = d === undefined ? rows!.typeCode(e) : LINK_CODE[d.type];
    table.lagDays[e] = durationDays(lag);
    table.lagWorking[e] = isWorkingUnit(lag.unit) ? 1 : 0;
  }
  tables.set(dependencies, table);
  return table;
}

/** d moved by `days` (negative: back) in working days of `cal` when `working`, else in calendar days. */
function move(cal: WorkCalendar, d: DayNumber, days: number, working: boolean | number): DayNumber {
  // Most lags and durations are 0: no call into the calendar (two of its argument checks and a branch) for them.
  if (days === 0) return d;
  return working ? cal.add(d, days) : d + days;
}

/**
 * The latest day d whose `move` by `days` is on or before x: move's greatest inverse, a step of the backward pass.
 * Calendar days are undone exactly; working days by WorkCalendar.latestAdding, which keeps the non-working days after
 * the working day it reaches (an elapsed step undone next needs them).
 */
function undo(cal: WorkCalendar, x: DayNumber, days: number, working: boolean | number): DayNumber {
  if (days === 0) return x;
  return working ? cal.latestAdding(x, days) : x - days;
}

/**
 * SPEC §5, forward: the earliest finish the edge P → M allows M, given P's finish `pFinish` (a day number).
 * FS: add(add(p(P), lag), dur(M)); SS: add(add(s(P), lag), dur(M)); FF: add(p(P), lag); SF: add(s(P), lag),
 * where s(P) = sub(p(P), dur(P)) in P's calendar and the lag and dur(M) apply in M's calendar.
 * A negative lag (a lead) is the sub of its magnitude. `type` is a LinkTable code; the lag in days of its kind.
 */
export function forwardDays(type: number, lagDays: number, lagWorking: boolean | number, pFinish: DayNumber, p: EdgeEnd, m: EdgeEnd): DayNumber {
  const cal = m.calendar;
  switch (type) {
    case FS:
      return move(cal, move(cal, pFinish, lagDays, lagWorking), m.days, m.working);
    case FF:
      return move(cal, pFinish, lagDays, lagWorking);
    case SS:
      return move(cal, move(cal, move(p.calendar, pFinish, -p.days, p.working), lagDays, lagWorking), m.days, m.working);
    default:
      return move(cal, move(p.calendar, pFinish, -p.days, p.working), lagDays, lagWorking);
  }
}

/**
 * SPEC §5, backward: the latest finish the edge P → M allows P, given M's latest finish bound `mLatest`: the forward
 * steps undone in reverse order, each by its greatest inverse (`undo`): the latest P whose forward constraint is still
 * on or before `mLatest`. FS: undo dur(M), then the lag; FF: undo the lag; SS: the latest start of P is FS's value in
 * M's calendar, and P's latest finish the latest one whose start is on or before it (add of dur(P) in P's calendar);
 * SF: likewise from the lag undone. The result may be a non-working day (Schedule.latestBound). Arguments as
 * forwardDays.
 */
export function backwardDays(type: number, lagDays: number, lagWorking: boolean | number, mLatest: DayNumber, p: EdgeEnd, m: EdgeEnd): DayNumber {
  const cal = m.calendar;
  switch (type) {
    case FS:
      return undo(cal, undo(cal, mLatest, m.days, m.working), lagDays, lagWorking);
    case FF:
      return undo(cal, mLatest, lagDays, lagWorking);
    case SS:
      return undo(p.calendar, undo(cal, undo(cal, mLatest, m.days, m.working), lagDays, lagWorking), -p.days, p.working);
    default:
      return undo(p.calendar, undo(cal, mLatest, lagDays, lagWorking), -p.days, p.working);
  }
}

/** forwardDays for one Dependency's type and lag. */
export function forwardConstraint(type: LinkType, lag: Duration, pFinish: DayNumber, p: EdgeEnd, m: EdgeEnd): DayNumber {
  return forwardDays(LINK_CODE[type], durationDays(lag), isWorkingUnit(lag.unit), pFinish, p, m);
}

/** backwardDays for one Dependency's type and lag. */
export function backwardConstraint(type: LinkType, lag: Duration, mLatest: DayNumber, p: EdgeEnd, m: EdgeEnd): DayNumber {
  return backwardDays(LINK_CODE[type], durationDays(lag), isWorkingUnit(lag.unit), mLatest, p, m);
}

/** s = sub(finish, duration) in the node's calendar: the day at whose end its work begins (SPEC §5). */
export function startOf(finish: DayNumber, end: EdgeEnd): DayNumber {
  // Most milestones have no duration: their start is their finish, without a walk through the calendar.
  return end.days === 0 ? finish : move(end.calendar, finish, -end.days, end.working);
}
