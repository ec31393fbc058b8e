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

function check(raw: unknown, signed: boolean, path: Path, data: unknown, out: SchemaProblem[]): void {
  if (raw === undefined) return;
  const parsed = parseEstimate(raw, signed);
  if (parsed.ok || parsed.problem === 'form') return;
  const found = { place: placeOf(path, data), parts: partsOf(raw) };
  out.push(
    parsed.problem === 'units'
      ? { path, key: false, message: msg('schema.estimate-units', found), hint: msg0('schema.estimate-units.hint') }
      : { path, key: false, message: msg('schema.estimate-order', found), hint: msg0('schema.estimate-order.hint') },
  );
}

/** Problems in every `duration`, `after[].lag` and `risks[].impact` of a file (SPEC §1.6). */
export function checkEstimates(data: unknown): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  if (!isObj(data)) return out;
  entries(data, 'milestones').forEach((m, i) => {
    if (!isObj(m)) return;
    check(m['duration'], false, ['milestones', i, 'duration'], data, out);
    entries(m, 'after').forEach((a, j) => {
      if (isObj(a)) check(a['lag'], true, ['milestones', i, 'after', j, 'lag'], data, out);
    });
  });
  entries(data, 'risks').forEach((r, i) => {
    if (isObj(r)) check(r['impact'], false, ['risks', i, 'impact'], data, out);
  });
  return out;
}

export type { Estimate };
