// `milepel roadmap` as text: goals × years grid grouped by area, then measures with their responsible party.
// The grid's layout is grid-layout.ts's, its drawing grid-draw.ts's; the measures are measures.ts's, the legend legend.ts's.
import { formatCount } from '../counts.js';
import type { FormatOptions } from '../../diagnostics/types.js';
import { formatDate, formatYear, word } from '../locale.js';
import { escapeControl } from '../safe-text.js';
import { append } from '../arrays.js';
import { truncate } from '../table.js';
import { wrapWords as wrapSentence } from '../meetings/wrap.js';
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
 * goals gets one line saying so.
 */
export function formatRoadmapText(source: RoadmapSource, options: FormatOptions): string {
  const roadmap = buildRoadmap(source);
  const style = createStyle(options.color);
  const w = (en: string, nb: string): string => word(options.locale, en, nb);
  if (roadmap.goals.length === 0) {
    // About the plan asked for, with --plan: the workspace may well have a roadmap (a tester's finding).
    const plan = source.plan;
    return `${plan === undefined
      ? w('No roadmap: no plan in the workspace has goals.', 'Ikke noe veikart: ingen plan i arbeidsområdet har resultatmål.')
      : w(`No roadmap: plan ${escapeControl(plan)} has no goals.`, `Ikke noe veikart: plan ${escapeControl(plan)} har ingen resultatmål.`)}\n`;
  }
  const s = roadmap.summary;
  const lines = [
    style.bold(truncate(w('Roadmap', 'Veikart') + `, ${w('status', 'status')} ${formatDate(roadmap.today, options.locale)}`, options.width)),
    // Wrapped, not cut: at --width 60 the cut hid how many measures lack a responsible party (a tester's finding).
    ...wrapSentence(`${formatCount(s.goals, 'goal', options.locale)}, ${formatCount(s.milestones, 'milestone', options.locale)}, ${formatCount(s.measures, 'measure', options.locale)} (${s.unassigned} ${w('without a responsible party', 'uten ansvarlig')})`, options.width, '', '  '),
  ];
  append(lines, formatGrid(roadmap, options, style));
  append(lines, outsideYears(roadmap, options));
  append(lines, ['', ...formatMeasures(roadmap, options, style)]);
  const moved = roadmap.milestones.some((m) => m.plannedYear !== null);
  append(lines, ['', ...formatLegend(options.locale, style, moved, options.width)]);
  return `${lines.map((l) => l.trimEnd()).join('\n')}\n`;
}

/** The goals × years grid: drawn once, or once per band of years when they do not fit the width (grid-layout.ts). */
function formatGrid(roadmap: Roadmap, options: FormatOptions, style: Style): string[] {
  const { cells, widths, bands } = layoutGrid(roadmap, options);
  const lines: string[] = [];
  for (const b of bands) append(lines, drawGrid(roadmap, options, style, cells, b.shown, widths, b.titleWidth));
  return lines;
}

/**
 * The milestones whose year is past the years drawn (at most 100, data.ts): their rows have no cell, so a line after
 * the grid says where they are (tester round 13 #6: a band of years left them out without a word).
 */
function outsideYears(roadmap: Roadmap, options: FormatOptions): string[] {
  const { years } = roadmap;
  if (years.length === 0) return [];
  const drawn = new Set(years);
  const outside = roadmap.milestones.filter((m) => m.year !== null && !drawn.has(m.year));
  if (outside.length === 0) return [];
  const range = `${formatYear(years[0]!)}–${formatYear(years[years.length - 1]!)}`;
  // Bare ids within one plan, as the rows show them; references when several plans could share one (tester round 14 #7).
  const plans = new Set([...roadmap.goals.map((g) => g.plan), ...roadmap.withoutGoal.map((u) => u.plan)]);
  const list = outside.map((m) => `${escapeControl(plans.size > 1 ? m.ref : m.id)} (${formatYear(m.year!)})`).join(', ');
  return ['', ...wrapSentence(word(options.locale, `Outside the years drawn (${range}): ${list}.`, `Utenfor årene som vises (${range}): ${list}.`), options.width, '', '  ')];
}
