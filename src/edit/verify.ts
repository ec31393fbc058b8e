// Safety net for edits: the new text must parse and equal the old data with exactly the intended change.
import { parseYamlValue, type Document } from '../source/yaml.js';
import { msg, msg0, type Message } from '../messages/index.js';
import { parsePlanText } from '../analyze.js';
import { sameData } from '../source/same-data.js';

const MAX_ALIAS_COUNT = 1000;

/** The data of the edited text as milepel itself reads it (the source adapter), or why it does not parse. */
function readData(body: string): { ok: true; data: unknown } | { ok: false; message: Message } {
  const parsed = parsePlanText('edited file', body);
  const problem = parsed.problems[0];
  if (problem !== undefined) return { ok: false, message: msg('edit.invalid-yaml', { line: problem.line, problem: problem.message }) };
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
export function verifyEdit(before: Document, after: string, apply: (data: unknown) => void): Message | undefined {
  const now = readData(after);
  if (!now.ok) return now.message;
  let old: unknown;
  try {
    old = before.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    return msg0('edit.aliases-expand');
  }
  apply(old);
  return sameData(old, now.data, 'json') ? undefined : msg0('edit.read-back');
}

/** `data.milestones[index]` as a mutable record, when it is one. */
export function findMilestoneData(data: unknown, index: number): Record<string, unknown> | undefined {
  const list = (data as { milestones?: unknown } | null)?.milestones;
  const item: unknown = Array.isArray(list) ? list[index] : undefined;
  return item !== null && typeof item === 'object' && !Array.isArray(item) ? (item as Record<string, unknown>) : undefined;
}
