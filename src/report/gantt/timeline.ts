// The rows every timeline view draws (gantt text, HTML, Mermaid): milestones grouped by plan and goal, meetings by body.
import type { DayNumber } from '../../calendar/index.js';
import type { Body, Goal, Meeting, Plan, Workspace } from '../../model/types.js';
import type { Schedule } from '../../schedule/cpm.js';
import type { BaselineDates } from '../../schedule/slippage.js';
import { isOverdue } from '../../schedule/overdue.js';
import { shownFloat, shownLatest, shownProjected } from '../../schedule/date-range.js';

/** What a timeline view is drawn from: the analysed workspace, the status date and the --plan filter. */
export interface TimelineSource {
  readonly workspace: Workspace;
  readonly schedule: Schedule;
  readonly today: DayNumber;
  /** Only this plan's milestones (meetings of every body are kept). */
  readonly plan?: string | undefined;
  /** The --baseline workspace's dates (baselineDates): a milestone's baseline is its current date there (else its planned `date`). */
  readonly baseline?: BaselineDates | undefined;
}

export interface MilestoneRow {
  readonly index: number;
  readonly ref: string;
  readonly id: string;
  readonly title: string;
  /** The planned `date` (the baseline). */
  readonly baseline: DayNumber;
  /**
   * null when computed outside 0001-01-01 … 9999-12-31 (SPEC §4 `date-range`): the views draw no mark, float tail or
   * slip for a date left out, and write no event or task for it.
   */
  readonly projected: DayNumber | null;
  /** null when left out, like projected. */
  readonly latest: DayNumber | null;
  /** Total float in working days; null when projected or latest is left out (date-range), as it counts from them. */
  readonly float: number | null;
  readonly isDone: boolean;
  readonly isCritical: boolean;
  /** Not done, and overdue (projected before today) or with negative float. */
  readonly isLate: boolean;
  /** Moved past its current date by a predecessor. */
  readonly isPushed: boolean;
  /** The predecessor that pushed it. */
  readonly driver: string | undefined;
  /** A decision point (gate, SPEC §1.7) rather than a milestone. */
  readonly isGate: boolean;
}

export interface MilestoneGroup {
  /** The roadmap goal; undefined for milestones without one. */
  readonly goal: Goal | undefined;
  readonly rows: readonly MilestoneRow[];
}

export interface PlanSection {
  readonly plan: Plan;
  /** Whether the plan has goals (a roadmap): its milestones are grouped by goal. */
  readonly isRoadmap: boolean;
  readonly groups: readonly MilestoneGroup[];
}

export interface BodyRow {
  readonly id: string;
  /** Undefined for a body that meetings name but no file declares. */
  readonly body: Body | undefined;
  /** Sorted by date, then reference. */
  readonly meetings: readonly Meeting[];
}

export interface Timeline {
  readonly sections: readonly PlanSection[];
  readonly bodies: readonly BodyRow[];
  readonly today: DayNumber;
  /** Earliest and latest date anything is drawn at; undefined when there is nothing. */
  readonly first: DayNumber | undefined;
  readonly last: DayNumber | undefined;
  /** Rows that are milestones, and those that are decision points (gates). */
  readonly milestoneCount: number;
  readonly gateCount: number;
  readonly meetingCount: number;
}

export function buildTimeline(source: TimelineSource): Timeline {
  const { workspace: ws, schedule, today } = source;
  const sections: PlanSection[] = [];
  const rowsOfPlan = new Map<number, MilestoneRow[]>();
  for (const m of ws.milestones) {
    const plan = ws.plans[m.plan];
    if (plan === undefined || (source.plan !== undefined && plan.id !== source.plan)) continue;
    const isDone = m.actual !== undefined;
    const projected = schedule.projected[m.index]!;
    const float = shownFloat(schedule, m.index);
    const driver = schedule.driver[m.index]!;
    const rows = rowsOfPlan.get(m.plan) ?? [];
    rowsOfPlan.set(m.plan, rows);
    rows.push({
      index: m.index, ref: m.ref, id: m.id, title: m.title, baseline: baselineOf(source.baseline, m.ref) ?? m.date.day,
      projected: shownProjected(schedule, m.index), latest: shownLatest(schedule, m.index), float, isDone,
      // Critical by SPEC §5 (f(M) ≤ the threshold), done or not, as critical-path marks it: a done milestone on the
      // critical path was shown ✓ alone here and ✓ * there (tester round 22 F5).
      isCritical: schedule.critical[m.index] === 1,
      isLate: isOverdue(m, projected, today) || (!isDone && float !== null && float < 0),
      isPushed: !isDone && driver >= 0,
      driver: driver >= 0 ? ws.milestones[driver]?.ref : undefined,
      isGate: m.gate !== undefined,
    });
  }
  for (const plan of ws.plans) {
    if (source.plan !== undefined && plan.id !== source.plan) continue;
    const rows = rowsOfPlan.get(plan.index);
    const goals = ws.goals.filter((g) => g.plan === plan.index);
    if (rows === undefined && goals.length === 0) continue;
    sections.push({ plan, isRoadmap: goals.length > 0, groups: groupByGoal(ws, rows ?? [], goals) });
  }
  const bodies = groupMeetings(ws);
  let first: DayNumber | undefined;
  let last: DayNumber | undefined;
  const see = (d: DayNumber | null): void => {
    if (d === null || !Number.isFinite(d)) return;
    if (first === undefined || d < first) first = d;
    if (last === undefined || d > last) last = d;
  };
  for (const section of sections) for (const group of section.groups) for (const r of group.rows) {
    see(r.baseline);
    see(r.projected);
    if (!r.isDone) see(r.latest);
  }
  for (const b of bodies) for (const m of b.meetings) see(m.date);
  const { milestones: milestoneCount, gates: gateCount } = countRows(sections);
  return { sections, bodies, today, first, last, milestoneCount, gateCount, meetingCount: ws.meetings.length };
}

function groupByGoal(ws: Workspace, rows: readonly MilestoneRow[], goals: readonly Goal[]): MilestoneGroup[] {
  if (goals.length === 0) return rows.length > 0 ? [{ goal: undefined, rows }] : [];
  const byGoal = new Map<string, MilestoneRow[]>(goals.map((g) => [g.id, []]));
  const without: MilestoneRow[] = [];
  for (const r of rows) {
    const goal = ws.milestones[r.index]?.goal;
    const list = goal === undefined ? undefined : byGoal.get(goal);
    if (list === undefined) without.push(r);
    else list.push(r);
  }
  const groups: MilestoneGroup[] = [];
  const seen = new Set<string>();
  for (const g of goals) {
    if (seen.has(g.id)) continue;
    seen.add(g.id);
    groups.push({ goal: g, rows: byGoal.get(g.id) ?? [] });
  }
  if (without.length > 0) groups.push({ goal: undefined, rows: without });
  return groups;
}

function groupMeetings(ws: Workspace): BodyRow[] {
  const byBody = new Map<string, Meeting[]>();
  for (const b of ws.bodies) if (!byBody.has(b.id)) byBody.set(b.id, []);
  const unknown: string[] = [];
  for (const m of ws.meetings) {
    let list = byBody.get(m.body);
    if (list === undefined) {
      list = [];
      byBody.set(m.body, list);
      unknown.push(m.body);
    }
    list.push(m);
  }
  const rows: BodyRow[] = [];
  const order = [...new Set(ws.bodies.map((b) => b.id)), ...unknown.sort()];
  for (const id of order) {
    const meetings = (byBody.get(id) ?? []).sort((a, b) => a.date - b.date || (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
    rows.push({ id, body: ws.bodies[ws.bodyIndex.get(id) ?? -1], meetings });
  }
  return rows;
}

/** The milestone's current date in the baseline workspace, if it is there. */
function baselineOf(base: BaselineDates | undefined, ref: string): DayNumber | undefined {
  const at = base?.index.get(ref);
  return at === undefined ? undefined : base!.milestones[at]!.baseline.day;
}

/**
 * The rows of `sections` that are milestones and those that are decision points: gates are drawn among the milestones
 * but counted apart, as critical-path counts them (a tester read 30 milestones for 29 and a gate).
 */
export function countRows(sections: Timeline['sections']): { milestones: number; gates: number } {
  let milestones = 0;
  let gates = 0;
  for (const section of sections) for (const group of section.groups) for (const r of group.rows) if (r.isGate) gates++; else milestones++;
  return { milestones, gates };
}
