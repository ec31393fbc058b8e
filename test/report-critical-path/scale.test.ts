// Reports of a 200,000-long chain: every row and the whole path come out, text and JSON, without overflowing the stack.
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../src/calendar/index.js';
import { buildCriticalPathReport, lazyCriticalPathReport } from '../../src/report/critical-path/index.js';
import { formatCriticalPathJson } from '../../src/report/critical-path/json.js';
import { formatCriticalPathText } from '../../src/report/critical-path/text.js';
import { buildMeetingsReport } from '../../src/report/meetings/index.js';
import { formatMeetingsJson } from '../../src/report/meetings/json.js';
import { formatMeetingsText } from '../../src/report/meetings/text.js';
import { scheduleModel, type EdgeSpec, type NodeSpec } from '../schedule/workspace-builder.js';

const N = 200_000;
const start = dayFromYmd(2019, 1, 7);
const nodes: NodeSpec[] = Array.from({ length: N }, (_, i) => ({ id: i === 0 ? '__proto__' : i === 1 ? 'constructor' : `M${i}`, plan: 0, date: start + i }));
// p(M_i) = start + i = l(M_i) (1ed lags): every float is 0, so the whole chain is one critical path.
const edges: EdgeSpec[] = Array.from({ length: N - 1 }, (_, i) => ({ from: i, to: i + 1, lag: { n: 1, unit: 'ed' } }));
const built = scheduleModel([{ id: 'chain', require: ['B'] }], nodes, edges, { bodies: ['B'], meetings: [{ body: 'B', date: start + 10 }] });
const options = { color: false, width: 80, locale: 'en' as const };

// 200,000 rows on a shared 2-core machine: the default 30 s limit measures the machine, not the code.
describe('reports of a 200,000-long chain', { timeout: 180_000 }, () => {
  it('critical-path text and JSON list every milestone and the whole path', () => {
    const source = { workspace: built.ws, graph: built.graph, schedule: built.schedule, today: start };
    const report = buildCriticalPathReport(source);
    const json = JSON.parse(formatCriticalPathJson(lazyCriticalPathReport(source)));
    expect(json.milestones).toHaveLength(N);
    expect(json.milestones[0].ref).toBe('chain/__proto__');
    expect(json.milestones[1].driver).toBeNull();
    expect(json.paths).toHaveLength(1);
    expect(json.paths[0].milestones).toHaveLength(N);
    const text = formatCriticalPathText(report, options).split('\n');
    expect(text.filter((l) => /^\*\s+(M\d+|__proto__|constructor)\s/.test(l))).toHaveLength(N);
    expect(text[4]!.startsWith('  __proto__ ─▶ constructor ─▶ M2 ─▶')).toBe(true);
  });

  it('meetings text and JSON count every milestone', () => {
    const report = buildMeetingsReport({ workspace: built.ws, today: start });
    const json = JSON.parse(formatMeetingsJson(report));
    // c = start + i; the only B meeting is on start + 10, so M0 … M9 have none before them
    expect(json.summary).toEqual({ milestones: N, ok: N - 10, missing: 10 });
    const text = formatMeetingsText(report, options);
    // The summary is wrapped, its count whole (it was cut to one line).
    const summary = text.split('\n\n')[0]!.split('\n');
    expect(summary.join(' ').replace(/ {2,}/g, ' ')).toBe(`10 of ${N} milestones lack a preceding board meeting: __proto__, constructor, M2, M3, M4, M5, M6, M7, M8, M9`);
    for (const line of summary) expect(line.length).toBeLessThanOrEqual(options.width);
  });
});
