// The characters the chart is drawn with (Unicode or --ascii), and the legend that explains them.
import { word, type Locale } from '../locale.js';
import { displayWidth, fitPrefix } from '../../text/width.js';
import { wholeEscapes } from '../../text/whole-escapes.js';
import { flattenText } from '../safe-text.js';

export interface Glyphs {
  readonly milestone: string;
  readonly baseline: string;
  readonly float: string;
  readonly overrun: string;
  readonly slip: string;
  readonly today: string;
  readonly todayMark: string;
  readonly meeting: string;
  readonly before: string;
  readonly after: string;
  readonly rule: string;
  readonly tick: string;
  readonly done: string;
  readonly late: string;
  readonly critical: string;
  /** A decision point (gate). */
  readonly gate: string;
  readonly pushed: string;
  readonly ellipsis: string;
  readonly separator: string;
  /**
   * Between the chart's first and last date in the title, by locale: an en dash in Unicode; in ASCII a word, since a
   * hyphen between ISO dates (`2026-05-01-2026-07-31`) reads as one more hyphen of a date (a tester's finding).
   */
  readonly range: Readonly<Record<Locale, string>>;
}

export const UNICODE_GLYPHS: Glyphs = {
  milestone: '◆', baseline: '◇', float: '┄', overrun: '━', slip: '─', today: '│', todayMark: '▼', meeting: '▲',
  before: '◂', after: '▸', rule: '─', tick: '┬',
  done: '✓', late: '!', critical: '*', pushed: '»', ellipsis: '…', separator: ' · ', range: { en: '–', nb: '–' }, gate: '■',
};

export const ASCII_GLYPHS: Glyphs = {
  milestone: '#', baseline: 'o', float: '.', overrun: '=', slip: '-', today: '|', todayMark: 'v', meeting: '^',
  before: '<<', after: '>>', rule: '-', tick: '+',
  done: 'x', late: '!', critical: '*', pushed: '>', ellipsis: '...', separator: ' | ', range: { en: ' to ', nb: ' til ' }, gate: 'G',
};

export type LegendKind = 'milestone' | 'baseline' | 'float' | 'meeting' | 'today' | 'done' | 'late' | 'critical' | 'pushed';

/** The edges of the chart a marker is drawn at, for a date off the chart on that side. */
export interface EdgesDrawn {
  readonly before: boolean;
  readonly after: boolean;
}

/**
 * Legend entries: the glyph, what it means, and the kind that decides its colour. Gates and the edge markers are
 * explained when drawn (`hasGates`, `edges`).
 */
export function listLegendEntries(g: Glyphs, locale: Locale, hasGates = false, edges: EdgesDrawn = { before: false, after: false }, baseline?: string): { glyph: string; text: string; kind: LegendKind }[] {
  const w = (en: string, nb: string): string => word(locale, en, nb);
  // With --baseline the hollow mark is the date there, not the planned one (tester round 113 F2), and names it.
  const base = baseline === undefined ? undefined : flattenText(baseline);
  return [
    { glyph: g.milestone, text: w('projected date', 'beregnet dato'), kind: 'milestone' },
    { glyph: `${g.baseline}${g.slip}`, text: base === undefined ? w('planned date, when different', 'planlagt dato når den er endret') : w(`date in the baseline ${base}, when different`, `dato i referanseplanen ${base} når den er endret`), kind: 'baseline' },
    { glyph: g.float, text: w('float up to the latest date', 'slakk fram til seneste dato'), kind: 'float' },
    { glyph: g.overrun, text: w('past the latest date', 'etter seneste dato'), kind: 'late' },
    ...(hasGates ? [{ glyph: g.gate, text: w('decision point (gate)', 'beslutningspunkt'), kind: 'milestone' as const }] : []),
    { glyph: g.meeting, text: w('meeting', 'møte'), kind: 'meeting' },
    ...edgeEntries(g, locale, edges),
    { glyph: g.today, text: w('today', 'i dag'), kind: 'today' },
    { glyph: g.done, text: w('done', 'fullført'), kind: 'done' },
    { glyph: g.late, text: w('late (overdue or negative float)', 'forsinket (etter frist eller negativ slakk)'), kind: 'late' },
    { glyph: g.critical, text: w('critical', 'kritisk'), kind: 'critical' },
    { glyph: g.pushed, text: w('pushed by a predecessor', 'skjøvet av en forgjenger'), kind: 'pushed' },
  ];
}

/** The legend entry of the edge markers drawn: one entry for one side or both, none when none is drawn. */
function edgeEntries(g: Glyphs, locale: Locale, edges: EdgesDrawn): { glyph: string; text: string; kind: LegendKind }[] {
  const w = (en: string, nb: string): string => word(locale, en, nb);
  if (edges.before && edges.after) return [{ glyph: `${g.before} ${g.after}`, text: w('dated before / after the chart', 'datert før / etter diagrammet'), kind: 'milestone' }];
  if (edges.before) return [{ glyph: g.before, text: w('dated before the chart', 'datert før diagrammet'), kind: 'milestone' }];
  if (edges.after) return [{ glyph: g.after, text: w('dated after the chart', 'datert etter diagrammet'), kind: 'milestone' }];
  return [];
}

/** Cuts text to at most `width` display columns, ending in the glyph set's ellipsis when cut. */
export function cutText(text: string, width: number, g: Glyphs): string {
  if (displayWidth(text) <= width) return text;
  const room = width - displayWidth(g.ellipsis);
  if (room <= 0) return fitPrefix(g.ellipsis, Math.max(0, width)).text;
  // Never inside an escape of a control or bidi character (tester round 113 F3: `Bidi \u202…`).
  const kept = fitPrefix(text, room).text;
  return `${text.slice(0, wholeEscapes(text, kept.length)).trimEnd()}${g.ellipsis}`;
}
