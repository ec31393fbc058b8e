// The first entry of a reference list naming each target, so that a later entry naming the same one is its repeat.
import type { LinkType } from './types.js';

/**
 * The entries of one reference list (a milestone's `after`, a risk's `milestones`) by what each names: the ref it
 * resolves to, whether or not anything has that ref (an unknown one is reported once, at the first entry: tester
 * round 45 F7), and for an `after` entry its link type (afterLinkKey). A later entry naming a target an earlier one
 * named is a repeat of that first entry, however many came between. Keyed in a Map, so that an id such as
 * `__proto__` or `hasOwnProperty` is a key like any other.
 */
export class FirstEntries<T> {
  private readonly firsts = new Map<string, T>();

  /** The first entry that named `key`; undefined when none did, and `entry` is recorded as that first. */
  repeatOf(key: string, entry: T): T | undefined {
    const first = this.firsts.get(key);
    if (first !== undefined) return first;
    this.firsts.set(key, entry);
    return undefined;
  }
}

/** What an `after` entry names: its link type and the ref of its predecessor (`plan/ID`, the bare id qualified). */
export function afterLinkKey(type: LinkType, ref: string): string {
  return `${type} ${ref}`;
}
