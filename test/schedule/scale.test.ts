// Scale: a 200,000-long chain schedules without touching the call stack, in linear time.
import { describe, expect, it } from 'vitest';
import { dayFromYmd, formatDay } from '../../src/calendar/index.js';
import { scheduleModel, type EdgeSpec, type NodeSpec } from './workspace-builder.js';

const N = 200_000;

describe('a 200,000-long chain', () => {
  it('schedules every milestone, with one critical path through all of them', () => {
    // Monday 2019-01-07, Monday–Friday without holidays, every edge 1d: p(M_i) = add(start, i), l(M_i) = sub(start, N−1−i).
    const start = dayFromYmd(2019, 1, 7);
    // The end milestone holds its date as a deadline (without one, SPEC §5 v2 gives it the plan's finish).
    const nodes: NodeSpec[] = Array.from({ length: N }, (_, i) => ({ id: `M${i}`, plan: 0, date: start, deadline: i === N - 1 ? start : undefined }));
    const edges: EdgeSpec[] = Array.from({ length: N - 1 }, (_, i) => ({ from: i, to: i + 1, lag: { n: 1, unit: 'd' } }));
    const { schedule: s, graph } = scheduleModel([{ id: 'chain', calendar: { holidays: 'none', closed: [], workdays: [1, 2, 3, 4, 5] } }], nodes, edges);
    // 199,999 = 39,999 weeks + 4 working days: Monday + 279,993 days, then Tue..Fri: + 279,997 days
    expect(formatDay(s.projected[N - 1]!)).toBe(formatDay(start + 279_997));
    // back 39,999 weeks to a Monday, then Fri, Thu, Wed, Tue: − 279,999 days
    expect(formatDay(s.latest[0]!)).toBe(formatDay(start - 279_999));
    expect(s.driver[N - 1]).toBe(N - 2);
    // each milestone: N−1−i working days in (l, start] plus i in (start, p] = N − 1 late
    expect(s.float.every((f) => f === -(N - 1))).toBe(true);
    expect(s.paths).toHaveLength(1);
    expect(s.paths[0]!.milestones).toHaveLength(N);
    expect(s.paths[0]!.milestones[0]).toBe(0);
    expect(graph.order[N - 1]).toBe(N - 1);
  });

  it('a chain closed into one big cycle is cut and still schedules', () => {
    const start = dayFromYmd(2019, 1, 7);
    const n = 50_000;
    const nodes: NodeSpec[] = Array.from({ length: n }, (_, i) => ({ id: `M${i}`, plan: 0, date: start + i }));
    const edges: EdgeSpec[] = Array.from({ length: n }, (_, i) => ({ from: i, to: (i + 1) % n, lag: { n: 0, unit: 'd' } }));
    const { schedule: s, graph } = scheduleModel([{ id: 'ring' }], nodes, edges);
    expect(graph.edgeInCycle.every((x) => x === 1)).toBe(true);
    expect(graph.cycles).toHaveLength(1);
    expect(graph.cycles[0]!.nodes).toHaveLength(n + 1);
    expect(s.projected[n - 1]).toBe(start + n - 1);
    // Every node is an end milestone: l = the plan's latest projected date, start + 49,999 = a Saturday (7,142 weeks
    // and 5 days after a Monday); float 0 only for the Friday and the Saturday before it ends: two critical paths.
    expect(s.latest.every((l) => l === start + n - 1)).toBe(true);
    expect(s.paths.map((p) => p.end)).toEqual([n - 2, n - 1]);
  });
});
