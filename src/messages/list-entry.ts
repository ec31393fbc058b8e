// A list entry named as the schema messages name a value's place: `after[2]`, counted from 0 (tester round 80 F10:
// "lists MP5 twice (entries 1 and 3)" stood beside hints naming `after[0]`, and round 78 F5's "entry 3" beside `after[3]`).
import type { Place } from './data/input.js';

/**
 * Entry `index` (0-based) of the list at `place`: its key inside the entity (`after`, `ready.after`), the last key of
 * a path (`workdays` of plan.calendar.workdays, which the message names before it), or `[index]` alone for a place
 * that names no list.
 */
export function listEntry(place: Place, index: number): string {
  const list = place.kind === 'entity' ? place.rest ?? '' : place.kind === 'path' ? place.path.slice(place.path.lastIndexOf('.') + 1) : '';
  return `${list}[${index}]`;
}
