// The two validators scripts/build.mjs compiles from schemas/plan.schema.json (src/schema/check.ts asks the one that
// stops at the first error before the one that collects them all): they must agree on every document, valid or not.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validate as planIsValid } from '../../src/schema/generated/plan-is-valid.js';
import { validate } from '../../src/schema/generated/validate-plan.js';

/** Mostly a right value, now and then a wrong one: documents both valid and invalid, wrong in one place or many. */
function mostly<T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 200, arbitrary: good }, { weight: 1, arbitrary: bad });
}

/** Every wrong value the generators above use, and a few more, to put anywhere in a document. */
const anyWrong = fc.constantFrom<unknown>(
  null, true, 0, -1, 1.5, 10000, '', 'x', 'M 1', 'P/M1', 'p/', '2019-9-2', '2019-13-01x', '2019-07', '3x', '123456d', '-2d', '1d..2d',
  '3ed', '-p', 'XX', 'amber', 'info', 'on', [], ['mon', 'mon'], [1], {}, { extra: 1 }, { min: '1d', likely: '2d' }, { reported: '2019-09-02' },
);

/** The paths of every value inside `data` (not the root), in document order. */
function pathsIn(data: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (data !== null && typeof data === 'object') {
    for (const [k, v] of Object.entries(data)) {
      const path = [...at, Array.isArray(data) ? Number(k) : k];
      out.push(path);
      pathsIn(v, path, out);
    }
  }
  return out;
}

/** A copy of `data` with the value at `path` replaced. */
function replaced(data: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = (Array.isArray(data) ? [...(data as unknown[])] : { ...(data as object) }) as Record<string | number, unknown>;
  copy[path[0]!] = replaced(copy[path[0]!], path.slice(1), value);
  return copy;
}
const some = <T>(item: fc.Arbitrary<T>): fc.Arbitrary<T[]> => fc.array(item, { maxLength: 3 });
const optional = { requiredKeys: [] as never[] };

const wrong = fc.constantFrom<unknown>(null, true, 0, -1, 1.5, 10000, '', 'x', 'M 1', '2019-9-2', '2019-13-01x', '3x', '-p', 'XX', 'amber', [], {}, { extra: 1 });
const date = mostly(fc.constantFrom<unknown>('2019-09-02', '2019-09', '2019-Q3', '2019', 2019, 1000, 9999), wrong);
const day = mostly(fc.constant('2019-09-02'), wrong);
const duration = mostly(fc.constantFrom<unknown>('3d', '2w', '1ed', '4ew', '1d..2d..3d', { min: '1d', likely: '2d', max: '3d' }, { min: '1d', likely: '2d', max: '3d', 'x-note': 1 }), fc.constantFrom<unknown>('123456d', '-2d', '1d..2d', 3, { min: '1d', likely: '2d' }, { min: '1d', likely: '2d', max: '3d', extra: 1 }));
const lag = mostly(fc.constantFrom<unknown>('3d', '-2d', '-1d..0d..2d', { min: '-1d', likely: '0d', max: '2d' }), fc.constantFrom<unknown>('2', { min: 'x', likely: '0d', max: '2d' }, null));
const id = mostly(fc.constantFrom('M1', 'M_2', 'a.b-c'), wrong);
const ref = mostly(fc.constantFrom('M1', 'p/M1', 'plan-2/M_3'), fc.constantFrom<unknown>('P/M1', 'p/', '/M1', 'M 1', '', 3, null));
const text = mostly(fc.constantFrom('T', 'Tittel — æøå'), wrong);
const afterItem = fc.oneof(
  ref,
  fc.record({ id: ref, lag, type: mostly(fc.constantFrom('FS', 'SS', 'FF', 'SF'), wrong) }, { requiredKeys: ['id'] }),
  mostly(fc.record({ id: ref, 'x-why': text }, { requiredKeys: ['id'] }), fc.record({ id: ref, other: wrong }, optional)),
);
const milestone = fc.record(
  {
    id, title: text, date, forecast: date, actual: day, deadline: date, after: mostly(some(afterItem), wrong), duration,
    meetings: mostly(some(fc.constantFrom('PS', 'PS@2019-09-02')), fc.constantFrom<unknown>(['PS@2019-9-2'], [1], 'PS')),
    require: mostly(some(id), wrong), deliverables: mostly(some(text), wrong), responsible: text,
    status: mostly(fc.constantFrom('green', 'yellow', 'red'), wrong), goal: id,
    progress: mostly(fc.constantFrom('1/2', '12/30'), fc.constantFrom<unknown>('1/', 'x', 3)),
    history: mostly(some(fc.record({ reported: day, forecast: date }, { requiredKeys: ['reported', 'forecast'] })), fc.constant([{ reported: '2019-09-02' }])),
    'x-extra': wrong,
  },
  { requiredKeys: ['id', 'title', 'date'] },
);
const plan = fc.record(
  {
    id: mostly(fc.constantFrom('p', 'plan-1'), fc.constantFrom<unknown>('P', '-p', 1)),
    title: text, status_date: day,
    calendar: fc.record({ holidays: mostly(fc.constantFrom('NO', 'none'), wrong), closed: mostly(some(fc.constantFrom('2019-07-01', '2019-07-01..2019-07-31')), fc.constant(['2019-07'])), workdays: mostly(fc.constantFrom(['mon'], ['mon', 'tue']), fc.constantFrom<unknown>([], ['mon', 'mon'], ['xyz'])) }, optional),
    governance: fc.record({ require: mostly(some(id), wrong), window: duration, lead: duration }, optional),
    critical: mostly(fc.constantFrom('10d', '2w'), fc.constantFrom<unknown>('3ed', 'x')), finish: date,
    health: mostly(fc.dictionary(fc.constantFrom('logic', 'leads', 'cpli', 'x-a'), fc.constantFrom<unknown>(0, 0.5, 'off')), fc.constantFrom<unknown>({ logic: -1 }, { unknown: 1 }, { 'critical-path-test': 'on' })),
    rules: mostly(fc.dictionary(fc.constantFrom('overdue', 'lead', 'x-mine'), fc.constantFrom('error', 'warning', 'off')), fc.constantFrom<unknown>({ 'no-such-rule': 'off' }, { overdue: 'info' })),
  },
  { requiredKeys: ['id', 'title'] },
);
const document = fc.record(
  {
    plan: mostly(plan, wrong),
    milestones: mostly(some(milestone), wrong),
    bodies: mostly(some(fc.record({ id, name: text }, { requiredKeys: ['id'] })), wrong),
    meetings: mostly(some(fc.record({ body: id, date: day, id, title: text }, { requiredKeys: ['body', 'date'] })), wrong),
    goals: mostly(some(fc.record({ id, title: text, area: text }, { requiredKeys: ['id', 'title'] })), wrong),
    measures: mostly(some(fc.record({ id, goal: id, title: text, milestones: some(ref) }, { requiredKeys: ['id', 'goal', 'title'] })), wrong),
    // A gate's title may be left out where a built-in model names it (the schema's if/else): ids and models of both kinds.
    gates: mostly(some(fc.record({ id: mostly(fc.constantFrom('BP3', 'KS2', 'G1'), wrong), title: text, model: mostly(fc.constantFrom('prosjektveiviseren', 'statens-prosjektmodell', 'own'), wrong), date, decided: day, body: id, ready: fc.record({ milestone: ref, lead: duration }, { requiredKeys: ['milestone'] }), baseline: mostly(fc.constant('b1'), fc.constantFrom<unknown>('', 2)) }, { requiredKeys: ['id', 'date', 'body'] })), wrong),
    risks: mostly(some(fc.record({ id, title: text, probability: mostly(fc.constantFrom(0.3, 1), fc.constantFrom<unknown>(0, 1.5, 'x')), impact: duration, milestones: mostly(fc.constantFrom(['M1'], ['p/M1', 'M2']), fc.constantFrom<unknown>([], 'M1')) }, { requiredKeys: ['id', 'title', 'probability', 'impact', 'milestones'] })), wrong),
    $schema: mostly(fc.constant('../schemas/plan.schema.json'), wrong), 'x-top': wrong,
  },
  optional,
);

describe('the validator that stops at the first error and the one that collects them all', () => {
  it('agree on a generated document with one value made wrong, anywhere in it', () => {
    let disagreements = 0;
    fc.assert(
      fc.property(document, fc.nat(), anyWrong, (data, pick, bad) => {
        const paths = pathsIn(data);
        const changed = paths.length === 0 ? data : replaced(data, paths[pick % paths.length]!, bad);
        if (planIsValid(changed) !== validate(changed)) disagreements++;
        expect(planIsValid(changed)).toBe(validate(changed));
      }),
      { numRuns: 6000, seed: 20261202 },
    );
    expect(disagreements).toBe(0);
  });

  it('agree on every generated document', () => {
    let valid = 0;
    fc.assert(
      fc.property(document, (data) => {
        const verdict = validate(data);
        if (verdict) valid++;
        expect(planIsValid(data)).toBe(verdict);
      }),
      { numRuns: 6000, seed: 20261201 },
    );
    // Both verdicts occur often (the generator is neither all right nor all wrong): agreement is tested both ways.
    expect(valid).toBeGreaterThan(400);
    expect(valid).toBeLessThan(5400);
  });

  it('agree on every plan file among the fixtures and the shipped plans', () => {
    const roots = ['test/fixtures/valid', 'test/fixtures/err', 'plans'];
    let files = 0;
    for (const root of roots) {
      for (const name of readdirSync(root, { recursive: true }) as string[]) {
        if (!/\.ya?ml$/.test(name)) continue;
        let data: unknown;
        try {
          data = parse(readFileSync(join(root, name), 'utf8'));
        } catch {
          continue;
        }
        files++;
        expect(planIsValid(data), join(root, name)).toBe(validate(data));
      }
    }
    expect(files).toBeGreaterThan(20);
  });
});
