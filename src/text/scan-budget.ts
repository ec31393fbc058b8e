// How many candidates the scans of closest.ts may visit: one budget shared by the candidate sets one caller prepares
// (model/missed-references.ts prepares one per plan and id length), so that many sets together scan no more than one
// may, with a few scans left to every set.

/**
 * The candidates the scans of the sets one caller prepares may visit in all (a scan visits every candidate of its set).
 * A workspace's references are compared with sets per plan and id length, each allowed closest.ts's MAX_SCANS:
 * 100,000 references each naming an id that is not there, in 10 plans of 10,000, were 40 sets of 1,000 scans, 1.8 s
 * of a validate's 7.5 s. The words asked after it is spent get what needs no scan, as after MAX_SCANS.
 */
export const MAX_SCAN_WORK = 25_000_000;

/** What scans of candidates prepared with it may still visit (closest.ts candidates()); a new one allows MAX_SCAN_WORK. */
export interface ScanBudget {
  left: number;
}

export function scanBudget(work = MAX_SCAN_WORK): ScanBudget {
  return { left: work };
}

/**
 * Scans every set may make whatever the shared budget has left: a set prepared after the others spent it (a plan's
 * measures and risks are resolved after every file's `after` entries) answered no word, even one a letter off, where
 * its first words are the first a report shows (tester round 54 F4). At most 16 scans of each set's candidates more.
 */
const SCANS_EACH = 16;

/** Whether a set of `size` candidates that has made `scans` scans may make one more within `budget` or SCANS_EACH. */
export function mayScan(budget: ScanBudget, scans: number, size: number): boolean {
  return scans < SCANS_EACH || budget.left >= size;
}
