// The roadmap grid drawn (SPEC §7 `roadmap`): one band of years as rows, plan by plan, by area and goal, each
// milestone's cell in the column of its year, coloured by its status. The layout is grid-layout.ts's.
import type { FormatOptions } from '../../diagnostics/types.js';
import { formatYear, word } from '../locale.js';
import { flattenText } from '../safe-text.js';
import { cutMeasured, displayWidth, truncate } from '../table.js';
import type { Paint, Style } from '../validate/style.js';
import type { Roadmap, RoadmapMilestone } from './data.js';
import { GAP } from './grid-layout.js';

/**
 * The grid's lines for the years at `shown` (indices into roadmap.years), its title column `titleWidth` terminal
 * columns wide and each year's column as wide as `allWidths` says (one per year of roadmap.years): a heading per plan,
 * a row of years per area, a row per goal and one per milestone with `cells`' text in its year. Lines wider than
 * `options.width` are cut with an ellipsis. One at a time, as they are drawn: a band of a national programme is
 * 100,000 lines (issue #18).
 */
export function* drawGrid(roadmap: Roadmap, options: FormatOptions, style: Style, cells: ReadonlyMap<RoadmapMilestone, string>, shown: readonly number[], allWidths: readonly number[], titleWidth: number): Generator<string> {
  const years = shown.map((i) => roadmap.years[i]!);
  const widths = shown.map((i) => allWidths[i]!);
  const yearsWidth = widths.reduce((a, b) => a + b + GAP.length, 0);
  const fits = titleWidth + yearsWidth <= options.width;
  // Padding stays outside the colour codes, so lines end without painted blanks.
  const padded = (text: string, width: number, paint: Paint): string => paint(text) + ' '.repeat(Math.max(0, width - displayWidth(text)));
  // The title cut and filled measured once (issue #18: truncate measured a cut title twice more, padded once more).
  const titleCell = (title: string, paint: Paint): string => {
    const cut = cutMeasured(title, titleWidth);
    return paint(cut.text) + ' '.repeat(Math.max(0, titleWidth - cut.width));
  };
  const row = (title: string, values: readonly string[], paintTitle: Paint, paintValue: (i: number, t: string) => string): string =>
    titleCell(title, paintTitle) + values.map((v, i) => GAP + padded(v, widths[i]!, (t) => paintValue(i, t))).join('');
  // Each year's empty cell with the gap before it, made once: a milestone's row is these but for its own year's cell.
  const emptyCells = widths.map((w) => GAP + ' '.repeat(w));
  const none: Paint = (t) => t;
  // A year wider than the width beside the narrowest title column is cut (trimmed, then with an ellipsis).
  const fit = (line: string): string => (fits ? line : truncate(line.trimEnd(), options.width));

  function* milestoneLines(milestones: readonly RoadmapMilestone[]): Generator<string> {
    for (const m of milestones) {
      const cell = cells.get(m)!;
      let line = titleCell(`   ${flattenText(`${m.id} ${m.title}`)}`, none);
      for (let i = 0; i < years.length; i++) line += years[i] === m.year && cell !== '' ? GAP + padded(cell, widths[i]!, statusPaint(m, style)) : emptyCells[i]!;
      yield fit(line);
    }
  }
  const heading = (text: string): string[] => ['', fit(row(text, years.map(formatYear), style.bold, (_i, t) => style.bold(t)))];
  // A band of years lists only the milestones drawn in it, and the goals, areas and plans they belong to: every band
  // repeated every row, most of them empty. A goal without milestones, and a milestone without a year (its date left
  // out, SPEC §4), which no other line names, go in the first.
  const isFirst = shown[0] === 0;
  const inBand = new Set(years);
  // A milestone past the years' limit (data.ts) has no cell in any band, and the line after the grid names it
  // (text.ts): no band lists it, nor a goal or area it alone would head. The first band listed such rows, empty,
  // under goals drawn in no band (tester round 18 #6).
  const isShown = (m: RoadmapMilestone): boolean => (m.year === null ? isFirst : inBand.has(m.year));
  // The goals come plan by plan (data.ts), a plan's milestones without a goal after its goals (as gantt lists them).
  for (let start = 0; start < roadmap.goals.length;) {
    const plan = roadmap.goals[start]!.plan;
    let end = start;
    while (end < roadmap.goals.length && roadmap.goals[end]!.plan === plan) end++;
    const goals = roadmap.goals.slice(start, end).flatMap((g) => {
      const milestones = g.milestones.filter(isShown);
      return milestones.length > 0 || (g.milestones.length === 0 && isFirst) ? [{ goal: g, milestones }] : [];
    });
    const rest = (roadmap.withoutGoal.find((u) => u.plan === plan)?.milestones ?? []).filter(isShown);
    start = end;
    if (goals.length === 0 && rest.length === 0) continue;
    yield '';
    yield style.bold(truncate(flattenText(`${plan.title} (${plan.id})`), options.width));
    let area: string | undefined | null = null;
    for (const { goal: g, milestones } of goals) {
      if (g.goal.area !== area) {
        area = g.goal.area;
        yield* heading(area === undefined ? word(options.locale, 'No area', 'Uten område') : flattenText(area));
      }
      yield fit(row(` ${flattenText(`${g.goal.id} ${g.goal.title}`)}`, years.map(() => ''), (t) => t, (_i, t) => t));
      yield* milestoneLines(milestones);
      if (g.milestones.length === 0) yield style.dim(truncate(`   (${word(options.locale, 'no milestones', 'ingen milepæler')})`, options.width));
    }
    if (rest.length > 0) {
      yield* heading(word(options.locale, 'Without a goal', 'Uten resultatmål'));
      yield* milestoneLines(rest);
    }
  }
}

/** The colour of a milestone's cell: green when done or green, yellow, bold red, and cyan without a status. */
function statusPaint(m: RoadmapMilestone, style: Style): Paint {
  if (m.isDone || m.status === 'green') return style.green;
  if (m.status === 'yellow') return style.yellow;
  if (m.status === 'red') return (t) => style.bold(style.red(t));
  return style.cyan;
}
