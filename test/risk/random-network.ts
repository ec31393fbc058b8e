// Small random workspaces for the risk kernel's properties: two plans (the first with a finish), fixed and sampled
// durations and lags of every link type, actual dates, deadlines and risk events, edges only forward (no cycles).
import fc from 'fast-check';
import { analyze } from '../../src/analyze.js';
import { parseDayDate } from '../../src/calendar/index.js';
import type { Analysis } from '../../src/pipeline.js';

type Of<A> = A extends fc.Arbitrary<infer T> ? T : never;

const DAYS = ['2019-06-03', '2019-06-10', '2019-06-20', '2019-07-01', '2019-07-15'];

const nodeArb = fc.record({
  date: fc.constantFrom(...DAYS),
  actual: fc.option(fc.constantFrom(...DAYS.slice(0, 2)), { nil: undefined, freq: 4 }),
  deadline: fc.option(fc.constantFrom(...DAYS.slice(2)), { nil: undefined, freq: 3 }),
  duration: fc.constantFrom(undefined, '2d', '1d..3d..8d', '1w..2w..3w', '2ed..4ed..9ed'),
  plan: fc.integer({ min: 0, max: 1 }),
});
const edgeArb = fc.record({
  from: fc.nat(), to: fc.nat(), type: fc.constantFrom('FS', 'SS', 'FF', 'SF'), lag: fc.constantFrom('0d', '2d', '-1d..1d..4d', '1ed..3ed..6ed'),
});
const riskArb = fc.record({ at: fc.nat(), probability: fc.constantFrom('0.3', '0.7'), impact: fc.constantFrom('2d..4d..9d', '1ew..1ew..2ew') });

/** Two plans (the first with a finish) of the nodes; edges point from a lower to a higher index (no cycles). */
function texts(nodes: Of<typeof nodeArb>[], edges: Of<typeof edgeArb>[], risks: Of<typeof riskArb>[]): { file: string; text: string }[] {
  return [0, 1].map((p) => {
    const lines = [`plan:\n  id: p${p}\n  title: P${p}\n  status_date: 2019-06-03\n${p === 0 ? '  finish: 2019-09-30\n' : ''}milestones:`];
    nodes.forEach((m, i) => {
      if (m.plan !== p) return;
      const after = edges.filter((e) => e.from % nodes.length < e.to % nodes.length && e.to % nodes.length === i)
        .map((e) => `{id: p${nodes[e.from % nodes.length]!.plan}/M${e.from % nodes.length}, type: ${e.type}, lag: ${e.lag}}`);
      lines.push(`  - id: M${i}\n    title: M${i}\n    date: ${m.date}`);
      if (m.actual !== undefined) lines.push(`    actual: ${m.actual}`);
      if (m.deadline !== undefined) lines.push(`    deadline: ${m.deadline}`);
      if (m.duration !== undefined) lines.push(`    duration: ${m.duration}`);
      if (after.length > 0) lines.push(`    after: [${[...new Set(after)].join(', ')}]`);
    });
    const own = risks.filter((r) => nodes[r.at % nodes.length]!.plan === p);
    if (own.length > 0) lines.push('risks:', ...own.map((r, j) => `  - {id: R${j}, title: R, probability: ${r.probability}, impact: ${r.impact}, milestones: [M${r.at % nodes.length}]}`));
    return { file: `p${p}.yaml`, text: `${lines.join('\n')}\n` };
  });
}

export const randomNetworkArb = fc.record({
  nodes: fc.array(nodeArb, { minLength: 1, maxLength: 14 }),
  edges: fc.array(edgeArb, { maxLength: 30 }),
  risks: fc.array(riskArb, { maxLength: 3 }),
  seed: fc.nat(),
});

/** The analysis of a generated workspace (today 2019-06-03). */
export function analyzeRandom(w: Of<typeof randomNetworkArb>): Analysis {
  return analyze(texts(w.nodes, w.edges, w.risks), { clockToday: parseDayDate('2019-06-03')! });
}
