// The JSON written in pieces (issue #18) is byte for byte the JSON written whole, for any data.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonRows, LazyJsonArray, safeJsonChunks, safeJsonText, type JsonFields } from '../../src/report/json-stream.js';
import { formatDay } from '../../src/calendar/index.js';
import { stringifySafeJson } from '../../src/report/safe-text.js';

/** LazyJsonArrays back to plain arrays, for the reference JSON.stringify. */
function materialise(value: unknown): unknown {
  if (value instanceof LazyJsonArray) return Array.from({ length: value.length }, (_, i) => materialise(value.at(i)));
  if (Array.isArray(value)) return value.map(materialise);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, materialise(v)]));
  return value;
}

describe('safeJsonChunks', () => {
  it('joins to stringifySafeJson for arbitrary JSON, short arrays and long ones (streamed)', () => {
    const long = fc.array(fc.jsonValue({ maxDepth: 2 }), { minLength: 250, maxLength: 700 });
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), long, fc.string({ unit: 'binary' }), (small, big, text) => {
        const value = { title: text, small, big, nested: { again: big, empty: [], none: {} } };
        expect(safeJsonText(value)).toBe(stringifySafeJson(value));
      }),
      { numRuns: 60 },
    );
  });

  it('writes what JSON.stringify writes for values that are not plain JSON (the fast path for plain data falls back or agrees)', () => {
    const bare = Object.assign(Object.create(null) as object, { z: 1, a: [undefined, () => 1, Symbol('s')] });
    const odd = {
      numbers: [-0, NaN, Infinity, -Infinity, 1e21, 1e-7, 0.1 + 0.2, -5],
      absent: undefined, f: () => 1, s: Symbol('s'), date: new Date(Date.UTC(2020, 0, 2)), own: { toJSON: () => ({ x: [1] }) },
      bare, text: 'line\nbreak "quoted" \\ \u2028 \u009b \ud800', 10: 'integer key first', nested: [[[]], [{}], [[{ a: null }]]],
      boxed: [new String('s'), new Number(2), new Boolean(false)],
    };
    fc.assert(
      fc.property(fc.array(fc.constantFrom(odd, bare, odd.numbers, odd.nested), { maxLength: 300 }), (items) => {
        expect(safeJsonText({ items, lazy: new LazyJsonArray(items.length, (i) => items[i]) })).toBe(stringifySafeJson({ items, lazy: items }));
      }),
      { numRuns: 20 },
    );
  });

  it('writes lazy arrays as arrays, skipping undefined properties and writing undefined elements as null', () => {
    const lazy = new LazyJsonArray(600, (i) => (i % 100 === 0 ? undefined : { i, t: `\u009b${i}`, u: undefined }));
    const value = { a: lazy, b: undefined, c: new LazyJsonArray(0, () => 1) };
    expect(safeJsonText(value)).toBe(stringifySafeJson(materialise(value)));
    expect(safeJsonText(value)).toContain('\\u009b1');
  });

  it('writes a lazy array held inside a short plain array as an array', () => {
    const value = { paths: [{ end: 'p/M2', milestones: new LazyJsonArray(3, (i) => `p/M${i}`) }] };
    expect(safeJsonText(value)).toBe(stringifySafeJson(materialise(value)));
  });

  it('hands out pieces that end at line ends, never one string for 200,000 elements', () => {
    const pieces = [...safeJsonChunks({ milestones: new LazyJsonArray(200_000, (i) => ({ ref: `p/M${i}`, float: 0 })) })];
    expect(pieces.length).toBeGreaterThan(100);
    expect(Math.max(...pieces.slice(0, 1000).map((p) => p.length))).toBeLessThan(1 << 17);
    for (const p of pieces) expect(p.endsWith('\n')).toBe(true);
    const last = pieces.at(-1)!;
    expect(last.endsWith('    }\n  ]\n}\n')).toBe(true);
  });

  it('writes JsonRows, fields named one by one, as the objects they stand for', () => {
    type Field = { kind: 'string'; key: string; value: string | null } | { kind: 'number'; key: string; value: number }
      | { kind: 'boolean'; key: string; value: boolean } | { kind: 'day'; key: string; value: number | undefined }
      | { kind: 'value'; key: string; value: unknown } | { kind: 'objects'; key: string; value: Field[][] };
    const key = fc.oneof(fc.constantFrom('ref', 'title', 'date', '__proto__', 'a"b', '\u202e'), fc.string({ unit: 'binary', maxLength: 6 }));
    const flat: fc.Arbitrary<Field> = fc.oneof(
      fc.record({ kind: fc.constant('string' as const), key, value: fc.option(fc.string({ unit: 'binary' }), { nil: null }) }),
      fc.record({ kind: fc.constant('number' as const), key, value: fc.oneof(fc.double(), fc.integer(), fc.constantFrom(-0, NaN, Infinity)) }),
      fc.record({ kind: fc.constant('boolean' as const), key, value: fc.boolean() }),
      fc.record({ kind: fc.constant('day' as const), key, value: fc.option(fc.integer({ min: -700_000, max: 2_900_000 }), { nil: undefined }) }),
      fc.record({ kind: fc.constant('value' as const), key, value: fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(undefined), fc.array(fc.integer(), { minLength: 250, maxLength: 300 })) }),
    );
    // An array of objects whose fields are named one by one too (validate's related places), empty ones included.
    const field: fc.Arbitrary<Field> = fc.oneof(
      { weight: 5, arbitrary: flat },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('objects' as const), key, value: fc.array(fc.uniqueArray(flat, { selector: (f) => f.key, maxLength: 4 }), { maxLength: 3 }) }) },
    );
    const write = (fields: JsonFields, f: Field): void => {
      if (f.kind === 'string') fields.string(f.key, f.value);
      else if (f.kind === 'number') fields.number(f.key, f.value);
      else if (f.kind === 'boolean') fields.boolean(f.key, f.value);
      else if (f.kind === 'day') fields.day(f.key, f.value);
      else if (f.kind === 'objects') fields.objects(f.key, f.value.length, (i, inner) => f.value[i]!.forEach((g) => write(inner, g)));
      else fields.value(f.key, f.value);
    };
    // Distinct keys per row, as a formatter writes them (an object cannot hold one key twice).
    const row = fc.uniqueArray(field, { selector: (f) => f.key, maxLength: 8 });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 400 }), (rows) => {
        const lazy = new JsonRows(rows.length, (i, fields) => rows[i]!.forEach((f) => write(fields, f)));
        const value = { rows: lazy, nested: [{ again: lazy }] };
        expect(safeJsonText(value)).toBe(stringifySafeJson(materialise(value)));
      }),
      { numRuns: 40 },
    );
    expect(safeJsonText(new JsonRows(1, (_, f) => f.day('d', 0)))).toBe(`[\n  {\n    "d": "${formatDay(0)}"\n  }\n]\n`);
  });
});
