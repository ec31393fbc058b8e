// Property test (fast-check): at either end of the calendar, with closed ranges reaching it and lags and leads, no
// date an output shows is outside 0001-01-01 … 9999-12-31 (SPEC §4 date-range), and a float is shown only beside the
// two dates it counts between (tester round 18 #1: a bound at 10000-01-02 shown as B's latest date, float 0).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CalendarSpec, Duration } from '../../src/calendar/index.js';
import type { LinkType } from '../../src/model/types.js';
import { FIRST_DAY, holdScheduleInRange, holdStartsInRange, isDayInRange, LAST_DAY, leaveOutFloats, shownFloat, shownLatest, shownProjected, shownStart } from '../../src/schedule/date-range.js';
import { scheduleModel, type EdgeSpec, type NodeSpec } from './workspace-builder.js';
import { runs } from '../helpers/mutation.js';

const unitArb = fc.constantFrom('d' as const, 'w' as const, 'ed' as const, 'ew' as const);
const lagArb: fc.Arbitrary<Duration> = fc.record({ n: fc.integer({ min: -6, max: 6 }), unit: unitArb });
const durationArb: fc.Arbitrary<Duration> = fc.record({ n: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 4 })), unit: unitArb });
const linkTypeArb: fc.Arbitrary<LinkType> = fc.constantFrom('FS' as const, 'SS' as const, 'FF' as const, 'SF' as const);

/** 60 days at one end of the calendar, and closed ranges inside them reaching that end or not. */
const endArb = fc.constantFrom('last' as const, 'first' as const).chain((end) => {
  const lo = end === 'last' ? LAST_DAY - 60 : FIRST_DAY;
  const hi = end === 'last' ? LAST_DAY : FIRST_DAY + 60;
  const dayArb = fc.integer({ min: lo, max: hi });
  const closedArb = fc.tuple(dayArb, fc.integer({ min: 0, max: 40 }), fc.boolean()).map(([from, length, toEnd]) =>
    end === 'last' ? { from, to: toEnd ? LAST_DAY : Math.min(LAST_DAY, from + length) } : { from: toEnd ? FIRST_DAY : Math.max(FIRST_DAY, from - length), to: from });
  const calendarArb: fc.Arbitrary<CalendarSpec> = fc.record({
    holidays: fc.constantFrom('NO' as const, 'none' as const),
    workdays: fc.constantFrom([1, 2, 3, 4, 5], [1, 2, 3, 4, 5, 6, 7], [2, 4]),
    closed: fc.array(closedArb, { minLength: 1, maxLength: 2 }),
  });
  const nodeArb: fc.Arbitrary<Omit<NodeSpec, 'id' | 'plan'>> = fc.record({
    date: dayArb, deadline: fc.option(dayArb, { nil: undefined, freq: 4 }), duration: durationArb,
  });
  return fc.tuple(calendarArb, fc.array(nodeArb, { minLength: 2, maxLength: 8 })).chain(([calendar, raw]) => {
    const nodes: NodeSpec[] = raw.map((n, i) => ({ ...n, id: `M${i}`, plan: 0 }));
    const edgeArb = fc.tuple(fc.nat({ max: nodes.length - 1 }), fc.nat({ max: nodes.length - 1 }), lagArb, linkTypeArb);
    return fc.array(edgeArb, { maxLength: nodes.length * 2 }).map((pairs) => ({
      calendar,
      nodes,
      edges: pairs.flatMap(([a, b, lag, type]): EdgeSpec[] => (a === b ? [] : [{ from: Math.min(a, b), to: Math.max(a, b), lag, type }])),
    }));
  });
});

describe('date-range properties', () => {
  it('no shown projected, latest or start date is outside 0001-01-01 … 9999-12-31; a float only beside both its dates', () => {
    fc.assert(fc.property(endArb, ({ calendar, nodes, edges }) => {
      const { ws, graph, rank, schedule: computed } = scheduleModel([{ id: 'p', calendar }], nodes, edges);
      // As src/pipeline-schedule.ts holds the dates after the passes.
      const held = holdScheduleInRange(ws, computed);
      holdStartsInRange(ws, computed, held);
      const s = leaveOutFloats(ws, graph, rank, computed);
      for (let v = 0; v < nodes.length; v++) {
        const p = shownProjected(s, v);
        const l = shownLatest(s, v);
        for (const day of [p, l, shownStart(s, v)]) if (day !== null) expect(isDayInRange(day), `M${v}: ${day}`).toBe(true);
        expect(shownFloat(s, v) === null, `M${v}`).toBe(p === null || l === null);
        if (s.critical[v] === 1) expect(shownFloat(s, v)).not.toBeNull();
      }
      for (const path of s.paths) for (const v of path.milestones) expect(shownFloat(s, v)).not.toBeNull();
    }), { numRuns: runs(500) });
  });
});
