// Which milestones the HTML export draws (issue #18): every one up to DRAWN_MILESTONES; above that, the ones a
// planner looks at first (late, then least float), with a note in the page saying how many are left out. A chart
// of 100,000 rows is 2.2 million pixels high and its page 80 MB: nobody reads it, and a browser barely opens it.
import type { MilestoneGroup, MilestoneRow, PlanSection, Timeline } from '../gantt/timeline.js';

/** Rows drawn at most (chart and table), milestones and decision points together: the page's size is its rows. */
export const DRAWN_MILESTONES = 2000;

export interface DrawnSubset {
  /** The timeline with only the drawn milestones (sections and goal groups left empty are dropped). */
  readonly timeline: Timeline;
  /** Rows left out (milestones and decision points together); 0 when the whole timeline is drawn. */
  readonly omitted: number;
  /** Of `omitted`, how many are decision points (gates), so that the note counts them apart as it counts the drawn. */
  readonly omittedGates: number;
  /** The largest float of the open, not late milestones drawn, in working days; undefined when none is drawn. */
  readonly maxFloat: number | undefined;
}

/** A projected date left out (date-range: after 9999-12-31) comes after every date. */
function compareProjected(a: number | null, b: number | null): number {
  return a === b ? 0 : a === null ? 1 : b === null ? -1 : a - b;
}

/** A float left out (date-range: counted from a date left out) comes after every float. */
function compareFloat(a: number | null, b: number | null): number {
  return a === b ? 0 : a === null ? 1 : b === null ? -1 : a - b;
}

/** Late first, then open before done, then least float, then earliest projected date, then the reference. */
function compareUrgency(a: MilestoneRow, b: MilestoneRow): number {
  const rank = (r: MilestoneRow): number => (r.isLate ? 0 : r.isDone ? 2 : 1);
  return rank(a) - rank(b) || compareFloat(a.float, b.float) || compareProjected(a.projected, b.projected) || (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0);
}

/**
 * The first `limit` of `rows` stably sorted by compareUrgency, in no particular order. A heap of the `limit` most
 * urgent so far (the least urgent of them on top) sees each row once, where sorting 100,000 rows to keep 2,000 made 1.7
 * million comparisons (issue #18). Ties go to the earlier row, as in a stable sort.
 */
function mostUrgent(rows: readonly MilestoneRow[], limit: number): MilestoneRow[] {
  // A NaN float or date does not order consistently, and the kept rows are then what the sort happens to keep.
  if (rows.some((r) => Number.isNaN(r.float) || Number.isNaN(r.projected))) return [...rows].sort(compareUrgency).slice(0, limit);
  const isBefore = (i: number, j: number): boolean => (compareUrgency(rows[i]!, rows[j]!) || i - j) < 0;
  const heap: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    if (heap.length < limit) {
      heap.push(i);
      siftUp(heap, heap.length - 1, isBefore);
    } else if (limit > 0 && isBefore(i, heap[0]!)) {
      heap[0] = i;
      siftDown(heap, isBefore);
    }
  }
  return heap.map((i) => rows[i]!);
}

/** Moves heap[at] up while it comes after its parent (the heap keeps the latest row on top). */
function siftUp(heap: number[], at: number, isBefore: (i: number, j: number) => boolean): void {
  let child = at;
  while (child > 0) {
    const parent = (child - 1) >> 1;
    if (!isBefore(heap[parent]!, heap[child]!)) return;
    [heap[parent], heap[child]] = [heap[child]!, heap[parent]!];
    child = parent;
  }
}

/** Moves heap[0] down while a child comes after it. */
function siftDown(heap: number[], isBefore: (i: number, j: number) => boolean): void {
  let parent = 0;
  for (;;) {
    let latest = parent;
    for (const child of [2 * parent + 1, 2 * parent + 2]) if (child < heap.length && isBefore(heap[latest]!, heap[child]!)) latest = child;
    if (latest === parent) return;
    [heap[parent], heap[latest]] = [heap[latest]!, heap[parent]!];
    parent = latest;
  }
}

/**
 * The milestones to draw: all of them when there are at most `limit`; else the `limit` most urgent (compareUrgency:
 * late ones, then open ones by float, so critical and near-critical milestones come first; done ones last), kept in
 * the timeline's own order (plan, goal, date). Meetings are always drawn whole.
 */
export function drawnSubset(t: Timeline, limit = DRAWN_MILESTONES): DrawnSubset {
  const rows: MilestoneRow[] = [];
  for (const s of t.sections) for (const g of s.groups) for (const r of g.rows) rows.push(r);
  if (rows.length <= limit) return { timeline: t, omitted: 0, omittedGates: 0, maxFloat: undefined };
  const kept = new Set<number>();
  let maxFloat: number | undefined;
  let keptGates = 0;
  for (const r of mostUrgent(rows, limit)) {
    kept.add(r.index);
    if (r.isGate) keptGates++;
    if (!r.isDone && !r.isLate && r.float !== null && (maxFloat === undefined || r.float > maxFloat)) maxFloat = r.float;
  }
  const sections: PlanSection[] = [];
  for (const s of t.sections) {
    const groups: MilestoneGroup[] = [];
    for (const g of s.groups) {
      const drawn = g.rows.filter((r) => kept.has(r.index));
      if (drawn.length > 0) groups.push({ goal: g.goal, rows: drawn });
    }
    if (groups.length > 0) sections.push({ ...s, groups });
  }
  let gates = 0;
  for (const r of rows) if (r.isGate) gates++;
  return { timeline: { ...t, sections }, omitted: rows.length - limit, omittedGates: gates - keptGates, maxFloat };
}
