// Draws a chain of milestone ids `A ─▶ B ─▶ C` wrapped to the width, with a closing note after the last id.
import { cutId, displayWidth, truncate } from '../table.js';

const ARROW = '─▶';
/** How a chain's first line, and each line it continues on, begins. */
const FIRST = '  ';
const NEXT = '    ';

/**
 * Lines of `  A ─▶ B ─▶ C  note`, continuation lines indented and starting with the arrow, so a wrapped
 * chain still reads as one. `ids` must already be escaped; `paintNote` colours the note after layout.
 */
export function drawChain(ids: readonly string[], note: string, width: number, paintNote: (text: string) => string = (t) => t, apart?: ReadonlyMap<string, string>): string[] {
  const first = FIRST;
  const next = NEXT;
  const lines: string[] = [];
  let line = first;
  let used = displayWidth(first);
  // An id wider than a line's room is cut as the tables cut it (`plan…/ID`, `MILEPAEL-M…000003`): cut at the line's
  // end, two long ids of one plan read the same (a tester's finding).
  const room = chainRoom(width);
  ids.forEach((whole, i) => {
    // `apart`: the cuts that tell apart ids a plain cut makes alike (table-cells.ts distinctCuts).
    const id = apart?.get(whole) ?? cutId(whole, room);
    const piece = i === 0 ? id : `${ARROW} ${id}`;
    const gap = i === 0 ? '' : ' ';
    const w = displayWidth(piece);
    if (i > 0 && used + 1 + w > width) {
      lines.push(line);
      line = next + piece;
      used = displayWidth(next) + w;
    } else {
      line += gap + piece;
      used += displayWidth(gap) + w;
    }
  });
  const noteWidth = displayWidth(note);
  if (used + 2 + noteWidth <= width) {
    lines.push(`${line}  ${paintNote(note)}`);
  } else {
    // An id wider than the line (a tester's finding: 52 columns at --width 40) is cut with an ellipsis.
    lines.push(truncate(line, width), `${next}${paintNote(note)}`);
  }
  return lines.map((l, i) => (i < lines.length - 1 ? truncate(l, width) : l));
}

/** The columns an id of a chain drawn `width` wide is cut to. */
export function chainRoom(width: number): number {
  return width - Math.max(displayWidth(FIRST), displayWidth(NEXT) + displayWidth(ARROW) + 1);
}
