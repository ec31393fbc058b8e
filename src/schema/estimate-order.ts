// Three-point estimates the JSON Schema cannot check (SPEC §1.6): one unit, and min ≤ likely ≤ max.
import { parseEstimate, type Estimate } from '../calendar/estimate.js';
import type { Path } from '../source/parse.js';
import { msg, msg0 } from '../messages/index.js';
import type { EstimateParts } from '../messages/data/input.js';
import { placeOf, type SchemaProblem } from './check.js';

type Obj = Readonly<Record<string, unknown>>;

function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function entries(o: Obj, key: string): readonly unknown[] {
  const v = Object.hasOwn(o, key) ? o[key] : undefined;
  return Array.isArray(v) ? v : [];
}

/** The three parts as written, for the message. */
function partsOf(raw: unknown): EstimateParts {
  if (typeof raw === 'string') {
    const [min, likely, max] = raw.split('..');
    return { min: String(min), likely: String(likely), max: String(max) };
  }
  const o = raw as Obj;
  return { min: String(o['min']), likely: String(o['likely']), max: String(o['max']) };
}

/** Why an estimate is malformed beyond its form, for the message; undefined when it is not. */
type Problem = 'units' | 'order' | undefined;

/** The problem of each estimate text seen in one file, by signedness: most are written the same way many times. */
interface Seen {
  readonly lags: Map<string, Problem>;
  readonly durations: Map<string, Problem>;
}

function problemOf(raw: unknown, signed: boolean, seen: Seen): Problem {
  const memo = typeof raw === 'string' ? (signed ? seen.lags : seen.durations) : undefined;
  if (memo?.has(raw as string)) return memo.get(raw as string);
  const parsed = parseEstimate(raw, signed);
  const problem = parsed.ok || parsed.problem === 'form' ? undefined : parsed.problem;
  memo?.set(raw as string, problem);
  return problem;
}

/** Reports `raw`'s problem at the path `at()` gives (built only then: most estimates are fine). */
function check(raw: unknown, signed: boolean, at: () => Path, data: unknown, out: SchemaProblem[], seen: Seen): void {
  if (raw === undefined) return;
  const problem = problemOf(raw, signed, seen);
  if (problem === undefined) return;
  const path = at();
  const found = { place: placeOf(path, data), parts: partsOf(raw) };
  out.push(
    problem === 'units'
      ? { path, key: false, message: msg('schema.estimate-units', found), hint: msg0('schema.estimate-units.hint') }
      : { path, key: false, message: msg('schema.estimate-order', found), hint: msg0('schema.estimate-order.hint') },
  );
}

/** Problems in every `duration`, `after[].lag` and `risks[].impact` of a file (SPEC §1.6). */
export function checkEstimates(data: unknown): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  if (!isObj(data)) return out;
  const seen: Seen = { lags: new Map(), durations: new Map() };
  entries(data, 'milestones').forEach((m, i) => {
    if (!isObj(m)) return;
    check(m['duration'], false, () => ['milestones', i, 'duration'], data, out, seen);
    const after = entries(m, 'after');
    for (let j = 0; j < after.length; j++) {
      const a = after[j];
      if (isObj(a)) check(a['lag'], true, () => ['milestones', i, 'after', j, 'lag'], data, out, seen);
    }
  });
  entries(data, 'risks').forEach((r, i) => {
    if (isObj(r)) check(r['impact'], false, () => ['risks', i, 'impact'], data, out, seen);
  });
  return out;
}

export type { Estimate };
