// `milepel roadmap` as text: goals × years grid grouped by area, then measures with their responsible party.
// The grid's layout is grid-layout.ts's, its drawing grid-draw.ts's; the measures are measures.ts's, the legend legend.ts's.
import { formatCount } from '../counts.js';
import type { FormatOptions } from '../../diagnostics/types.js';
import { formatDate, formatYear, word } from '../locale.js';
import { flattenText } from '../safe-text.js';
import { truncate } from '../table.js';
import { joinChunks, lineChunks } from '../chunks.js';
import { wrapWords as wrapSentence } from '../wrap.js';
import { createStyle, type Style } from '../validate/style.js';
import { buildRoadmap, type Roadmap, type RoadmapSource } from './data.js';
import { drawGrid } from './grid-draw.js';
import { layoutGrid } from './grid-layout.js';
import { formatLegend } from './legend.js';
import { formatMeasures } from './measures.js';

/**
 * `milepel roadmap` as text (SPEC §7): a heading with the status date and counts, the goals × years grid (in bands of
 * years when they do not fit the width), the milestones outside the years drawn, the measures with their responsible
 * party, then the legend; every line trimmed at its end, the text ending in a line feed. A workspace (or --plan) without
 * goals gets one line saying so. The whole text of roadmapTextLines (tests and small reports).
 */
export function formatRoadmapText(source: RoadmapSource, options: FormatOptions): string {
  return joinChunks(lineChunks(roadmapTextLines(source, options)));
}

/**
 * formatRoadmapText's lines one at a time, each trimmed at its end and without its line feed: the CLI writes them in
 * pieces (report/chunks.ts), so a national programme's 100,000 rows are never one string and one array beside the
 * model (issue #18: 436 MB peak for its text at 100,000 milestones).
 */
export function* roadmapTextLines(source: RoadmapSource, options: FormatOptions): Generator<string> {
  const roadmap = buildRoadmap(source);
  const style = createStyle(options.color);
  const w = (en: string, nb: string): string => word(options.locale, en, nb);
  if (roadmap.goals.length === 0) {
    // About the plan asked for, with --plan: the workspace may well have a roadmap (a tester's finding).
    // Wrapped at --width like every other line (tester round 37 F1).
    const plan = source.plan;
    const none = plan === undefined
      ? w('No roadmap: no plan in the workspace has goals.', 'Ikke noe veikart: ingen plan i arbeidsområdet har resultatmål.')
      : w(`No roadmap: plan ${flattenText(plan)} has no goals.`, `Ikke noe veikart: plan ${flattenText(plan)} har ingen resultatmål.`);
    for (const line of wrapSentence(none, options.width, '', '  ')) yield truncate(line, options.width);
    return;
  }
  const s = roadmap.summary;
  yield* trimEach([
    style.bold(truncate(w('Roadmap', 'Veikart') + `, ${w('status', 'status')} ${formatDate(roadmap.today, options.locale)}`, options.width)),
    // Wrapped, not cut: at --width 60 the cut hid how many measures lack a responsible party (a tester's finding).
    ...wrapSentence(`${formatCount(s.goals, 'goal', options.locale)}, ${formatCount(s.milestones, 'milestone', options.locale)}, ${formatCount(s.measures, 'measure', options.locale)} (${s.unassigned} ${w('without a responsible party', 'uten ansvarlig')})`, options.width, '', '  '),
  ]);
  const drawn: number[] = [];
  yield* trimEach(gridLines(roadmap, options, style, drawn));
  yield* trimEach(outsideYears(roadmap, drawn, options));
  yield* trimEach(['', ...formatMeasures(roadmap, options, style)]);
  const moved = roadmap.milestones.some((m) => m.plannedYear !== null);
  yield* trimEach(['', ...formatLegend(options.locale, style, moved, options.width)]);
}

/** Each of `lines` without the white space at its end, one at a time. */
function* trimEach(lines: Iterable<string>): Generator<string> {
  for (const line of lines) yield line.trimEnd();
}

/**
 * The goals × years grid: drawn once, or once per band of years when they do not fit the width (grid-layout.ts); a
 * band with nothing in its years is not drawn. The years of the bands drawn are added to `drawn`, in order, as each
 * band is begun.
 */
function* gridLines(roadmap: Roadmap, options: FormatOptions, style: Style, drawn: number[]): Generator<string> {
  const { cells, widths, bands } = layoutGrid(roadmap, options);
  for (const b of bands) {
    const band = drawGrid(roadmap, options, style, cells, b.shown, widths, b.titleWidth);
    const first = band.next();
    if (first.done === true) continue;
    for (const i of b.shown) drawn.push(roadmap.years[i]!);
    yield first.value;
    yield* band;
  }
}

/**
 * The milestones whose year is past the years of the grid (at most 100, data.ts): no band lists them (grid-draw.ts),
 * so a line after the grid says where they are (tester round 13 #6: a band of years left them out without a word),
 * naming the years the bands drawn show, "1950–1964 and 2024–2036": it named the grid's first and last year although
 * the bands with nothing in their years are not drawn (tester round 18 #6).
 */
function outsideYears(roadmap: Roadmap, drawn: readonly number[], options: FormatOptions): string[] {
  const { years } = roadmap;
  if (years.length === 0) return [];
  const inGrid = new Set(years);
  const outside = roadmap.milestones.filter((m) => m.year !== null && !inGrid.has(m.year));
  if (outside.length === 0) return [];
  // Bare ids within one plan, as the rows show them; references when several plans could share one (tester round 14 #7).
  const plans = new Set([...roadmap.goals.map((g) => g.plan), ...roadmap.withoutGoal.map((u) => u.plan)]);
  const list = outside.map((m) => `${flattenText(plans.size > 1 ? m.ref : m.id)} (${formatYear(m.year!)})`).join(', ');
  const w = (en: string, nb: string): string => word(options.locale, en, nb);
  // Nothing drawn: every milestone lies past the grid's years (a plan's start sets its first), and no band is drawn.
  const sentence = drawn.length === 0
    ? w(`Every milestone lies past the years ${formatYears(years, options)}: ${list}.`, `Alle milepælene ligger etter årene ${formatYears(years, options)}: ${list}.`)
    : w(`Outside the years drawn (${formatYears(drawn, options)}): ${list}.`, `Utenfor årene som vises (${formatYears(drawn, options)}): ${list}.`);
  return ['', ...wrapSentence(sentence, options.width, '', '  ')];
}

/** Ascending years as their runs, "1950–1964, 1990 and 2024–2036" ("og" in nb). */
function formatYears(years: readonly number[], options: FormatOptions): string {
  const runs: string[] = [];
  for (let i = 0; i < years.length;) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j]! + 1) j++;
    runs.push(j === i ? formatYear(years[i]!) : `${formatYear(years[i]!)}–${formatYear(years[j]!)}`);
    i = j + 1;
  }
  const last = runs.pop()!;
  return runs.length === 0 ? last : `${runs.join(', ')}${word(options.locale, ' and ', ' og ')}${last}`;
}
