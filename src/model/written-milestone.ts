// A milestone's fields as written, found in one pass over its keys (read-milestone.ts reads them into the model).
import type { Obj } from './read.js';

/**
 * A milestone's fields as written, found in one pass over its keys: at 100,000 milestones of some six keys each,
 * fifteen keyed look-ups per milestone (one per field the model reads, most of them absent) cost more than the
 * pass. `undefined` for a field not written, exactly as `field(m, key)` gives it.
 */
export interface WrittenMilestone {
  id: unknown; date: unknown; forecast: unknown; actual: unknown; deadline: unknown; history: unknown; duration: unknown; after: unknown;
  meetings: unknown; require: unknown; goal: unknown; progress: unknown; status: unknown; deliverables: unknown; title: unknown;
  responsible: unknown;
  /** The `x-` keys written, in order (a fresh array per milestone that has one); undefined for none (most). */
  extensionKeys: string[] | undefined;
  /** `x-wbs`'s value (also among extensionKeys). */
  wbs: unknown;
}

/** One WrittenMilestone for every milestone read (readMilestone is done with it before it reads the next one). */
const WRITTEN: WrittenMilestone = {
  id: undefined, date: undefined, forecast: undefined, actual: undefined, deadline: undefined, history: undefined, duration: undefined, after: undefined,
  meetings: undefined, require: undefined, goal: undefined, progress: undefined, status: undefined, deliverables: undefined, title: undefined,
  responsible: undefined, extensionKeys: undefined, wbs: undefined,
};

/**
 * The fields of milestone `m` as written (own enumerable keys only; `undefined` for one not written). Returns the one
 * shared WrittenMilestone, cleared and filled again: it is valid until the next call.
 */
export function writtenFields(m: Obj): WrittenMilestone {
  const w = WRITTEN;
  w.id = w.date = w.forecast = w.actual = w.deadline = w.history = w.duration = w.after = undefined;
  w.meetings = w.require = w.goal = w.progress = w.status = w.deliverables = w.title = w.responsible = undefined;
  w.extensionKeys = w.wbs = undefined;
  // Own enumerable keys, as Object.hasOwn in field() sees them: the parsers make every key an own enumerable one
  // (`__proto__` too, by defineProperty) of a plain object, whose prototype has none, so for-in visits exactly
  // them; without the array Object.keys made per milestone (0.7 % of validate's instructions at 10k).
  for (const key in m) {
    switch (key) {
      case 'id': w.id = m[key]; break;
      case 'date': w.date = m[key]; break;
      case 'forecast': w.forecast = m[key]; break;
      case 'actual': w.actual = m[key]; break;
      case 'deadline': w.deadline = m[key]; break;
      case 'history': w.history = m[key]; break;
      case 'duration': w.duration = m[key]; break;
      case 'after': w.after = m[key]; break;
      case 'meetings': w.meetings = m[key]; break;
      case 'require': w.require = m[key]; break;
      case 'goal': w.goal = m[key]; break;
      case 'progress': w.progress = m[key]; break;
      case 'status': w.status = m[key]; break;
      case 'deliverables': w.deliverables = m[key]; break;
      case 'title': w.title = m[key]; break;
      case 'responsible': w.responsible = m[key]; break;
      // The keys the model reads nothing of: an `x-` one is kept by name (the MS Project export says it leaves it out),
      // found in this pass rather than a second one over every milestone's keys.
      default:
        if (!key.startsWith('x-')) break;
        (w.extensionKeys ??= []).push(key);
        if (key === 'x-wbs') w.wbs = m[key];
    }
  }
  return w;
}
