// critical-path's JSON rows written as whole texts (src/report/critical-path/json-rows.ts) are byte for byte what
// JSON.stringify writes for the row objects, whatever their texts, periods, left-out dates, floats and drivers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDay, type DateValue } from '../../src/calendar/index.js';
import { formatCriticalPathJson } from '../../src/report/critical-path/json.js';
import type { LazyCriticalPathReport, ScheduleRow } from '../../src/report/critical-path/model.js';
import { stringifySafeJson } from '../../src/report/safe-text.js';

const HOSTILE = 'a"b\\c\u001b[31m\u202e\u2028\ud800';
const text = fc.oneof(fc.constantFrom('', 'plain', HOSTILE, '__proto__', 'æøå — ✓'), fc.string({ unit: 'binary', maxLength: 10 }));
const day = fc.integer({ min: -719_162, max: 2_932_896 });
const dateValue: fc.Arbitrary<DateValue> = fc.record({ day, isPeriod: fc.boolean(), written: text }).map((d) => ({ ...d, written: d.isPeriod ? d.written : formatDay(d.day) }) as unknown as DateValue);
const name = fc.record({ ref: text, plan: text, id: text });
const row: fc.Arbitrary<ScheduleRow> = fc.record({
  ref: text, plan: fc.constantFrom('a', 'b', HOSTILE), id: text, title: text, date: dateValue, current: dateValue,
  projected: fc.option(day, { nil: null }), start: fc.option(day, { nil: null }), latest: fc.option(day, { nil: null }),
  float: fc.oneof(fc.integer({ min: -500, max: 500 }), fc.constantFrom(-0, NaN, Infinity)), isCritical: fc.boolean(), isGate: fc.boolean(), driver: fc.option(name, { nil: undefined }),
});

/** The row as an object: SPEC §8's fields in their order, `_as_written` only for a period. */
function object(r: ScheduleRow): object {
  const dated = (key: string, v: DateValue): object => (v.isPeriod ? { [key]: formatDay(v.day), [`${key}_as_written`]: v.written } : { [key]: formatDay(v.day) });
  const shown = (d: number | null): string | null => (d === null ? null : formatDay(d));
  return {
    ref: r.ref, plan: r.plan, id: r.id, title: r.title, ...dated('date', r.date), ...dated('current', r.current),
    projected: shown(r.projected), start: shown(r.start), latest: shown(r.latest), float: r.float, critical: r.isCritical, driver: r.driver?.ref ?? null,
  };
}

describe('critical-path JSON rows', () => {
  it('are written as JSON.stringify writes their objects', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), (rows) => {
        const report: LazyCriticalPathReport = { today: 0, order: rows.map((_, i) => i), row: (v) => rows[v]!, paths: [], ref: () => '' };
        expect(formatCriticalPathJson(report)).toBe(stringifySafeJson({ today: formatDay(0), milestones: rows.map(object), paths: [] }));
      }),
      { numRuns: 200 },
    );
  });
});
