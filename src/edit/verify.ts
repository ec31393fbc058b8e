// Safety net for edits: the new text must parse and equal the old data with exactly the intended change.
import { parseYamlValue, type Document } from '../source/yaml.js';
import { renderMessage } from '../messages/index.js';
import { parsePlanText } from '../analyze.js';

const MAX_ALIAS_COUNT = 1000;

/** The data of the edited text as milepel itself reads it (the source adapter), or why it does not parse. */
function readData(body: string): { ok: true; data: unknown } | { ok: false; message: string } {
  const parsed = parsePlanText('edited file', body);
  const problem = parsed.problems[0];
  if (problem !== undefined) return { ok: false, message: `line ${problem.line}: ${renderMessage(problem.message)}` };
  return { ok: true, data: parsed.data };
}

/** Values of rendered scalars already read: snapshot renders the same few dates thousands of times. */
const readScalars = new Map<string, unknown>();

/**
 * A plain date as written (`2031-06-02`: digits and dashes, 10 characters): under the core schema neither a number
 * (its int and float forms have no '-' inside), nor null nor a boolean, so a string, itself (SPEC §1: dates stay
 * strings).
 */
const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The value a rendered scalar reads back as (`2020` → 2020, `'2020'` → "2020"): a string, number, boolean or null.
 * A plain date is known without the YAML parser: snapshot of the 100,000-milestone programme reads some 3,000
 * distinct dates, each a whole parse (about 0.15 s, issue #18).
 */
export function readScalar(rendered: string): unknown {
  if (PLAIN_DATE.test(rendered)) return rendered;
  if (readScalars.has(rendered)) return readScalars.get(rendered);
  const value = parseYamlValue(rendered);
  if (value !== null && typeof value === 'object') return value; // callers may change a list or mapping: not shared
  if (readScalars.size >= 4096) readScalars.clear();
  readScalars.set(rendered, value);
  return value;
}

/** Nesting past which sameData compares as sameCyclic does (a chain of aliases may nest data as deep as it is long). */
const PLAIN_DEPTH = 256;
const TOO_DEEP = new Error('deeper than PLAIN_DEPTH');

/**
 * Whether two values read from YAML (null, booleans, numbers, strings, arrays, plain objects) are the same data, key
 * order aside: what comparing their toCanonicalJson says, except that NaN and ±Infinity are told apart from null.
 * Without writing either out: JSON with sorted keys of a milestone with 200,000 history entries cost `set` more than
 * a second (tester round 38 O2). A key whose value is undefined counts as absent, as JSON leaves it out. Data that
 * holds itself through an alias (`x-c: &a [*a]`, which the yaml library reads as a circular array) is compared as
 * the graph it is (tester round 40 F1: a stack overflow, and before that JSON's "circular structure").
 */
export function sameData(a: unknown, b: unknown): boolean {
  try {
    return sameTree(a, b, 0);
  } catch (error) {
    if (error !== TOO_DEEP) throw error;
  }
  return sameCyclic(a, b);
}

/** sameData of acyclic data no deeper than PLAIN_DEPTH; throws TOO_DEEP past it. */
function sameTree(a: unknown, b: unknown, depth: number): boolean {
  const kind = compareShallow(a, b);
  if (kind !== undefined) return kind;
  if (depth > PLAIN_DEPTH) throw TOO_DEEP;
  return sameChildren(a as object, b as object, (x, y) => sameTree(x, y, depth + 1));
}

/**
 * sameData of data that may be circular, shared or deep, without recursion: the pairs still to compare wait on a
 * list, and a pair of objects met again is taken as the same, so each is compared once (the answer is false as soon
 * as any pair differs, which is what two data graphs being the same means).
 */
function sameCyclic(a: unknown, b: unknown): boolean {
  const assumed = new Map<object, Set<object>>();
  const pending: unknown[] = [a, b];
  while (pending.length > 0) {
    const y = pending.pop();
    const x = pending.pop();
    const kind = compareShallow(x, y);
    if (kind === false) return false;
    if (kind === true) continue;
    let seen = assumed.get(x as object);
    if (seen?.has(y as object) === true) continue;
    if (seen === undefined) assumed.set(x as object, (seen = new Set()));
    seen.add(y as object);
    const same = sameChildren(x as object, y as object, (p, q) => {
      pending.push(p, q);
      return true;
    });
    if (!same) return false;
  }
  return true;
}

/** The answer for `a` and `b` when it does not depend on their children; undefined when both are arrays or both objects. */
function compareShallow(a: unknown, b: unknown): boolean | undefined {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return Array.isArray(a) === Array.isArray(b) ? undefined : false;
}

/** Whether two arrays, or two plain objects, hold the same children by `same`. */
function sameChildren(a: object, b: object, same: (x: unknown, y: unknown) => boolean): boolean {
  if (Array.isArray(a)) {
    const y = b as unknown[];
    if (a.length !== y.length) return false;
    for (let i = 0; i < a.length; i++) if (!same(a[i], y[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let defined = 0;
  for (const key of Object.keys(x)) {
    if (x[key] === undefined) continue;
    defined++;
    if (!Object.hasOwn(y, key) || !same(x[key], y[key])) return false;
  }
  for (const key of Object.keys(y)) if (y[key] !== undefined) defined--;
  return defined === 0;
}

/** JSON with object keys sorted, so that an inserted key's position does not matter. */
export function toCanonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted = new Map(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return Object.fromEntries(sorted);
  });
}

/**
 * Undefined when `after` parses and its data equals the data of `before` (the parsed original)
 * changed by `apply`; otherwise why not. `apply` mutates a fresh copy of the original data.
 */
export function verifyEdit(before: Document, after: string, apply: (data: unknown) => void): string | undefined {
  const now = readData(after);
  if (!now.ok) return `the edit would make the file invalid YAML (${now.message})`;
  let old: unknown;
  try {
    old = before.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    return 'the file has aliases that expand excessively';
  }
  apply(old);
  return sameData(old, now.data) ? undefined : 'the edited file did not read back as intended';
}

/** `data.milestones[index]` as a mutable record, when it is one. */
export function findMilestoneData(data: unknown, index: number): Record<string, unknown> | undefined {
  const list = (data as { milestones?: unknown } | null)?.milestones;
  const item: unknown = Array.isArray(list) ? list[index] : undefined;
  return item !== null && typeof item === 'object' && !Array.isArray(item) ? (item as Record<string, unknown>) : undefined;
}
