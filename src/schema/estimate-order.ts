// Three-point estimates the JSON Schema cannot check (SPEC §1.6): one unit, and min ≤ likely ≤ max.
import { parseEstimate, type Estimate } from '../calendar/estimate.js';
import type { Path } from '../source/parse.js';
import { msg, msg0 } from '../messages/index.js';
import type { EstimateParts } from '../messages/data/input.js';
import type { SchemaProblem } from './check.js';
import { placeOf } from './place.js';

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

/**
 * `raw`'s problem, if any: only a three-point estimate can have one (a plain `3d` is of the right form or of none,
 * which ajv reports), so a text without `..` is passed over without a look-up.
 */
function problemIn(raw: unknown, signed: boolean, seen: Seen): Problem {
  if (raw === undefined || (typeof raw === 'string' && !raw.includes('..'))) return undefined;
  return problemOf(raw, signed, seen);
}

function report(problem: 'units' | 'order', raw: unknown, path: Path, data: unknown, out: SchemaProblem[]): void {
  const found = { place: placeOf(path, data), parts: partsOf(raw) };
  out.push(
    problem === 'units'
      ? { path, key: false, message: msg('schema.estimate-units', found), hint: msg0('schema.estimate-units.hint') }
      : { path, key: false, message: msg('schema.estimate-order', found), hint: msg0('schema.estimate-order.hint') },
  );
}

/**
 * Problems in every `duration`, `after[].lag` and `risks[].impact` of a file (SPEC §1.6). The path of a problem is
 * built only when there is one: until 1 Dec 2026 a closure that would build it was made for every duration and lag,
 * 400,000 of them at 100,000 milestones. `milestones` says which milestones to read: all (true), none (false), or the
 * ones at the indices listed in ascending order. check.ts passes over those its hand-written check (fast-accept.ts)
 * found valid without an estimate of three parts, the only kind that can have a problem here.
 */
export function checkEstimates(data: unknown, milestones: boolean | readonly number[] = true): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  if (!isObj(data)) return out;
  const seen: Seen = { lags: new Map(), durations: new Map() };
  const list = milestones === false ? [] : entries(data, 'milestones');
  const count = milestones === true || milestones === false ? list.length : milestones.length;
  for (let k = 0; k < count; k++) {
    const i = milestones === true || milestones === false ? k : milestones[k]!;
    const m = list[i];
    if (!isObj(m)) continue;
    const duration = m['duration'];
    const durationProblem = problemIn(duration, false, seen);
    if (durationProblem !== undefined) report(durationProblem, duration, ['milestones', i, 'duration'], data, out);
    const after = entries(m, 'after');
    for (let j = 0; j < after.length; j++) {
      const a = after[j];
      if (!isObj(a)) continue;
      const lag = a['lag'];
      const lagProblem = problemIn(lag, true, seen);
      if (lagProblem !== undefined) report(lagProblem, lag, ['milestones', i, 'after', j, 'lag'], data, out);
    }
  }
  const risks = entries(data, 'risks');
  for (let i = 0; i < risks.length; i++) {
    const r = risks[i];
    if (!isObj(r)) continue;
    const impact = r['impact'];
    const problem = problemIn(impact, false, seen);
    if (problem !== undefined) report(problem, impact, ['risks', i, 'impact'], data, out);
  }
  return out;
}

export type { Estimate };
