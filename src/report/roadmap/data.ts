// The roadmap (SPEC §7, §8): goals of roadmap plans × the years of their milestones, and the measures with their responsible party.
import { assignedParty } from '../../model/responsible.js';
import { shownProjected } from '../../schedule/date-range.js';
import { formatDay, ymdOf, type DayNumber } from '../../calendar/index.js';
import type { Goal, Plan, Workspace } from '../../model/types.js';
import type { Schedule } from '../../schedule/cpm.js';
import { LazyJsonArray } from '../json-stream.js';

export interface RoadmapSource {
  readonly workspace: Workspace;
  readonly schedule: Schedule;
  readonly today: DayNumber;
  readonly plan?: string | undefined;
}

export interface RoadmapMilestone {
  readonly ref: string;
  readonly id: string;
  readonly title: string;
  /** The planned date, `date` (SPEC §1.4). */
  readonly date: DayNumber;
  /** The period as written (`2019`, `2020-Q3`) when `date` was written as one (SPEC §2). */
  readonly dateAsWritten: string | undefined;
  /**
   * The projected date p(M), where the milestone lies now and the grid shows it; null when left out (date-range,
   * SPEC §4), as is year. The roadmap gave it as `date`, with the forecast's period as `date_as_written` (a tester's
   * finding: a milestone moved from 2020 to 2021 read "planned" in 2021).
   */
  readonly projected: DayNumber | null;
  /** The year of `projected`: the grid's column. */
  readonly year: number | null;
  /** The year of `date` when it is not `year`: the grid says the milestone moved. */
  readonly plannedYear: number | null;
  readonly status: 'green' | 'yellow' | 'red' | null;
  readonly progress: { readonly started: number; readonly total: number } | null;
  readonly isDone: boolean;
}

export interface RoadmapMeasure {
  readonly ref: string;
  readonly id: string;
  readonly title: string;
  /** null when missing or "?". */
  readonly responsible: string | null;
  readonly unassigned: boolean;
}

export interface RoadmapGoal {
  readonly goal: Goal;
  readonly plan: Plan;
  readonly milestones: readonly RoadmapMilestone[];
  readonly measures: readonly RoadmapMeasure[];
}

/** A roadmap plan's milestones that name no goal (gantt's "Without a goal"): the roadmap dropped them silently. */
export interface RoadmapUngrouped {
  readonly plan: Plan;
  readonly milestones: readonly RoadmapMilestone[];
}

export interface Roadmap {
  readonly today: DayNumber;
  /**
   * Every year from the earliest to the latest of the milestone years and the roadmap plans' start and finish years: at
   * most 100, up to the last of them that holds one of those years.
   */
  readonly years: readonly number[];
  /** By plan, as in SPEC §1.5's order; the goals of an area together, in the order of the area's first goal. */
  readonly goals: readonly RoadmapGoal[];
  /** Per roadmap plan (one with goals) that has any, in the goals' plan order. */
  readonly withoutGoal: readonly RoadmapUngrouped[];
  /** Every milestone of the roadmap: the goals', then those without a goal. */
  readonly milestones: readonly RoadmapMilestone[];
  /**
   * The measures whose goal is none of the roadmap's (a goal removed or misspelt, a schema error): shown and counted,
   * not dropped (tester rounds 112 F8 and 113 F1: two unassigned measures vanished and the report said every measure
   * had a responsible party).
   */
  readonly measuresWithoutGoal: readonly RoadmapMeasure[];
  readonly summary: { readonly goals: number; readonly milestones: number; readonly measures: number; readonly unassigned: number };
}

export function buildRoadmap(source: RoadmapSource): Roadmap {
  const { workspace: ws, schedule } = source;
  const keep = (plan: number): boolean => source.plan === undefined || ws.plans[plan]?.id === source.plan;
  const goals: { goal: Goal; plan: Plan; milestones: RoadmapMilestone[]; measures: RoadmapMeasure[] }[] = [];
  const byRef = new Map<string, (typeof goals)[number]>();
  for (const goal of ws.goals) {
    const plan = ws.plans[goal.plan];
    if (plan === undefined || !keep(goal.plan) || byRef.has(goal.ref)) continue;
    const entry = { goal, plan, milestones: [], measures: [] };
    goals.push(entry);
    byRef.set(goal.ref, entry);
  }
  const refOf = (plan: number, goal: string): string => `${ws.plans[plan]?.id ?? ''}/${goal}`;
  const roadmapPlans = new Set(goals.map((g) => g.plan.index));
  const ungrouped = new Map<number, RoadmapMilestone[]>();
  for (const m of ws.milestones) {
    // A gate is no roadmap milestone (it has no goal to name).
    if (m.gate !== undefined || !roadmapPlans.has(m.plan)) continue;
    const entry = m.goal === undefined ? undefined : byRef.get(refOf(m.plan, m.goal));
    const list = entry?.milestones ?? ungrouped.get(m.plan) ?? [];
    if (entry === undefined) ungrouped.set(m.plan, list);
    const projected = shownProjected(schedule, m.index);
    const year = projected === null ? null : ymdOf(projected).year;
    const plannedYear = ymdOf(m.date.day).year;
    list.push({
      ref: m.ref, id: m.id, title: m.title, date: m.date.day, dateAsWritten: m.date.isPeriod ? m.date.written : undefined, projected, year,
      plannedYear: year !== null && plannedYear !== year ? plannedYear : null,
      status: m.status ?? null, progress: m.progress ? { started: m.progress.started, total: m.progress.total } : null,
      isDone: m.actual !== undefined,
    });
  }
  const withoutGoal = [...roadmapPlans].flatMap((p) => (ungrouped.has(p) ? [{ plan: ws.plans[p]!, milestones: ungrouped.get(p)! }] : []));
  const measuresWithoutGoal: RoadmapMeasure[] = [];
  for (const t of ws.measures) {
    if (!keep(t.plan)) continue;
    const entry = byRef.get(refOf(t.plan, t.goal));
    const party = assignedParty(t.responsible);
    (entry?.measures ?? measuresWithoutGoal).push({ ref: t.ref, id: t.id, title: t.title, responsible: party ?? null, unassigned: party === undefined });
  }
  const all = [...goals.flatMap((g) => g.milestones), ...withoutGoal.flatMap((u) => u.milestones)];
  const years: number[] = [];
  const dated = all.flatMap((m) => (m.year === null ? [] : [m.year]));
  // The grid spans the roadmap plans' own start and finish too (SPEC §1.2): a roadmap to 2023 shows 2023's column,
  // empty or not.
  for (const plan of new Set(goals.map((g) => g.plan))) {
    for (const day of [plan.start, plan.finish?.day]) if (day !== undefined) dated.push(ymdOf(day).year);
  }
  if (dated.length > 0) {
    const first = dated.reduce((y, year) => Math.min(y, year), Infinity);
    // A roadmap is read year by year; a runaway date (a typo, a huge lag) must not make a million columns: at most 100
    // years, up to the last of them that holds a milestone or a plan's start or finish. The empty years up to the
    // hundredth took the titles' room (tester round 91 F1: a milestone in 2150 drew 2026–2036 empty, "M1 slipp…").
    const last = dated.reduce((y, year) => (year <= first + 99 ? Math.max(y, year) : y), first);
    for (let y = first; y <= last; y++) years.push(y);
  }
  const measures = [...goals.flatMap((g) => g.measures), ...measuresWithoutGoal];
  return {
    today: source.today, years, goals: groupByArea(goals), withoutGoal, milestones: all, measuresWithoutGoal,
    summary: { goals: goals.length, milestones: all.length, measures: measures.length, unassigned: measures.filter((t) => t.unassigned).length },
  };
}

/**
 * The goals with each plan's goals of one area together, at the place of the area's first goal (SPEC §1.5: `area`
 * groups goals in the report), the goals of a plan and the plans in their order otherwise: an area whose goals were
 * not next to each other in the file was headed twice (a tester's finding).
 */
function groupByArea<G extends { readonly goal: Goal; readonly plan: Plan }>(goals: readonly G[]): G[] {
  const rank = new Map<string, number>();
  const keyOf = (g: G): string => `${g.plan.index}\u0000${g.goal.area ?? '\u0001'}`;
  goals.forEach((g, i) => {
    if (!rank.has(keyOf(g))) rank.set(keyOf(g), i);
  });
  return goals.map((g, i) => ({ g, i })).sort((a, b) => rank.get(keyOf(a.g))! - rank.get(keyOf(b.g))! || a.i - b.i).map((x) => x.g);
}

/** The roadmap as SPEC §8's JSON object. */
export function convertRoadmapToJson(roadmap: Roadmap): unknown {
  // The milestones as lazy arrays (json-stream.ts): each one's object is made as it is written, not all 100,000 of a
  // national programme at once with the report's text beside them (issue #18: 588 MB peak for its JSON).
  const lazy = (milestones: readonly RoadmapMilestone[]): LazyJsonArray => new LazyJsonArray(milestones.length, (i) => milestoneJson(milestones[i]!));
  return {
    years: roadmap.years,
    goals: roadmap.goals.map((g) => ({
      ref: g.goal.ref, title: g.goal.title, area: g.goal.area ?? null,
      milestones: lazy(g.milestones),
      measures: g.measures.map((t) => ({ ref: t.ref, title: t.title, responsible: t.responsible, unassigned: t.unassigned })),
    })),
    summary: roadmap.summary,
    // milepel's addition, after SPEC §8's keys: the roadmap plans' milestones that name no goal, written as the goals' are.
    without_goal: lazy(roadmap.withoutGoal.flatMap((u) => u.milestones)),
    // And the measures whose goal is none of the roadmap's, counted in `summary` with the goals'.
    measures_without_goal: roadmap.measuresWithoutGoal.map((t) => ({ ref: t.ref, title: t.title, responsible: t.responsible, unassigned: t.unassigned })),
  };
}

/** A milestone as SPEC §8's roadmap writes it: `date` the planned date (SPEC §1.4), `year` the grid's column, and
 * after them milepel's `projected`, the date that column is the year of. */
function milestoneJson(m: RoadmapMilestone): object {
  return {
    ref: m.ref, title: m.title, date: formatDay(m.date), ...(m.dateAsWritten === undefined ? {} : { date_as_written: m.dateAsWritten }),
    year: m.year, status: m.status, progress: m.progress, projected: m.projected === null ? null : formatDay(m.projected),
  };
}
