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
  constructor(
    readonly file: string,
    /** The entity list (`milestones`, `gates`, …). */
    readonly list: string,
    /** The entity's index in that list. */
    readonly at: number,
    /** The index in the entity's `after` list, or -1 for the entity itself. */
    readonly after: number = -1,
    /** A field of that `after` entry (`id`, `lag`), or undefined for the entry itself. */
    readonly field: string | undefined = undefined,
  ) {}

  get path(): Path {
    if (this.after < 0) return [this.list, this.at];
    return this.field === undefined ? [this.list, this.at, 'after', this.after] : [this.list, this.at, 'after', this.after, this.field];
  }
}

/**
 * An `after` entry's edge (a Dependency) whose origins are made when asked, from the milestone's own origin and the
 * entry's index: at 100,000 milestones that is 270,000 EntryOrigins (and 30,000 for lags) not made, for the few
 * that findings and reports read. `from` is -1 until the reference is resolved (model/resolve.ts sets it).
 */
export class AfterEdge {
  constructor(
    public from: number,
    readonly to: number,
    readonly lag: Duration,
    readonly lagEstimate: Estimate | undefined,
    readonly type: LinkType,
    /** The origin of the milestone whose `after` list holds the entry. */
    readonly holder: EntryOrigin,
    /** The entry's index in that list. */
    readonly entry: number,
    /** How it is written: 0 a bare reference, 1 `{id, …}` without a lag, 2 `{id, lag, …}`. */
    readonly form: 0 | 1 | 2,
  ) {}

  /** The reference: the entry, or the `id` inside `{id, lag, type}`. */
  get origin(): Origin {
    return new EntryOrigin(this.holder.file, this.holder.list, this.holder.at, this.entry, this.form === 0 ? undefined : 'id');
  }

  /** The `lag` value when written, else undefined. */
  get lagOrigin(): Origin | undefined {
    return this.form === 2 ? new EntryOrigin(this.holder.file, this.holder.list, this.holder.at, this.entry, 'lag') : undefined;
  }

  /** The same entry with other node indices (a kept fragment resolved or moved again: fragments.ts, rebase.ts). */
  with(from: number, to: number): AfterEdge {
    return new AfterEdge(from, to, this.lag, this.lagEstimate, this.type, this.holder, this.entry, this.form);
  }
}
