// `milepel roadmap --format xlsx` (SPEC §15): the goals' milestones by date and the measures with who is responsible.
import { columns, type SheetTable, type SheetValue } from '../sheet/table.js';
import type { Roadmap } from './data.js';

/**
 * Two sheets: `milestones` (goal, planned date, projected date, year, status, progress; a roadmap plan's milestones
 * without a goal last, their goal cells empty) and `measures` (goal, responsible, unassigned).
 */
export function roadmapSheets(roadmap: Roadmap): SheetTable[] {
  const milestones: SheetValue[][] = [];
  const measures: SheetValue[][] = [];
  for (const g of roadmap.goals) {
    for (const m of g.milestones) {
      milestones.push([g.goal.ref, g.goal.title, g.goal.area ?? null, m.ref, m.title, m.date, m.projected, m.year, m.status, m.progress?.started ?? null, m.progress?.total ?? null]);
    }
    for (const t of g.measures) measures.push([g.goal.ref, t.ref, t.title, t.responsible, t.unassigned ? 'yes' : 'no']);
  }
  for (const t of roadmap.measuresWithoutGoal) measures.push([null, t.ref, t.title, t.responsible, t.unassigned ? 'yes' : 'no']);
  for (const m of roadmap.withoutGoal.flatMap((u) => u.milestones)) {
    milestones.push([null, null, null, m.ref, m.title, m.date, m.projected, m.year, m.status, m.progress?.started ?? null, m.progress?.total ?? null]);
  }
  return [
    {
      name: 'milestones',
      columns: columns(['goal', 'text'], ['goal_title', 'text'], ['area', 'text'], ['ref', 'text'], ['title', 'text'], ['date', 'date'], ['projected', 'date'], ['year', 'integer'], ['status', 'text'], ['started', 'integer'], ['total', 'integer']),
      rows: milestones,
    },
    { name: 'measures', columns: columns(['goal', 'text'], ['ref', 'text'], ['title', 'text'], ['responsible', 'text'], ['unassigned', 'text']), rows: measures },
  ];
}
