// The gantt chart's label column: how wide it is, how much of it an id takes, and a label filled or cut to it.
import { flattenText } from '../safe-text.js';
import { displayWidth, pad } from '../table.js';
import { oneColumnEach } from '../../text/width.js';
import { wholeEscapes } from '../../text/whole-escapes.js';
import { cutText } from './glyphs.js';
import type { Layout } from './layout.js';
import type { MilestoneRow, Timeline } from './timeline.js';

/**
 * The label column's width: the widest label, within 12 columns and a third of the width. The width of each `id title`
 * that is not one-column text is kept in `measured` (the row draws its label without measuring it again).
 */
export function labelWidth(timeline: Timeline, width: number, measured?: Map<MilestoneRow, number>): number {
  return labelWidthAt(widestLabel(timeline, measured), width);
}

/** The display width of the timeline's widest label, its indent and the space after it included. */
export function widestLabel(timeline: Timeline, measured?: Map<MilestoneRow, number>): number {
  let widest = 0;
  for (const s of timeline.sections) for (const group of s.groups) for (const r of group.rows) {
    widest = Math.max(widest, labelTextWidth(r, measured) + (s.isRoadmap ? 3 : 1));
  }
  for (const b of timeline.bodies) widest = Math.max(widest, displayWidth(flattenText(`${b.id} ${b.body?.name ?? ''}`)) + 1);
  return widest;
}

/** The label column's width at `width` columns for labels up to `widest` wide: see labelWidth. */
export function labelWidthAt(widest: number, width: number): number {
  return Math.max(12, Math.min(widest, Math.floor(width * 0.35)));
}

/**
 * The display width of the row's `id title`, escaped. Two texts of one-column code points are added up (they join no
 * grapheme across the space) without making the label; others are measured whole, and kept in `measured`.
 */
function labelTextWidth(row: MilestoneRow, measured: Map<MilestoneRow, number> | undefined): number {
  const shownId = flattenText(row.id);
  const shownTitle = flattenText(row.title);
  if (oneColumnEach(shownId) && oneColumnEach(shownTitle)) return shownId.length + 1 + shownTitle.length;
  const width = displayWidth(`${shownId} ${shownTitle}`);
  measured?.set(row, width);
  return width;
}

/** The most of the label column an id takes after `indent`: two thirds of it, and never fewer than 8 columns. */
export function labelIdRoom(l: Layout, indent: string): number {
  return Math.max(8, Math.floor(((l.label - indent.length) * 2) / 3));
}

/**
 * The display width of a row's label `${indent}${id} ${title}`, without measuring it again: one-column text is as wide
 * as it is long; another is the width labelWidth measured of `id title` (`known`) and the indent's spaces, when the id
 * starts with a printable ASCII character (nothing joins the spaces before it). undefined when not known.
 */
export function rowLabelWidth(label: string, indent: string, id: string, title: string, known: number | undefined): number | undefined {
  if (known === undefined) return oneColumnEach(id) && oneColumnEach(title) ? label.length : undefined;
  const first = id.charCodeAt(0);
  return first > 0x20 && first < 0x7f ? indent.length + known : undefined;
}

/**
 * `label`, `width` columns wide, filled or cut to the label column as pad(cutText(label)) would. A label that fits (most)
 * is filled; one whose cut falls among one-column code points (the next one too, so that no grapheme crosses the cut)
 * is cut by units (issue #18: cutText measured a label with an emoji in its title twice more, and pad once more).
 */
export function fitLabel(l: Layout, label: string, width: number): string {
  if (width <= l.label) return label + blanks(l.label - width);
  const ellipsis = displayWidth(l.g.ellipsis);
  const room = l.label - ellipsis;
  if (room > 0 && label.length > room && oneColumnEach(l.g.ellipsis) && oneColumnEach(label.slice(0, room + 1))) {
    const cut = label.slice(0, wholeEscapes(label, room)).trimEnd();
    return `${cut}${l.g.ellipsis}${blanks(l.label - cut.length - ellipsis)}`;
  }
  return pad(cutText(label, l.label, l.g), l.label);
}

/** Runs of spaces by length, made once each (every label is filled to the label column). */
const BLANKS: string[] = [''];

/** `count` spaces. */
function blanks(count: number): string {
  if (count > 512) return ' '.repeat(count);
  while (BLANKS.length <= count) BLANKS.push(`${BLANKS[BLANKS.length - 1]!} `);
  return BLANKS[count]!;
}
