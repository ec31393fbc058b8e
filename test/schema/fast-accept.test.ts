// The hand-written milestone check (src/schema/fast-accept.ts) may only say "valid" where ajv does: each of its
// character tests restates a pattern of schemas/plan.schema.json, held here to ajv on values near those patterns.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isSurelyValidMilestone, scanMilestones } from '../../src/schema/fast-accept.js';
import { checkSchema } from '../../src/schema/check.js';
import { validate } from '../../src/schema/generated/validate-plan.js';

/** ajv's verdict on one milestone: a file of the plan header and that milestone alone. */
const ajvAccepts = (m: unknown): boolean => validate({ plan: { id: 'p', title: 'P' }, milestones: [m] });

/** A right value with, now and then, one character inserted, removed or replaced by one that the patterns care about. */
function near(values: readonly string[]): fc.Arbitrary<string> {
  const chars = fc.constantFrom('0', '9', 'a', 'z', 'A', 'Q', 'd', 'w', 'e', '_', '-', '.', '/', '@', ' ', 'é', '\n', '..');
  const base = fc.constantFrom(...values);
  const edited = fc.tuple(base, fc.nat(), chars, fc.constantFrom('insert', 'remove', 'replace')).map(([s, at, c, how]) => {
    const i = at % (s.length + 1);
    if (how === 'insert') return s.slice(0, i) + c + s.slice(i);
    if (how === 'remove') return s.slice(0, i) + s.slice(i + 1);
    return s.slice(0, i) + c + s.slice(i + 1);
  });
  return fc.oneof({ weight: 2, arbitrary: base }, { weight: 3, arbitrary: edited });
}

const other = fc.constantFrom<unknown>(null, true, 0, -1, 1.5, 2019, 10000, -0, Number.NaN, '', [], {}, ['x']);
/** Each field as right values, and as values near them (or of another kind) that may be right or wrong. */
const ID = ['M1', 'M_2', 'a.b-c', '_', '9'];
const REF = ['M1', 'p/M1', 'plan-2/M_3', '0/x', 'a-/b'];
const DATE = ['2019-09-02', '2019-09', '2019-Q3', '2019'];
const DURATION = ['3d', '2w', '1ed', '4ew', '12345d', '1d..2d..3d'];
const LAG = [...DURATION, '-2d', '-1d..0d..2d'];
const fieldOf = (right: readonly string[]): { good: fc.Arbitrary<unknown>; near: fc.Arbitrary<unknown> } => ({ good: fc.constantFrom(...right), near: fc.oneof(near(right), other) });
const estimate = (right: readonly string[]): { good: fc.Arbitrary<unknown>; near: fc.Arbitrary<unknown> } => {
  const part = fieldOf(right.filter((d) => !d.includes('..')));
  const { good, near: nearValue } = fieldOf(right);
  return {
    good: fc.oneof(good, fc.record({ min: part.good, likely: part.good, max: part.good })),
    near: fc.oneof(nearValue, fc.record({ min: part.near, likely: part.good, max: part.near, 'x-n': other, n: other }, { requiredKeys: [] })),
  };
};
const ref = fieldOf(REF);
const lag = estimate(LAG);
const linkType = fieldOf(['FS', 'SS', 'FF', 'SF']);
const afterEntry = {
  good: fc.oneof(ref.good, fc.record({ id: ref.good, lag: lag.good, type: linkType.good }, { requiredKeys: ['id'] })),
  near: fc.oneof(ref.near, fc.record({ id: ref.near, lag: lag.near, type: linkType.near, 'x-why': other, other }, { requiredKeys: [] })),
};
const date = { good: fc.oneof(fc.constantFrom(...DATE), fc.constantFrom(1000, 2019, 9999)), near: fc.oneof(near(DATE), fc.constantFrom<unknown>(0, 999, 1000, 9999, 10000, -1, 2019.5, '2019-Q'), other) };
const day = fieldOf(['2019-09-02']);
const text = { good: fc.constant('T'), near: other };
const historyEntry = {
  good: fc.record({ reported: day.good, forecast: date.good }),
  near: fc.record({ reported: day.near, forecast: date.near, 'x-note': other, note: other }, { requiredKeys: [] }),
};
const listOf = (item: { good: fc.Arbitrary<unknown>; near: fc.Arbitrary<unknown> }): { good: fc.Arbitrary<unknown>; near: fc.Arbitrary<unknown> } => ({
  good: fc.array(item.good, { maxLength: 3 }),
  near: fc.oneof(fc.tuple(fc.array(item.good, { maxLength: 2 }), item.near).map(([items, odd]) => [...items, odd]), other),
});
/** A list whose entries must differ (`uniqueItems`): right lists never repeat one, near lists may. */
const uniqueListOf = (item: { good: fc.Arbitrary<unknown>; near: fc.Arbitrary<unknown> }): { good: fc.Arbitrary<unknown>; near: fc.Arbitrary<unknown> } => ({
  good: fc.uniqueArray(item.good, { maxLength: 3 }),
  near: fc.oneof(fc.tuple(fc.uniqueArray(item.good, { maxLength: 2 }), item.good).map(([items, again]) => [...items, again]), listOf(item).near),
});
const FIELDS: Record<string, { good: fc.Arbitrary<unknown>; near: fc.Arbitrary<unknown> }> = {
  id: fieldOf(ID), title: text, date, forecast: date, actual: day, deadline: date, after: listOf(afterEntry), duration: estimate(DURATION),
  meetings: uniqueListOf(fieldOf(['PS', 'PS@2019-09-02'])), require: uniqueListOf(fieldOf(ID)), deliverables: listOf(text), responsible: text,
  status: fieldOf(['green', 'yellow', 'red']), goal: fieldOf(ID), progress: fieldOf(['1/2', '12/30']), history: listOf(historyEntry),
  'x-extra': { good: other, near: other }, extra: { good: fc.constant(undefined), near: other },
};
/** A milestone right but for one field, which is near right: right or wrong about as often. */
const milestone = fc.tuple(
  fc.record(Object.fromEntries(Object.entries(FIELDS).filter(([k]) => k !== 'extra').map(([k, f]) => [k, f.good])), { requiredKeys: ['id', 'title', 'date'] }),
  fc.constantFrom(...Object.keys(FIELDS)),
  fc.constantFrom(...Object.keys(FIELDS)).chain((k) => FIELDS[k]!.near.map((v) => [k, v] as const)),
  fc.boolean(),
).map(([m, drop, [k, v], isDrop]) => {
  const out: Record<string, unknown> = { ...m, [k]: v };
  if (isDrop) delete out[drop];
  return out;
});

describe('the hand-written milestone check', () => {
  it('says valid only where ajv does, on generated milestones near every pattern', () => {
    let sure = 0;
    let valid = 0;
    fc.assert(
      fc.property(milestone, (m) => {
        const verdict = ajvAccepts(m);
        if (verdict) valid++;
        if (isSurelyValidMilestone(m)) {
          sure++;
          expect(verdict).toBe(true);
        }
      }),
      { numRuns: 40000, seed: 20261202 },
    );
    // Both verdicts occur, and the check accepts most of what ajv accepts (else it would only be slower).
    expect(valid).toBeGreaterThan(10000);
    expect(valid).toBeLessThan(35000);
    expect(sure).toBeGreaterThan(valid * 0.95);
  });

  it.each([
    ['a key not in the schema', { id: 'M1', title: 'T', date: '2019-09-02', owner: 'x' }],
    ['no title', { id: 'M1', date: '2019-09-02' }],
    ['an id with a space', { id: 'M 1', title: 'T', date: '2019-09-02' }],
    ['a ref with two slashes', { id: 'M1', title: 'T', date: '2019', after: ['p/q/M1'] }],
    ['a ref whose plan has a capital', { id: 'M1', title: 'T', date: '2019', after: ['P/M1'] }],
    ['a six-digit duration', { id: 'M1', title: 'T', date: '2019', duration: '123456d' }],
    ['a negative duration', { id: 'M1', title: 'T', date: '2019', duration: '-2d' }],
    ['an estimate of two parts', { id: 'M1', title: 'T', date: '2019', duration: '1d..2d' }],
    ['an estimate without max', { id: 'M1', title: 'T', date: '2019', duration: { min: '1d', likely: '2d' } }],
    ['a year past 9999', { id: 'M1', title: 'T', date: 10000 }],
    ['a fractional year', { id: 'M1', title: 'T', date: 2019.5 }],
    ['a quarter of two digits', { id: 'M1', title: 'T', date: '2019-Q12' }],
    ['an actual period', { id: 'M1', title: 'T', date: '2019', actual: '2019-09' }],
    ['a history entry without forecast', { id: 'M1', title: 'T', date: '2019', history: [{ reported: '2019-09-02' }] }],
    ['an unknown link type', { id: 'M1', title: 'T', date: '2019', after: [{ id: 'M0', type: 'XX' }] }],
    ['progress without a total', { id: 'M1', title: 'T', date: '2019', progress: '1/' }],
    ['a meeting at a month', { id: 'M1', title: 'T', date: '2019', meetings: ['PS@2019-09'] }],
    ['a __proto__ key', JSON.parse('{"id": "M1", "title": "T", "date": "2019", "__proto__": 1}')],
  ])('leaves %s to ajv (which rejects it)', (_, m) => {
    expect(isSurelyValidMilestone(m)).toBe(false);
    expect(ajvAccepts(m)).toBe(false);
  });

  it('accepts the milestones of the shipped plans and the fixtures that ajv accepts', () => {
    let accepted = 0;
    for (const root of ['plans', 'test/fixtures/valid']) {
      for (const name of readdirSync(root, { recursive: true }) as string[]) {
        if (!/\.ya?ml$/.test(name)) continue;
        const data = parse(readFileSync(join(root, name), 'utf8')) as { milestones?: unknown };
        for (const m of Array.isArray(data?.milestones) ? data.milestones : []) {
          if (!ajvAccepts(m)) continue;
          expect(isSurelyValidMilestone(m), `${name}: ${JSON.stringify(m)}`).toBe(true);
          accepted++;
        }
      }
    }
    expect(accepted).toBeGreaterThan(50);
  });

  it('tells whether an estimate of three parts was seen, which only then has its order checked', () => {
    const m = (duration: unknown): unknown => ({ id: 'M1', title: 'T', date: '2019', duration });
    expect(scanMilestones([m('3d'), m('2w')])).toBe('valid');
    expect(scanMilestones([m('3d'), m('3d..2d..1d')])).toBe('valid-with-ranges');
    expect(scanMilestones([m({ min: '3d', likely: '2d', max: '1d' })])).toBe('valid-with-ranges');
    expect(scanMilestones([m('3d'), m('3x')])).toBe('unsure');
    const problems = checkSchema({ plan: { id: 'p', title: 'P' }, milestones: [m('3d'), m('3d..2d..1d')] });
    expect(problems.map((p) => p.path)).toEqual([['milestones', 1, 'duration']]);
  });

  it('leaves the verdict on a big file to ajv when a milestone is unusual, and finds out-of-order estimates in one', () => {
    const file = (change: (m: Record<string, unknown>) => void): unknown => {
      const milestones = Array.from({ length: 20_000 }, (_, i) => ({ id: `M${i}`, title: 'T', date: '2019-09-02', after: i > 0 ? [`M${i - 1}`] : [], duration: '2d' } as Record<string, unknown>));
      change(milestones[4321]!);
      return { plan: { id: 'p', title: 'P' }, milestones };
    };
    expect(checkSchema(file(() => {}))).toEqual([]);
    expect(checkSchema(file((m) => { m['duration'] = '3d..2d..1d'; })).map((p) => p.path)).toEqual([['milestones', 4321, 'duration']]);
    const unusual = checkSchema(file((m) => { m['id'] = 'M 1'; }));
    expect(unusual.map((p) => [p.path, p.message.id])).toEqual([[['milestones', 4321, 'id'], 'schema.form']]);
    expect(checkSchema({ ...(file(() => {}) as object), bodies: 'none' }).map((p) => p.path)).toEqual([['bodies']]);
  });
});
