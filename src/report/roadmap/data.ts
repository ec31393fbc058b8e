// The roadmap (SPEC §7, §8): goals of roadmap plans × the years of their milestones, and the measures with their responsible party.
import { assignedParty } from '../../model/responsible.js';
import { shownProjected } from '../../schedule/date-range.js';
import { formatDay, ymdOf, type DayNumber } from '../../calendar/index.js';
import type { Goal, Plan, Workspace } from '../../model/types.js';
import type { Schedule } from '../../schedule/cpm.js';
import { currentValue } from '../../model/current.js';

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
  /** The projected date p(M): where the milestone lies now; null when left out (date-range, SPEC §4), as is year. */
  readonly date: DayNumber | null;
  /** The period as written (`2019`, `2020-Q3`) when `date` is that period's last day (SPEC §2). */
  readonly dateAsWritten: string | undefined;
  readonly year: number | null;
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

export interface Roadmap {
  readonly today: DayNumber;
  /** Every year from the earliest to the latest of the milestone years and the roadmap plans' start and finish years (at most 100). */
  readonly years: readonly number[];
  readonly goals: readonly RoadmapGoal[];
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
  for (const m of ws.milestones) {
    const entry = m.goal === undefined ? undefined : byRef.get(refOf(m.plan, m.goal));
    if (entry === undefined) continue;
    const date = shownProjected(schedule, m.index);
    const current = currentValue(m);
    entry.milestones.push({
      ref: m.ref, id: m.id, title: m.title, date, dateAsWritten: current.isPeriod && current.day === date ? current.written : undefined, year: date === null ? null : ymdOf(date).year,
      status: m.status ?? null, progress: m.progress ? { started: m.progress.started, total: m.progress.total } : null,
      isDone: m.actual !== undefined,
    });
  }
  for (const t of ws.measures) {
    const entry = byRef.get(refOf(t.plan, t.goal));
    if (entry === undefined) continue;
    const party = assignedParty(t.responsible);
    entry.measures.push({ ref: t.ref, id: t.id, title: t.title, responsible: party ?? null, unassigned: party === undefined });
  }
  const all = goals.flatMap((g) => g.milestones);
  const years: number[] = [];
  const dated = all.flatMap((m) => (m.year === null ? [] : [m.year]));
  // The grid spans the roadmap plans' own start and finish too (SPEC §1.2): a roadmap to 2023 shows 2023's column,
  // empty or not.
  for (const plan of new Set(goals.map((g) => g.plan))) {
    for (const day of [plan.start, plan.finish?.day]) if (day !== undefined) dated.push(ymdOf(day).year);
  }
  if (dated.length > 0) {
    const first = dated.reduce((y, year) => Math.min(y, year), Infinity);
    const last = dated.reduce((y, year) => Math.max(y, year), -Infinity);
    // A roadmap is read year by year; a runaway date (a typo, a huge lag) must not make a million columns.
    for (let y = first; y <= Math.min(last, first + 99); y++) years.push(y);
  }
  const measures = goals.flatMap((g) => g.measures);
  return {
    today: source.today, years, goals,
    summary: { goals: goals.length, milestones: all.length, measures: measures.length, unassigned: measures.filter((t) => t.unassigned).length },
  };
}

/** The roadmap as SPEC §8's JSON object. */
export function convertRoadmapToJson(roadmap: Roadmap): unknown {
  return {
    years: roadmap.years,
    goals: roadmap.goals.map((g) => ({
      ref: g.goal.ref, title: g.goal.title, area: g.goal.area ?? null,
      milestones: g.milestones.map((m) => ({
        ref: m.ref, title: m.title, date: m.date === null ? null : formatDay(m.date), ...(m.dateAsWritten === undefined ? {} : { date_as_written: m.dateAsWritten }),
        year: m.year, status: m.status, progress: m.progress,
      })),
      measures: g.measures.map((t) => ({ ref: t.ref, title: t.title, responsible: t.responsible, unassigned: t.unassigned })),
    })),
    summary: roadmap.summary,
  };
}
