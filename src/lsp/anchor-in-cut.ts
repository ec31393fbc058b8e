// Whether a cut of the "Remove" fix would take an anchor definition (`&d`) with it: an alias of it further on would be
// left unresolved, or would read another definition of the same name (tester round 53 F2). Read from the text alone.
import type { Cut } from './text-index.js';

/**
 * An anchor where a node may start, and its name: `&` after a line start, a blank or a flow indicator, then name
 * characters (not a blank nor `,[]{}`). A plain scalar's `&` inside a word (`R&D`) is none; `R &D` or a `&x` in a
 * comment or quotes is taken for one, which only withholds a fix.
 */
const ANCHOR = /(?:^|[\s[{,])&([^\s,[\]{}]+)/;

/** Whether the text the cut removes defines an anchor. */
export function removesAnchor(text: string, cut: Cut): boolean {
  return anchorIn(text.slice(cut.start, cut.end)) !== undefined;
}

/** The name of the first anchor `text` (a piece of a file) defines; undefined for none. */
export function anchorIn(text: string): string | undefined {
  return ANCHOR.exec(text)?.[1];
}
