// The order of `milepel slippage`'s rows: the most urgent status first, then the largest slip, then by ref.
import type { SlipRow, SlipStatus } from '../../schedule/slippage.js';

/** Most urgent first: what needs action before what is merely late, new, fine or finished. */
export const SEVERITY_ORDER: readonly SlipStatus[] = ['overdue', 'at-risk', 'slipped', 'new', 'on-track', 'done'];

const SEVERITY_RANK = Object.fromEntries(SEVERITY_ORDER.map((s, i) => [s, i])) as Readonly<Record<SlipStatus, number>>;

/**
 * Rows by severity, then by slip (largest first), then by ref; rows of equal refs keep their order. With `refRank` (each
 * milestone's place in ref order) as one number a row, sorted as numbers (see sortByKeys).
 */
export function sortBySeverity(rows: readonly SlipRow[], refRank?: Int32Array): SlipRow[] {
  const sorted = refRank === undefined ? undefined : sortByKeys(rows, refRank);
  if (sorted !== undefined) return sorted;
  // Each status's place looked up, not searched for in each of the ~2 million comparisons of 100,000 rows.
  const rank = (s: SlipStatus): number => SEVERITY_RANK[s];
  return [...rows].sort((a, b) => rank(a.status) - rank(b.status) || slipOrder(b) - slipOrder(a) || (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
}

/** Slips of this many days or more either way are sorted by sortBySeverity's comparison (no year holds one). */
const SLIP_BOUND = 2 ** 22;

/**
 * sortBySeverity's order from one number a row, sorted as numbers without a comparison function (issue #18: ~70,000
 * rows of a programme tie on status and slip, and the comparisons of 100,000 rows read their refs, 1.7 million calls):
 * the status's place, the slip (largest first, one left out before all) and the row's place in ref order, found from
 * `refRank` and checked against the refs; rows of equal refs keep their order, as the stable sort keeps them.
 * undefined when the numbers do not hold the order (a slip beyond SLIP_BOUND, refs `refRank` does not order).
 */
function sortByKeys(rows: readonly SlipRow[], refRank: Int32Array): SlipRow[] | undefined {
  const n = rows.length;
  if (n > 2 ** 26) return undefined;
  const rowAt = new Int32Array(refRank.length).fill(-1);
  for (let k = 0; k < n; k++) {
    const rank = refRank[rows[k]!.milestone];
    if (rank === undefined || rowAt[rank] !== -1) return undefined;
    rowAt[rank] = k;
  }
  // The rows in ref order; a run of equal refs (a duplicate-id error) put back in the rows' order.
  const byRef = new Int32Array(n);
  let count = 0;
  for (let rank = 0; rank < rowAt.length; rank++) {
    const k = rowAt[rank]!;
    if (k < 0) continue;
    if (count > 0) {
      const before = rows[byRef[count - 1]!]!.ref;
      const ref = rows[k]!.ref;
      if (before > ref) return undefined;
      if (before === ref) {
        let at = count;
        while (at > 0 && rows[byRef[at - 1]!]!.ref === ref && byRef[at - 1]! > k) {
          byRef[at] = byRef[at - 1]!;
          at--;
        }
        byRef[at] = k;
        count++;
        continue;
      }
    }
    byRef[count++] = k;
  }
  const keys = new Float64Array(n);
  for (let place = 0; place < n; place++) {
    const r = rows[byRef[place]!]!;
    const slip = r.slipDays;
    if (slip !== null && !(Number.isInteger(slip) && slip > -SLIP_BOUND && slip < SLIP_BOUND)) return undefined;
    const slipKey = slip === null ? 0 : SLIP_BOUND - slip;
    keys[place] = (SEVERITY_RANK[r.status] * 2 * SLIP_BOUND + slipKey) * n + place;
  }
  keys.sort();
  const sorted = new Array<SlipRow>(n);
  for (let i = 0; i < n; i++) sorted[i] = rows[byRef[keys[i]! % n]!]!;
  return sorted;
}

/** A slip left out with its projected date (date-range: after 9999-12-31, the farthest slip there is) sorts first. */
function slipOrder(r: SlipRow): number {
  return r.slipDays ?? Infinity;
}
