// `milepel roadmap` as text: goals × years grid grouped by area, then measures with their responsible party.
import { formatCount } from '../counts.js';
import type { FormatOptions } from '../../diagnostics/types.js';
import { formatDate, formatYear, word, type Locale } from '../locale.js';
import { escapeControl } from '../safe-text.js';
import { append } from '../arrays.js';
import { cutMeasured, displayWidth, truncate } from '../table.js';
import { wrapWords as wrapSentence } from '../meetings/wrap.js';
import { createStyle, type Paint, type Style } from '../validate/style.js';
import { buildRoadmap, type Roadmap, type RoadmapMilestone, type RoadmapSource } from './data.js';
import { formatMeasures } from './measures.js';

const GAP = '  ';

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
  append(lines, ['', ...wrapWords(legend(options.locale, style, moved), options.width)]);
  return `${lines.map((l) => l.trimEnd()).join('\n')}\n`;
}

/**
 * The year cell of a milestone: status word and progress ("gul 1/4"), ✓ when done, ◆ when neither is known, and the
 * year it was planned in when that is another (`(2020)`): the grid places it where it lies now.
 */
function cellText(m: RoadmapMilestone, locale: Locale): string {
  const parts: string[] = [];
  if (m.isDone) parts.push('✓');
  if (m.status !== null) parts.push(statusWord(m.status, locale));
  if (m.progress !== null) parts.push(`${m.progress.started}/${m.progress.total}`);
  if (parts.length === 0) parts.push('◆');
  if (m.plannedYear !== null) parts.push(`(${formatYear(m.plannedYear)})`);
  return parts.join(' ');
}

function statusWord(status: 'green' | 'yellow' | 'red', locale: Locale): string {
  if (status === 'green') return word(locale, 'green', 'grønn');
  if (status === 'yellow') return word(locale, 'yellow', 'gul');
  return word(locale, 'red', 'rød');
}

function statusPaint(m: RoadmapMilestone, style: Style): Paint {
  if (m.isDone || m.status === 'green') return style.green;
  if (m.status === 'yellow') return style.yellow;
  if (m.status === 'red') return (t) => style.bold(style.red(t));
  return style.cyan;
}

/** The narrowest the title column of the year grid becomes before the years are split into bands. */
const MIN_TITLE = 8;

/**
 * The goals × years grid. When the years do not fit beside a title column that keeps the longest milestone id whole
 * (and a few letters of its title), the grid is drawn again for each band of years that fits, as `meetings` splits
 * its body columns: a long-range roadmap cut every id to "RM1-…" and replaced its later years' cells by "…" without
 * a word (a tester's finding).
 */
function formatGrid(roadmap: Roadmap, options: FormatOptions, style: Style): string[] {
  const { years } = roadmap;
  const cells = new Map<RoadmapMilestone, string>();
  const widths = years.map((y) => formatYear(y).length);
  let longestId = 0;
  for (const m of roadmap.milestones) {
    const text = cellText(m, options.locale);
    cells.set(m, text);
    const i = m.year === null ? -1 : years.indexOf(m.year);
    if (i >= 0) widths[i] = Math.max(widths[i]!, displayWidth(text));
    longestId = Math.max(longestId, displayWidth(escapeControl(m.id)));
  }
  const yearsWidth = widths.reduce((a, b) => a + b + GAP.length, 0);
  // The titles give up width down to MIN_TITLE (20 and more whenever the width allows), then the years' columns fit: at
  // --width 40 the grid was 50 columns wide (a tester's finding).
  const single = Math.max(Math.min(20, Math.max(MIN_TITLE, options.width - yearsWidth)), options.width - yearsWidth);
  // The narrowest title column that shows a milestone's whole id, indented, and a few letters of its title.
  const keepIds = Math.min(Math.max(MIN_TITLE, longestId + 3 + 6), Math.max(MIN_TITLE, options.width - GAP.length - Math.max(4, widths[0] ?? 0)));
  if (years.length === 0 || (single + yearsWidth <= options.width && single >= Math.min(keepIds, 20))) {
    return drawGrid(roadmap, options, style, cells, years.map((_, i) => i), widths, single);
  }
  const bands: number[][] = [];
  let band: number[] = [];
  let used = keepIds;
  for (let i = 0; i < years.length; i++) {
    const need = GAP.length + widths[i]!;
    if (band.length > 0 && used + need > options.width) {
      bands.push(band);
      band = [];
      used = keepIds;
    }
    band.push(i);
    used += need;
  }
  bands.push(band);
  // As many bands as it takes, the years shared out evenly between them when that fits too: the titles then get the
  // room the last band would have left empty.
  const bandWidth = (b: readonly number[]): number => b.reduce((n, i) => n + GAP.length + widths[i]!, 0);
  const even = evenBands(years.length, bands.length);
  const fitsEvenly = even.every((b) => keepIds + bandWidth(b) <= options.width);
  const lines: string[] = [];
  for (const b of fitsEvenly ? even : bands) append(lines, drawGrid(roadmap, options, style, cells, b, widths, Math.max(keepIds, options.width - bandWidth(b))));
  return lines;
}

/** 0 … count-1 in `parts` consecutive runs whose lengths differ by at most one, the longer ones first. */
function evenBands(count: number, parts: number): number[][] {
  const out: number[][] = [];
  let next = 0;
  for (let p = 0; p < parts; p++) {
    const size = Math.floor(count / parts) + (p < count % parts ? 1 : 0);
    out.push(Array.from({ length: size }, (_, k) => next + k));
    next += size;
  }
  return out;
}

/** The grid of the years at `shown` (indices into roadmap.years), its title column `titleWidth` wide. */
function drawGrid(roadmap: Roadmap, options: FormatOptions, style: Style, cells: ReadonlyMap<RoadmapMilestone, string>, shown: readonly number[], allWidths: readonly number[], titleWidth: number): string[] {
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

  const lines: string[] = [];
  const milestoneLines = (milestones: readonly RoadmapMilestone[]): void => {
    for (const m of milestones) {
      const cell = cells.get(m)!;
      let line = titleCell(`   ${escapeControl(`${m.id} ${m.title}`)}`, none);
      for (let i = 0; i < years.length; i++) line += years[i] === m.year && cell !== '' ? GAP + padded(cell, widths[i]!, statusPaint(m, style)) : emptyCells[i]!;
      lines.push(fit(line));
    }
  };
  const heading = (text: string): void => {
    lines.push('', fit(row(text, years.map(formatYear), style.bold, (_i, t) => style.bold(t))));
  };
  // A band of years lists only the milestones drawn in it, and the goals, areas and plans they belong to: every band
  // repeated every row, most of them empty. A milestone without a year drawn and a goal without milestones go in the first.
  const isWhole = shown.length === roadmap.years.length;
  const isFirst = isWhole || shown[0] === 0;
  const inBand = new Set(years);
  // A milestone outside every year drawn (none, or past the years' limit) has no cell in any band: the first lists it,
  // as the whole grid does, rather than none (tester round 13 #6).
  const drawn = new Set(roadmap.years);
  const isShown = (m: RoadmapMilestone): boolean => isWhole || (m.year === null || !drawn.has(m.year) ? isFirst : inBand.has(m.year));
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
    lines.push('', style.bold(truncate(escapeControl(`${plan.title} (${plan.id})`), options.width)));
    let area: string | undefined | null = null;
    for (const { goal: g, milestones } of goals) {
      if (g.goal.area !== area) {
        area = g.goal.area;
        heading(area === undefined ? word(options.locale, 'No area', 'Uten område') : escapeControl(area));
      }
      lines.push(fit(row(` ${escapeControl(`${g.goal.id} ${g.goal.title}`)}`, years.map(() => ''), (t) => t, (_i, t) => t)));
      milestoneLines(milestones);
      if (g.milestones.length === 0) lines.push(style.dim(truncate(`   (${word(options.locale, 'no milestones', 'ingen milepæler')})`, options.width)));
    }
    if (rest.length > 0) {
      heading(word(options.locale, 'Without a goal', 'Uten resultatmål'));
      milestoneLines(rest);
    }
  }
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

/** Legend items, each with its uncoloured text for measuring. */
function legend(locale: Locale, style: Style, moved: boolean): { plain: string; painted: string }[] {
  const w = (en: string, nb: string): string => word(locale, en, nb);
  const item = (key: string, paint: Paint, text: string): { plain: string; painted: string } => ({ plain: `${key}${text}`, painted: `${paint(key)}${text}` });
  const none: Paint = (t) => t;
  return [
    item(w('green', 'grønn'), style.green, `: ${w('all measures started as planned', 'alle tiltak startet etter plan')}`),
    item(w('yellow', 'gul'), style.yellow, `: ${w('measures started late', 'tiltak forsinket igangsatt')}`),
    item(w('red', 'rød'), style.red, `: ${w('at risk', 'i fare')}`),
    item('a/b', none, `: ${w('measures started / measures', 'tiltak startet / tiltak')}`),
    item('✓', none, ` ${w('done', 'fullført')}`),
    item('◆', style.cyan, ` ${w('planned, no status reported', 'planlagt, ingen status rapportert')}`),
    ...(moved ? [item('(2020)', none, ` ${w('planned in 2020, now in this year', 'planlagt i 2020, nå i dette året')}`)] : []),
  ];
}

/** Joins items with three spaces, breaking lines at the width (measured on the uncoloured text). */
function wrapWords(items: readonly { plain: string; painted: string }[], width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const { plain, painted } of items) {
    const size = displayWidth(plain);
    if (used > 0 && used + 3 + size > width) {
      lines.push(line);
      line = '';
      used = 0;
    }
    line = used === 0 ? painted : `${line}   ${painted}`;
    used += (used === 0 ? 0 : 3) + size;
  }
  if (line !== '') lines.push(line);
  return lines;
}
