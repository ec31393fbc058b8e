// Deep equality of the data a parser reads (null, booleans, numbers, strings, arrays, plain objects), in the two
// readings its callers need: the language server's findings compared key for key, and `set`'s edit checks, which
// compared sorted-key JSON until the JSON of 200,000 history entries cost more than a second (tester round 38 O2).
// One function for both: each had its own copy until session 41.

/**
 * How two values compare. `exact`: every own key, one whose value is undefined included, and NaN never equal (the
 * language server: a finding's data changed or not). `json`: as their JSON would read, key order aside: a key whose
 * value is undefined is absent, and NaN equals NaN (still told apart from null and ±Infinity, which JSON writes alike).
 */
export type SameDataReading = 'exact' | 'json';

/** Nesting past which the comparison goes on as sameGraph does (a chain of aliases may nest data as deep as it is long). */
const PLAIN_DEPTH = 256;
const TOO_DEEP = new Error('deeper than PLAIN_DEPTH');

/**
 * Whether `a` and `b` are the same data in `reading`, key order aside. Data that holds itself through an alias
 * (`x-c: &a [*a]`, which the yaml library reads as a circular array) or nests deeper than PLAIN_DEPTH is compared as
 * the graph it is, without recursion (tester round 40 F1: a stack overflow, and before that JSON's "circular
 * structure"); anything else recursively, with no bookkeeping per object.
 */
export function sameData(a: unknown, b: unknown, reading: SameDataReading = 'exact'): boolean {
  const isJson = reading === 'json';
  try {
    return sameTree(a, b, 0, isJson);
  } catch (error) {
    if (error !== TOO_DEEP) throw error;
  }
  return sameGraph(a, b, isJson);
}

/** sameData of acyclic data no deeper than PLAIN_DEPTH; throws TOO_DEEP past it. */
function sameTree(a: unknown, b: unknown, depth: number, isJson: boolean): boolean {
  const kind = compareShallow(a, b, isJson);
  if (kind !== undefined) return kind;
  if (depth > PLAIN_DEPTH) throw TOO_DEEP;
  return sameChildren(a as object, b as object, isJson, (x, y) => sameTree(x, y, depth + 1, isJson));
}

/**
 * sameData of data that may be circular, shared or deep, without recursion: the pairs still to compare wait on a
 * list, and a pair of objects met again is taken as the same, so each is compared once (the answer is false as soon
 * as any pair differs, which is what two data graphs being the same means).
 */
function sameGraph(a: unknown, b: unknown, isJson: boolean): boolean {
  const assumed = new Map<object, Set<object>>();
  const pending: unknown[] = [a, b];
  while (pending.length > 0) {
    const y = pending.pop();
    const x = pending.pop();
    const kind = compareShallow(x, y, isJson);
    if (kind === false) return false;
    if (kind === true) continue;
    let seen = assumed.get(x as object);
    if (seen?.has(y as object) === true) continue;
    if (seen === undefined) assumed.set(x as object, (seen = new Set()));
    seen.add(y as object);
    const same = sameChildren(x as object, y as object, isJson, (p, q) => {
      pending.push(p, q);
      return true;
    });
    if (!same) return false;
  }
  return true;
}

/** The answer for `a` and `b` when it does not depend on their children; undefined when both are arrays or both objects. */
function compareShallow(a: unknown, b: unknown, isJson: boolean): boolean | undefined {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return isJson && Number.isNaN(a) && Number.isNaN(b);
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return Array.isArray(a) === Array.isArray(b) ? undefined : false;
}

/** Whether two arrays, or two plain objects, hold the same children by `same` (in JSON's reading, undefined values aside). */
function sameChildren(a: object, b: object, isJson: boolean, same: (x: unknown, y: unknown) => boolean): boolean {
  if (Array.isArray(a)) {
    const y = b as unknown[];
    if (a.length !== y.length) return false;
    for (let i = 0; i < a.length; i++) if (!same(a[i], y[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let keys = 0;
  for (const key of Object.keys(x)) {
    if (isJson && x[key] === undefined) continue;
    keys++;
    if (!Object.hasOwn(y, key) || !same(x[key], y[key])) return false;
  }
  for (const key of Object.keys(y)) if (!isJson || y[key] !== undefined) keys--;
  return keys === 0;
}
