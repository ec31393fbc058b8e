// Parts of the network compilation (risk/network.ts): the calendar tables, shared by plans with the same spec, and
// the dependencies in the order the kernel walks them.
import type { Graph } from '../graph/graph.js';
import type { Workspace } from '../model/types.js';
import type { Schedule } from '../schedule/cpm.js';
import { FIRST_DAY, LAST_DAY } from '../schedule/date-range.js';
import { buildCalendarTable, type CalendarTable } from './calendar-table.js';

/** Days the tables reach beyond the dates found: draws rarely leave them (the kernel falls back to the calendar). */
const TABLE_MARGIN_DAYS = 400;
/**
 * The farthest days a table reaches, whatever the dates: 0001-01-01 … 9999-12-31 and the margin. Draws past them (a
 * lag near the schema's limit, simulated dates left out as `date-range`) fall back to the calendar, so a table holds
 * at most 3.65 million days (about 33 MB with its working days) however far the dates or the extreme passes reach.
 */
const TABLE_FIRST_DAY = FIRST_DAY - TABLE_MARGIN_DAYS;
const TABLE_LAST_DAY = LAST_DAY + TABLE_MARGIN_DAYS;

/**
 * The days a table covers for dates found from `lo` to `hi` (lo ≤ hi): those with the margin, each end held within
 * TABLE_FIRST_DAY … TABLE_LAST_DAY, so from ≤ to always: a lower end held at a fixed day while the upper end is not
 * would give to < from, a negative table length, for a plan whose dates all lie before that day.
 */
function tableExtent(lo: number, hi: number): { from: number; to: number } {
  const held = (d: number): number => Math.min(TABLE_LAST_DAY, Math.max(TABLE_FIRST_DAY, d));
  return { from: held(lo - TABLE_MARGIN_DAYS), to: held(hi + TABLE_MARGIN_DAYS) };
}

/** The dates the tables must cover: every milestone's current, projected, latest and deadline day, and `reach`. */
export function calendarTables(ws: Workspace, schedule: Schedule, reach: { lo: number; hi: number } | undefined): { calendars: CalendarTable[]; planCalendar: number[] } {
  const n = ws.milestones.length;
  let lo = Infinity;
  let hi = -Infinity;
  const widen = (d: number): void => {
    if (Number.isFinite(d)) {
      if (d < lo) lo = d;
      if (d > hi) hi = d;
    }
  };
  for (let v = 0; v < n; v++) {
    const m = ws.milestones[v]!;
    widen(m.current);
    widen(schedule.projected[v]!);
    widen(schedule.latest[v]!);
    widen(schedule.latestBound[v]!);
    widen(m.deadline?.day ?? m.current);
  }
  if (reach) {
    lo = Math.min(lo, reach.lo);
    hi = Math.max(hi, reach.hi);
  }
  if (!Number.isFinite(lo)) lo = hi = 0;
  // Calendars shared by plans with the same spec; tables over the schedule's dates with a wide margin.
  const specKey = new Map<string, number>();
  const calendars: CalendarTable[] = [];
  const planCalendar = ws.plans.map((p) => {
    const key = JSON.stringify(p.calendar.spec);
    let c = specKey.get(key);
    if (c === undefined) {
      c = calendars.length;
      specKey.set(key, c);
      const { from, to } = tableExtent(lo, hi);
      calendars.push(buildCalendarTable(p.calendar, from, to));
    }
    return c;
  });
  return { calendars, planCalendar };
}

/**
 * The dependencies outside cycles ordered by successor position, then predecessor position, then index: two stable
 * counting sorts (by predecessor, then by successor), O(milestones + dependencies) where a comparison sort of
 * 300,000 edges took a quarter of a second.
 */
export function orderedEdges(ws: Workspace, graph: Graph, pos: Int32Array): Int32Array {
  // The ends of each edge from the graph's tables (Graph.edgeFrom/edgeTo, the dependencies' own), not from the
  // Dependency objects: four reads of scattered objects per edge were most of this sort's time (issue #18).
  const { edgeFrom, edgeTo, edgeInCycle } = graph;
  const edges = ws.dependencies.length;
  const n = pos.length;
  const byFrom = new Int32Array(n + 1);
  let count = 0;
  for (let e = 0; e < edges; e++) {
    if (edgeInCycle[e]) continue;
    byFrom[pos[edgeFrom[e]!]! + 1]!++;
    count++;
  }
  for (let k = 0; k < n; k++) byFrom[k + 1]! += byFrom[k]!;
  const first = new Int32Array(count);
  for (let e = 0; e < edges; e++) if (!edgeInCycle[e]) first[byFrom[pos[edgeFrom[e]!]!]!++] = e;
  const byTo = new Int32Array(n + 1);
  for (let i = 0; i < count; i++) byTo[pos[edgeTo[first[i]!]!]! + 1]!++;
  for (let k = 0; k < n; k++) byTo[k + 1]! += byTo[k]!;
  const kept = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const e = first[i]!;
    kept[byTo[pos[edgeTo[e]!]!]!++] = e;
  }
  return kept;
}
