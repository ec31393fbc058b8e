// The HTML export above DRAWN_MILESTONES (issue #18): the most urgent milestones only, in the chart and the table,
// with a note saying so; at or below it, the page is the whole workspace and has no note.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDayDate } from '../../src/calendar/index.js';
import { analyze } from '../../src/analyze.js';
import { formatHtml } from '../../src/report/export/html.js';
import { DRAWN_MILESTONES, drawnSubset } from '../../src/report/export/html-subset.js';
import type { MilestoneRow, Timeline } from '../../src/report/gantt/timeline.js';
import { runCli } from '../helpers/fake-io.js';

function row(ref: string, float: number, state: { late?: boolean; done?: boolean } = {}): MilestoneRow {
  return {
    index: Number(ref.replace(/\D/g, '')), ref, id: ref.slice(ref.indexOf('/') + 1), title: ref, baseline: 100, projected: 100, latest: 100 + float,
    float, isDone: state.done === true, isCritical: float <= 0, isLate: state.late === true, isPushed: false, driver: undefined, isGate: false,
  };
}

function timeline(groups: MilestoneRow[][][]): Timeline {
  const sections = groups.map((gs, p) => ({
    plan: { id: `p${p}`, title: `P${p}` } as Timeline['sections'][number]['plan'],
    isRoadmap: gs.length > 1,
    groups: gs.map((rows) => ({ goal: undefined, rows })),
  }));
  return { sections, bodies: [], today: 100, first: 100, last: 200, milestoneCount: 0, gateCount: 0, meetingCount: 0 };
}

const refsOf = (t: Timeline): string[] => t.sections.flatMap((s) => s.groups.flatMap((g) => g.rows.map((r) => r.ref)));

describe('drawnSubset', () => {
  it('keeps every milestone, and the very timeline, up to the limit', () => {
    const t = timeline([[[row('p0/M1', 5), row('p0/M2', 1)]]]);
    expect(drawnSubset(t, 2)).toEqual({ timeline: t, omitted: 0, omittedGates: 0, maxFloat: undefined });
  });

  it('above it keeps the late ones, then the open ones by least float, then done ones, in the timeline order', () => {
    const t = timeline([
      [[row('p0/M1', 40), row('p0/M2', 3, { done: true }), row('p0/M3', 9)], [row('p0/M4', 12, { late: true })]],
      [[row('p1/M5', 2), row('p1/M6', 30), row('p1/M7', 2)]],
      [[row('p2/M8', 50)]],
    ]);
    const four = drawnSubset(t, 4);
    // M4 is late; then float 2 (M5, M7 by reference), then 9 (M3); M1, M2 (done), M6 and M8 are left out.
    expect(refsOf(four.timeline)).toEqual(['p0/M3', 'p0/M4', 'p1/M5', 'p1/M7']);
    expect(four.omitted).toBe(4);
    expect(four.maxFloat).toBe(9);
    // The plan with nothing drawn is left out; each drawn group keeps its order.
    expect(four.timeline.sections.map((s) => s.plan.id)).toEqual(['p0', 'p1']);
    expect(four.timeline.sections[0]!.groups.map((g) => g.rows.map((r) => r.ref))).toEqual([['p0/M3'], ['p0/M4']]);
    // Done milestones come after every open one.
    expect(refsOf(drawnSubset(t, 7).timeline)).toEqual(['p0/M1', 'p0/M3', 'p0/M4', 'p1/M5', 'p1/M6', 'p1/M7', 'p2/M8']);
    expect(drawnSubset(t, 1)).toMatchObject({ omitted: 7, omittedGates: 0, maxFloat: undefined });
  });

  it('counts the decision points left out apart from the milestones', () => {
    const gate = (ref: string, float: number): MilestoneRow => ({ ...row(ref, float), isGate: true });
    const t = timeline([[[row('p0/M1', 1), gate('p0/G2', 7), row('p0/M3', 9), gate('p0/G4', 0)]]]);
    // Kept: G4 (float 0), M1 (1); left out: G2 and M3.
    expect(drawnSubset(t, 2)).toMatchObject({ omitted: 2, omittedGates: 1 });
    expect(drawnSubset(t, 1)).toMatchObject({ omitted: 3, omittedGates: 1 });
    expect(drawnSubset(t, 3)).toMatchObject({ omitted: 1, omittedGates: 0 });
  });
});

describe('the page above the limit', () => {
  it('draws and lists only the subset and says so, in both locales', async () => {
    const all = await runCli(['export', 'plans', '--format', 'html', '--today', '2019-09-01']);
    expect(all.stdout).not.toContain('class="subset"');
    const files = ['akson.yaml', 'felles-grunnmur.yaml', 'governance.yaml'].map((f) => ({ file: `plans/${f}`, text: readFileSync(`plans/${f}`, 'utf8') }));
    const a = analyze(files, { clockToday: parseDayDate('2019-09-01')!, today: parseDayDate('2019-09-01')! });
    const source = { workspace: a.workspace, schedule: a.schedule, today: a.today };
    // Without the option the limit is DRAWN_MILESTONES.
    expect(formatHtml(source, { locale: 'en', version: '0.1.0', maxMilestones: DRAWN_MILESTONES })).toBe(formatHtml(source, { locale: 'en', version: '0.1.0' }));
    const page = formatHtml(source, { locale: 'en', version: '0.1.0', maxMilestones: 5 });
    expect(page.match(/ data-ref="/g)).toHaveLength(5);
    // Five table rows of milestones: the table's rows have a float cell each.
    expect(page.match(/<td class="num">/g)).toHaveLength(5);
    expect(page.match(/ data-meeting="/g)).toHaveLength(16);
    expect(page).toMatch(/<p class="subset" role="note"><strong>This page draws only 4 milestones and 1 decision point: the late ones, then the open ones with the least float( \(float up to -?\d+ working days\))?\. 25 more milestones are left out; `milepel export --format json` lists every milestone, and --plan draws one plan\.<\/strong><\/p>/);
    // The status line still counts every milestone.
    expect(page).toContain('29 milestones · 1 decision point · 16 meetings');
    const nb = formatHtml(source, { locale: 'nb', version: '0.1.0', maxMilestones: 29 });
    expect(nb).toContain('Siden tegner bare 28 milepæler og 1 beslutningspunkt: de forsinkede, så de åpne med minst slakk');
    expect(nb).toContain('1 milepæl til er utelatt; `milepel export --format json` viser alle milepælene, og --plan tegner én plan.');
    // A page that leaves the decision point out says so: "N more" counted it as a milestone.
    const withoutGate = [1, 2, 3, 4].map((n) => formatHtml(source, { locale: 'en', version: '0.1.0', maxMilestones: n })).find((p) => !p.includes('1 decision point:'));
    expect(withoutGate).toMatch(/This page draws only \d+ milestones?: .*\. Another \d+ milestones and 1 decision point are left out; /);
  });

  it(`leaves milestones out of a workspace of ${DRAWN_MILESTONES + 1} milestones by default`, async () => {
    const lines = ['plan:', '  id: big', '  title: Big', '  status_date: 2024-01-01', 'milestones:'];
    for (let i = 0; i <= DRAWN_MILESTONES; i++) lines.push(`  - {id: M${i}, title: M${i}, date: 2024-02-01${i > 0 ? `, after: [M${i - 1}]` : ''}}`);
    const r = await runCli(['export', 'ws', '--format', 'html'], { files: { 'ws/big.yaml': `${lines.join('\n')}\n` } });
    expect(r.code).toBe(0);
    expect(r.stdout.match(/ data-ref="/g)).toHaveLength(DRAWN_MILESTONES);
    expect(r.stdout).toContain(`This page draws only ${DRAWN_MILESTONES} milestones`);
    expect(r.stdout).toContain('1 more milestone is left out;');
  });
});

describe('drawnSubset\'s choice', () => {
  it('keeps the rows a stable sort by urgency puts first, ties, duplicate refs, infinite floats and floats left out included', () => {
    const rowArb = fc.record({
      float: fc.oneof(fc.integer({ min: -3, max: 3 }), fc.constant(Infinity), fc.constant(null)), projected: fc.option(fc.integer({ min: 100, max: 103 }), { nil: null }),
      ref: fc.constantFrom('p/A', 'p/B', 'p/C'), late: fc.boolean(), done: fc.boolean(),
    });
    fc.assert(fc.property(fc.array(rowArb, { minLength: 1, maxLength: 40 }), fc.integer({ min: 0, max: 40 }), (specs, limit) => {
      const rows = specs.map((x, i): MilestoneRow => ({ ...row(x.ref, x.float ?? 0, { late: x.late, done: x.done }), index: i, projected: x.projected, float: x.float }));
      const rank = (r: MilestoneRow): number => (r.isLate ? 0 : r.isDone ? 2 : 1);
      const byDate = (a: number | null, b: number | null): number => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a - b);
      const sorted = [...rows].sort((a, b) => rank(a) - rank(b) || byDate(a.float, b.float) || byDate(a.projected, b.projected) || (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
      const expected = new Set(sorted.slice(0, limit).map((r) => r.index));
      const subset = drawnSubset(timeline([[rows]]), limit);
      const kept = refsOf(subset.timeline).length === rows.length && subset.omitted === 0 ? rows.map((r) => r.index) : subset.timeline.sections.flatMap((s) => s.groups.flatMap((g) => g.rows.map((r) => r.index)));
      expect(new Set(kept)).toEqual(rows.length <= limit ? new Set(rows.map((r) => r.index)) : expected);
    }), { numRuns: 3000 });
  });
});
