// The critical-path report on small workspaces: JSON fields (SPEC §8), chains, marks, qualification, width, escaping.
import { describe, expect, it } from 'vitest';
import { buildCriticalPathReport, lazyCriticalPathReport, type CriticalPathSource } from '../../src/report/critical-path/index.js';
import { formatCriticalPathJson } from '../../src/report/critical-path/json.js';
import { formatCriticalPathText } from '../../src/report/critical-path/text.js';
import { displayWidth } from '../../src/report/table.js';
import { planYaml, scheduleOf } from '../schedule/schedule-helpers.js';

const m = (body: string): string => `{${body}}`;

function sourceOf(files: Readonly<Record<string, string>>, plan?: string): CriticalPathSource {
  const { analysis } = scheduleOf(files);
  return { workspace: analysis.workspace, graph: analysis.graph, schedule: analysis.schedule, today: analysis.today, plan };
}

function reportOf(files: Readonly<Record<string, string>>, plan?: string) {
  return buildCriticalPathReport(sourceOf(files, plan));
}

/** The JSON writes rows made on request (lazyCriticalPathReport). */
function jsonOf(files: Readonly<Record<string, string>>, plan?: string): string {
  return formatCriticalPathJson(lazyCriticalPathReport(sourceOf(files, plan)));
}

// The end milestones hold their own dates as deadlines: SPEC §5 v2 would otherwise give them the plan's finish.
const LATE = {
  'a.yaml': planYaml('a', '', [
    m('id: Z, title: Zeta, date: 2019-04-17'),
    m('id: M, title: "Evil \\e[31m title that is much too long to fit in the table at eighty columns", date: 2019-04-17, deadline: 2019-04-17, after: [{id: Z, lag: 2d}]'),
    m('id: Y, title: Year, date: 2020, deadline: 2020, forecast: 2020-Q1'),
  ]),
};

describe('critical-path JSON', () => {
  it('has exactly the SPEC §8 fields, in topological order with ties by ref, and _as_written only for periods', () => {
    const json = JSON.parse(jsonOf(LATE));
    expect(Object.keys(json)).toEqual(['today', 'milestones', 'paths']);
    expect(json.today).toBe('1970-01-01');
    expect(json.milestones.map((r: { ref: string }) => r.ref)).toEqual(['a/Y', 'a/Z', 'a/M']);
    expect(json.milestones[2]).toEqual({
      ref: 'a/M', plan: 'a', id: 'M', title: 'Evil \x1b[31m title that is much too long to fit in the table at eighty columns',
      date: '2019-04-17', current: '2019-04-17', projected: '2019-04-24', start: '2019-04-24', latest: '2019-04-17', float: -2, critical: true, driver: 'a/Z',
    });
    expect(json.milestones[0]).toEqual({
      ref: 'a/Y', plan: 'a', id: 'Y', title: 'Year', date: '2020-12-31', date_as_written: '2020', current: '2020-03-31', current_as_written: '2020-Q1',
      projected: '2020-03-31', start: '2020-03-31', latest: '2020-12-31', float: 190, critical: false, driver: null,
    });
    expect(json.paths).toEqual([{ end: 'a/M', float: -2, milestones: ['a/Z', 'a/M'] }]);
  });

  it('escapes control characters in JSON strings so the output is safe on a terminal', () => {
    const text = jsonOf(LATE);
    expect(text).not.toContain('\x1b');
    expect(text).toContain('\\u001b[31m');
  });
});

describe('critical-path text', () => {
  const plain = { color: false, width: 80, locale: 'en' as const };

  it('marks critical, pushed and late milestones without colour, and escapes plan text', () => {
    const text = formatCriticalPathText(reportOf(LATE), plain);
    const row = text.split('\n').find((l) => l.includes('Evil'))!;
    expect(row.startsWith('*+!')).toBe(true);
    expect(row).toMatch(/2019-04-24\s+2019-04-17\s+-2\s+Z$/);
    expect(row).toContain('\\x1b[31m');
    expect(text).not.toContain('\x1b');
    expect(text).toContain('  Z ─▶ M  (ends 2019-04-24, float -2) !');
    for (const line of text.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
  });

  it('paints negative float red when colour is on', () => {
    const text = formatCriticalPathText(reportOf(LATE), { ...plain, color: true });
    expect(text).toContain('\x1b[31m-2\x1b[39m');
    expect(text).not.toContain('\x1b[31m title');
  });

  it('wraps a long chain to the width, continuation lines starting with the arrow', () => {
    const ids = Array.from({ length: 30 }, (_, i) => `Step${String(i).padStart(2, '0')}`);
    const milestones = ids.map((id, i) => m(`id: ${id}, title: ${id}, date: 2019-09-02${i > 0 ? `, after: [${ids[i - 1]}]` : ''}`));
    const text = formatCriticalPathText(reportOf({ 'a.yaml': planYaml('a', '', milestones) }), { ...plain, width: 60 });
    const chain = text.split('\n').filter((l) => l.includes('─▶') || l.startsWith('  Step00'));
    expect(chain.length).toBeGreaterThan(3);
    expect(chain[0]!.startsWith('  Step00 ─▶ Step01')).toBe(true);
    for (const line of chain.slice(1)) expect(line.startsWith('    ─▶ Step')).toBe(true);
    for (const line of chain) expect(displayWidth(line)).toBeLessThanOrEqual(60);
    expect(chain.join(' ').match(/Step\d\d/g)).toEqual(ids);
  });

  it('cuts an id wider than the line as the tables do, its plan id first, so two long refs of one plan stay apart (a tester\'s finding)', () => {
    const plan = 'a-very-long-plan-identifier-for-the-national-programme';
    const files = {
      'a.yaml': planYaml(plan, '', [m('id: FIRST-MILESTONE-WITH-A-LONG-ID-0001, title: A, date: 2019-09-02'), m('id: FIRST-MILESTONE-WITH-A-LONG-ID-0002, title: B, date: 2019-09-02, after: [FIRST-MILESTONE-WITH-A-LONG-ID-0001]')]),
      'b.yaml': planYaml('b', '', [m('id: X, title: X, date: 2019-09-03')]),
    };
    const text = formatCriticalPathText(reportOf(files), { ...plain, width: 60 });
    const chain = text.split('\n').filter((l) => l.includes('FIRST-M'));
    for (const line of text.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(60);
    expect(chain.slice(0, 2)).toEqual([
      '  a-very-long-plan…/FIRST-MILESTONE-WITH-A-LONG-ID-0001',
      '    ─▶ a-very-long-plan…/FIRST-MILESTONE-WITH-A-LONG-ID-0002',
    ]);
  });

  it('shows ids plan-qualified when the report covers several plans, or when a chain crosses plans', () => {
    const files = {
      'a.yaml': planYaml('a', '', [m('id: P, title: P, date: 2019-09-11')]),
      'b.yaml': planYaml('b', '', [m('id: M, title: M, date: 2019-09-11, after: [a/P]'), m('id: N, title: N, date: 2019-09-11')]),
    };
    const all = formatCriticalPathText(reportOf(files), plain);
    expect(all).toContain('  a/P ─▶ b/M  (ends 2019-09-11, float 0)');
    expect(all).toContain('  b/N  (ends');
    const onlyB = formatCriticalPathText(reportOf(files, 'b'), plain);
    expect(onlyB).toContain('  a/P ─▶ b/M  (ends');
    expect(onlyB).toContain('  N  (ends');
    expect(onlyB).not.toMatch(/^\S*\s+P\s/m);
    expect(onlyB.split('\n')[0]).toBe('Critical path of b — status date 1970-01-01');
    // JSON with --plan: b's rows only; a path that ends in b whole, a's milestone included.
    const json = JSON.parse(jsonOf(files, 'b'));
    expect(json.milestones.map((r: { ref: string; driver: string | null }) => [r.ref, r.driver])).toEqual([['b/M', null], ['b/N', null]]);
    expect(json.paths.map((p: { end: string; milestones: string[] }) => [p.end, p.milestones])).toEqual([['b/M', ['a/P', 'b/M']], ['b/N', ['b/N']]]);
    expect(JSON.parse(jsonOf(files)).milestones.map((r: { ref: string }) => r.ref)).toEqual(['a/P', 'b/M', 'b/N']);
  });

  // Until 4 Dec 2026 --plan b listed every path that touched b: a/A1 ─▶ b/B1 ─▶ a/A2, which is a's critical path
  // (it ends at a's finish), was shown as one of b's.
  it('--plan b gives the paths that end in b, with the other plan\'s drivers on them, not one that passes through b', () => {
    const files = {
      // A1 is forecast a week late: it pushes b's B1 and B2, and B1 (with a 2d lag) pushes a's A2.
      'a.yaml': planYaml('a', '', [m('id: A1, title: a1, date: 2026-03-02, forecast: 2026-03-10'), m('id: A2, title: a2, date: 2026-03-11, after: [{id: b/B1, lag: 2d}]')]),
      'b.yaml': planYaml('b', '', [m('id: B1, title: b1, date: 2026-03-04, after: [a/A1]'), m('id: B2, title: b2, date: 2026-03-05, after: [{id: a/A1, lag: 3d}]')]),
    };
    const paths = (plan?: string): [string, string[]][] => JSON.parse(jsonOf(files, plan)).paths.map((p: { end: string; milestones: string[] }) => [p.end, p.milestones]);
    expect(paths()).toEqual([['a/A2', ['a/A1', 'b/B1', 'a/A2']], ['b/B2', ['a/A1', 'b/B2']]]);
    expect(paths('b')).toEqual([['b/B2', ['a/A1', 'b/B2']]]);
    expect(paths('a')).toEqual([['a/A2', ['a/A1', 'b/B1', 'a/A2']]]);
    const text = formatCriticalPathText(reportOf(files, 'b'), plain);
    expect(text).toContain('  a/A1 ─▶ b/B2  (ends 2026-03-13, float 0)');
    expect(text).not.toContain('a/A2');
    // B1 is still a critical row of b: its float is 0, from a's A2.
    expect(text).toMatch(/^\*\+ +B1 /m);
  });

  // Tester round 15 #1: SPEC §5 starts a path only at a critical milestone without successors, so Y, critical by its
  // own deadline with a successor that has float, is on none; the text said only "No critical paths.".
  it('names the critical milestones on no path under the paths, while the JSON paths stay SPEC §5\'s', () => {
    const files = {
      'c.yaml': planYaml('c', '  finish: 2026-06-30', [
        m('id: A, title: A, date: 2026-03-02'),
        m('id: Y, title: Y, date: 2026-04-20, after: [A], deadline: 2026-04-15'),
        m('id: Z, title: Z, date: 2026-06-16, after: [Y]'),
      ]),
    };
    const text = formatCriticalPathText(reportOf(files), { ...plain, width: 100 });
    expect(text).toContain('  No critical paths.\n  Also critical, on no path (a path ends only at a milestone without successors): Y (float -3 !)\n');
    expect(formatCriticalPathText(reportOf(files), { ...plain, locale: 'nb', width: 60 })).toContain('  Også kritisk, på ingen linje (en linje slutter bare i en\n    milepæl uten etterfølgere): Y (slakk -3 !)\n');
    expect(JSON.parse(jsonOf(files)).paths).toEqual([]);
    // Twelve such milestones: ten named, the others counted.
    const many = { 'c.yaml': planYaml('c', '  finish: 2026-06-30', Array.from({ length: 12 }, (_, i) => [
      m(`id: Y${i}, title: Y, date: 2026-04-20, deadline: 2026-04-15`), m(`id: Z${i}, title: Z, date: 2026-06-16, after: [Y${i}]`),
    ]).flat()) };
    const line = formatCriticalPathText(reportOf(many), { ...plain, width: 400 }).split('\n').find((l) => l.includes('Also critical'))!;
    expect(line.match(/Y\d+ \(float -3 !\)/g)).toHaveLength(10);
    expect(line.endsWith(', and 2 more')).toBe(true);
  });

  it('does not call a milestone of the reported plan "on no path" when it is on a path that ends in another plan', () => {
    const files = {
      'a.yaml': planYaml('a', '', [m('id: A1, title: a1, date: 2026-03-02, forecast: 2026-03-10'), m('id: A2, title: a2, date: 2026-03-11, after: [{id: b/B1, lag: 2d}]')]),
      'b.yaml': planYaml('b', '', [m('id: B1, title: b1, date: 2026-03-04, after: [a/A1]'), m('id: B2, title: b2, date: 2026-03-05, after: [{id: a/A1, lag: 3d}]')]),
    };
    const text = formatCriticalPathText(reportOf(files, 'b'), plain);
    expect(text).toMatch(/^\*\+ +B1 /m);
    expect(text).not.toContain('Also critical');
  });

  it('writes Norwegian headings and DD.MM.YYYY dates with --locale nb', () => {
    const text = formatCriticalPathText(reportOf(LATE), { ...plain, locale: 'nb' });
    expect(text).toContain('Kritiske linjer');
    expect(text).toContain('(slutt 24.04.2019, slakk -2) !');
    expect(text).toMatch(/Gjeldende\s+Beregnet\s+Senest\s+Slakk\s+Driver/);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('says so when there are no milestones or no critical paths', () => {
    const text = formatCriticalPathText(reportOf({ 'a.yaml': planYaml('a', '', [m('id: A, title: A, date: 2019-09-02, deadline: 2019-09-30')]) }), plain);
    expect(text).toContain('No critical paths.');
    const empty = formatCriticalPathText(reportOf({ 'g.yaml': 'bodies: [{id: B, name: B}]\n' }), plain);
    expect(empty).toContain('No milestones.');
  });
});
