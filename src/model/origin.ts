// Origins of the entities that come by the hundred thousand (milestones, their `after` entries and lags), with the
// path built when someone asks for it: only findings and a few reports do, for a few of them.
import type { Path } from '../source/parse.js';
import type { Duration, Estimate } from '../calendar/index.js';
import type { LinkType, Origin } from './types.js';

/**
 * `{file, path: [list, at]}` or, with `after` ≥ 0, `[list, at, 'after', after]`, and with `field` also `field` after
 * that: one object of five fields, where a plain Origin is an object, an array and the array's elements. At 100,000
 * milestones and 270,000 `after` entries that was 1,100,000 objects, a sixth of the analysis's retained memory
 * (heap snapshot of a 10,000-milestone network, 1 Dec 2026) and as big a share of the garbage collector's copying.
 * Each read of `path` gives a fresh array equal to the one a plain Origin would hold.
 */
export class EntryOrigin implements Origin {
  // Declared and assigned in the constructor, not parameter properties: see model/milestone.ts's MilestoneNode.
  declare readonly file: string;
  /** The entity list (`milestones`, `gates`, …). */
  declare readonly list: string;
  /** The entity's index in that list. */
  declare readonly at: number;
  /** The index in the entity's `after` list, or -1 for the entity itself. */
  declare readonly after: number;
  /** A field of that `after` entry (`id`, `lag`), or undefined for the entry itself. */
  declare readonly field: string | undefined;

  constructor(file: string, list: string, at: number, after = -1, field: string | undefined = undefined) {
    this.file = file;
    this.list = list;
    this.at = at;
    this.after = after;
    this.field = field;
  }

  get path(): Path {
    if (this.after < 0) return [this.list, this.at];
    return this.field === undefined ? [this.list, this.at, 'after', this.after] : [this.list, this.at, 'after', this.after, this.field];
  }
}

/**
 * An `after` entry's edge (a Dependency) whose origins are made when asked, from the file, the milestone's index in
 * its `milestones` list and the entry's index: at 100,000 milestones that is 270,000 EntryOrigins (and 30,000 for
 * lags) not made, for the few that findings and reports read. It holds the milestone's place rather than its origin
 * (the milestone's own is made when asked too: model/milestone.ts), and the entry's index and form in one number.
 * The model holds its edges as rows (model/dependency-table.ts), whose `at` makes one of these when asked; the entries
 * of a milestone without a date and repeated links keep theirs. `from` is -1 for an entry not resolved.
 */
export class AfterEdge {
  // Declared and assigned in the constructor, not parameter properties: see model/milestone.ts's MilestoneNode.
  declare from: number;
  declare readonly to: number;
  declare readonly lag: Duration;
  declare readonly lagEstimate: Estimate | undefined;
  declare readonly type: LinkType;
  /** The file of the milestone whose `after` list holds the entry. */
  declare readonly file: string;
  /** That milestone's index in the file's `milestones` list. */
  declare readonly at: number;
  /** The entry's index in the `after` list times 4, plus its form: 0 a bare reference, 1 `{id, …}` without a lag, 2 `{id, lag, …}`. */
  private declare readonly entryForm: number;

  constructor(from: number, to: number, lag: Duration, lagEstimate: Estimate | undefined, type: LinkType, file: string, at: number, entry: number, form: 0 | 1 | 2) {
    this.from = from;
    this.to = to;
    this.lag = lag;
    this.lagEstimate = lagEstimate;
    this.type = type;
    this.file = file;
    this.at = at;
    this.entryForm = entry * 4 + form;
  }

  /** The entry's index in its `after` list. */
  get entry(): number {
    return this.entryForm >> 2;
  }

  /** The reference: the entry, or the `id` inside `{id, lag, type}`. */
  get origin(): Origin {
    const entry = this.entryForm >> 2;
    return new EntryOrigin(this.file, 'milestones', this.at, entry, (this.entryForm & 3) === 0 ? undefined : 'id');
  }

  /** The `lag` value when written, else undefined. */
  get lagOrigin(): Origin | undefined {
    return (this.entryForm & 3) === 2 ? new EntryOrigin(this.file, 'milestones', this.at, this.entryForm >> 2, 'lag') : undefined;
  }

  /** The same entry with other node indices (a kept fragment resolved or moved again: fragments.ts, rebase.ts). */
  with(from: number, to: number): AfterEdge {
    return new AfterEdge(from, to, this.lag, this.lagEstimate, this.type, this.file, this.at, this.entryForm >> 2, (this.entryForm & 3) as 0 | 1 | 2);
  }
}
