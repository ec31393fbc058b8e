// The critical-path report's data: every milestone's schedule in topological order and the critical paths, for one plan or all.
import type { DateValue, DayNumber } from '../../calendar/index.js';
import type { Graph } from '../../graph/graph.js';
import type { Milestone, Workspace } from '../../model/types.js';
import { firstDayOfWork, type Schedule } from '../../schedule/cpm.js';
import { LEFT_OUT_START, shownFloat, shownLatest, shownProjected } from '../../schedule/date-range.js';
import type { CriticalPath } from '../../schedule/critical-paths.js';
import { currentValue } from '../../model/current.js';
import { onlyPlan } from '../../model/only-plan.js';

export interface CriticalPathSource {
  readonly workspace: Workspace;
  readonly graph: Graph;
  readonly schedule: Schedule;
  /** The status date T. */
  readonly today: DayNumber;
  /** --plan: report on this plan only (the schedule still covers the whole workspace). */
  readonly plan?: string | undefined;
}

export interface MilestoneName {
  readonly ref: string;
  readonly plan: string;
  readonly id: string;
}

export interface ScheduleRow extends MilestoneName {
  readonly title: string;
  readonly date: DateValue;
  /** actual, else forecast, else date, as written (a period keeps its written form). */
  readonly current: DateValue;
  /** null when computed outside 0001-01-01 … 9999-12-31 (SPEC §4 `date-range`: left out), as are start and latest. */
  readonly projected: DayNumber | null;
  /** SPEC §5's JSON `start`: the first day of the milestone's work (= projected when its duration is 0). */
  readonly start: DayNumber | null;
  readonly latest: DayNumber | null;
  /** Working days; negative when late. null when projected or latest is left out (date-range): counted from it. */
  readonly float: number | null;
  readonly isCritical: boolean;
  /** A decision point (a gate, SPEC §12), scheduled as a milestone. */
  readonly isGate: boolean;
  /** The predecessor that pushed the milestone past its current date. */
  readonly driver: MilestoneName | undefined;
}

export interface PathRow {
  /** Start to end. */
  readonly milestones: readonly MilestoneName[];
  readonly end: MilestoneName;
  /** The end milestone's projected date; null when left out (date-range). */
  readonly endDate: DayNumber | null;
  readonly float: number;
}

export interface CriticalPathReport {
  readonly today: DayNumber;
  /** The --plan filter, if any. */
  readonly plan: string | undefined;
  readonly rows: readonly ScheduleRow[];
  readonly paths: readonly PathRow[];
  /**
   * The critical milestones of the rows that lie on no critical path of the workspace, in the rows' order: SPEC §5
   * starts a path only at a critical milestone without successors, so one made critical by its own deadline, whose
   * successors have float, is on none (tester round 15 #1). Not the rows off the paths shown: with --plan b, a
   * milestone of b on a path that ends in another plan is on a path.
   */
  readonly offPath: readonly ScheduleRow[];
  /** The plans with milestones in the report, in workspace order; with several, text shows ids plan-qualified. */
  readonly plans: readonly { readonly id: string; readonly title: string }[];
}

export function nameOf(m: Milestone, ws: Workspace): MilestoneName {
  return { ref: m.ref, plan: ws.plans[m.plan]!.id, id: m.id };
}

/**
 * The report's rows and paths without building them: the milestones kept (indices in topological order, ties by
 * ref) and each one's row made on request. `critical-path --format json` writes a row as soon as it is made, so a
 * 1,000,000-milestone report holds no array of rows and names (about 200 MB, issue #18); buildCriticalPathReport
 * makes every row with the same `row`.
 */
export interface LazyCriticalPathReport {
  readonly today: DayNumber;
  /** Milestone indices of the rows, in topological order. */
  readonly order: ArrayLike<number>;
  /**
   * The row of milestone `v` (a new object each call); `name` names it and its driver (by default a new name object
   * each time).
   */
  readonly row: (v: number, name?: (m: number) => MilestoneName) => ScheduleRow;
  /**
   * The schedule's critical paths that end at a milestone of the reported plan, whole (milestone indices, start to
   * end): other plans' milestones that drive it included, a path that only passes through the plan left out.
   */
  readonly paths: readonly CriticalPath[];
  /** The ref of milestone `m`. */
  readonly ref: (m: number) => string;
}

/** SPEC §8's rows and paths of `source`, made on request (see LazyCriticalPathReport). */
export function lazyCriticalPathReport(source: CriticalPathSource): LazyCriticalPathReport {
  const { workspace: ws, graph, schedule: s } = source;
  const only = onlyPlan(ws, source.plan);
  const order = only === undefined ? graph.order : graph.order.filter((v) => ws.milestones[v]!.plan === only);
  const fresh = (m: number): MilestoneName => nameOf(ws.milestones[m]!, ws);
  const row = (v: number, name: (m: number) => MilestoneName = fresh): ScheduleRow => {
    const m = ws.milestones[v]!;
    const driver = s.driver[v]!;
    const { ref, plan, id } = name(v);
    return {
      ref, plan, id, title: m.title, date: m.date, current: currentValue(m),
      projected: shownProjected(s, v),
      // The first day of work is the start's (or, when both were held at 9999-12-31, the projected date's): left out with the start.
      start: (s.leftOut[v]! & LEFT_OUT_START) !== 0 ? null : firstDayOfWork(s.start[v]!, s.projected[v]!, { duration: m.duration, calendar: ws.plans[m.plan]!.calendar }),
      latest: shownLatest(s, v), float: shownFloat(s, v), isCritical: s.critical[v] === 1, isGate: m.gate !== undefined,
      driver: driver >= 0 ? name(driver) : undefined,
    };
  };
  // `--plan b` gives b's critical paths, those that end in b (as P6 and MS Project give a project's, and as
  // `export --format json --plan` does): a path through b that ends in another plan is that plan's critical path.
  const paths = only === undefined ? s.paths : s.paths.filter((p) => ws.milestones[p.end]!.plan === only);
  return { today: source.today, order, row, paths, ref: (m) => ws.milestones[m]!.ref };
}

/** Rows in topological order (ties by ref); the paths that end in the reported plan, whole (lazyCriticalPathReport). */
export function buildCriticalPathReport(source: CriticalPathSource): CriticalPathReport {
  const lazy = lazyCriticalPathReport(source);
  const ws = source.workspace;
  const only = onlyPlan(ws, source.plan);
  // One name object per milestone, shared by its row, the rows it drives and every path through it.
  const names: (MilestoneName | undefined)[] = new Array<MilestoneName | undefined>(ws.milestones.length);
  const name = (m: number): MilestoneName => (names[m] ??= nameOf(ws.milestones[m]!, ws));
  const rows = Array.from(lazy.order, (v) => lazy.row(v, name));
  const paths = lazy.paths.map((p): PathRow => ({
    milestones: p.milestones.map(name), end: name(p.end), endDate: shownProjected(source.schedule, p.end), float: p.float,
  }));
  const onPath = new Uint8Array(ws.milestones.length);
  for (const p of source.schedule.paths) for (const m of p.milestones) onPath[m] = 1;
  const offPath = rows.filter((r, k) => r.isCritical && onPath[lazy.order[k]!] === 0);
  const withMilestones = new Set<number>();
  for (const m of ws.milestones) withMilestones.add(m.plan);
  const plans = ws.plans.filter((p) => withMilestones.has(p.index) && (only === undefined || p.index === only)).map((p) => ({ id: p.id, title: p.title }));
  return { today: source.today, plan: source.plan, rows, paths, offPath, plans };
}
