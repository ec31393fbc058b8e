// Three-point estimates the JSON Schema cannot check (SPEC §1.6): one unit, and min ≤ likely ≤ max.
import { parseEstimate, type Estimate } from '../calendar/estimate.js';
import type { Path } from '../source/parse.js';
import type { SchemaProblem } from './check.js';

type Obj = Readonly<Record<string, unknown>>;

function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function entries(o: Obj, key: string): readonly unknown[] {
  const v = Object.hasOwn(o, key) ? o[key] : undefined;
  return Array.isArray(v) ? v : [];
}

function show(e: { min: unknown; likely: unknown; max: unknown }): string {
  return `min ${String(e.min)}, likely ${String(e.likely)}, max ${String(e.max)}`;
}

/** The three parts as written, for the message. */
function partsOf(raw: unknown): { min: unknown; likely: unknown; max: unknown } {
  if (typeof raw === 'string') {
    const [min, likely, max] = raw.split('..');
    return { min, likely, max };
  }
  const o = raw as Obj;
  return { min: o['min'], likely: o['likely'], max: o['max'] };
}

function check(raw: unknown, signed: boolean, path: Path, where: string, out: SchemaProblem[]): void {
  if (raw === undefined) return;
  const parsed = parseEstimate(raw, signed);
  if (parsed.ok || parsed.problem === 'form') return;
  const parts = partsOf(raw);
  out.push(
    parsed.problem === 'units'
      ? { path, key: false, message: `${where} mixes units (${show(parts)}): a three-point estimate is written in one unit`, hint: 'write all three values in the same unit, e.g. 5d..10d..20d or 1w..2w..4w' }
      : { path, key: false, message: `${where} is not ordered (${show(parts)}): a three-point estimate needs min ≤ likely ≤ max`, hint: 'put the optimistic value first and the pessimistic value last, e.g. 5d..10d..20d' },
  );
}

function idOf(o: Obj, index: number, noun: string): string {
  return typeof o['id'] === 'string' ? `${noun} ${o['id']}` : `${noun}s[${index}]`;
}

/** Problems in every `duration`, `after[].lag` and `risks[].impact` of a file (SPEC §1.6). */
export function checkEstimates(data: unknown): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  if (!isObj(data)) return out;
  entries(data, 'milestones').forEach((m, i) => {
    if (!isObj(m)) return;
    const name = idOf(m, i, 'milestone');
    check(m['duration'], false, ['milestones', i, 'duration'], `duration of ${name}`, out);
    entries(m, 'after').forEach((a, j) => {
      if (isObj(a)) check(a['lag'], true, ['milestones', i, 'after', j, 'lag'], `after[${j}].lag of ${name}`, out);
    });
  });
  entries(data, 'risks').forEach((r, i) => {
    if (isObj(r)) check(r['impact'], false, ['risks', i, 'impact'], `impact of ${idOf(r, i, 'risk')}`, out);
  });
  return out;
}

export type { Estimate };
