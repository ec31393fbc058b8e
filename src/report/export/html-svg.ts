// The HTML export's SVG timeline: axis, a row per milestone (baseline, float, critical path) and per body (meetings), today line.
import { formatDay, type DayNumber } from '../../calendar/index.js';
import { chooseTickLabels } from '../gantt/axis.js';
import { chooseScale, createColumnMap, snapRange, formatTickLabel, unitStart, unitStarts, formatUpperLabel, findUpperScale } from '../gantt/scale.js';
import type { MilestoneRow, Timeline } from '../gantt/timeline.js';
import { ABSENT, formatDate, formatShownDate, word, type Locale } from '../locale.js';
import { clipPlanText, escapeHtml, escapePlanText } from './html-escape.js';

const WIDTH = 1120;
const LABEL = 360;
const CHART_X = LABEL + 10;
const CHART_W = WIDTH - CHART_X - 20;
/** The width the axis's labels take per character (11 px digits are about 6 px wide; a little room to spare). */
const AXIS_CHAR_PX = 7;
const ROW = 22;
const TOP = 46;

type Line = { kind: 'heading'; text: string; level: 1 | 2 } | { kind: 'milestone'; row: MilestoneRow } | { kind: 'body'; label: string; meetings: Timeline['bodies'][number]['meetings'] };

/** Marks beside a label that say without colour what the diamond's colour says. */
export function formatStateMarks(r: MilestoneRow): string {
  return `${r.isDone ? '✓' : r.isLate ? '!' : ''}${r.isCritical ? '*' : ''}${r.isPushed ? '»' : ''}`;
}

export function chooseStateClass(r: MilestoneRow): string {
  return r.isDone ? 'done' : r.isLate ? 'late' : r.isCritical ? 'crit' : r.isPushed ? 'pushed' : 'open';
}

function layoutLines(t: Timeline, locale: Locale): Line[] {
  const lines: Line[] = [];
  for (const s of t.sections) {
    lines.push({ kind: 'heading', text: `${s.plan.title} (${s.plan.id})`, level: 1 });
    for (const g of s.groups) {
      if (s.isRoadmap) lines.push({ kind: 'heading', text: g.goal ? `${g.goal.id} ${g.goal.title}` : word(locale, 'Without a goal', 'Uten resultatmål'), level: 2 });
      for (const row of g.rows) lines.push({ kind: 'milestone', row });
    }
  }
  if (t.bodies.length > 0) lines.push({ kind: 'heading', text: word(locale, 'Governance bodies and meetings', 'Styringsorganer og møter'), level: 1 });
  for (const b of t.bodies) lines.push({ kind: 'body', label: b.body?.name === undefined ? b.id : `${b.id} ${b.body.name}`, meetings: b.meetings });
  return lines;
}

/** A decision point (gate): a square, where a milestone is a diamond. */
const square = (x: number, y: number, r: number): string => `M${n(x - r)} ${n(y - r)}H${n(x + r)}V${n(y + r)}H${n(x - r)}Z`;
const diamond = (x: number, y: number, r: number): string => `M${n(x)} ${n(y - r)}L${n(x + r)} ${n(y)}L${n(x)} ${n(y + r)}L${n(x - r)} ${n(y)}Z`;
const triangle = (x: number, y: number, r: number): string => `M${n(x)} ${n(y - r)}L${n(x + r)} ${n(y + r * 0.8)}L${n(x - r)} ${n(y + r * 0.8)}Z`;
/** Coordinates with at most one decimal, so the output is the same on every machine. */
const n = (v: number): string => String(Math.round(v * 10) / 10);

/** The SVG timeline's lines, one after another (a million milestones' SVG would pass V8's string limit as one string). */
export function* svgLines(t: Timeline, paths: readonly (readonly number[])[], locale: Locale): Generator<string> {
  if (t.first === undefined || t.last === undefined) return;
  const scale = chooseScale(t.first, t.last, CHART_W / 8);
  const { from, to } = snapRange(t.first, t.last, scale);
  const span = to - from + 1;
  const x = (d: DayNumber): number => CHART_X + ((Math.min(Math.max(d, from), to) - from + 0.5) * CHART_W) / span;
  const lines = layoutLines(t, locale);
  const height = TOP + lines.length * ROW + 10;
  yield `<svg xmlns="http://www.w3.org/2000/svg" class="timeline" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${escapeHtml(word(locale, 'Timeline', 'Tidslinje'))}">`;
  for (let i = 1; i < lines.length; i += 2) yield `<rect class="stripe" x="0" y="${TOP + i * ROW}" width="${WIDTH}" height="${ROW}"/>`;
  // Labels never run into the chart: long ones are cut, and whatever a wide font still pushes out is clipped.
  yield `<defs><clipPath id="label-column"><rect x="0" y="0" width="${LABEL - 22}" height="${height}"/></clipPath></defs>`;
  const upper = findUpperScale(scale);
  if (upper !== undefined) {
    const starts = unitStarts(from, to, upper, 80);
    // The chart's first day is labelled too, with its year, unless the next unit starts before that label would end:
    // "Jan 2024" and "Feb" 14 px apart printed over each other (tester round 36 F1); the next then says the year.
    if (starts[0] !== from) {
      const next = starts[0];
      const label = formatUpperLabel(unitStart(from, upper), upper, locale, true);
      if (next === undefined || x(next) - x(from) >= (label.length + 1) * AXIS_CHAR_PX) starts.unshift(from);
    }
    for (const [i, d] of starts.entries()) yield `<text class="axis upper" x="${n(x(d) + 3)}" y="14">${escapeHtml(formatUpperLabel(unitStart(d, upper), upper, locale, i === 0))}</text>`;
  }
  // The labelled ticks as the text chart picks them (gantt/axis.ts), on a grid of one column per character of the
  // axis's 11 px font: the smallest regular step at which no two labels touch. Every year of 2020–2060 once had a
  // label 18 px from the next, over the one before (a tester's finding, session 12); now every 2nd, 5th, 10th …
  for (const { day: d } of chooseTickLabels(createColumnMap(from, to, Math.floor(CHART_W / AXIS_CHAR_PX)), scale, locale).labels) {
    const gx = n(CHART_X + ((d - from) * CHART_W) / span);
    yield `<line class="grid" x1="${gx}" y1="20" x2="${gx}" y2="${height - 6}"/>`;
    yield `<text class="axis" x="${n(Number(gx) + 3)}" y="32">${escapeHtml(formatTickLabel(d, scale, locale))}</text>`;
  }
  const pointOf = new Map<number, string>();
  lines.forEach((l, i) => l.kind === 'milestone' && l.row.projected !== null && pointOf.set(l.row.index, `${n(x(l.row.projected))},${TOP + i * ROW + ROW / 2}`));
  for (const p of paths) {
    const points = p.flatMap((m) => pointOf.get(m) ?? []);
    if (points.length > 1) yield `<polyline class="critical-path" points="${points.join(' ')}"/>`;
  }
  for (const [i, l] of lines.entries()) yield* renderLine(l, TOP + i * ROW, x, locale);
  if (t.today >= from && t.today <= to) {
    yield `<line class="today" x1="${n(x(t.today))}" y1="20" x2="${n(x(t.today))}" y2="${height - 6}"/>`;
    yield `<text class="today-label" x="${n(x(t.today) + 4)}" y="44">${escapeHtml(`${word(locale, 'today', 'i dag')} ${formatDate(t.today, locale)}`)}</text>`;
  }
  yield '</svg>';
}

function renderLine(l: Line, top: number, x: (d: DayNumber) => number, locale: Locale): string[] {
  const y = top + ROW / 2;
  if (l.kind === 'heading') return [`<text class="heading h${l.level}" x="${l.level === 1 ? 6 : 16}" y="${y + 4}">${clipPlanText(l.text, l.level === 1 ? 120 : 110)}</text>`];
  if (l.kind === 'body') {
    const out = [`<text class="label" clip-path="url(#label-column)" x="16" y="${y + 4}">${clipPlanText(l.label, 50)}</text>`];
    for (const m of l.meetings) {
      const tip = `${m.ref}${m.title === undefined ? '' : ` ${m.title}`} ${formatDate(m.date, locale)}`;
      out.push(`<path class="meeting" data-meeting="${escapePlanText(m.ref)}" data-date="${formatDay(m.date)}" d="${triangle(x(m.date), y, 6)}"><title>${escapePlanText(tip)}</title></path>`);
    }
    return out;
  }
  const r = l.row;
  const marks = formatStateMarks(r);
  const out = [`<text class="label" clip-path="url(#label-column)" x="26" y="${y + 4}">${clipPlanText(`${r.id} ${r.title}`, 46)}<title>${escapePlanText(`${r.id} ${r.title}`)}</title></text>`];
  if (marks !== '') out.push(`<text class="marks ${chooseStateClass(r)}" x="${LABEL}" y="${y + 4}" text-anchor="end">${escapeHtml(marks)}</text>`);
  const planned = `<path class="baseline" d="${diamond(x(r.baseline), y, 5)}"><title>${escapeHtml(`${word(locale, 'planned', 'planlagt')} ${formatDate(r.baseline, locale)}`)}</title></path>`;
  // A projected date left out (date-range, SPEC §4) is not drawn: the planned date's marker stays, nothing at a held bound.
  if (r.projected === null) return [...out, planned];
  if (!r.isDone && r.latest !== null && r.latest > r.projected) out.push(`<line class="float" x1="${n(x(r.projected))}" y1="${y}" x2="${n(x(r.latest))}" y2="${y}"/>`);
  const moved = r.baseline !== r.projected;
  if (moved) out.push(`<line class="slip" x1="${n(x(r.baseline))}" y1="${y}" x2="${n(x(r.projected))}" y2="${y}"/>`);
  if (!r.isDone && r.latest !== null && r.latest < r.projected) out.push(`<line class="overrun" x1="${n(x(r.latest))}" y1="${y}" x2="${n(x(r.projected))}" y2="${y}"/>`);
  if (moved) out.push(planned);
  const tip = `${r.ref}: ${word(locale, 'projected', 'beregnet')} ${formatDate(r.projected, locale)}, ${word(locale, 'latest', 'seneste')} ${formatShownDate(r.latest, locale)}, ${word(locale, 'float', 'slakk')} ${r.float ?? ABSENT}`;
  const mark = r.isGate ? square(x(r.projected), y, 6) : diamond(x(r.projected), y, 7);
  out.push(`<path class="${r.isGate ? 'gate' : 'milestone'} ${chooseStateClass(r)}" data-ref="${escapePlanText(r.ref)}" data-date="${formatDay(r.projected)}" d="${mark}"><title>${escapePlanText(tip)}</title></path>`);
  return out;
}
